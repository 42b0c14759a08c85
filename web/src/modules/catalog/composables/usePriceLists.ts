// 价格表 The price list page: filters (name, customer kind, status), paging, and the rows'
// actions (activate, close) through the list's `actions`.
import { useFilteredList } from '@/composables/usePagedList'
import { listPriceLists, type PriceListQuery } from '../api'
import type { CustomerKind, PriceList, PriceListStatus } from '../types'

export interface PriceListFilters {
  q: string
  customer_kind: CustomerKind | ''
  status: PriceListStatus | ''
}

export function emptyPriceListFilters(): PriceListFilters {
  return { q: '', customer_kind: '', status: '' }
}

export function priceListQuery(f: PriceListFilters): PriceListQuery {
  return {
    q: f.q.trim() || undefined,
    customer_kind: f.customer_kind || undefined,
    status: f.status || undefined,
  }
}

export function usePriceLists() {
  return useFilteredList<PriceListFilters, PriceList>(emptyPriceListFilters, (f, page, size) =>
    listPriceLists({ ...priceListQuery(f), page, size }),
  )
}

/** "2026-01-01 ~ 2026-12-31", or "2026-01-01 ~" when open. */
export function periodText(from: string, to: string | null | undefined): string {
  return `${from} ~ ${to ?? ''}`.trim()
}
