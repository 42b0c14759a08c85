// State of the user list page: search form, server-side sort and paging.
import { reactive, ref } from 'vue'
import type { User } from '@/api/types'
import { listUsers, type UserQuery } from '../api'

type StatusFilter = 'all' | 'enabled' | 'disabled'

export function useUserList() {
  const form = reactive({ q: '', status: 'all' as StatusFilter })
  const sort = reactive<{ sort?: UserQuery['sort']; order?: UserQuery['order'] }>({})
  const page = ref(1)
  const size = ref(20)
  const rows = ref<User[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const res = await listUsers({
        q: form.q.trim() || undefined,
        disabled: form.status === 'all' ? undefined : form.status === 'disabled',
        sort: sort.sort,
        order: sort.order,
        page: page.value,
        size: size.value,
      })
      if (mine !== seq) return
      rows.value = res.items
      total.value = res.total
      error.value = null
    } catch (e) {
      if (mine === seq) error.value = e
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function reset(): Promise<void> {
    form.q = ''
    form.status = 'all'
    return search()
  }

  function onSortChange(e: { prop: string | null; order: 'ascending' | 'descending' | null }) {
    const allowed = ['login', 'display_name', 'created_at']
    sort.sort =
      e.order && e.prop && allowed.includes(e.prop) ? (e.prop as UserQuery['sort']) : undefined
    sort.order = e.order ? (e.order === 'ascending' ? 'asc' : 'desc') : undefined
    void search()
  }

  /** Replaces one row in place after an action returned the updated user. */
  function replace(user: User): void {
    const i = rows.value.findIndex((r) => r.id === user.id)
    if (i >= 0) rows.value[i] = user
  }

  return {
    form,
    page,
    size,
    rows,
    total,
    loading,
    error,
    load,
    search,
    reset,
    onSortChange,
    replace,
  }
}
