// Types of the organization API (positions, staff, regions, product lines, division of work).
// Reply shapes are the server's OpenAPI schemas (schema.gen.ts), so a drift fails vue-tsc.
import type { DataScope, Schemas } from '@/api/types'

export type OrgDepartment = Schemas['Department']

export type DepartmentDialogMode = 'create' | 'rename' | 'move'

export type DutyCategory = 'main' | 'daily' | 'coordination' | 'other'
export const DUTY_CATEGORIES: readonly DutyCategory[] = ['main', 'daily', 'coordination', 'other']

export type Period = 'monthly' | 'quarterly' | 'annual'
export const PERIODS: readonly Period[] = ['monthly', 'quarterly', 'annual']

/** Metric codes the server can measure (org/metrics.h); names under org.metric.<code>. */
export const METRIC_CODES: readonly string[] = [
  'sales.revenue',
  'sales.profit',
  'sales.plan_completion',
  'sales.collection',
  'ar.overdue',
  'ar.bad_debt',
  'crm.new_customers',
  'crm.contacts',
  'crm.visits',
  'service.feedback_handoff',
  'service.complaints',
  'service.satisfaction',
  'reports.timeliness',
  'reports.errors',
  'collaboration.satisfaction',
  'leads.response_time',
  'inquiries.reply_rate',
  'delivery.on_time',
  'invoice.timeliness',
  'expense.budget',
]

export const DATA_SCOPES: readonly DataScope[] = ['own', 'department', 'all']

/** 职责 a duty with its 工作标准 and the permissions it needs. */
export interface Duty {
  category: DutyCategory
  description: string
  standard: string
  permissions: string[]
}

/** 权限 an authority: the document's wording and the permission codes it grants. */
export interface Authority {
  description: string
  permissions: string[]
}

/** 考核指标 an indicator; weight is a whole percentage. */
export interface Indicator {
  metric: string
  metric_code: string | null
  target: string
  weight: number
  period: Period
  assessor_position_id: number | null
  assessor_position_name?: string | null
  assessor_note: string
}

/** 任职资格 */
export interface Qualifications {
  education: string
  experience: string
  abilities: string
  other: string
}

export interface Holder {
  staff_id: number
  name: string
  code?: string
}

/** Every field a client may write (POST /positions, PUT /positions/{id} adds version). */
export interface PositionInput {
  code: string
  name: string
  department_id: number | null
  headcount: number
  superior_position_id: number | null
  superior_note: string
  summary: string
  data_scope: DataScope
  duties: Duty[]
  authorities: Authority[]
  internal_coordination: string
  external_coordination: string
  tools: string
  work_environment: string
  working_hours: string
  records: string
  indicators: Indicator[]
  qualifications: Qualifications
  notes: string
  source: string
  /** The template the position was made from; kept on save, not edited. */
  template_code: string | null
}

export interface Position extends PositionInput {
  id: number
  department_id: number
  department_name: string
  superior_position_name: string | null
  permissions: string[]
  holders: Holder[]
  version: number
  created_at: string
  updated_at: string
}

export interface PositionSummary {
  id: number
  code: string
  name: string
  department_id: number
  department_name: string
  headcount: number
  holder_count: number
  superior_position_id: number | null
  superior_position_name: string | null
  data_scope: DataScope
  template_code: string | null
  version: number
}

export interface TemplateItem {
  template_code: string
  code: string
  name: string
  department_code: string
  summary: string
  source: string
  exists: boolean
}

export interface NamedRef {
  id: number
  code: string
  name: string
}

export type StaffStatus = 'active' | 'left'

export type Staff = Schemas['Staff']

export interface StaffInput {
  code: string
  name: string
  department_id: number | null
  superior_staff_id: number | null
  phone: string
  email: string
  joined_on: string | null
  notes: string
  position_ids: number[]
  region_ids: number[]
  product_line_ids: number[]
}

export interface StaffPatch extends Partial<StaffInput> {
  version: number
  status?: StaffStatus
  left_on?: string | null
}

export type RegionLevel = 'province' | 'city' | 'county'
export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county']

export type Region = Schemas['Region']

export type ProductLine = Schemas['ProductLine']

export type AssignmentKind = 'support' | 'price_audit' | 'order_check' | 'supervise'
export const ASSIGNMENT_KINDS: readonly AssignmentKind[] = [
  'support',
  'price_audit',
  'order_check',
  'supervise',
]

export type Assignment = Schemas['Assignment']

export interface ChartPosition {
  id: number
  code: string
  name: string
  department_id: number
  superior_position_id: number | null
  headcount: number
  holders: { staff_id: number; name: string }[]
}

export type OrgChart = Schemas['OrgChart']
