// 线索看板 The lead board: leads in columns by state (new → … → converted | discarded), newest
// first; each card's age and response time as days/hours/minutes.
import { LEAD_STATES, type Lead, type LeadState } from '../types'

export type Columns = Record<LeadState, Lead[]>

/** One column per state, in workflow order; leads of an unknown state are left out. */
export function groupByState(leads: readonly Lead[]): Columns {
  const out = Object.fromEntries(LEAD_STATES.map((s) => [s, [] as Lead[]])) as Columns
  for (const l of leads) out[l.state]?.push(l)
  for (const s of LEAD_STATES) out[s].sort((a, b) => b.received_at.localeCompare(a.received_at))
  return out
}

/** Whole minutes from `from` (ISO) to `to`; null when `from` is missing or unreadable. */
export function minutesSince(from: string | null | undefined, to: Date): number | null {
  if (!from) return null
  const t = new Date(from).getTime()
  if (Number.isNaN(t)) return null
  return Math.max(0, Math.floor((to.getTime() - t) / 60_000))
}

export interface DurationParts {
  d: number
  h: number
  m: number
}

export function durationParts(minutes: number): DurationParts {
  const total = Math.max(0, Math.floor(minutes))
  return { d: Math.floor(total / 1440), h: Math.floor((total % 1440) / 60), m: total % 60 }
}

type Translate = (key: string, params: Record<string, number>) => string

/** "3天4小时" / "2小时5分" / "7分钟" through the crm.duration keys. */
export function formatDuration(minutes: number, t: Translate): string {
  const p = durationParts(minutes)
  if (p.d > 0) return t('crm.duration.dh', { d: p.d, h: p.h })
  if (p.h > 0) return t('crm.duration.hm', { h: p.h, m: p.m })
  return t('crm.duration.m', { m: p.m })
}

/** A lead still waiting for its first contact longer than this is flagged on its card. */
export const RESPONSE_ALERT_MINUTES = 120

/** True when the lead is waiting for a first contact longer than the alert threshold. */
export function awaitingTooLong(l: Lead, now: Date): boolean {
  if (l.state !== 'new' && l.state !== 'assigned') return false
  return (minutesSince(l.received_at, now) ?? 0) > RESPONSE_ALERT_MINUTES
}
