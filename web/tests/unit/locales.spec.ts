// zh-CN and en-US must offer exactly the same keys, in the common file and in every module.
import { describe, expect, it } from 'vitest'
import zhCN from '@/locales/zh-CN.json'
import enUS from '@/locales/en-US.json'
import { buildMessages, moduleLocaleFiles } from '@/locales'

function flatten(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [prefix]
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    flatten(v, prefix ? `${prefix}.${k}` : k),
  )
}

function emptyValues(obj: unknown): string[] {
  return flatten(obj).filter((key) => {
    const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], obj)
    return typeof v !== 'string' || v.trim() === ''
  })
}

describe('locale key parity', () => {
  it('common files have the same keys', () => {
    expect(flatten(enUS).sort()).toEqual(flatten(zhCN).sort())
  })

  const files = moduleLocaleFiles()
  const modules = [...new Set(Object.keys(files).map((p) => p.split('/').at(-3)!))]

  it('finds the module locale files', () => {
    expect(modules).toEqual(expect.arrayContaining(['auth', 'home', 'system']))
  })

  for (const mod of modules) {
    it(`module ${mod} has both locales with the same keys`, () => {
      const zh = files[`../modules/${mod}/locales/zh-CN.json`]
      const en = files[`../modules/${mod}/locales/en-US.json`]
      expect(zh, `${mod}/locales/zh-CN.json`).toBeDefined()
      expect(en, `${mod}/locales/en-US.json`).toBeDefined()
      expect(flatten(en).sort()).toEqual(flatten(zh).sort())
    })

    it(`module ${mod} keeps its keys under its own namespace`, () => {
      for (const locale of ['zh-CN', 'en-US']) {
        const content = files[`../modules/${mod}/locales/${locale}.json`]!
        expect(Object.keys(content)).toEqual([mod])
      }
    })
  }

  it('merged messages match and no text is empty', () => {
    const merged = buildMessages()
    expect(flatten(merged['en-US']).sort()).toEqual(flatten(merged['zh-CN']).sort())
    expect(emptyValues(merged['zh-CN'])).toEqual([])
    expect(emptyValues(merged['en-US'])).toEqual([])
  })
})
