// 分工 Division of work: who does what for whom (support, price audit, order check, supervise),
// filtered by staff, subject and kind.
import { reactive } from 'vue'
import { useList } from '@/composables/useList'
import { listAssignments } from '../api'
import type { AssignmentKind } from '../types'

export function useAssignments() {
  const form = reactive({
    staff_id: null as number | null,
    subject_staff_id: null as number | null,
    kind: null as AssignmentKind | null,
  })
  const list = useList(
    async () =>
      (
        await listAssignments({
          staff_id: form.staff_id ?? undefined,
          subject_staff_id: form.subject_staff_id ?? undefined,
          kind: form.kind ?? undefined,
        })
      ).items,
  )

  function reset(): Promise<void> {
    Object.assign(form, { staff_id: null, subject_staff_id: null, kind: null })
    return list.load()
  }

  return { ...list, form, reset }
}
