// bench/http/setup.mjs BASE_URL COUNT TOKENS_FILE: as the demo admin, creates COUNT bench users
// (bench01, bench02, ...) through the API (an existing one is reused), each the account of a
// staff member holding the 销售代表 position (so authentication resolves positions as well as
// the admin role the write benchmark needs), logs each in with
// "client": "api" and writes their bearer tokens to TOKENS_FILE, one a line (and the admin's
// token to TOKENS_FILE.admin, for audit-total.mjs).
import { writeFileSync } from 'node:fs'

const [base, countArg, out] = process.argv.slice(2)
const count = Number(countArg)
const password = 'bench-pass-1234'

async function call(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': 'en-US' }
  if (token) headers.Authorization = `Bearer ${token}`
  const res = await fetch(base + path, { method, headers, body: body && JSON.stringify(body) })
  const text = await res.text()
  let json = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = { raw: text }
  }
  return { status: res.status, json }
}

async function login(login, pw) {
  const r = await call('POST', '/api/v1/auth/login', { login, password: pw, client: 'api' })
  if (r.status !== 200 || !r.json?.token) {
    throw new Error(`login ${login}: ${r.status} ${JSON.stringify(r.json)}`)
  }
  return r.json.token
}

const admin = await login('admin', 'demo1234')
const positions = await call('GET', '/api/v1/positions?q=XS-05', undefined, admin)
const rep = positions.json?.items?.[0]
if (!rep) throw new Error(`no 销售代表 position: ${JSON.stringify(positions.json)}`)
const tokens = []
for (let i = 1; i <= count; i++) {
  const name = `bench${String(i).padStart(2, '0')}`
  const staff = await call(
    'POST',
    '/api/v1/staff',
    { code: `B${String(i).padStart(3, '0')}`, name: `Bench ${i}`, department_id: rep.department_id, position_ids: [rep.id] },
    admin,
  )
  if (staff.status !== 201 && staff.status !== 409) {
    throw new Error(`create staff ${name}: ${staff.status} ${JSON.stringify(staff.json)}`)
  }
  const r = await call(
    'POST',
    '/api/v1/users',
    {
      login: name,
      display_name: `Bench ${i}`,
      roles: ['admin'],
      staff_id: staff.json?.id ?? null,
      password,
      locale: 'zh-CN',
    },
    admin,
  )
  if (r.status !== 201 && r.status !== 409) {
    throw new Error(`create ${name}: ${r.status} ${JSON.stringify(r.json)}`)
  }
  tokens.push(await login(name, password))
}
writeFileSync(out, tokens.join('\n') + '\n')
writeFileSync(`${out}.admin`, admin + '\n')
console.log(`created and logged in ${tokens.length} bench users`)
