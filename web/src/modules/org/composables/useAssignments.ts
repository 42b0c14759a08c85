// 分工 Division of work: who does what for whom (support, price audit, order check, supervise),
// filtered by staff, subject and kind.
import { reactive, ref } from 'vue'
import { listAssignments } from '../api'
import type { Assignment, AssignmentKind } from '../types'

export function useAssignments() {
  const form = reactive({
    staff_id: null as number | null,
    subject_staff_id: null as number | null,
    kind: null as AssignmentKind | null,
  })
  const rows = ref<Assignment[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    try {
      rows.value = (
        await listAssignments({
          staff_id: form.staff_id ?? undefined,
          subject_staff_id: form.subject_staff_id ?? undefined,
          kind: form.kind ?? undefined,
        })
      ).items
      error.value = null
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  function reset(): Promise<void> {
    Object.assign(form, { staff_id: null, subject_staff_id: null, kind: null })
    return load()
  }

  return { form, rows, loading, error, load, reset }
}
