// Catalog endpoints: products (list, read, create, change, discontinue / reactivate), the
// Excel export and the all-or-nothing import.
import { download, api, request } from '@/api/client'
import type { Page } from '@/api/types'
import { fileContentType, ImportRowsError } from '@/modules/crm/api'
import { ApiError } from '@/api/client'
import type { ImportRowError } from '@/modules/crm/types'
import type {
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
