// 线索看板 The lead board's data: the leads matching the filters (up to a page of 200, the
// server's largest), in columns by state.
import { computed, reactive, ref } from 'vue'
import { useLoad } from '@/composables/useList'
import { itemsOf, listLeads } from '../api'
import type { Lead } from '../types'
import { groupByState } from './kanban'

export function useLeadBoard() {
  const form = reactive({ q: '', assignee_staff_id: null as number | null })
  const leads = ref<Lead[]>([])
  const { loading, error, load } = useLoad(
    () =>
      listLeads({
        q: form.q.trim() || undefined,
        assignee_staff_id: form.assignee_staff_id ?? undefined,
        size: 200,
      }),
    (res) => (leads.value = itemsOf(res)),
  )
  const columns = computed(() => groupByState(leads.value))

  function reset(): Promise<void> {
    Object.assign(form, { q: '', assignee_staff_id: null })
    return load()
  }

  return { form, leads, columns, loading, error, load, search: load, reset }
}
