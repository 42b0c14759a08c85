// CRM endpoints (issue 4 contract): customers, credit, transfers, pool, follow-ups, leads,
// inquiries and samples, competitors, the inbox, import and export.
import { ApiError, api, download, request } from '@/api/client'
import type { Items, Page, Problem } from '@/api/types'
import type {
  Competitor,
  CompetitorInput,
  CompetitorPrice,
  CompetitorPriceInput,
  CreditRatingEntry,
  CrmSettings,
  Customer,
  CustomerInput,
  CustomerListItem,
  CustomerQuery,
  FollowUp,
  FollowUpCalendar,
  FollowUpInput,
  FollowUpPlan,
  FollowUpPlanInput,
  ImportPreview,
  ImportResult,
  ImportRowError,
  Inbox,
  InquiryInput,
  Lead,
  LeadInput,
  PoolCustomer,
  Sample,
  TimelineEntry,
  Transfer,
} from './types'

/** Lists answered either as a page or as plain items: the items. */
export function itemsOf<T>(res: Items<T> | Page<T> | T[]): T[] {
  return Array.isArray(res) ? res : res.items
}

// ---- customers
export type CustomerBody = CustomerInput & { confirm_similar?: boolean }

export const listCustomers = (q: CustomerQuery) =>
  api.get<Page<CustomerListItem>>('/customers', { ...q })
export const getCustomer = (id: number) => api.get<Customer>(`/customers/${id}`)
export const createCustomer = (body: CustomerBody) => api.post<Customer>('/customers', body)
export const updateCustomer = (id: number, body: Partial<CustomerBody> & { version: number }) =>
  api.patch<Customer>(`/customers/${id}`, body)
export const getTimeline = (id: number) =>
  api.get<Items<TimelineEntry>>(`/customers/${id}/timeline`)
export const exportCustomers = (q: CustomerQuery) =>
  download('/customers/export.xlsx', 'customers.xlsx', { ...q, page: undefined, size: undefined })
export const importTemplate = () =>
  download('/customers/import-template.xlsx', 'customer-import-template.xlsx')

// ---- credit
export interface CreditProposal {
  rating: string
  credit_limit: string
  credit_days: number
  reason: string
}
export const listCreditRatings = (customerId: number) =>
  api.get<Items<CreditRatingEntry>>(`/customers/${customerId}/credit-ratings`)
export const proposeCredit = (customerId: number, body: CreditProposal) =>
  api.post<CreditRatingEntry>(`/customers/${customerId}/credit-ratings`, body)
/** Proposals waiting for the caller's decision. */
export const listPendingCredit = () => api.get<Items<CreditRatingEntry>>('/credit-ratings')
export const decideCredit = (
  id: number,
  decision: 'approve' | 'reject',
  body: { version: number; note: string },
) => api.post<CreditRatingEntry>(`/credit-ratings/${id}/${decision}`, body)

// ---- transfers and pool
export const transferCustomer = (id: number, body: { to_staff_id: number; reason: string }) =>
  api.post<Transfer>(`/customers/${id}/transfer`, body)
export const listTransfers = (state = 'requested') =>
  api.get<Items<Transfer>>('/transfers', { state })
export const decideTransfer = (
  id: number,
  decision: 'approve' | 'reject',
  body: { version: number; note: string },
) => api.post<Transfer>(`/transfers/${id}/${decision}`, body)
export const releaseCustomer = (id: number, body: { version: number; reason: string }) =>
  api.post<{ id: number; version: number }>(`/customers/${id}/release`, body)

export interface PoolQuery {
  q?: string
  region_id?: number
  class?: string
  page: number
  size: number
}
export const listPool = (q: PoolQuery) => api.get<Page<PoolCustomer>>('/pool', { ...q })
export const claimCustomer = (id: number) =>
  api.post<{ id: number; owner_staff_id: number | null; version: number }>(`/pool/${id}/claim`, {})
export const getCrmSettings = () => api.get<CrmSettings>('/crm/settings')

// ---- follow-ups
export interface PlanQuery {
  staff_id?: number
  customer_id?: number
  from?: string
  to?: string
  kind?: string
}
export const listPlans = (q: PlanQuery) =>
  api.get<Items<FollowUpPlan>>('/follow-up-plans', { ...q })
/** Logged visits/calls and next follow-up dates of a date range (at most 100 days). */
export const getFollowUpCalendar = (q: { staff_id?: number; from: string; to: string }) =>
  api.get<FollowUpCalendar>('/follow-up-calendar', { ...q })
export const createPlan = (body: FollowUpPlanInput) =>
  api.post<FollowUpPlan>('/follow-up-plans', body)
export const cancelPlan = (p: FollowUpPlan) =>
  api.patch<FollowUpPlan>(`/follow-up-plans/${p.id}`, { version: p.version, state: 'cancelled' })
export const listFollowUps = (customerId: number) =>
  api.get<Items<FollowUp>>(`/customers/${customerId}/follow-ups`)
