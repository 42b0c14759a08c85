// Types of the sales API (issue 11 §3): quotations with their lines, totals and actions, and
// finance's exchange rates. Shapes are the server's OpenAPI schemas (schema.gen.ts), so a drift
// fails vue-tsc. Money, quantities, prices and rates are strings.
import type { Schemas } from '@/api/types'

export type Quotation = Schemas['Quotation']
export type QuotationRow = Schemas['QuotationRow']
export type QuotationLine = Schemas['QuotationLine']
export type NewQuotation = Schemas['NewQuotation']
export type NewQuotationLine = Schemas['NewQuotationLine']
export type QuotationChange = Schemas['QuotationChange']
export type FxRate = Schemas['FxRate']
export type NewFxRate = Schemas['NewFxRate']
export type FxRateOn = Schemas['FxRateOn']

export type QuotationState = Quotation['state']
export type QuotationAction = Quotation['actions'][number]

export const STATES: readonly QuotationState[] = [
  'draft',
  'submitted',
  'approved',
  'sent',
  'accepted',
  'rejected',
  'expired',
  'cancelled',
]
export const CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'HKD',
  'AUD',
  'CAD',
  'SGD',
  'CHF',
  'KRW',
  'RUB',
] as const
export const INCOTERMS = [
  'EXW',
  'FCA',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
] as const

export interface QuotationQuery {
  customer_id?: number
  owner_staff_id?: number
  state?: QuotationState
  from?: string
  to?: string
  number?: string
  page?: number
  size?: number
}
