import { describe, expect, it } from 'vitest'
import {
  groupInbox,
  inboxRoute,
  inboxTitle,
  inboxTotal,
  noticeId,
} from '@/modules/crm/composables/inbox'
import { sampleActions } from '@/modules/crm/composables/samples'
import type { InboxItem, Sample } from '@/modules/crm/types'

const item = (kind: string, link: InboxItem['link'], params = {}): InboxItem => ({
  kind,
  title_key: `crm.inbox.${kind}`,
  params,
  due_on: null,
  link,
})

const items = [
  item('notice', { type: 'customer', id: 3 }, { customer: '湖南路桥' }),
  item('follow_up_due', { type: 'customer', id: 7 }, { customer: '巴陵石化', customer_id: 7 }),
  item('transfer_to_approve', { type: 'transfer', id: 11 }),
  item('custom_kind', { type: 'x', id: 1 }),
]

describe('inbox groups', () => {
  it('follows the fixed order, unknown kinds last, counts from the server', () => {
    const groups = groupInbox(items, { follow_up_due: 5, notice: 1, transfer_to_approve: 1 })
    expect(groups.map((g) => [g.kind, g.count])).toEqual([
      ['follow_up_due', 5],
      ['transfer_to_approve', 1],
      ['notice', 1],
      ['custom_kind', 1],
    ])
    expect(inboxTotal({ items, counts: { follow_up_due: 5, notice: 1 } })).toBe(6)
    expect(inboxTotal({ items, counts: {} })).toBe(4)
  })
})

describe('inbox links and titles', () => {
  it('opens customers, plans, leads and inquiries; approvals are decided in place', () => {
    expect(inboxRoute(items[1]!)).toEqual({ name: 'crm-customer', params: { id: 7 } })
    expect(inboxRoute(item('lead_to_contact', { type: 'lead', id: 4 }))).toEqual({
      name: 'crm-leads',
      query: { id: 4 },
    })
    expect(inboxRoute(item('follow_up_due', { type: 'plan', id: 9 }))).toEqual({
      name: 'crm-calendar',
    })
    expect(inboxRoute(item('credit_to_approve', { type: 'credit_rating', id: 2 }))).toBeNull()
    expect(inboxRoute(items[2]!)).toBeNull()
  })

  it('finds the notice id wherever it is', () => {
    expect(noticeId({ ...items[0]!, id: 31 })).toBe(31)
    expect(noticeId({ ...items[0]!, notice_id: 32 })).toBe(32)
    expect(noticeId(item('notice', { type: 'notice', id: 33 }))).toBe(33)
    expect(noticeId(items[1]!)).toBeNull()
  })

  it("uses the server's title key when the UI has it, else the kind and the names", () => {
    const t = (k: string, p?: Record<string, unknown>) => (p ? `${k}${JSON.stringify(p)}` : k)
    const te = (k: string) => k === 'crm.inbox.kind.follow_up_due'
    expect(inboxTitle(items[1]!, t, te)).toBe('crm.inbox.kind.follow_up_due: 巴陵石化')
    expect(inboxTitle(items[1]!, t, () => true)).toBe(
      'crm.inbox.follow_up_due{"customer":"巴陵石化","customer_id":7}',
    )
    expect(inboxTitle(items[3]!, t, () => false)).toBe('custom_kind')
  })
})

describe('sample actions', () => {
  const s = { state: 'requested' } as Sample
  it("follow the server's actions, else state and permission", () => {
    expect(sampleActions({ ...s, actions: ['ship', 'other'] }, () => false)).toEqual(['ship'])
    expect(sampleActions(s, (p) => p === 'sample.approve')).toEqual(['approve', 'reject'])
    expect(sampleActions(s, () => false)).toEqual([])
    expect(sampleActions({ ...s, state: 'approved' }, (p) => p === 'inquiry.manage')).toEqual([
      'ship',
    ])
    expect(sampleActions({ ...s, state: 'shipped' }, () => true)).toEqual(['feedback'])
    expect(sampleActions({ ...s, state: 'feedback' }, () => true)).toEqual([])
  })
})
