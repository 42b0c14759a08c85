// 导入客户 The import dialog's steps: choose a file, check it (dry run: counts and a preview,
// or the refused rows), then import it (all or nothing).
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { importCustomers, ImportRowsError } from '../api'
import type { ImportPreview, ImportResult, ImportRowError } from '../types'
import { importErrorRows, importFileKind, previewColumns } from './importRows'

export function useImport() {
  const { te } = useI18n()
  const file = ref<File | null>(null)
  const checking = ref(false)
  const importing = ref(false)
  const preview = ref<ImportPreview | null>(null)
  const rowErrors = ref<ImportRowError[]>([])
  const error = ref<unknown>(null)
  const badType = ref(false)

  const errorRows = computed(() => importErrorRows(rowErrors.value, (k) => te(k)))
  const columns = computed(() => previewColumns(preview.value?.preview ?? []))
  const canImport = computed(() => !!file.value && !!preview.value && rowErrors.value.length === 0)

  function reset(): void {
    file.value = null
    preview.value = null
    rowErrors.value = []
    error.value = null
    badType.value = false
  }

  function choose(f: File | null): void {
    reset()
    if (f && !importFileKind(f.name)) {
      badType.value = true
      return
    }
    file.value = f
  }

  function fail(e: unknown): void {
    if (e instanceof ImportRowsError) rowErrors.value = e.rows
    error.value = e
  }

  async function check(): Promise<void> {
    if (!file.value) return
    checking.value = true
    preview.value = null
    rowErrors.value = []
    error.value = null
    try {
      preview.value = (await importCustomers(file.value, true)) as ImportPreview
    } catch (e) {
      fail(e)
    } finally {
      checking.value = false
    }
  }

  /** Imports the checked file; the result, or null when the server refused. */
  async function commit(): Promise<ImportResult | null> {
    if (!file.value) return null
    importing.value = true
    error.value = null
    try {
      return (await importCustomers(file.value, false)) as ImportResult
    } catch (e) {
      fail(e)
      return null
    } finally {
      importing.value = false
    }
  }

  return {
    file,
    checking,
    importing,
    preview,
    rowErrors,
    errorRows,
    columns,
    canImport,
    error,
    badType,
    reset,
    choose,
    check,
    commit,
  }
}
