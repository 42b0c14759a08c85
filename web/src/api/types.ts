// Types of the backbone API. Reply shapes come from schema.gen.ts, generated from the server's
// /api/v1/openapi.json by scripts/gen-api-types.mjs (scripts/check fails when it drifts).
import type { AuditText } from '@/utils/auditText'
import type { components } from './schema.gen'

/** The API's component schemas, as the server documents them. */
export type Schemas = components['schemas']

export type Locale = 'zh-CN' | 'en-US'
export type DataScope = 'all' | 'department' | 'own'

export type User = Schemas['User']

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

export type Role = Schemas['Role']

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
