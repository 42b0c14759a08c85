// 导入产品 The import dialog's steps: choose a file, check it (dry run: how many products, or the
// refused rows), then import it (all or nothing).
import { computed, ref } from 'vue'
import { ImportRowsError } from '@/modules/crm/api'
import { importFileKind } from '@/modules/crm/composables/importRows'
import type { ImportRowError } from '@/modules/crm/types'
import { importProducts } from '../api'
import type { ProductImportResult } from '../types'

export function useProductImport() {
  const file = ref<File | null>(null)
  const checking = ref(false)
  const importing = ref(false)
  const checked = ref<ProductImportResult | null>(null)
  const rowErrors = ref<ImportRowError[]>([])
  const error = ref<unknown>(null)
  const badType = ref(false)
  const canImport = computed(() => !!file.value && !!checked.value && !rowErrors.value.length)

  function reset(): void {
    file.value = null
    checked.value = null
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

  async function send(dryRun: boolean): Promise<ProductImportResult | null> {
    if (!file.value) return null
    rowErrors.value = []
    error.value = null
    try {
      return await importProducts(file.value, dryRun)
    } catch (e) {
      if (e instanceof ImportRowsError) rowErrors.value = e.rows
      error.value = e
      return null
    }
  }

  async function check(): Promise<void> {
    checking.value = true
    checked.value = null
    checked.value = await send(true)
    checking.value = false
  }

  /** Imports the checked file; the result, or null when the server refused. */
  async function commit(): Promise<ProductImportResult | null> {
    importing.value = true
    const res = await send(false)
    importing.value = false
    return res
  }

  return {
    file,
    checking,
    importing,
    checked,
    rowErrors,
    error,
    badType,
    canImport,
    reset,
    choose,
    check,
    commit,
  }
}
