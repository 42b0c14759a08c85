// 拜访日历 The calendar's feed: the date range el-calendar's month grid can show around a day,
// and the plans, logged visits/calls and next follow-up dates of each day.
import { isoDate } from '@/utils/format'
import type { CalendarItem, FollowUpPlan } from '../types'

/** From a week before the 1st to two weeks after the month's end: the whole visible grid. */
export function gridRange(day: Date): { from: string; to: string } {
  const first = new Date(day.getFullYear(), day.getMonth(), 1)
  const last = new Date(day.getFullYear(), day.getMonth() + 1, 0)
  const from = new Date(first.getFullYear(), first.getMonth(), first.getDate() - 7)
  const to = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 14)
  return { from: isoDate(from), to: isoDate(to) }
}

/** Plans by planned_on, each day by time (untimed first), cancelled ones left out. */
export function plansByDay(plans: readonly FollowUpPlan[]): Map<string, FollowUpPlan[]> {
  const out = new Map<string, FollowUpPlan[]>()
  for (const p of plans) {
    if (p.state === 'cancelled') continue
    const list = out.get(p.planned_on) ?? []
    list.push(p)
    out.set(p.planned_on, list)
  }
  for (const list of out.values())
    list.sort((a, b) => (a.planned_time || '').localeCompare(b.planned_time || ''))
  return out
}

/** Today plus `days` (negative: before), as the local YYYY-MM-DD. */
export function dayOffset(days: number, today = new Date()): string {
  return isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days))
}

/** Logged records or next follow-up dates by day (their `on`), in the server's order. */
export function itemsByDay(items: readonly CalendarItem[]): Map<string, CalendarItem[]> {
  const out = new Map<string, CalendarItem[]>()
  for (const i of items) {
    const list = out.get(i.on) ?? []
    list.push(i)
    out.set(i.on, list)
  }
  return out
}
