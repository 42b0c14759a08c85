// 报价单列表 The quotation list: customer, rep, state, date range and number, paged; the same
// filters for 导出.
import { useFilteredList } from '@/composables/usePagedList'
import { listQuotations } from '../api'
import type { QuotationQuery, QuotationRow, QuotationState } from '../types'

export interface QuotationFilters {
  number: string
  customer_id: number | null
  owner_staff_id: number | null
  state: QuotationState | ''
  dates: [string, string] | null
}

export function emptyFilters(): QuotationFilters {
  return { number: '', customer_id: null, owner_staff_id: null, state: '', dates: null }
}

/** The query the filters stand for; empty filters are left out. */
export function quotationQuery(f: QuotationFilters): QuotationQuery {
  return {
    number: f.number.trim() || undefined,
    customer_id: f.customer_id ?? undefined,
    owner_staff_id: f.owner_staff_id ?? undefined,
    state: f.state || undefined,
    from: f.dates?.[0] || undefined,
    to: f.dates?.[1] || undefined,
  }
}

export function useQuotationList() {
  const list = useFilteredList<QuotationFilters, QuotationRow>(emptyFilters, (f, page, size) =>
    listQuotations({ ...quotationQuery(f), page, size }),
  )
  return { ...list, query: () => quotationQuery(list.form) }
}
