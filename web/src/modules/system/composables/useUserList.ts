// State of the user list page: search form, server-side sort and paging.
import { reactive } from 'vue'
import { usePagedList } from '@/composables/usePagedList'
import type { User } from '@/api/types'
import { listUsers, type UserQuery } from '../api'

type StatusFilter = 'all' | 'enabled' | 'disabled'

export function useUserList() {
  const form = reactive({ q: '', status: 'all' as StatusFilter })
  const sort = reactive<{ sort?: UserQuery['sort']; order?: UserQuery['order'] }>({})
  const list = usePagedList<User>((page, size) =>
    listUsers({
      q: form.q.trim() || undefined,
      disabled: form.status === 'all' ? undefined : form.status === 'disabled',
      sort: sort.sort,
      order: sort.order,
      page,
      size,
    }),
  )
  const { rows, search } = list

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

  return { ...list, form, reset, onSortChange, replace }
}
