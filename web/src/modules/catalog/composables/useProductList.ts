// 产品目录 The product list: filters (text, product line, made or bought, status), sort, paging,
// and the same filters for 导出.
import { useFilteredList } from '@/composables/usePagedList'
import { listProducts } from '../api'
import type { Product, ProductQuery, ProductSort, ProductSource, ProductStatus } from '../types'

export interface ProductFilters {
  q: string
  product_line_id: number | null
  source: ProductSource | ''
  status: ProductStatus | ''
  sort: ProductSort
}

export function emptyFilters(): ProductFilters {
  return { q: '', product_line_id: null, source: '', status: '', sort: 'code' }
}

/** The query the filters stand for; empty filters are left out. */
export function productQuery(f: ProductFilters): ProductQuery {
  return {
    q: f.q.trim() || undefined,
    product_line_id: f.product_line_id ?? undefined,
    source: f.source || undefined,
    status: f.status || undefined,
    sort: f.sort === 'code' ? undefined : f.sort,
  }
}

export function useProductList() {
  const list = useFilteredList<ProductFilters, Product>(emptyFilters, (f, page, size) =>
    listProducts({ ...productQuery(f), page, size }),
  )
  return { ...list, query: () => productQuery(list.form) }
}
