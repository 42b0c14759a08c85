import { api } from '@/api/client'
import type { Locale, SessionInfo, User } from '@/api/types'

export function login(login: string, password: string): Promise<SessionInfo> {
  return api.post<SessionInfo>(
    '/auth/login',
    { login, password, client: 'web' },
    { auth: 'optional' },
  )
}

export function me(): Promise<SessionInfo> {
  return api.get<SessionInfo>('/auth/me', undefined, { auth: 'optional' })
}

export function logout(): Promise<void> {
  return api.post<void>('/auth/logout', undefined, { auth: 'optional' })
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.post<void>('/auth/password', {
    current_password: currentPassword,
    new_password: newPassword,
  })
}

export function savePreferences(locale: Locale): Promise<User> {
  return api.put<User>('/auth/preferences', { locale })
}
