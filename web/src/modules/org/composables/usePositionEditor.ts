// State of the position editor: the document being edited, load, save (POST when new, PUT with
// the version otherwise), unsaved-change tracking and field errors by path.
import { computed, ref } from 'vue'
import { errorsOf, type FieldErrors } from '@/composables/fieldErrors'
import { createPosition, getPosition, updatePosition } from '../api'
import type { Position, PositionInput } from '../types'
import { withoutList } from './fieldErrors'
import { emptyPosition, toBody, toInput } from './positionForm'

export function usePositionEditor() {
  const form = ref<PositionInput>(emptyPosition())
  const position = ref<Position | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  const error = ref<unknown>(null)
  const errors = ref<FieldErrors>({})
  const snapshot = ref(JSON.stringify(toBody(form.value)))

  const dirty = computed(() => JSON.stringify(toBody(form.value)) !== snapshot.value)
  const isNew = computed(() => position.value === null)

  function reset(p: Position | null): void {
    position.value = p
    form.value = p ? toInput(p) : emptyPosition()
    snapshot.value = JSON.stringify(toBody(form.value))
    errors.value = {}
    error.value = null
  }

  async function load(id: number | null): Promise<void> {
    if (id === null) return reset(null)
    loading.value = true
    try {
      reset(await getPosition(id))
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  /** Saves the whole document; the saved position (with its new version), or null on failure. */
  async function save(): Promise<Position | null> {
    saving.value = true
    error.value = null
    errors.value = {}
    try {
      const body = toBody(form.value)
      const p = position.value
      const saved = p
        ? await updatePosition(p.id, { ...body, version: p.version })
        : await createPosition(body)
      reset(saved)
      return saved
    } catch (e) {
      error.value = e
      errors.value = errorsOf(e)
      return null
    } finally {
      saving.value = false
    }
  }

  /** Rows of `list` moved or were removed: their old errors no longer point at the right row. */
  function rowsChanged(list: string): void {
    errors.value = withoutList(errors.value, list)
  }

  return { form, position, loading, saving, error, errors, dirty, isNew, load, save, rowsChanged }
}
