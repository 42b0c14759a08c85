// 客户页 One customer: the record with its actions, and the tabs' data loaded when a tab is
// first opened (follow-ups, credit ratings, timeline), reloaded after a change.
import { computed, ref } from 'vue'
import { useLoad } from '@/composables/useList'
import { getCustomer, getTimeline, listCreditRatings, listFollowUps } from '../api'
import type { CreditRatingEntry, Customer, CustomerAction, FollowUp, TimelineEntry } from '../types'

export function useCustomerPage(id: () => number) {
  const customer = ref<Customer | null>(null)
  const main = useLoad(
    () => getCustomer(id()),
    (c) => (customer.value = c),
  )
  const followUps = ref<FollowUp[]>([])
  const followUpLoad = useLoad(
    () => listFollowUps(id()),
    (r) => (followUps.value = r.items),
  )
  const ratings = ref<CreditRatingEntry[]>([])
  const ratingLoad = useLoad(
    () => listCreditRatings(id()),
    (r) => (ratings.value = r.items),
  )
  const timeline = ref<TimelineEntry[]>([])
  const timelineLoad = useLoad(
    () => getTimeline(id()),
    (r) => (timeline.value = r.items),
  )

  const visits = computed(() => followUps.value.filter((f) => f.kind === 'visit'))
  const calls = computed(() => followUps.value.filter((f) => f.kind === 'call'))
  const can = (action: CustomerAction) => customer.value?.actions.includes(action) ?? false

  /** Loads what a tab shows (the basic tabs need nothing more). */
  function loadTab(tab: string): Promise<void> {
    if (tab === 'visits' || tab === 'calls') return followUpLoad.load()
    if (tab === 'credit') return ratingLoad.load()
    if (tab === 'timeline') return timelineLoad.load()
    return Promise.resolve()
  }

  return {
    customer,
    loading: main.loading,
    error: main.error,
    load: main.load,
    followUps,
    visits,
    calls,
    followUpLoad,
    ratings,
    ratingLoad,
    timeline,
    timelineLoad,
    can,
    loadTab,
  }
}
