// The customer form's data: a form from a customer (or empty, or prefilled from a lead), the
// POST body, a PATCH with only what changed, decimal rules for money and quantities, and the
// kind of a 409 duplicate refusal.
import { ApiError } from '@/api/client'
import type { Contact, Customer, CustomerInput, Lead, Variety } from '../types'

/** Money: up to 11 integer digits and 2 decimals ("1234.50"). */
export const MONEY_PATTERN = /^\d{1,11}(\.\d{1,2})?$/
/** Quantities and prices ×10⁴: up to 4 decimals ("10.5000"). */
export const DECIMAL4_PATTERN = /^\d{1,11}(\.\d{1,4})?$/

export const isMoney = (s: string) => MONEY_PATTERN.test(s.trim())
export const isDecimal4 = (s: string) => DECIMAL4_PATTERN.test(s.trim())

/** A mobile number as the server accepts it: 11 digits starting with 1, or + and 7–15 digits
 *  (spaces and dashes allowed). */
export function isMobile(s: string): boolean {
  const v = s.trim()
  if (!/^\+?[0-9 -]+$/.test(v)) return false
  const digits = v.replace(/[^0-9]/g, '')
  if (v.startsWith('+')) return digits.length >= 7 && digits.length <= 15
  return digits.length === 11 && digits.startsWith('1')
}

/** An e-mail address as the server accepts it (it holds an @). */
export const isEmail = (s: string) => s.includes('@')

export function newContact(primary = false): Contact {
  return {
    name: '',
    title: '',
    role: 'other',
    phone: '',
    mobile: '',
    wechat: '',
    qq: '',
    email: '',
    is_primary: primary,
    notes: '',
  }
}

export function newVariety(): Variety {
  return {
    product_line_id: null,
    variety: '',
    annual_qty: '',
    unit: '吨',
    price: null,
    supplier: '',
    notes: '',
  }
}

/** 开票与结算 The fields of the money tab. */
export const MONEY_FIELDS: readonly (keyof CustomerInput)[] = [
  'vat_title',
  'tax_number',
  'invoice_address',
  'invoice_phone',
  'bank_name',
  'bank_account',
  'settlement',
  'credit_days',
  'credit_limit',
  'price_level',
  'dealer_level',
  'dealer_region_id',
  'agreement_from',
  'agreement_to',
]

const KEYS: readonly (keyof CustomerInput)[] = [
  'name',
  'short_name',
  'credit_code',
  'kind',
  'class',
  'industry',
  'source',
  'region_id',
  'address',
  'phone',
  'owner_staff_id',
  'support_staff_id',
  ...MONEY_FIELDS,
  'notes',
  'contacts',
  'varieties',
]

export function emptyCustomer(): CustomerInput {
  return {
    name: '',
    short_name: '',
    credit_code: null,
    kind: 'end_user',
    class: 'prospect',
    industry: '',
    source: '',
    region_id: null,
    address: '',
    phone: '',
    owner_staff_id: null,
    support_staff_id: null,
    vat_title: '',
    tax_number: '',
    invoice_address: '',
    invoice_phone: '',
    bank_name: '',
    bank_account: '',
    settlement: 'cash',
    credit_days: 0,
    credit_limit: '0.00',
    price_level: '',
    dealer_level: '',
    dealer_region_id: null,
    agreement_from: null,
    agreement_to: null,
    notes: '',
    contacts: [],
    varieties: [],
  }
}

/** A deep copy of plain JSON data; works on reactive proxies, which structuredClone refuses. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

/** The form of `c` (deep copies of its lists), or an empty form with `prefill` applied. */
export function customerForm(c: Customer | null, prefill?: Partial<CustomerInput>): CustomerInput {
  const f = emptyCustomer()
  const src = (c ?? prefill ?? {}) as Partial<CustomerInput>
  for (const k of KEYS)
    if (src[k] !== undefined) (f as unknown as Record<string, unknown>)[k] = src[k]
  f.contacts = copy(src.contacts ?? []).map((x) => ({ ...newContact(), ...x }))
  f.varieties = copy(src.varieties ?? []).map((x) => ({ ...newVariety(), ...x }))
  return f
}

/** A new customer from a qualified lead: company, region, source and the lead's contact. */
export function leadToCustomer(l: Lead): Partial<CustomerInput> {
  const contact = l.contact_name
    ? [
        {
          ...newContact(true),
          name: l.contact_name,
          mobile: l.phone,
          email: l.email,
          wechat: l.wechat,
        },
      ]
    : []
  return {
    name: l.company,
    source: l.source,
    region_id: l.region_id,
    phone: l.phone,
    notes: [l.products, l.message].filter(Boolean).join('\n'),
    contacts: contact,
  }
}

const trimmed = (s: string) => s.trim()
const orNull = (s: string | null) => (s && s.trim() ? s.trim() : null)

/** What POST /customers gets: text trimmed, empty optional values as null, no dealer data for
 * an end user. */
export function customerBody(f: CustomerInput): CustomerInput {
  const dealer = f.kind !== 'end_user'
  return {
    ...f,
    name: trimmed(f.name),
    short_name: trimmed(f.short_name),
    credit_code: orNull(f.credit_code)?.toUpperCase() ?? null,
    industry: trimmed(f.industry),
    source: trimmed(f.source),
    address: trimmed(f.address),
    phone: trimmed(f.phone),
    vat_title: trimmed(f.vat_title),
    tax_number: trimmed(f.tax_number),
    invoice_address: trimmed(f.invoice_address),
    invoice_phone: trimmed(f.invoice_phone),
    bank_name: trimmed(f.bank_name),
    bank_account: trimmed(f.bank_account),
    credit_days: f.settlement === 'credit' ? Number(f.credit_days) || 0 : 0,
    credit_limit: f.credit_limit.trim() || '0.00',
    dealer_level: dealer ? trimmed(f.dealer_level) : '',
    dealer_region_id: dealer ? f.dealer_region_id : null,
    agreement_from: dealer ? orNull(f.agreement_from) : null,
    agreement_to: dealer ? orNull(f.agreement_to) : null,
    contacts: f.contacts.map((c) => ({ ...c, name: c.name.trim(), mobile: c.mobile.trim() })),
    varieties: f.varieties.map((v) => ({
      ...v,
      variety: v.variety.trim(),
      annual_qty: v.annual_qty.trim() || '0',
      price: orNull(v.price),
    })),
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Fields a PATCH does not take: the owner changes by transfer (移交), the credit terms by an
 * approved credit rating (资信评价).
 */
export const NOT_PATCHED: readonly (keyof CustomerInput)[] = [
  'owner_staff_id',
  'credit_days',
  'credit_limit',
]

/** Only the fields that differ from `original`, plus its version (lists go whole). */
export function customerPatch(
  original: Customer,
  f: CustomerInput,
): Partial<CustomerInput> & { version: number } {
  const before = customerBody(customerForm(original))
  const after = customerBody(f)
  const patch: Partial<CustomerInput> & { version: number } = { version: original.version }
  for (const k of KEYS) {
    if (NOT_PATCHED.includes(k)) continue
    if (!same(before[k], after[k])) (patch as unknown as Record<string, unknown>)[k] = after[k]
  }
  return patch
}

export type DuplicateKind = 'similar_name' | 'credit_code'

/** Which duplicate refusal a save met (409), if any. */
export function duplicateKind(e: unknown): DuplicateKind | null {
  if (!(e instanceof ApiError) || e.status !== 409) return null
  if (e.code === 'crm.customer.similar_name') return 'similar_name'
  if (e.code === 'crm.customer.duplicate_credit_code') return 'credit_code'
  return null
}
