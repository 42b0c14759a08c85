// Loads the rep's day for the 工作台: today's own plans and the 待办 inbox (shared with the
// header bell), composed by composeMyDay. Only for people who work with customers.
import { computed, ref } from 'vue'
import { listPlans } from '@/modules/crm/api'
import { useInbox } from '@/modules/crm/composables/useInbox'
import type { FollowUpPlan } from '@/modules/crm/types'
import { useSessionStore } from '@/stores/session'
import { isoDate } from '@/utils/format'
import { composeMyDay } from './myDay'

export function useMyDay() {
  const session = useSessionStore()
  const inbox = useInbox()
  const plans = ref<FollowUpPlan[]>([])
  const today = ref(isoDate(new Date()))
  const enabled = computed(() => session.hasPermission('customer.read'))
  const day = computed(() =>
    composeMyDay(plans.value, inbox.inbox.value.items, inbox.inbox.value.counts, today.value),
  )

  async function load(): Promise<void> {
    if (!enabled.value) return
    today.value = isoDate(new Date())
    const staffId = session.staff?.id
    const [res] = await Promise.all([
      staffId
        ? listPlans({ staff_id: staffId, from: today.value, to: today.value })
        : Promise.resolve({ items: [] as FollowUpPlan[] }),
      inbox.load(),
    ])
    plans.value = res.items
  }

  return { enabled, day, load, loading: inbox.loading, error: inbox.error }
}
