import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { ApiError } from '@/api/client'
import {
  customerBody,
  customerForm,
  customerPatch,
  duplicateKind,
  isDecimal4,
  isMoney,
  leadToCustomer,
  newContact,
} from '@/modules/crm/composables/customerForm'
import type { Customer, Lead } from '@/modules/crm/types'

const baling: Customer = {
  id: 7,
  code: 'C0007',
  name: '中国石化巴陵石油化工有限公司',
  short_name: '巴陵石化',
  credit_code: null,
  mnemonic: 'blsh',
  kind: 'end_user',
  class: 'key',
  industry: '石化',
  source: '老客户',
  region_id: 430600,
  region_name: '岳阳市',
  address: '湖南省岳阳市',
  phone: '0730-8000000',
  owner_staff_id: 5,
  owner_name: '陈晨',
  support_staff_id: null,
  support_name: '',
  vat_title: '',
  tax_number: '',
  invoice_address: '',
  invoice_phone: '',
  bank_name: '',
  bank_account: '',
  settlement: 'credit',
  credit_days: 30,
  credit_limit: '500000.00',
  credit_rating: 'A',
  price_level: '',
  dealer_level: '',
  dealer_region_id: null,
  agreement_from: null,
  agreement_to: null,
  notes: '',
  status: 'active',
  last_follow_up_at: null,
  next_follow_up_on: null,
  follow_up_overdue: false,
  contacts: [{ ...newContact(true), id: 1, name: '王工', mobile: '13900000000' }],
  varieties: [],
  version: 4,
  created_at: '',
  updated_at: '',
  actions: ['update'],
}

describe('money and quantity rules', () => {
  it('money has at most two decimals; quantities four', () => {
    expect(isMoney('1234.50')).toBe(true)
    expect(isMoney('0')).toBe(true)
    expect(isMoney('1.234')).toBe(false)
    expect(isMoney('1e3')).toBe(false)
    expect(isMoney('-5')).toBe(false)
    expect(isDecimal4('10.5000')).toBe(true)
    expect(isDecimal4('10.50001')).toBe(false)
  })
})

describe('customer form', () => {
  it('copies the contacts, so editing the form leaves the customer alone', () => {
    const f = customerForm(baling)
    f.contacts[0]!.name = '李工'
    expect(baling.contacts[0]!.name).toBe('王工')
  })

  it('reads a reactive customer (the page holds it in a ref)', () => {
    const f = customerForm(reactive(structuredClone(baling)) as Customer)
    expect(f.contacts.map((c) => c.name)).toEqual(['王工'])
    expect(f.name).toBe(baling.name)
  })

  it('leaves the owner and the credit terms out of a PATCH', () => {
    const f = customerForm(baling)
    Object.assign(f, { owner_staff_id: 9, credit_limit: '1.00', credit_days: 90 })
    expect(customerPatch(baling, f)).toEqual({ version: 4 })
  })

  it('sends trimmed text, an upper-case credit code, and no dealer data for an end user', () => {
    const f = customerForm(null)
    Object.assign(f, {
      name: ' 湖南路桥 ',
      credit_code: ' 91430000mA4l1234x0 ',
      dealer_level: 'A',
      agreement_from: '2026-01-01',
      settlement: 'cash',
      credit_days: 30,
      credit_limit: ' ',
    })
    const body = customerBody(f)
    expect(body).toMatchObject({
      name: '湖南路桥',
      credit_code: '91430000MA4L1234X0',
      dealer_level: '',
      agreement_from: null,
      credit_days: 0,
      credit_limit: '0.00',
    })
    expect(customerBody({ ...f, credit_code: '  ' }).credit_code).toBeNull()
    expect(customerBody({ ...f, kind: 'dealer' }).dealer_level).toBe('A')
  })

  it('patches only what changed, with the version', () => {
    const f = customerForm(baling)
    f.phone = ' 0730-8111111 '
    expect(customerPatch(baling, f)).toEqual({ version: 4, phone: '0730-8111111' })
    f.contacts.push({ ...newContact(), name: '赵会计', role: 'finance' })
    expect(customerPatch(baling, f).contacts).toHaveLength(2)
  })

  it('starts a conversion from the lead', () => {
    const lead = {
      company: '岳阳市公路桥梁建设有限公司',
      source: '官网',
      region_id: 430600,
      contact_name: '刘经理',
      phone: '13700000000',
      email: '',
      wechat: 'liu',
      products: 'SBS改性沥青',
      message: '需要报价',
    } as Lead
    const prefill = leadToCustomer(lead)
    const f = customerForm(null, prefill)
    expect(f.name).toBe('岳阳市公路桥梁建设有限公司')
    expect(f.region_id).toBe(430600)
    expect(f.contacts).toEqual([
      expect.objectContaining({ name: '刘经理', mobile: '13700000000', is_primary: true }),
    ])
    expect(f.notes).toBe('SBS改性沥青\n需要报价')
  })
})

describe('duplicate refusals', () => {
  it('tells a similar name from a taken credit code', () => {
    expect(duplicateKind(new ApiError(409, { code: 'crm.customer.similar_name' }))).toBe(
      'similar_name',
    )
    expect(duplicateKind(new ApiError(409, { code: 'crm.customer.duplicate_credit_code' }))).toBe(
      'credit_code',
    )
    expect(duplicateKind(new ApiError(409, { code: 'common.version_conflict' }))).toBeNull()
    expect(duplicateKind(new Error('x'))).toBeNull()
  })
})
