// Trees from the flat lists the API returns (departments, regions, positions by superior).
// A parent that is missing, or a loop in the data, makes the node a root instead of losing it.

export interface Flat {
  id: number
  parent_id: number | null
}

export type TreeOf<N> = N & { children: TreeOf<N>[] }

/** Nodes made by `make`, nested by parent_id, siblings in input order. */
export function buildTree<T extends Flat, N extends object>(
  items: readonly T[],
  make: (item: T) => N,
): TreeOf<N>[] {
  const byId = new Map<number, T>(items.map((i) => [i.id, i]))
  const nodes = new Map<number, TreeOf<N>>()
  for (const item of items) nodes.set(item.id, { ...make(item), children: [] })
  const roots: TreeOf<N>[] = []
  for (const item of items) {
    const node = nodes.get(item.id)!
    const parent = item.parent_id != null ? nodes.get(item.parent_id) : undefined
    if (parent && !inLoop(byId, item)) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** True when following parent_id from `item` comes back to it. */
function inLoop<T extends Flat>(byId: ReadonlyMap<number, T>, item: T): boolean {
  const seen = new Set<number>([item.id])
  let cur = item.parent_id != null ? byId.get(item.parent_id) : undefined
  while (cur) {
    // Back at the start: a loop through item. Another repeat: a loop above item, which
    // breaks there (the looping nodes become roots) and item stays under its parent.
    if (seen.has(cur.id)) return cur.id === item.id
    seen.add(cur.id)
    cur = cur.parent_id != null ? byId.get(cur.parent_id) : undefined
  }
  return false
}

/** `id` and every node below it (a node may not move under any of these). */
export function subtreeIds(items: readonly Flat[], id: number): Set<number> {
  const out = new Set<number>([id])
  let grew = true
  while (grew) {
    grew = false
    for (const i of items) {
      if (i.parent_id != null && out.has(i.parent_id) && !out.has(i.id)) {
        out.add(i.id)
        grew = true
      }
    }
  }
  return out
}

export interface SelectNode {
  value: number
  label: string
  disabled?: boolean
  children: SelectNode[]
}

/** Options of an el-tree-select; `disabled` ids stay visible but cannot be picked. */
export function selectTree<T extends Flat & { name: string }>(
  items: readonly T[],
  disabled: ReadonlySet<number> = new Set(),
): SelectNode[] {
  return buildTree(items, (i) => ({
    value: i.id,
    label: i.name,
    disabled: disabled.has(i.id),
  })) as SelectNode[]
}
