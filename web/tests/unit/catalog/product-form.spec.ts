// 产品表单 The product dialog's pure parts: the form from a product, the POST body (code left to
// the server when blank), the PATCH body (only what changed), decimal rules typed as text, the
// tax rate as a percentage, and the list's query from its filters.
import { describe, expect, it } from 'vitest'
import {
  decimalKey,
  isCost,
  isFactor,
  newProductBody,
  productForm,
  productPatch,
  ratePercent,
} from '@/modules/catalog/composables/productForm'
import { emptyFilters, productQuery } from '@/modules/catalog/composables/useProductList'
import type { Product } from '@/modules/catalog/types'

const product: Product = {
  id: 7,
  code: 'P00004',
  name: 'SBS改性沥青',
  spec: 'I-D',
  mnemonic: 'sbsgxlq',
  product_line_id: 1,
  product_line_name: 'SBS改性沥青',
  base_unit: 't',
  units: [{ unit: 'kg', factor: '0.0010' }],
  tax_rate: '0.1300',
  standard_cost: '4520.00',
  source: 'made',
  package: '散装',
  status: 'active',
  notes: '',
  version: 3,
  created_at: '2026-05-28T00:00:00Z',
  updated_at: '2026-05-28T00:00:00Z',
  actions: ['update', 'discontinue'],
}

describe('product form', () => {
  it('starts blank with the usual defaults', () => {
    const f = productForm(null)
    expect(f.base_unit).toBe('t')
    expect(f.tax_rate).toBe('0.1300')
    expect(f.units).toEqual([])
    expect(f.source).toBe('made')
  })

  it('leaves a blank code to the server and trims text', () => {
    const f = productForm(null)
    f.name = ' 助溶剂 '
    f.product_line_id = 4
    f.base_unit = 'kg'
    f.units = [{ unit: 'drum', factor: ' 200 ' }]
    const body = newProductBody(f)
    expect(body.code).toBeUndefined()
    expect(body.name).toBe('助溶剂')
    expect(body.units).toEqual([{ unit: 'drum', factor: '200' }])
    f.code = 'RJ-1'
    expect(newProductBody(f).code).toBe('RJ-1')
  })

  it('patches only what changed, with the version read', () => {
    const f = productForm(product)
    expect(productPatch(product, f)).toEqual({ version: 3 })
    f.units = [{ unit: 'kg', factor: '0.001' }] // the same factor written shorter
    expect(productPatch(product, f)).toEqual({ version: 3 })
    f.standard_cost = '4600.00'
    f.units.push({ unit: 'bag', factor: '1' })
    expect(productPatch(product, f)).toEqual({
      version: 3,
      standard_cost: '4600.00',
      units: [
        { unit: 'kg', factor: '0.001' },
        { unit: 'bag', factor: '1' },
      ],
    })
  })

  it('checks factors and costs as decimal text', () => {
    for (const ok of ['0.001', '200', '1.2345', '0.0001']) expect(isFactor(ok)).toBe(true)
    for (const bad of ['0', '0.0000', '-1', '0.00001', '1e3', 'abc', '']) {
      expect(isFactor(bad)).toBe(false)
    }
    for (const ok of ['0', '12.35', '1280000.00']) expect(isCost(ok)).toBe(true)
    for (const bad of ['-1', '1.234', '1,000']) expect(isCost(bad)).toBe(false)
    expect(decimalKey('0.0010')).toBe('0.001')
    expect(decimalKey('200.0000')).toBe('200')
  })

  it('shows tax rates as percentages', () => {
    expect(ratePercent('0.1300')).toBe('13%')
    expect(ratePercent('0.0900')).toBe('9%')
    expect(ratePercent('0.0650')).toBe('6.5%')
    expect(ratePercent('0.0000')).toBe('0%')
  })

  it('queries only the filters set', () => {
    const f = emptyFilters()
    expect(productQuery(f)).toEqual({
      q: undefined,
      product_line_id: undefined,
      source: undefined,
      status: undefined,
      sort: undefined,
    })
    f.q = ' sbs '
    f.status = 'discontinued'
    f.sort = 'name'
    expect(productQuery(f)).toMatchObject({ q: 'sbs', status: 'discontinued', sort: 'name' })
  })
})
