// 待办 The inbox shared by the page and the header bell: one load for both, refreshed every few
// minutes while someone shows it, and after an item is handled.
import { computed, ref } from 'vue'
import { getInbox } from '../api'
import type { Inbox } from '../types'
import { groupInbox, inboxTotal } from './inbox'

const inbox = ref<Inbox>({ items: [], counts: {} })
const loading = ref(false)
const error = ref<unknown>(null)
let inflight: Promise<void> | null = null

async function load(): Promise<void> {
  inflight ??= (async () => {
    loading.value = true
    try {
      inbox.value = await getInbox()
      error.value = null
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
      inflight = null
    }
  })()
  return inflight
}

export function useInbox() {
  const groups = computed(() => groupInbox(inbox.value.items, inbox.value.counts))
  const total = computed(() => inboxTotal(inbox.value))
  return { inbox, loading, error, load, groups, total }
}
