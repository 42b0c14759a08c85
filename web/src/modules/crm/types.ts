// Types of the crm API (issue 4 contract): customers with contacts and varieties, credit
// ratings, transfers, the pool, follow-ups, leads and inquiries, samples, competitors and the
// inbox. Money and quantities are strings ("1234.50", "10.5000"); dates "YYYY-MM-DD"; times ISO.
// Reply shapes are the server's OpenAPI schemas (schema.gen.ts), so a drift fails vue-tsc;
// Contact and Variety are written and read alike and stay as the form edits them.
import type { Schemas } from '@/api/types'

import type { AuditText } from '@/utils/auditText'

export type CustomerKind = 'end_user' | 'dealer' | 'agent'
export const CUSTOMER_KINDS: readonly CustomerKind[] = ['end_user', 'dealer', 'agent']

export type CustomerClass = 'key' | 'regular' | 'prospect'
export const CUSTOMER_CLASSES: readonly CustomerClass[] = ['key', 'regular', 'prospect']

export type CreditRating = 'A' | 'B' | 'C' | 'D'
export const CREDIT_RATINGS: readonly CreditRating[] = ['A', 'B', 'C', 'D']

export type Settlement = 'cash' | 'credit'
export const SETTLEMENTS: readonly Settlement[] = ['cash', 'credit']

export type ContactRole = 'decision_maker' | 'purchasing' | 'technical' | 'finance' | 'other'
export const CONTACT_ROLES: readonly ContactRole[] = [
  'decision_maker',
  'purchasing',
  'technical',
  'finance',
  'other',
]

/** Buttons of the customer page, as the server offers them in `actions`. */
export type CustomerAction = Schemas['Customer']['actions'][number]

export interface Contact {
  id?: number
  name: string
  title: string
  role: ContactRole
  phone: string
  mobile: string
  wechat: string
  qq: string
  email: string
  is_primary: boolean
  notes: string
}

/** 使用品种: annual_qty and price are ×10⁴ decimal strings ("10.5000"). */
export interface Variety {
  id?: number
  product_line_id: number | null
  variety: string
  annual_qty: string
  unit: string
  price: string | null
  supplier: string
  notes: string
}

/** Every field a client may write (POST /customers; PATCH adds version). */
export interface CustomerInput {
  name: string
  short_name: string
  credit_code: string | null
  kind: CustomerKind
  class: CustomerClass
  industry: string
  source: string
  region_id: number | null
  address: string
  phone: string
  owner_staff_id: number | null
  support_staff_id: number | null
  vat_title: string
  tax_number: string
  invoice_address: string
  invoice_phone: string
  bank_name: string
  bank_account: string
  settlement: Settlement
  credit_days: number
  credit_limit: string
  price_level: string
  dealer_level: string
  dealer_region_id: number | null
  agreement_from: string | null
  agreement_to: string | null
  notes: string
  contacts: Contact[]
  varieties: Variety[]
}

export type Customer = Omit<Schemas['Customer'], 'contacts' | 'varieties'> & {
  contacts: Contact[]
  varieties: Variety[]
}

export type CustomerListItem = Schemas['CustomerListItem']

export interface CustomerQuery {
  q?: string
  region_id?: number
  owner_staff_id?: number
  class?: CustomerClass
  kind?: CustomerKind
  credit_rating?: CreditRating
  overdue?: boolean
  sort?: string
  page?: number
  size?: number
}

/** 公海 a pool customer: basic fields only. */
export type PoolCustomer = Schemas['PoolItem']

export type ApprovalState = 'proposed' | 'requested' | 'approved' | 'rejected'

/** 资信评价 a proposed (then approved or rejected) credit rating. */
export interface CreditRatingEntry {
  id: number
  customer_id: number
  rating: CreditRating
  credit_limit: string | null
  credit_days: number | null
  reason: string
  state: 'proposed' | 'approved' | 'rejected'
  proposed_by_name?: string
  proposed_at?: string
  decided_by_name?: string
  decided_at?: string | null
  decision_note?: string
  version: number
  actions?: string[]
}

/** 客户移交 a transfer between reps. */
export type Transfer = Schemas['Transfer']

export type FollowUpKind = 'visit' | 'call'

/** 拜访记录 / 通话记录 */
export interface FollowUp {
  id: number
  kind: FollowUpKind
  customer_id: number
  contact_id: number | null
  contact_name?: string | null
  plan_id: number | null
  staff_id: number
  staff_name?: string
  happened_on: string
  duration_min: number
  purpose: string
  outcome: string
  next_step: string
  follow_up_on: string | null
  created_at: string
}

export interface FollowUpInput {
  kind: FollowUpKind
  customer_id: number
  contact_id?: number | null
  plan_id?: number | null
  happened_on: string
  duration_min?: number
  purpose: string
  outcome: string
  next_step: string
  follow_up_on?: string | null
}

/** 拜访计划 / 电话销售计划 */
/** A logged visit/call (kind set) or a customer's next follow-up date (kind ""), for the calendar. */
export interface CalendarItem {
  id: number
  kind: FollowUpKind | ''
  on: string
  customer_id: number
  customer_code: string
  customer_name: string
  staff_id: number | null
  staff_name: string
  text: string
}

export interface FollowUpCalendar {
  follow_ups: CalendarItem[]
  next_follow_ups: CalendarItem[]
}

