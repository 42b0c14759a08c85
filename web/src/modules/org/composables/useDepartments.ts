// The department tree page: departments with staff and position counts, nested for el-tree.
import { computed } from 'vue'
import { useList } from '@/composables/useList'
import { listDepartments } from '../api'
import type { OrgDepartment } from '../types'
import { buildTree, selectTree, subtreeIds } from './tree'

export type DepartmentNode = OrgDepartment & { children: DepartmentNode[] }

export function useDepartments() {
  const list = useList(async () => (await listDepartments()).items)
  const { items } = list

  const tree = computed(() => buildTree(items.value, (d) => ({ ...d })) as DepartmentNode[])

  /** Parent choices for `moving` (null: any): the department and its subtree are disabled. */
  function parentOptions(moving: OrgDepartment | null) {
    const blocked = moving ? subtreeIds(items.value, moving.id) : new Set<number>()
    return selectTree(items.value, blocked)
  }

  return { ...list, tree, parentOptions }
}
