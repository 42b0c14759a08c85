// Catalog endpoints: products (list, read, create, change, discontinue / reactivate), the
// Excel export and the all-or-nothing import.
import { download, api, request } from '@/api/client'
import type { Page } from '@/api/types'
import { fileContentType, ImportRowsError } from '@/modules/crm/api'
import { ApiError } from '@/api/client'
import type { ImportRowError } from '@/modules/crm/types'
import type {
  CustomerPrice,
  NewCustomerPrice,
  NewPriceFloor,
  NewPriceList,
  NewPriceRequest,
  NewSeason,
  PriceAnswer,
  PriceChange,
  PriceFloor,
  PriceList,
  PriceListDetail,
  PriceListUpdate,
  PriceRequest,
  Season,
  SeasonUpdate,
  NewProduct,
  Product,
  ProductAction,
  ProductImportResult,
  ProductPatch,
  ProductQuery,
} from './types'

export const listProducts = (q: ProductQuery) => api.get<Page<Product>>('/products', { ...q })
export const getProduct = (id: number) => api.get<Product>(`/products/${id}`)
export const createProduct = (body: NewProduct) => api.post<Product>('/products', body)
export const updateProduct = (id: number, body: ProductPatch) =>
  api.patch<Product>(`/products/${id}`, body)
export const actOnProduct = (
  id: number,
  action: Exclude<ProductAction, 'update'>,
  version: number,
) => api.post<Product>(`/products/${id}/${action}`, { version })
export const exportProducts = (q: ProductQuery) =>
  download('/products/export.xlsx', 'products.xlsx', { ...q, page: undefined, size: undefined })

/** Posts the file as the body; a refused import (its rows) → ImportRowsError. */
export async function importProducts(file: File, dryRun: boolean): Promise<ProductImportResult> {
  try {
    return await request<ProductImportResult>('POST', '/products/import', {
      query: { dry_run: dryRun ? 'true' : 'false' },
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

// Price policy endpoints (issue 11 §2).
export const listSeasons = () => api.get<{ items: Season[] }>('/price-seasons')
export const updateSeason = (id: number, body: SeasonUpdate) =>
  api.put<Season>(`/price-seasons/${id}`, body)
export const createSeason = (body: NewSeason) => api.post<Season>('/price-seasons', body)
export const listPriceLists = (q: PriceListQuery) =>
  api.get<Page<PriceList>>('/price-lists', { ...q })
export const getPriceList = (id: number) => api.get<PriceListDetail>(`/price-lists/${id}`)
export const createPriceList = (body: NewPriceList) => api.post<PriceList>('/price-lists', body)
export const updatePriceList = (id: number, body: PriceListUpdate) =>
  api.put<PriceList>(`/price-lists/${id}`, body)
export const actOnPriceList = (id: number, action: 'activate' | 'close', version: number) =>
  api.post<PriceList>(`/price-lists/${id}/${action}`, { version })
export const setPriceLine = (
  id: number,
  body: { version: number; product_id: number; unit_price: string; min_qty?: string },
) => api.put<PriceListDetail>(`/price-lists/${id}/lines`, body)
export const removePriceLine = (id: number, lineId: number, version: number) =>
  api.del<PriceListDetail>(`/price-lists/${id}/lines/${lineId}`, { query: { version } })
export const exportPriceList = (id: number) =>
  download(`/price-lists/${id}/export.xlsx`, `price-list-${id}.xlsx`, {})
export const listCustomerPrices = (q: { customer_id?: number; page?: number; size?: number }) =>
  api.get<Page<CustomerPrice>>('/customer-prices', { ...q })
export const setCustomerPrice = (body: NewCustomerPrice) =>
  api.post<CustomerPrice>('/customer-prices', body)
export const listFloors = () => api.get<{ items: PriceFloor[] }>('/price-floors')
export const setFloor = (body: NewPriceFloor) => api.post<PriceFloor>('/price-floors', body)
export const listPriceRequests = (q: {
  status?: string
  to_decide?: boolean
  page?: number
  size?: number
}) => api.get<Page<PriceRequest>>('/price-requests', { ...q })
export const proposePriceChange = (body: NewPriceRequest) =>
  api.post<PriceRequest>('/price-requests', body)
export const decidePriceRequest = (
  id: number,
  what: 'approve' | 'reject' | 'withdraw',
  body: { version: number; note?: string },
) => api.post<PriceRequest>(`/price-requests/${id}/${what}`, body)
export const listPriceHistory = (q: PriceHistoryQuery) =>
  api.get<Page<PriceChange>>('/price-history', { ...q })
export const exportPriceHistory = (q: PriceHistoryQuery) =>
  download('/price-history/export.xlsx', 'price-history.xlsx', { ...q })
export const quotePrice = (q: {
  customer_id: number
  product_id: number
  qty?: string
  date?: string
}) => api.get<PriceAnswer>('/pricing/quote', { ...q })

export interface PriceHistoryQuery {
  product_id?: number
  customer_id?: number
  page?: number
  size?: number
}

export interface PriceListQuery {
  q?: string
  customer_kind?: string
  status?: string
  page?: number
  size?: number
}
