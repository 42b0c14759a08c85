// UI preferences kept in the browser: locale (before login, and as the last one used) and
// the side menu's collapsed state. The user's saved locale replaces it after login.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Locale } from '@/api/types'
import { DEFAULT_LOCALE, i18n, isLocale } from '@/locales'

const LOCALE_KEY = 'salesdesk.locale'
const COLLAPSE_KEY = 'salesdesk.menuCollapsed'

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    // Private mode or storage disabled: the preference lasts for this page only.
  }
}

export const usePreferencesStore = defineStore('preferences', () => {
  const stored = readStorage(LOCALE_KEY)
  const locale = ref<Locale>(isLocale(stored) ? stored : DEFAULT_LOCALE)
  const menuCollapsed = ref(readStorage(COLLAPSE_KEY) === '1')

  function applyLocale(next: Locale): void {
    locale.value = next
    i18n.global.locale.value = next
    writeStorage(LOCALE_KEY, next)
    if (typeof document !== 'undefined') document.documentElement.lang = next
  }

  function toggleMenu(): void {
    menuCollapsed.value = !menuCollapsed.value
    writeStorage(COLLAPSE_KEY, menuCollapsed.value ? '1' : '0')
  }

  applyLocale(locale.value)
  return { locale, menuCollapsed, applyLocale, toggleMenu }
})
