// Switching the UI language: applied at once, and saved to the user's preferences when logged in
// (PUT /auth/preferences), so the next login starts in the same language.
import type { Locale } from '@/api/types'
import { savePreferences } from '@/modules/auth/api'
import { usePreferencesStore } from '@/stores/preferences'
import { useSessionStore } from '@/stores/session'
import { useProblem } from './useProblem'

export function useLocaleSwitch() {
  const preferences = usePreferencesStore()
  const session = useSessionStore()
  const { notify } = useProblem()

  async function switchLocale(locale: Locale): Promise<void> {
    if (locale === preferences.locale) return
    preferences.applyLocale(locale)
    if (!session.isLoggedIn) return
    try {
      session.setUser(await savePreferences(locale))
    } catch (e) {
      notify(e)
    }
  }

  return { switchLocale }
}
