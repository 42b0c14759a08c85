import { api } from '@/api/client'
import type { AuditEntry, Department, Items, Locale, Page, Role, User } from '@/api/types'

export interface UserQuery {
  q?: string
  disabled?: boolean
  sort?: 'login' | 'display_name' | 'created_at'
  order?: 'asc' | 'desc'
  page: number
  size: number
}

export interface UserCreate {
  login: string
  display_name: string
  roles: string[]
  staff_id?: number | null
  department_id?: number | null
  locale?: Locale
}

export interface UserPatch {
  version: number
  display_name?: string
  roles?: string[]
  staff_id?: number | null
  department_id?: number | null
  locale?: Locale
}

export type CreatedUser = User & { initial_password?: string }

export interface AuditQuery {
  entity?: string
  entity_id?: string
  user_id?: number
  user_login?: string
  action?: string
  from?: string
  to?: string
  page: number
  size: number
}

export const listUsers = (q: UserQuery) => api.get<Page<User>>('/users', { ...q })
export const getUser = (id: number) => api.get<User>(`/users/${id}`)
export const createUser = (body: UserCreate) => api.post<CreatedUser>('/users', body)
export const updateUser = (id: number, body: UserPatch) => api.patch<User>(`/users/${id}`, body)
export const disableUser = (u: User) =>
  api.post<User>(`/users/${u.id}/disable`, { version: u.version })
export const enableUser = (u: User) =>
  api.post<User>(`/users/${u.id}/enable`, { version: u.version })
export const resetPassword = (u: User) =>
  api.post<{ user: User; password: string }>(`/users/${u.id}/reset-password`, {
    version: u.version,
  })

export const listRoles = () => api.get<Items<Role>>('/roles')
export const listDepartments = () => api.get<Items<Department>>('/departments')

export const listAudit = (q: AuditQuery) => api.get<Page<AuditEntry>>('/audit', { ...q })
