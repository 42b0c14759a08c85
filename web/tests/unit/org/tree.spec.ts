import { describe, expect, it } from 'vitest'
import { buildTree, selectTree, subtreeIds } from '@/modules/org/composables/tree'

const flat = [
  { id: 1, parent_id: null, name: '公司' },
  { id: 2, parent_id: 1, name: '销售部' },
  { id: 3, parent_id: 2, name: '销售一区' },
  { id: 4, parent_id: 2, name: '销售二区' },
  { id: 5, parent_id: 1, name: '财务部' },
]

const names = (nodes: { name: string; children: unknown[] }[]): unknown =>
  nodes.map((n) => (n.children.length ? [n.name, names(n.children as never)] : n.name))

describe('buildTree', () => {
  it('nests by parent_id and keeps the input order of siblings', () => {
    const tree = buildTree(flat, (d) => ({ name: d.name }))
    expect(names(tree)).toEqual([['公司', [['销售部', ['销售一区', '销售二区']], '财务部']]])
  })

  it('makes a node whose parent is missing a root', () => {
    const tree = buildTree([{ id: 7, parent_id: 99, name: '孤儿' }, ...flat.slice(0, 2)], (d) => ({
      name: d.name,
    }))
    expect(names(tree)).toEqual(['孤儿', ['公司', ['销售部']]])
  })

  it('breaks a loop instead of losing its nodes', () => {
    const loop = [
      { id: 1, parent_id: 2, name: 'A' },
      { id: 2, parent_id: 1, name: 'B' },
      { id: 3, parent_id: 1, name: 'C' },
    ]
    const tree = buildTree(loop, (d) => ({ name: d.name }))
    expect(names(tree)).toEqual([['A', ['C']], 'B'])
  })
})

describe('subtreeIds and selectTree', () => {
  it('collects a node and everything below it', () => {
    expect([...subtreeIds(flat, 2)].sort()).toEqual([2, 3, 4])
    expect([...subtreeIds(flat, 5)]).toEqual([5])
  })

  it('builds tree-select options with disabled nodes', () => {
    const tree = selectTree(flat, subtreeIds(flat, 2))
    expect(tree[0]!.value).toBe(1)
    expect(tree[0]!.disabled).toBe(false)
    const sales = tree[0]!.children[0]!
    expect(sales).toMatchObject({ value: 2, label: '销售部', disabled: true })
    expect(sales.children.every((c) => c.disabled)).toBe(true)
  })
})
