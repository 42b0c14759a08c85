// Paging state shared by list pages: page, size, rows, total, loading and the last error.
// A newer load supersedes an older one still in flight (its answer is dropped).
import { reactive, ref, type Ref } from 'vue'
import type { Page } from '@/api/types'
import { useLoad } from './useList'

export function usePagedList<T>(fetchPage: (page: number, size: number) => Promise<Page<T>>) {
  const page = ref(1)
  const size = ref(20)
  const rows = ref([]) as Ref<T[]>
  const total = ref(0)
  const { loading, error, load } = useLoad(
    () => fetchPage(page.value, size.value),
    (res) => {
      rows.value = res.items
      total.value = res.total
    },
  )

  /** Back to the first page, then loads. */
  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  return { page, size, rows, total, loading, error, load, search }
}

/**
 * A paged list behind a search form: `form` starts as `empty()`, each load asks for
 * `fetchPage(form, page, size)`, and reset() empties the form and goes back to page 1.
 */
export function useFilteredList<F extends object, T>(
  empty: () => F,
  fetchPage: (filters: F, page: number, size: number) => Promise<Page<T>>,
) {
  const form = reactive(empty()) as F
  const list = usePagedList<T>((page, size) => fetchPage(form, page, size))

  function reset(): Promise<void> {
    Object.assign(form, empty())
    return list.search()
  }

  return { ...list, form, reset }
}