export const createFollowUp = (body: FollowUpInput) => api.post<FollowUp>('/follow-ups', body)

// ---- leads and inquiries
export interface LeadQuery {
  state?: string
  assignee_staff_id?: number
  q?: string
  page?: number
  size?: number
}
export const listLeads = (q: LeadQuery) => api.get<Page<Lead> | Items<Lead>>('/leads', { ...q })
/** Leads and inquiries share the workflow; each under its own path. */
const leadBase = (l: Pick<Lead, 'id' | 'kind'>) =>
  `/${l.kind === 'inquiry' ? 'inquiries' : 'leads'}/${l.id}`
export const getLead = (id: number) => api.get<Lead>(`/leads/${id}`)
export const createLead = (body: LeadInput) => api.post<Lead>('/leads', body)
export const assignLead = (l: Lead, staff_id: number) =>
  api.post<Lead>(`${leadBase(l)}/assign`, { staff_id, version: l.version })
export const leadStep = (
  l: Lead,
  step: 'contact' | 'qualify' | 'discard',
  text: string,
): Promise<Lead> =>
  api.post<Lead>(`${leadBase(l)}/${step}`, {
    version: l.version,
    ...(step === 'discard' ? { reason: text } : { note: text }),
  })
export const convertLead = (l: Lead, customer: CustomerBody) =>
  api.post<Lead>(`${leadBase(l)}/convert`, {
    version: l.version,
    customer,
  })

export const listInquiries = (q: LeadQuery) =>
  api.get<Page<Lead> | Items<Lead>>('/inquiries', { ...q })
export const getInquiry = (id: number) => api.get<Lead>(`/inquiries/${id}`)
export const createInquiry = (body: InquiryInput) => api.post<Lead>('/inquiries', body)
/** What an inquiry's PATCH may change (the rest is fixed once recorded). */
export interface InquiryPatch {
  version: number
  analysis: string
  reply: string
  time_zone: string
  country: string
  products: string
}
export const updateInquiry = (id: number, body: InquiryPatch) =>
  api.patch<Lead>(`/inquiries/${id}`, body)
export const listInquirySamples = (id: number) => api.get<Items<Sample>>(`/inquiries/${id}/samples`)
export const listSamples = (state?: string) => api.get<Items<Sample>>('/samples', { state })

export const createSample = (
  inquiryId: number,
  body: { product: string; qty: string; cost: string; notes: string },
) => api.post<Sample>(`/inquiries/${inquiryId}/samples`, body)
export const sampleStep = (s: Sample, step: string, body: Record<string, unknown> = {}) =>
  api.post<Sample>(`/samples/${s.id}/${step}`, { version: s.version, ...body })

// ---- competitors
export const listCompetitors = (q?: string) =>
  api.get<Page<Competitor> | Items<Competitor>>('/competitors', { q, size: 100 })
export const getCompetitor = (id: number) => api.get<Competitor>(`/competitors/${id}`)
export const createCompetitor = (body: CompetitorInput) =>
  api.post<Competitor>('/competitors', body)
export const updateCompetitor = (id: number, body: CompetitorInput & { version: number }) =>
  api.patch<Competitor>(`/competitors/${id}`, body)
export const addCompetitorPrice = (id: number, body: CompetitorPriceInput) =>
  api.post<CompetitorPrice>(`/competitors/${id}/prices`, body)

// ---- inbox
export const getInbox = () => api.get<Inbox>('/inbox')
export const markNoticeRead = (id: number) => api.post<void>(`/inbox/notices/${id}/read`, {})

// ---- import: the body is the file itself, with its own Content-Type
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The Content-Type to send a chosen file with (browsers leave .csv types empty at times). */
export function fileContentType(file: Pick<File, 'name' | 'type'>): string {
  const name = file.name.toLowerCase()
  if (name.endsWith('.xlsx')) return XLSX
  if (name.endsWith('.csv')) return 'text/csv'
  return file.type || 'application/octet-stream'
}

/** A refused import: the problem and the rows it names. */
export class ImportRowsError extends ApiError {
  readonly rows: ImportRowError[]
  constructor(status: number, problem: Problem, rows: ImportRowError[]) {
    super(status, problem)
    this.rows = rows
  }
}

/** Posts a chosen file as the request body; a refused import (its rows) → ImportRowsError. */
async function postFile<T>(path: string, file: File, query: Record<string, string>): Promise<T> {
  try {
    return await request<T>('POST', path, {
      query,
      raw: { body: file, contentType: fileContentType(file) },
    })
  } catch (e) {
    const rows = e instanceof ApiError ? e.problem.rows : undefined
    if (e instanceof ApiError && Array.isArray(rows)) {
      throw new ImportRowsError(e.status, e.problem, rows as ImportRowError[])
    }
    throw e
  }
}

export const importCustomers = (file: File, dryRun: boolean) =>
  postFile<ImportPreview | ImportResult>('/customers/import', file, {
    dry_run: dryRun ? 'true' : 'false',
  })
