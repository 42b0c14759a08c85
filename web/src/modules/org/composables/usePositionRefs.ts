// Reference data of the position pages: permissions with their names, every position (superior
// and assessor selects) and the department tree.
import { computed, ref } from 'vue'
import type { Permission } from '@/api/types'
import { listAllPositions, listDepartments, listPermissions } from '../api'
import type { OrgDepartment, PositionSummary } from '../types'
import { selectTree } from './tree'

export function usePositionRefs() {
  const permissions = ref<Permission[]>([])
  const positions = ref<PositionSummary[]>([])
  const departments = ref<OrgDepartment[]>([])
  const error = ref<unknown>(null)

  const permissionNames = computed(() => new Map(permissions.value.map((p) => [p.code, p.name])))
  const departmentTree = computed(() => selectTree(departments.value))

  function permissionName(code: string): string {
    return permissionNames.value.get(code) ?? code
  }

  async function load(): Promise<void> {
    const [p, pos, d] = await Promise.allSettled([
      listPermissions(),
      listAllPositions(),
      listDepartments(),
    ])
    if (p.status === 'fulfilled') permissions.value = p.value.items
    else error.value = p.reason
    if (pos.status === 'fulfilled') positions.value = pos.value
    else error.value = pos.reason
    if (d.status === 'fulfilled') departments.value = d.value.items
    else error.value = d.reason
  }

  return { permissions, positions, departments, departmentTree, error, permissionName, load }
}
