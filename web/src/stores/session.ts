// Who is logged in: user, permissions, data scope and the CSRF token for non-GET requests.
// The session itself is the HttpOnly cookie; this store mirrors GET /auth/me.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { ApiError } from '@/api/client'
import type { DataScope, SessionInfo, User } from '@/api/types'
import * as authApi from '@/modules/auth/api'
import { usePreferencesStore } from './preferences'

export const useSessionStore = defineStore('session', () => {
  const user = ref<User | null>(null)
  const permissions = ref<string[]>([])
  const dataScope = ref<DataScope | null>(null)
  /** The positions (岗位) the linked staff member holds: what the person does. */
  const positions = ref<{ code: string; name: string }[]>([])
  /** The staff member the account belongs to (工号 and name), if any. */
  const staff = ref<{ id: number; code: string; name: string } | null>(null)
  const csrfToken = ref<string | null>(null)
  const restored = ref(false)
  let restoring: Promise<void> | null = null

  const isLoggedIn = computed(() => user.value !== null)
  const permissionSet = computed(() => new Set(permissions.value))

  /** True when the user holds the permission (or, for an array, any of them). */
  function hasPermission(required: string | readonly string[] | undefined | null): boolean {
    if (!required || (Array.isArray(required) && required.length === 0)) return true
    const list: readonly string[] = typeof required === 'string' ? [required] : required
    return list.some((p) => permissionSet.value.has(p))
  }

  function apply(info: SessionInfo): void {
    user.value = info.user
    permissions.value = info.permissions ?? []
    dataScope.value = info.data_scope ?? null
    positions.value = info.positions ?? []
    staff.value = info.staff ?? null
    csrfToken.value = info.csrf_token ?? csrfToken.value
    if (info.user?.locale) usePreferencesStore().applyLocale(info.user.locale)
  }

  function clear(): void {
    user.value = null
    permissions.value = []
    dataScope.value = null
    positions.value = []
    staff.value = null
    csrfToken.value = null
  }

  async function login(login: string, password: string): Promise<void> {
    apply(await authApi.login(login, password))
    restored.value = true
  }

  /** Loads the session behind the cookie once per page load; no session is not an error. */
  function restore(): Promise<void> {
    if (restored.value) return Promise.resolve()
    restoring ??= authApi
      .me()
      .then(apply)
      .catch((e: unknown) => {
        // 401 is the ordinary "not logged in"; anything else is logged and treated the same.
        clear()
        if (!(e instanceof ApiError && e.status === 401)) console.warn('session restore failed', e)
      })
      .finally(() => {
        restored.value = true
        restoring = null
      })
    return restoring
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  function setUser(next: User): void {
    user.value = next
  }

  return {
    user,
    permissions,
    dataScope,
    positions,
    staff,
    csrfToken,
    restored,
    isLoggedIn,
    hasPermission,
    apply,
    clear,
    login,
    restore,
    logout,
    setUser,
  }
})
