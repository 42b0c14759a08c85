// Row actions on users: enable/disable and password reset, each after a confirmation.
// A one-time password (after create or reset) is held here for OneTimePasswordDialog.
import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import type { User } from '@/api/types'
import { useRowAction } from '@/composables/useRowAction'
import { disableUser, enableUser, resetPassword } from '../api'

export function useUserActions(onChanged: (user: User) => void, reload: () => Promise<void>) {
  const { t } = useI18n()
  const { confirm, fail, success } = useRowAction(reload)
  const secret = reactive({ open: false, login: '', password: '', reset: false })

  async function toggle(user: User): Promise<void> {
    const name = user.display_name || user.login
    const key = user.disabled ? 'system.user.confirmEnable' : 'system.user.confirmDisable'
    if (!(await confirm(t(key, { name })))) return
    try {
      const next = user.disabled ? await enableUser(user) : await disableUser(user)
      onChanged(next)
      success(t(next.disabled ? 'system.user.disabledDone' : 'system.user.enabledDone'))
    } catch (e) {
      await fail(e)
    }
  }

  async function reset(user: User): Promise<void> {
    const name = user.display_name || user.login
    if (!(await confirm(t('system.user.confirmReset', { name })))) return
    try {
      const res = await resetPassword(user)
      onChanged(res.user)
      showPassword(res.user.login, res.password, true)
    } catch (e) {
      await fail(e)
    }
  }

  function showPassword(login: string, password: string, isReset: boolean): void {
    Object.assign(secret, { open: true, login, password, reset: isReset })
  }

  return { secret, toggle, reset, showPassword }
}
