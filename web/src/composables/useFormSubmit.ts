// The save path of a form dialog (FormDialog validates first): each time the dialog opens the
// form is filled afresh and the old problem cleared; saving sends with a `saving` flag. A failed
// request stays in `error` (ProblemAlert) and its field errors show under their inputs.
import { computed, ref, watch, type Ref } from 'vue'
import { errorsOf } from './fieldErrors'

export function useFormSubmit(open: Ref<boolean>, fill: () => void) {
  const saving = ref(false)
  const error = ref<unknown>(null)
  const errors = computed(() => errorsOf(error.value))

  /** The server's message for the input bound to `name` ("code", "qualifications.education"). */
  function fieldError(name: string): string | undefined {
    return errors.value[name]
  }

  watch(open, (v) => {
    if (!v) return
    fill()
    error.value = null
  })

  /** Runs `request`; on success closes the dialog and hands the result to `done`. */
  async function submit<T>(request: () => Promise<T>, done?: (result: T) => void): Promise<void> {
    saving.value = true
    error.value = null
    try {
      const result = await request()
      open.value = false
      done?.(result)
    } catch (e) {
      error.value = e
    } finally {
      saving.value = false
    }
  }

  return { saving, error, fieldError, submit }
}
