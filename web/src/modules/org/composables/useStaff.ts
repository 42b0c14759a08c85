// The staff list (filters: department subtree, position, region, status, text) and the edit
// form's conversion: a new member's body, or a PATCH with only what changed.
import { reactive } from 'vue'
import { usePagedList } from '@/composables/usePagedList'
import { listStaff } from '../api'
import type { Staff, StaffInput, StaffPatch, StaffStatus } from '../types'

export function useStaffList() {
  const form = reactive({
    q: '',
    department_id: null as number | null,
    position_id: null as number | null,
    region_id: null as number | null,
    status: 'active' as StaffStatus | 'all',
  })
  const list = usePagedList<Staff>((page, size) =>
    listStaff({
      q: form.q.trim() || undefined,
      department_id: form.department_id ?? undefined,
      position_id: form.position_id ?? undefined,
      region_id: form.region_id ?? undefined,
      status: form.status === 'all' ? undefined : form.status,
      page,
      size,
    }),
  )

  function reset(): Promise<void> {
    Object.assign(form, {
      q: '',
      department_id: null,
      position_id: null,
      region_id: null,
      status: 'active',
    })
    return list.search()
  }

  return { ...list, form, reset }
}

export interface StaffForm extends StaffInput {
  status: StaffStatus
  left_on: string | null
}

export function staffForm(s: Staff | null): StaffForm {
  return {
    code: s?.code ?? '',
    name: s?.name ?? '',
    department_id: s?.department_id ?? null,
    superior_staff_id: s?.superior_staff_id ?? null,
    phone: s?.phone ?? '',
    email: s?.email ?? '',
    joined_on: s?.joined_on ?? null,
    notes: s?.notes ?? '',
    position_ids: s?.positions.map((p) => p.id) ?? [],
    region_ids: s?.regions.map((r) => r.id) ?? [],
    product_line_ids: s?.product_lines.map((p) => p.id) ?? [],
    status: s?.status ?? 'active',
    left_on: s?.left_on ?? null,
  }
}

export function staffCreateBody(f: StaffForm): StaffInput {
  return {
    code: f.code.trim(),
    name: f.name.trim(),
    department_id: f.department_id,
    superior_staff_id: f.superior_staff_id,
    phone: f.phone.trim(),
    email: f.email.trim(),
    joined_on: f.joined_on || null,
    notes: f.notes,
    position_ids: f.position_ids,
    region_ids: f.region_ids,
    product_line_ids: f.product_line_ids,
  }
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()

/**
 * Only the fields that differ from `original` (plus the version): an unchanged position list is
 * not sent, so the server records no "assign_positions" change.
 */
export function staffPatchBody(original: Staff, f: StaffForm): StaffPatch {
  const before = staffForm(original)
  const after: StaffForm = { ...staffCreateBody(f), status: f.status, left_on: f.left_on || null }
  const patch: StaffPatch = { version: original.version }
  for (const key of Object.keys(after) as (keyof StaffForm)[]) {
    const a = after[key]
    const b = before[key]
    const changed = Array.isArray(a) ? !sameSet(a, b as number[]) : a !== b
    if (changed) (patch as unknown as Record<string, unknown>)[key] = a
  }
  return patch
}
