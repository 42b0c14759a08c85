// Paging state shared by list pages: page, size, rows, total, loading and the last error.
// A newer load supersedes an older one still in flight (its answer is dropped).
import { ref, type Ref } from 'vue'
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
