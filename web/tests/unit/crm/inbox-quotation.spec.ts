// A quotation waiting in the approver's inbox is described by its customer, total and the lines
// under the floor.
import { describe, expect, it } from 'vitest'
import { quotationDetail } from '@/modules/crm/composables/useInboxApprovals'
import type { Quotation } from '@/modules/sales/types'

describe('quotation in the inbox', () => {
  it('names the customer, the total and the lines below the floor', () => {
    const line = (line_no: number, unit_price: string, floor_price: string | null) =>
      ({ line_no, product_name: 'SBS改性沥青', unit_price, floor_price }) as Quotation['lines'][0]
    const q = {
      customer_name: '华北路桥经销',
      currency: 'CNY',
      gross: '49000.00',
      lines: [line(1, '5300.0000', '5000.0000'), line(2, '4900.0000', '5000.0000')],
      lines_below_floor: [2],
    } as unknown as Quotation
    expect(quotationDetail(q)).toBe(
      '华北路桥经销 · CNY 49000.00 · #2 SBS改性沥青 4900.0000 < 5000.0000',
    )
  })
})
