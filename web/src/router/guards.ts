// Navigation rules: public pages pass; without a session → /login?redirect=…; without the
// route's permission → 403; unknown paths are caught by the not-found route.
import type { RouteLocationNormalized, Router } from 'vue-router'
import type { ApiError } from '@/api/client'
import { i18n } from '@/locales'
import { useSessionStore } from '@/stores/session'

/** Only same-site absolute paths are followed after login (no open redirects). */
export function safeRedirect(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/home'
  if (value.startsWith('/login')) return '/home'
  return value
}

export function requiredPermissions(to: RouteLocationNormalized): (string | string[])[] {
  return to.matched.map((r) => r.meta.permission).filter((p): p is string | string[] => !!p)
}

export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const session = useSessionStore()
    await session.restore()
    if (to.meta.public) {
      if (to.name === 'login' && session.isLoggedIn) return safeRedirect(to.query.redirect)
      return true
    }
    if (!session.isLoggedIn) return { name: 'login', query: { redirect: to.fullPath } }
    if (!requiredPermissions(to).every((p) => session.hasPermission(p))) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })

  router.afterEach((to) => {
    const t = i18n.global.t
    const app = t('app.name')
    document.title = to.meta.title ? `${t(to.meta.title)} - ${app}` : app
  })
}

/**
 * The API client's 401 handler: forget the session and go to the login page, coming back here
 * afterwards; "session expired" is said on the login page when the server said so.
 */
export function unauthorizedHandler(router: Router): (error: ApiError) => void {
  return (error) => {
    useSessionStore().clear()
    const current = router.currentRoute.value
    if (current.name === 'login') return
    void router.push({
      name: 'login',
      query: {
        redirect: current.fullPath,
        reason: error.code === 'auth.session.expired' ? 'expired' : undefined,
      },
    })
  }
}
