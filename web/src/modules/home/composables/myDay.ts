// 我的一天 The rep's day on the 工作台: today's plans (visits and calls), follow-ups due today
// and overdue, and what waits in the 待办 inbox. Pure, so the rules are tested without a page.
import type { FollowUpPlan, InboxItem } from '@/modules/crm/types'

export interface MyDay {
  plans: FollowUpPlan[]
  dueToday: InboxItem[]
  overdue: InboxItem[]
  /** Other inbox items (approvals, leads, notices), first ones only. */
  waiting: InboxItem[]
  waitingCount: number
}

export const WAITING_SHOWN = 5

export function composeMyDay(
  plans: readonly FollowUpPlan[],
  items: readonly InboxItem[],
  counts: Readonly<Record<string, number>>,
  today: string,
): MyDay {
  const todays = plans
    .filter((p) => p.state === 'planned' && p.planned_on === today)
    .sort((a, b) => (a.planned_time || '').localeCompare(b.planned_time || ''))
  const due = items.filter((i) => i.kind === 'follow_up_due' && i.due_on)
  const others = items.filter((i) => i.kind !== 'follow_up_due')
  const waitingCount = Object.entries(counts)
    .filter(([k]) => k !== 'follow_up_due')
    .reduce((sum, [, n]) => sum + n, 0)
  return {
    plans: todays,
    dueToday: due.filter((i) => i.due_on === today),
    overdue: due.filter((i) => (i.due_on ?? '') < today),
    waiting: others.slice(0, WAITING_SHOWN),
    waitingCount: Math.max(waitingCount, others.length),
  }
}
