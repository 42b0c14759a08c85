// 客户档案 The customer list: filters (text, region, owner, class, rating, overdue follow-up),
// paging, and the same filters for 导出.
import { useFilteredList } from '@/composables/usePagedList'
import { listCustomers } from '../api'
import type { CreditRating, CustomerClass, CustomerListItem, CustomerQuery } from '../types'

export interface CustomerFilters {
  q: string
  region_id: number | null
  owner_staff_id: number | null
  class: CustomerClass | ''
  credit_rating: CreditRating | ''
  overdue: boolean
}

export function emptyFilters(): CustomerFilters {
  return {
    q: '',
    region_id: null,
    owner_staff_id: null,
    class: '',
    credit_rating: '',
    overdue: false,
  }
}

/** The query the filters stand for; empty filters are left out. */
export function customerQuery(f: CustomerFilters): CustomerQuery {
  return {
    q: f.q.trim() || undefined,
    region_id: f.region_id ?? undefined,
    owner_staff_id: f.owner_staff_id ?? undefined,
    class: f.class || undefined,
    credit_rating: f.credit_rating || undefined,
    overdue: f.overdue || undefined,
  }
}

export function useCustomerList() {
  const list = useFilteredList<CustomerFilters, CustomerListItem>(emptyFilters, (f, page, size) =>
    listCustomers({ ...customerQuery(f), page, size }),
  )
  return { ...list, query: () => customerQuery(list.form) }
}
