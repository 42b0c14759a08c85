// Sales endpoints: quotations (list, read, create, change a draft, the table's actions, the
// timeline, the Excel export) and finance's exchange rates.
import { api, download } from '@/api/client'
import type { Page } from '@/api/types'
import type { TimelineEntry } from '@/modules/crm/types'
import type {
  FxRate,
  FxRateOn,
  NewFxRate,
  NewQuotation,
  Quotation,
  QuotationAction,
  QuotationChange,
  QuotationQuery,
  QuotationRow,
} from './types'

export const listQuotations = (q: QuotationQuery) =>
  api.get<Page<QuotationRow>>('/quotations', { ...q })
export const getQuotation = (id: number) => api.get<Quotation>(`/quotations/${id}`)
export const createQuotation = (body: NewQuotation) => api.post<Quotation>('/quotations', body)
export const updateQuotation = (id: number, body: QuotationChange) =>
  api.put<Quotation>(`/quotations/${id}`, body)
export const actOnQuotation = (
  id: number,
  action: Exclude<QuotationAction, 'update'>,
  version: number,
  note = '',
) => api.post<Quotation>(`/quotations/${id}/${action}`, { version, note })
export const getQuotationTimeline = (id: number) =>
  api.get<{ items: TimelineEntry[] }>(`/quotations/${id}/timeline`)
export const exportQuotations = (q: QuotationQuery) =>
  download('/quotations/export.xlsx', 'quotations.xlsx', {
    ...q,
    page: undefined,
    size: undefined,
  })

export const listFxRates = (currency?: string) =>
  api.get<{ items: FxRate[] }>('/fx-rates', { currency })
/** The rate in force on a date (422 sales.fx.no_rate when none; 403 without fx.read). */
export const getFxRateOn = (currency: string, on: string) =>
  api.get<FxRateOn>('/fx-rates/on', { currency, on })
export const setFxRate = (body: NewFxRate) => api.post<FxRate>('/fx-rates', body)
