// Reference lists for the org pages' selects, filters and labels (permission names), loaded in
// parallel; a failing list leaves its select empty and reports the error.
import { computed, ref } from 'vue'
import type { Permission } from '@/api/types'
import {
  listAllPositions,
  listAllStaff,
  listDepartments,
  listPermissions,
  listProductLines,
  listRegions,
} from '../api'
import type { OrgDepartment, PositionSummary, ProductLine, Region, Staff } from '../types'
import { selectTree } from './tree'

export type OrgRefPart =
  'departments' | 'positions' | 'staff' | 'regions' | 'productLines' | 'permissions'

export function useOrgRefs(parts: readonly OrgRefPart[]) {
  const departments = ref<OrgDepartment[]>([])
  const positions = ref<PositionSummary[]>([])
  const staff = ref<Staff[]>([])
  const regions = ref<Region[]>([])
  const productLines = ref<ProductLine[]>([])
  const permissions = ref<Permission[]>([])
  const error = ref<unknown>(null)

  const departmentTree = computed(() => selectTree(departments.value))
  const regionTree = computed(() => selectTree(regions.value))
  const permissionNames = computed(() => new Map(permissions.value.map((p) => [p.code, p.name])))

  function permissionName(code: string): string {
    return permissionNames.value.get(code) ?? code
  }

  const loaders: Record<OrgRefPart, () => Promise<void>> = {
    departments: async () => void (departments.value = (await listDepartments()).items),
    positions: async () => void (positions.value = await listAllPositions()),
    staff: async () => void (staff.value = await listAllStaff()),
    regions: async () => void (regions.value = (await listRegions()).items),
    productLines: async () => void (productLines.value = (await listProductLines()).items),
    permissions: async () => void (permissions.value = (await listPermissions()).items),
  }

  async function load(only: readonly OrgRefPart[] = parts): Promise<void> {
    const results = await Promise.allSettled(only.map((p) => loaders[p]()))
    const failed = results.find((r) => r.status === 'rejected')
    error.value = failed ? (failed as PromiseRejectedResult).reason : null
  }

  return {
    departments,
    positions,
    staff,
    regions,
    productLines,
    permissions,
    departmentTree,
    regionTree,
    error,
    permissionName,
    load,
  }
}
