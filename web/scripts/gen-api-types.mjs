// Generates src/api/schema.gen.ts from the server's OpenAPI document (`salesdesk openapi`
// prints what GET /api/v1/openapi.json serves, without a database), so the web's request and
// response types are the server's route table and a drift fails vue-tsc.
//
//   node scripts/gen-api-types.mjs                 regenerate src/api/schema.gen.ts
//   node scripts/gen-api-types.mjs --check         exit 1 when the committed file is out of date
//   options: --bin PATH (or SALESDESK_BIN) the salesdesk binary; --spec FILE an openapi.json
//
// Without --bin the newest of ../build/{test,release,debug}/src/main/salesdesk is used; exit 3
// when there is none (scripts/check reports the check as not run then).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import * as prettier from 'prettier'

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const target = resolve(web, 'src/api/schema.gen.ts')
const args = process.argv.slice(2)
const option = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

function findBinary() {
  const given = option('--bin') ?? process.env.SALESDESK_BIN
  if (given) return given
  const root = resolve(web, '..', process.env.SD_BUILD_ROOT ?? 'build')
  const found = ['test', 'release', 'debug']
    .map((b) => resolve(root, b, 'src/main/salesdesk'))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  return found[0]
}

function readSpec() {
  const file = option('--spec')
  if (file) return readFileSync(file, 'utf8')
  const bin = findBinary()
  if (!bin) {
    console.error('gen-api-types: no salesdesk binary (build the server, or pass --bin / --spec)')
    process.exit(3)
  }
  return execFileSync(bin, ['openapi'], { encoding: 'utf8', maxBuffer: 64 << 20 })
}

const header =
  "// Generated from the server's OpenAPI document by web/scripts/gen-api-types.mjs: do not edit.\n" +
  '// Regenerate after changing a route or schema: node web/scripts/gen-api-types.mjs\n'

const ast = await openapiTS(JSON.parse(readSpec()), { alphabetize: false })
const config = await prettier.resolveConfig(target)
const text = await prettier.format(header + astToString(ast), {
  ...config,
  filepath: target,
})

if (args.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (current !== text) {
    console.log(
      "web/src/api/schema.gen.ts differs from the server's OpenAPI document: " +
        'run node web/scripts/gen-api-types.mjs',
    )
    process.exit(1)
  }
} else {
  writeFileSync(target, text)
  console.log(`wrote ${target}`)
}
