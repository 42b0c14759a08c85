import { describe, expect, it } from 'vitest'
import type { FollowUpPlan, InboxItem } from '@/modules/crm/types'
import { composeMyDay } from './myDay'

const plan = (id: number, on: string, time: string, state: FollowUpPlan['state'] = 'planned') =>
  ({
    id,
    kind: 'visit',
    customer_id: 1,
    contact_id: null,
    staff_id: 5,
    planned_on: on,
    planned_time: time,
    purpose: '',
    state,
    version: 1,
  }) as FollowUpPlan
const item = (kind: string, due: string | null, id = 1) =>
  ({ kind, title_key: '', params: {}, due_on: due, link: { type: 'customer', id } }) as InboxItem

describe('composeMyDay', () => {
  it("keeps today's planned visits and calls, by time", () => {
    const day = composeMyDay(
      [
        plan(1, '2026-05-28', '14:00'),
        plan(2, '2026-05-28', '09:30'),
        plan(3, '2026-05-29', ''),
        plan(4, '2026-05-28', '', 'cancelled'),
      ],
      [],
      {},
      '2026-05-28',
    )
    expect(day.plans.map((p) => p.id)).toEqual([2, 1])
  })

  it('splits follow-ups into due today and overdue, and counts the rest waiting', () => {
    const day = composeMyDay(
      [],
      [
        item('follow_up_due', '2026-05-28', 1),
        item('follow_up_due', '2026-05-20', 2),
        item('transfer_to_approve', null, 3),
        item('notice', null, 4),
      ],
      { follow_up_due: 2, transfer_to_approve: 1, notice: 7 },
      '2026-05-28',
    )
    expect(day.dueToday.map((i) => i.link.id)).toEqual([1])
    expect(day.overdue.map((i) => i.link.id)).toEqual([2])
    expect(day.waiting.map((i) => i.kind)).toEqual(['transfer_to_approve', 'notice'])
    expect(day.waitingCount).toBe(8)
  })
})
