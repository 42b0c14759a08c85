import type { AuditText } from '@/utils/auditText'

// Types of the backbone API (see the API contract). To be replaced by schema.gen.ts, generated
// from /api/v1/openapi.json, once the server publishes it.

export type Locale = 'zh-CN' | 'en-US'
export type DataScope = 'all' | 'department' | 'own'

export interface User {
  id: number
  login: string
  display_name: string
  locale: Locale
  department_id: number | null
  department_name: string | null
  roles: string[]
  staff_id: number | null
  staff_name: string | null
  disabled: boolean
  must_change_password: boolean
  version: number
  created_at: string
  last_login_at: string | null
}

export interface SessionInfo {
  user: User
  /** The staff record of the account, whose positions grant its permissions. */
  staff?: { id: number; code: string; name: string } | null
  positions?: { code: string; name: string }[]
  permissions: string[]
  data_scope: DataScope
  csrf_token: string
  token?: string
  expires_at: string
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface Items<T> {
  items: T[]
}

export interface Role {
  id: number
  code: string
  name: string
  data_scope: DataScope
  permissions: string[]
}

export interface Department {
  id: number
  parent_id: number | null
  code: string
  name: string
}

export interface Permission {
  code: string
  name: string
}

export interface AuditEntry extends AuditText {
  id: number
  at: string
  user_id: number | null
  user_login: string | null
  client_addr: string | null
  entity: string
  entity_id: string | number | null
  action: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  request_id: string | null
}

export interface FieldError {
  field: string
  code: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  code?: string
  detail?: string
  fields?: FieldError[]
  request_id?: string
}
