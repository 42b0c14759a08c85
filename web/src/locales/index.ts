// vue-i18n instance: common messages (this folder) deep-merged with every module's
// locales/{zh-CN,en-US}.json. Each module file is namespaced by its module name ("auth": {...}).
import { createI18n } from 'vue-i18n'
import type { Locale } from '@/api/types'
import zhCN from './zh-CN.json'
import enUS from './en-US.json'

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US']
export const DEFAULT_LOCALE: Locale = 'zh-CN'

type Messages = Record<string, unknown>

const moduleFiles = import.meta.glob<Messages>('../modules/*/locales/*.json', {
  eager: true,
  import: 'default',
})

export function deepMerge(target: Messages, source: Messages): Messages {
  for (const [k, v] of Object.entries(source)) {
    const cur = target[k]
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object') {
      deepMerge(cur as Messages, v as Messages)
    } else {
      target[k] = v
    }
  }
  return target
}

/** Module locale files grouped by locale, keyed by path (used by the parity test too). */
export function moduleLocaleFiles(): Record<string, Messages> {
  return moduleFiles
}

export function buildMessages(): Record<Locale, Messages> {
  const messages: Record<Locale, Messages> = {
    'zh-CN': deepMerge({}, zhCN),
    'en-US': deepMerge({}, enUS),
  }
  for (const [path, content] of Object.entries(moduleFiles)) {
    const locale = path.match(/\/([a-zA-Z-]+)\.json$/)?.[1] as Locale | undefined
    if (locale && messages[locale]) deepMerge(messages[locale], content)
  }
  return messages
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

export const i18n = createI18n({
  legacy: false,
  globalInjection: true,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  // Keys are checked by the parity test, not by the type system (modules add their own).
  messages: buildMessages() as unknown as Record<Locale, typeof zhCN>,
  missingWarn: false,
  fallbackWarn: false,
})
