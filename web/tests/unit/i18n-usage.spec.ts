// @vitest-environment node
// Every literal key passed to t()/$t()/te() in the sources, and every route title, exists in
// the merged zh-CN messages (en-US is held equal by locales.spec.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildMessages } from '@/locales'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? files(p) : /\.(ts|vue)$/.test(name) ? [p] : []
  })
}

function has(messages: unknown, key: string): boolean {
  const v = key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages)
  return typeof v === 'string'
}

describe('i18n keys used in code', () => {
  it('all exist', () => {
    const zh = buildMessages()['zh-CN']
    const src = fileURLToPath(new URL('../../src', import.meta.url))
    const missing: string[] = []
    let found = 0
    const pattern =
      /(?:\$t|\bt|\bte)\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'|title: '([a-z][\w-]*\.[\w.-]+)'/g
    for (const file of files(src)) {
      for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
        const key = m[1] ?? m[2]!
        found++
        if (!has(zh, key)) missing.push(`${file.slice(src.length + 1)}: ${key}`)
      }
    }
    expect(found).toBeGreaterThan(100)
    expect(missing).toEqual([])
  })
})
