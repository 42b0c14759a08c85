// The editor's price hints follow the server's line pricing (quotation_pricing.cc): the answer
// per base unit in CNY becomes a price per line unit in the quotation's currency, net of VAT for
// an export line; the margin is net price − standard cost. Never a float.
import { describe, expect, it } from 'vitest'
import {
  baseQty,
  companyDay,
  formatE4,
  lineHint,
  linePriceFromBase,
  parseRateE6,
  type PriceAnswerLike,
} from '@/modules/sales/composables/priceHint'

const answer: PriceAnswerLike = {
  unit_price: '5280.0000',
  floor: '5000.0000',
  tax_rate: '0.1300',
  standard_cost: '4200.00',
}
const domestic = { answer, factor: '1', lineTaxRate: '0.1300', fxRate: '1.000000', price: '' }

describe('priceHint', () => {
  it('proposes the rule price and shows the floor and the margin on the net price', () => {
    expect(lineHint(domestic)).toEqual({
      proposed: '5280.00',
      floor: '5000.00',
      belowFloor: false,
      margin: '472.57', // 5280 ÷ 1.13 = 4672.5664 − 4200
      marginPct: '10.1',
    })
  })

  it('marks a typed price under the floor and takes its margin', () => {
    const h = lineHint({ ...domestic, price: '4900' })!
    expect(h.belowFloor).toBe(true)
    expect(h.margin).toBe('136.28') // 4900 ÷ 1.13 = 4336.2832 − 4200
    expect(h.marginPct).toBe('3.1')
    expect(lineHint({ ...domestic, price: '5000' })!.belowFloor).toBe(false)
    expect(lineHint({ ...domestic, price: '4999.9999' })!.belowFloor).toBe(true)
  })

  it('states prices per the line unit', () => {
    const h = lineHint({ ...domestic, factor: '0.0010' })!
    expect(h.proposed).toBe('5.28')
    expect(h.floor).toBe('5.00')
    expect(h.margin).toBe('0.47')
  })

  it('converts an export line: net of VAT, then by the rate, rounded half away from zero', () => {
    const h = lineHint({ ...domestic, lineTaxRate: '0.0000', fxRate: '7.100000' })!
    expect(h.proposed).toBe('658.1079') // 4672.5664 ÷ 7.1
    expect(h.floor).toBe('623.2083') // 5000 ÷ 1.13 ÷ 7.1
    expect(h.margin).toBe('66.56') // 658.1079 − 4200 ÷ 7.1
    expect(
      lineHint({ ...domestic, lineTaxRate: '0', fxRate: '7.1', price: '600' })!.belowFloor,
    ).toBe(true)
  })

  it('leaves out what the answer lacks', () => {
    const none = { unit_price: null, floor: null, tax_rate: '0.1300', standard_cost: null }
    expect(lineHint({ ...domestic, answer: none })).toEqual({
      proposed: null,
      floor: null,
      belowFloor: false,
      margin: null,
      marginPct: null,
    })
    expect(lineHint({ ...domestic, answer: { ...answer, standard_cost: null } })!.margin).toBeNull()
    expect(lineHint({ ...domestic, fxRate: '' })).toBeNull()
    expect(lineHint({ ...domestic, factor: '0' })).toBeNull()
  })

  it('parses rates and converts quantities to the base unit', () => {
    expect(parseRateE6('7.1')).toBe(7100000n)
    expect(parseRateE6('0')).toBeNull()
    expect(parseRateE6('7.1234567')).toBeNull()
    expect(linePriceFromBase(52800000n, 10000n, 1000000n)).toBe(52800000n)
    expect(formatE4(12345n)).toBe('1.2345')
    expect(formatE4(-50000n)).toBe('-5.00')
    expect(baseQty('2', '0.0010')).toBe('0.0020')
    expect(baseQty('3', '1')).toBe('3.00')
    expect(baseQty('x', '1')).toBeNull()
  })

  it('takes the company day in UTC+8, as the server does', () => {
    expect(companyDay(new Date('2026-12-07T22:59:00Z'))).toBe('2026-12-08')
    expect(companyDay(new Date('2026-12-07T15:59:00Z'))).toBe('2026-12-07')
  })
})