export interface FollowUpPlan {
  id: number
  kind: FollowUpKind
  customer_id: number
  customer_name?: string
  contact_id: number | null
  contact_name?: string | null
  staff_id: number
  staff_name?: string
  planned_on: string
  planned_time: string
  purpose: string
  state: 'planned' | 'done' | 'cancelled'
  version: number
}

export interface FollowUpPlanInput {
  kind: FollowUpKind
  customer_id: number
  contact_id?: number | null
  planned_on: string
  planned_time?: string
  purpose: string
  staff_id?: number | null
}

/** One event of the customer's timeline: an audit row (type audit) or a follow-up. */
export interface TimelineEntry extends AuditText {
  at: string
  type: 'audit' | 'follow_up' | string
  action: string
  /** Who: the login (audit) or the staff member's name (follow-up). */
  by: string | null
  summary: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  ref_id?: number
}

export type LeadState = 'new' | 'assigned' | 'contacted' | 'qualified' | 'converted' | 'discarded'
export const LEAD_STATES: readonly LeadState[] = [
  'new',
  'assigned',
  'contacted',
  'qualified',
  'converted',
  'discarded',
]
export type LeadAction = 'assign' | 'contact' | 'qualify' | 'convert' | 'discard'

/** 线索 (kind lead) and 询盘 (kind inquiry) share one shape. */
export interface Lead {
  id: number
  kind: 'lead' | 'inquiry'
  state: LeadState
  source: string
  company: string
  contact_name: string
  phone: string
  email: string
  wechat: string
  region_id: number | null
  region_name?: string | null
  country: string
  time_zone: string
  products: string
  message: string
  analysis: string
  reply: string
  discard_reason?: string
  assignee_staff_id: number | null
  assignee_name?: string | null
  customer_id: number | null
  received_at: string
  assigned_at: string | null
  contacted_at: string | null
  response_minutes: number | null
  version: number
  actions: string[]
  /** Inquiries: the buyer's wall clock when the answer was made, and its offset. */
  buyer_local_time?: string | null
  utc_offset?: string | number | null
}

export interface LeadInput {
  source: string
  company: string
  contact_name: string
  phone: string
  email: string
  wechat: string
  region_id: number | null
  products: string
  message: string
}

export interface InquiryInput {
  country: string
  time_zone: string
  company: string
  contact_name: string
  email: string
  products: string
  message: string
  source: string
}

export type SampleState = 'requested' | 'approved' | 'rejected' | 'shipped' | 'feedback'

export interface Sample {
  id: number
  inquiry_id: number | null
  company?: string
  product: string
  qty: string
  cost: string
  notes?: string
  state: SampleState
  requested_by_name?: string
  decided_by_name?: string
  decision_note?: string
  courier: string
  tracking_no: string
  shipped_on: string | null
  feedback: string
  version: number
  actions?: string[]
}

export interface CompetitorPrice {
  id: number
  product: string
  brand: string
  price: string | null
  unit: string
  seen_on: string
  region_id: number | null
  region_name?: string | null
  customer_id: number | null
  customer_name?: string | null
  notes: string
}

export interface Competitor {
  id: number
  name: string
  brands: string
  region_id: number | null
  region_name?: string | null
  strengths: string
  weaknesses: string
  notes: string
  price_count?: number
  last_seen_on?: string | null
  version: number
  prices?: CompetitorPrice[]
}

export interface CompetitorInput {
  name: string
  brands: string
  region_id: number | null
  strengths: string
  weaknesses: string
  notes: string
}

export interface CompetitorPriceInput {
  product: string
  brand: string
  price: string
  unit: string
  seen_on: string
  region_id?: number | null
  customer_id?: number | null
  notes: string
}

export type InboxKind =
  | 'follow_up_due'
  | 'lead_to_contact'
  | 'lead_unassigned'
  | 'transfer_to_approve'
  | 'credit_to_approve'
  | 'sample_to_approve'
  | 'price_change_to_approve'
  | 'quotation_to_approve'
  | 'notice'
export const INBOX_KINDS: readonly InboxKind[] = [
  'follow_up_due',
  'lead_to_contact',
  'lead_unassigned',
  'transfer_to_approve',
  'credit_to_approve',
  'sample_to_approve',
  'price_change_to_approve',
  'quotation_to_approve',
  'notice',
]

export interface InboxLink {
  type: string
  id: number
}

export interface InboxItem {
  kind: InboxKind | string
  title_key: string
  params: Record<string, string | number | null>
  due_on: string | null
  link: InboxLink
  /** Notices: the id for POST /inbox/notices/{id}/read. */
  notice_id?: number
  id?: number
  at?: string
}

export interface Inbox {
  items: InboxItem[]
  counts: Record<string, number>
}

/** One row the import refused (422 crm.import.rows_invalid). */
export interface ImportRowError {
  row: number
  field: string
  /** The file's column header, when the server names it. */
  column?: string
  code: string
  message: string
}

export interface ImportPreview {
  customers: number
  contacts: number
  file_rows?: number
  /** Headers the server did not recognise (their data is not imported). */
  ignored_columns?: string[]
  preview: Record<string, unknown>[]
}

export interface ImportResult {
  imported: number
  contacts: number
}

export interface CrmSettings {
  cap_per_rep: number
  idle_days: Record<CustomerClass, number>
}
