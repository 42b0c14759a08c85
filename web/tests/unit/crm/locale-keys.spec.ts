// The crm pages build some keys from values (states, kinds, field names); each such family
// must exist in the merged messages (the usage test only sees literal keys).
import { describe, expect, it } from 'vitest'
import { buildMessages } from '@/locales'
import {
  CONTACT_ROLES,
  CREDIT_RATINGS,
  CUSTOMER_CLASSES,
  CUSTOMER_KINDS,
  INBOX_KINDS,
  LEAD_STATES,
  SETTLEMENTS,
} from '@/modules/crm/types'

const zh = buildMessages()['zh-CN']
const en = buildMessages()['en-US']
const has = (messages: unknown, key: string) =>
  typeof key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages) ===
  'string'

const CUSTOMER_FIELDS = [
  'code',
  'mnemonic',
  'short_name',
  'credit_code',
  'kind',
  'class',
  'industry',
  'source',
  'region_id',
  'phone',
  'address',
  'owner_staff_id',
  'support_staff_id',
  'vat_title',
  'tax_number',
  'invoice_address',
  'invoice_phone',
  'bank_name',
  'bank_account',
  'settlement',
  'credit_days',
  'credit_limit',
  'credit_rating',
  'price_level',
  'dealer_level',
  'dealer_region_id',
  'agreement_from',
  'agreement_to',
  'notes',
  'name',
]

const families: string[] = [
  ...CUSTOMER_KINDS.map((k) => `crm.customerKind.${k}`),
  ...CUSTOMER_CLASSES.map((k) => `crm.customerClass.${k}`),
  ...SETTLEMENTS.map((k) => `crm.settlement.${k}`),
  ...CONTACT_ROLES.map((k) => `crm.contactRole.${k}`),
  ...LEAD_STATES.map((k) => `crm.leadState.${k}`),
  ...INBOX_KINDS.map((k) => `crm.inbox.kind.${k}`),
  ...['assign', 'contact', 'qualify', 'convert', 'discard'].map((a) => `crm.lead.action.${a}`),
  ...['contact', 'qualify', 'discard'].map((a) => `crm.lead.stepTitle.${a}`),
  ...['approve', 'reject', 'ship', 'feedback'].map((a) => `crm.sample.action.${a}`),
  ...['requested', 'approved', 'rejected', 'shipped', 'feedback'].map(
    (s) => `crm.sampleState.${s}`,
  ),
  ...['proposed', 'approved', 'rejected'].map((s) => `crm.approvalState.${s}`),
  ...['planned', 'done', 'cancelled'].map((s) => `crm.planState.${s}`),
  ...['visit', 'call'].map((s) => `crm.followUpKind.${s}`),
  ...['approve', 'reject'].map((s) => `crm.credit.${s}Title`),
  ...['approve', 'reject'].map((s) => `crm.inbox.${s}Transfer`),
  ...['basic', 'contacts', 'visits', 'calls', 'credit', 'documents', 'timeline'].map(
    (s) => `crm.customer.tab.${s}`,
  ),
  ...CUSTOMER_FIELDS.map((f) => `crm.customer.${f}`),
  ...['title', 'mobile', 'phone', 'email', 'wechat'].map((f) => `crm.contact.${f}`),
  ...['source', 'contact_name', 'phone', 'email', 'wechat'].map((f) => `crm.lead.${f}`),
  ...['contact_name', 'email', 'source'].map((f) => `crm.inquiry.${f}`),
  ...['strengths', 'weaknesses', 'notes'].map((f) => `crm.competitor.${f}`),
]

describe('crm key families', () => {
  it('exist in zh-CN and en-US', () => {
    expect(CREDIT_RATINGS).toHaveLength(4)
    expect(families.filter((k) => !has(zh, k))).toEqual([])
    expect(families.filter((k) => !has(en, k))).toEqual([])
  })
})
