// The org chart as an ECharts tree: the company at the root, each position under its superior
// (positions without one, or whose superior is unknown, under the company), labelled with the
// position's name and its holders.
import type { ChartPosition, OrgChart } from '../types'
import { buildTree, type TreeOf } from './tree'

export interface ChartNode {
  name: string
  /** Position id; 0 for the company. */
  value: number
  label?: { backgroundColor?: string }
}

/** "销售代表\n张明、李强" or "销售代表\n(vacant)". */
export function nodeLabel(p: ChartPosition, vacant: string): string {
  const names = p.holders.map((h) => h.name).join('、')
  return `${p.name}\n${names || vacant}`
}

export function chartTree(chart: OrgChart, vacant: string): TreeOf<ChartNode> {
  const flat = chart.positions.map((p) => ({ ...p, parent_id: p.superior_position_id }))
  const children = buildTree(flat, (p) => ({ name: nodeLabel(p, vacant), value: p.id }))
  return { name: chart.company, value: 0, children }
}

/** Depth and widest level, so the canvas can grow with the tree. */
export function treeShape(root: TreeOf<ChartNode>): { depth: number; width: number } {
  let level: TreeOf<ChartNode>[] = [root]
  let depth = 0
  let width = 0
  while (level.length) {
    depth++
    width = Math.max(width, level.length)
    level = level.flatMap((n) => n.children)
  }
  return { depth, width }
}

export interface DepartmentPositions {
  id: number
  name: string
  positions: ChartPosition[]
}

/** Positions listed under their departments (department order; empty departments left out). */
export function positionsByDepartment(chart: OrgChart): DepartmentPositions[] {
  const known = new Set(chart.departments.map((d) => d.id))
  const groups = chart.departments.map((d) => ({
    id: d.id,
    name: d.name,
    positions: chart.positions.filter((p) => p.department_id === d.id),
  }))
  const stray = chart.positions.filter((p) => !known.has(p.department_id))
  if (stray.length) groups.push({ id: 0, name: chart.company, positions: stray })
  return groups.filter((g) => g.positions.length > 0)
}
