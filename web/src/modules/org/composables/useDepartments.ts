// The department tree page: departments with staff and position counts, nested for el-tree.
import { computed, ref } from 'vue'
import { listDepartments } from '../api'
import type { OrgDepartment } from '../types'
import { buildTree, selectTree, subtreeIds } from './tree'

export type DepartmentNode = OrgDepartment & { children: DepartmentNode[] }

export function useDepartments() {
  const items = ref<OrgDepartment[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)

  const tree = computed(() => buildTree(items.value, (d) => ({ ...d })) as DepartmentNode[])

  /** Parent choices for `moving` (null: any): the department and its subtree are disabled. */
  function parentOptions(moving: OrgDepartment | null) {
    const blocked = moving ? subtreeIds(items.value, moving.id) : new Set<number>()
    return selectTree(items.value, blocked)
  }

  async function load(): Promise<void> {
    loading.value = true
    try {
      items.value = (await listDepartments()).items
      error.value = null
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  return { items, tree, loading, error, parentOptions, load }
}
