import { describe, expect, it } from 'vitest'
import {
  awaitingTooLong,
  durationParts,
  formatDuration,
  groupByState,
  minutesSince,
} from '@/modules/crm/composables/kanban'
import type { Lead } from '@/modules/crm/types'

function lead(id: number, state: Lead['state'], received_at: string): Lead {
  return {
    id,
    kind: 'lead',
    state,
    source: '阿里巴巴',
    company: `公司${id}`,
    contact_name: '',
    phone: '',
    email: '',
    wechat: '',
    region_id: null,
    country: '',
    time_zone: '',
    products: '',
    message: '',
    analysis: '',
    reply: '',
    assignee_staff_id: null,
    customer_id: null,
    received_at,
    assigned_at: null,
    contacted_at: null,
    response_minutes: null,
    version: 1,
    actions: [],
  }
}

describe('lead board columns', () => {
  it('has every state in workflow order, newest lead first', () => {
    const cols = groupByState([
      lead(1, 'assigned', '2026-03-01T08:00:00Z'),
      lead(2, 'new', '2026-03-01T09:00:00Z'),
      lead(3, 'assigned', '2026-03-02T08:00:00Z'),
      lead(4, 'converted', '2026-02-01T08:00:00Z'),
    ])
    expect(Object.keys(cols)).toEqual([
      'new',
      'assigned',
      'contacted',
      'qualified',
      'converted',
      'discarded',
    ])
    expect(cols.assigned.map((l) => l.id)).toEqual([3, 1])
    expect(cols.new.map((l) => l.id)).toEqual([2])
    expect(cols.contacted).toEqual([])
  })

  it('leaves out a state it does not know', () => {
    const odd = { ...lead(9, 'new', '2026-03-01T08:00:00Z'), state: 'archived' as Lead['state'] }
    const cols = groupByState([odd])
    expect(Object.values(cols).flat()).toEqual([])
  })
})

describe('ages and response times', () => {
  const now = new Date('2026-03-02T10:00:00Z')

  it('counts whole minutes, never negative', () => {
    expect(minutesSince('2026-03-02T07:29:30Z', now)).toBe(150)
    expect(minutesSince('2026-03-02T11:00:00Z', now)).toBe(0)
    expect(minutesSince(null, now)).toBeNull()
    expect(minutesSince('not a date', now)).toBeNull()
  })

  it('splits into days, hours and minutes and says the largest two', () => {
    expect(durationParts(3 * 1440 + 4 * 60 + 5)).toEqual({ d: 3, h: 4, m: 5 })
    const t = (key: string, p: Record<string, number>) => `${key}:${JSON.stringify(p)}`
    expect(formatDuration(3 * 1440 + 4 * 60 + 5, t)).toBe('crm.duration.dh:{"d":3,"h":4}')
    expect(formatDuration(125, t)).toBe('crm.duration.hm:{"h":2,"m":5}')
    expect(formatDuration(7, t)).toBe('crm.duration.m:{"m":7}')
  })

  it('flags a lead not contacted within two hours', () => {
    expect(awaitingTooLong(lead(1, 'assigned', '2026-03-02T07:00:00Z'), now)).toBe(true)
    expect(awaitingTooLong(lead(1, 'assigned', '2026-03-02T09:00:00Z'), now)).toBe(false)
    expect(awaitingTooLong(lead(1, 'contacted', '2026-03-01T07:00:00Z'), now)).toBe(false)
  })
})
