import { describe, expect, it } from 'vitest'
import { dayOffset, gridRange, itemsByDay, plansByDay } from '@/modules/crm/composables/calendar'
import type { CalendarItem, FollowUpPlan } from '@/modules/crm/types'

const plan = (id: number, planned_on: string, planned_time = '', state = 'planned') =>
  ({ id, planned_on, planned_time, state }) as FollowUpPlan

describe('visit calendar', () => {
  it('asks for the whole visible grid around the month', () => {
    expect(gridRange(new Date(2026, 1, 14))).toEqual({ from: '2026-01-25', to: '2026-03-14' })
  })

  it('lists each day by time, untimed first, without cancelled plans', () => {
    const days = plansByDay([
      plan(1, '2026-03-02', '14:00'),
      plan(2, '2026-03-02', '09:30'),
      plan(3, '2026-03-02'),
      plan(4, '2026-03-03', '', 'cancelled'),
    ])
    expect(days.get('2026-03-02')!.map((p) => p.id)).toEqual([3, 2, 1])
    expect(days.has('2026-03-03')).toBe(false)
  })

  it('counts days from today across month ends', () => {
    expect(dayOffset(-1, new Date(2026, 2, 1))).toBe('2026-02-28')
    expect(dayOffset(1, new Date(2026, 11, 31))).toBe('2027-01-01')
  })

  it('groups logged visits and next follow-up dates by day', () => {
    const item = (id: number, on: string) => ({ id, on }) as CalendarItem
    const m = itemsByDay([item(1, '2026-03-02'), item(2, '2026-03-03'), item(3, '2026-03-02')])
    expect(m.get('2026-03-02')?.map((i) => i.id)).toEqual([1, 3])
    expect(m.get('2026-03-03')?.map((i) => i.id)).toEqual([2])
  })
})
