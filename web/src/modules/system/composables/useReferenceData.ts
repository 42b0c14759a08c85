// Roles and departments for selects and labels, loaded once per page.
import { computed, ref } from 'vue'
import type { Department, Role } from '@/api/types'
import { listDepartments, listRoles } from '../api'

export interface DepartmentNode {
  value: number
  label: string
  children: DepartmentNode[]
}

/** Builds the department tree; orphans (parent not visible) become roots. */
export function departmentTree(items: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<number, DepartmentNode>()
  for (const d of items) nodes.set(d.id, { value: d.id, label: d.name, children: [] })
  const roots: DepartmentNode[] = []
  for (const d of items) {
    const node = nodes.get(d.id)!
    const parent = d.parent_id != null ? nodes.get(d.parent_id) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

export function useReferenceData() {
  const roles = ref<Role[]>([])
  const departments = ref<Department[]>([])
  const error = ref<unknown>(null)

  const roleNames = computed(() => new Map(roles.value.map((r) => [r.code, r.name])))
  const tree = computed(() => departmentTree(departments.value))

  function roleName(code: string): string {
    return roleNames.value.get(code) ?? code
  }

  async function load(): Promise<void> {
    const [r, d] = await Promise.allSettled([listRoles(), listDepartments()])
    if (r.status === 'fulfilled') roles.value = r.value.items
    else error.value = r.reason
    if (d.status === 'fulfilled') departments.value = d.value.items
    else error.value = d.reason
  }

  return { roles, departments, tree, error, roleName, load }
}
