import { describe, expect, it } from 'vitest'
import { auditChanges, fenToYuan } from '@/modules/crm/composables/timeline'

const label = (f: string) => `<${f}>`

describe('timeline changes', () => {
  it('shows money in fen as yuan without floats', () => {
    expect(fenToYuan(500000000)).toBe('5000000.00')
    expect(fenToYuan(5)).toBe('0.05')
    expect(fenToYuan(-12345)).toBe('-123.45')
  })

  it('lists a creation without empty values or internal keys', () => {
    expect(
      auditChanges(
        null,
        {
          name: '巴陵石化有限公司',
          notes: '',
          credit_limit_fen: 0,
          version: 1,
          contacts: ['王建华'],
        },
        label,
      ),
    ).toEqual(['<name>: 巴陵石化有限公司', '<credit_limit>: 0.00', '<contacts>: 王建华'])
  })

  it('lists only what changed, before → after', () => {
    expect(
      auditChanges(
        { owner_staff_id: 5, phone: '1', version: 2 },
        { owner_staff_id: 7, phone: '1', version: 3 },
        label,
      ),
    ).toEqual(['<owner_staff_id>: 5 → 7'])
    expect(auditChanges({ notes: '' }, { notes: 'x' }, label)).toEqual(['<notes>: — → x'])
  })
})
