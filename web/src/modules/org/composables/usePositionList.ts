// The position list: filter by department and text, paging; the template actions (create one
// from a template, apply all missing) and the Excel export.
import { reactive, ref } from 'vue'
import { usePagedList } from '@/composables/usePagedList'
import { saveBlob } from '@/utils/save-file'
import {
  applyTemplates,
  createFromTemplate,
  exportPositions,
  listPositions,
  listTemplates,
} from '../api'
import type { Position, PositionSummary, TemplateItem } from '../types'

export function usePositionList() {
  const form = reactive({ department_id: null as number | null, q: '' })
  const list = usePagedList<PositionSummary>((page, size) =>
    listPositions({
      department_id: form.department_id ?? undefined,
      q: form.q.trim() || undefined,
      page,
      size,
    }),
  )
  const exporting = ref(false)

  function reset(): Promise<void> {
    form.department_id = null
    form.q = ''
    return list.search()
  }

  /** Downloads positions.xlsx (throws ApiError on failure). */
  async function exportXlsx(): Promise<void> {
    exporting.value = true
    try {
      const { blob, filename } = await exportPositions()
      saveBlob(blob, filename)
    } finally {
      exporting.value = false
    }
  }

  return { ...list, form, reset, exporting, exportXlsx }
}

export function usePositionTemplates() {
  const items = ref<TemplateItem[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  const busy = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      items.value = (await listTemplates()).items
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  /** Creates the template's position; the template is then marked as existing. */
  async function create(item: TemplateItem): Promise<Position | null> {
    busy.value = item.template_code
    error.value = null
    try {
      const p = await createFromTemplate({ template_code: item.template_code })
      item.exists = true
      return p
    } catch (e) {
      error.value = e
      return null
    } finally {
      busy.value = null
    }
  }

  /** Creates every template position not yet present; the new ids. */
  async function applyAll(): Promise<number[]> {
    return (await applyTemplates()).created
  }

  return { items, loading, error, busy, load, create, applyAll }
}
