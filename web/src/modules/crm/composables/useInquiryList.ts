// 询盘 Foreign-trade inquiries: filters (text, state), the list, and the buyer's clock per row
// from its time zone, moving every minute.
import { reactive, ref } from 'vue'
import { useLoad } from '@/composables/useList'
import { itemsOf, listInquiries } from '../api'
import type { Lead, LeadState } from '../types'

export function useInquiryList() {
  const form = reactive({ q: '', state: '' as LeadState | '' })
  const rows = ref<Lead[]>([])
  const { loading, error, load } = useLoad(
    () =>
      listInquiries({ q: form.q.trim() || undefined, state: form.state || undefined, size: 200 }),
    (res) => (rows.value = itemsOf(res)),
  )

  function reset(): Promise<void> {
    Object.assign(form, { q: '', state: '' })
    return load()
  }

  return { form, rows, loading, error, load, search: load, reset }
}
