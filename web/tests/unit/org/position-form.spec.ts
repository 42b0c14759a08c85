import { describe, expect, it } from 'vitest'
import {
  emptyPosition,
  groupDuties,
  newDuty,
  newIndicator,
  toBody,
  toInput,
  weightState,
  weightSum,
} from '@/modules/org/composables/positionForm'
import type { Position } from '@/modules/org/types'

const w = (...weights: number[]) => weights.map((weight) => ({ ...newIndicator(), weight }))

describe('indicator weights', () => {
  it('sums the weights, treating blanks as 0', () => {
    expect(weightSum(w(30, 30, 40))).toBe(100)
    expect(weightSum([{ weight: Number.NaN }, { weight: 20 }])).toBe(20)
    expect(weightSum([])).toBe(0)
  })

  it('needs 100 once any weight is given', () => {
    expect(weightState([])).toBe('none')
    expect(weightState(w(0, 0))).toBe('none')
    expect(weightState(w(30, 70))).toBe('ok')
    expect(weightState(w(30, 60))).toBe('bad')
    expect(weightState(w(100, 10))).toBe('bad')
  })
})

describe('groupDuties', () => {
  it('groups in the JD order and leaves out empty categories', () => {
    const duties = [
      { ...newDuty('daily'), description: 'd1' },
      { ...newDuty('main'), description: 'm1' },
      { ...newDuty('other'), description: 'o1' },
      { ...newDuty('main'), description: 'm2' },
    ]
    const groups = groupDuties(duties)
    expect(groups.map((g) => g.category)).toEqual(['main', 'daily', 'other'])
    expect(groups[0]!.duties.map((d) => d.description)).toEqual(['m1', 'm2'])
  })
})

const loaded: Position = {
  ...emptyPosition(),
  id: 5,
  code: 'XS-05',
  name: '销售代表',
  department_id: 2,
  department_name: '销售部',
  superior_position_id: 4,
  superior_position_name: '销售主管',
  duties: [
    {
      category: 'main',
      description: '新客户的发展跟进',
      standard: '每月发展客户不少于10户',
      permissions: ['customer.read'],
    },
  ],
  indicators: [
    {
      ...newIndicator(),
      metric: '新客户开发数',
      metric_code: 'crm.new_customers',
      weight: 100,
      assessor_position_id: 2,
      assessor_position_name: '销售副部长',
    },
  ],
  template_code: 'sales_rep',
  permissions: ['customer.read'],
  holders: [{ staff_id: 3, name: '张明' }],
  version: 3,
  created_at: '',
  updated_at: '',
}

describe('toInput / toBody', () => {
  it('keeps only writable fields, deep-copied', () => {
    const input = toInput(loaded)
    expect(input).not.toHaveProperty('id')
    expect(input).not.toHaveProperty('holders')
    expect(input).not.toHaveProperty('version')
    expect(input.indicators[0]).not.toHaveProperty('assessor_position_name')
    input.duties[0]!.permissions.push('price.propose')
    input.duties[0]!.description = '改过'
    expect(loaded.duties[0]!.permissions).toEqual(['customer.read'])
    expect(loaded.duties[0]!.description).toBe('新客户的发展跟进')
  })

  it('trims code and name, rounds weights and blanks an empty metric code', () => {
    const input = { ...emptyPosition(), code: ' XS-10 ', name: ' 新岗位 ' }
    input.indicators = [{ ...newIndicator(), weight: 33.6, metric_code: '' }]
    const body = toBody(input)
    expect(body.code).toBe('XS-10')
    expect(body.name).toBe('新岗位')
    expect(body.indicators[0]).toMatchObject({ weight: 34, metric_code: null })
  })
})
