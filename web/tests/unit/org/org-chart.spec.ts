import { describe, expect, it } from 'vitest'
import {
  chartTree,
  nodeLabel,
  positionsByDepartment,
  treeShape,
} from '@/modules/org/composables/orgChart'
import type { OrgChart } from '@/modules/org/types'

const pos = (
  id: number,
  name: string,
  superior: number | null,
  dept: number,
  holders: string[] = [],
) => ({
  id,
  code: `XS-0${id}`,
  name,
  department_id: dept,
  superior_position_id: superior,
  headcount: 1,
  holders: holders.map((n, i) => ({ staff_id: id * 10 + i, name: n })),
})

const chart: OrgChart = {
  company: '华东沥青有限公司',
  departments: [
    { id: 1, parent_id: null, name: '公司' },
    { id: 2, parent_id: 1, name: '销售部' },
    { id: 3, parent_id: 1, name: '财务部' },
  ],
  positions: [
    pos(1, '销售部长', null, 2, ['王建国']),
    pos(2, '销售副部长', 1, 2),
    pos(5, '销售代表', 2, 2, ['张明', '李强']),
    pos(9, '财务', 77, 3, ['赵敏']),
  ],
}

describe('org chart tree', () => {
  it('puts the company at the root and positions under their superiors', () => {
    const root = chartTree(chart, '（空缺）')
    expect(root).toMatchObject({ name: '华东沥青有限公司', value: 0 })
    expect(root.children.map((c) => c.value)).toEqual([1, 9])
    const head = root.children[0]!
    expect(head.children[0]!.value).toBe(2)
    expect(head.children[0]!.children[0]!.name).toBe('销售代表\n张明、李强')
  })

  it('labels a position without holders as vacant', () => {
    expect(nodeLabel(chart.positions[1]!, '（空缺）')).toBe('销售副部长\n（空缺）')
  })

  it('measures depth and the widest level', () => {
    expect(treeShape(chartTree(chart, '-'))).toEqual({ depth: 4, width: 2 })
  })

  it('lists positions by department, leaving out empty departments', () => {
    const groups = positionsByDepartment(chart)
    expect(groups.map((g) => g.name)).toEqual(['销售部', '财务部'])
    expect(groups[0]!.positions.map((p) => p.name)).toEqual(['销售部长', '销售副部长', '销售代表'])
  })
})
