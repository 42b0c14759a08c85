// A clock for the page: `now` moves on every `everyMs` (a minute by default) while the
// component lives, so buyer local times and lead ages stay current without reloading.
import { onScopeDispose, ref } from 'vue'

export function useNow(everyMs = 60_000) {
  const now = ref(new Date())
  const timer = setInterval(() => (now.value = new Date()), everyMs)
  onScopeDispose(() => clearInterval(timer))
  return now
}
