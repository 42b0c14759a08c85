// 公海 The pool: customers without an owner (basic fields), filtered by text, region and class;
// 领取 claims one (up to the per-rep cap; the server says crm.pool.cap_reached with the cap).
import { useFilteredList } from '@/composables/usePagedList'
import { listPool } from '../api'
import type { CustomerClass, PoolCustomer } from '../types'

export function usePoolList() {
  const empty = () => ({ q: '', region_id: null as number | null, class: '' as CustomerClass | '' })
  return useFilteredList<ReturnType<typeof empty>, PoolCustomer>(empty, async (f, page, size) => {
    const res = await listPool({
      q: f.q.trim() || undefined,
      region_id: f.region_id ?? undefined,
      class: f.class || undefined,
      page,
      size,
    })
    // A pool answered without a total counts its items.
    return { ...res, total: res.total ?? res.items.length }
  })
}
