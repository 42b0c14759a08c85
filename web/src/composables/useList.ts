// Loading a list page's data: `loading` and the last error, for a paged list (usePagedList) or an
// unpaged one (useList: the department tree, regions, the division of work). When loads
// overlap, only the newest one's answer is kept.
import { ref, type Ref } from 'vue'

/** What ListPage needs of a list; a paged one also has page, size and total. */
export interface ListState {
  loading: Ref<boolean>
  error: Ref<unknown>
  load: () => Promise<void>
  page?: Ref<number>
  size?: Ref<number>
  total?: Ref<number>
}

/** `fetch` runs on each load(); `apply` takes the answer unless a newer load has started. */
export function useLoad<R>(fetch: () => Promise<R>, apply: (result: R) => void) {
  const loading = ref(false)
  const error = ref<unknown>(null)
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const res = await fetch()
      if (mine !== seq) return
      apply(res)
      error.value = null
    } catch (e) {
      if (mine === seq) error.value = e
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  return { loading, error, load }
}

export function useList<T>(fetchAll: () => Promise<T[]>) {
  const items = ref([]) as Ref<T[]>
  return { items, ...useLoad(fetchAll, (res) => (items.value = res)) }
}
