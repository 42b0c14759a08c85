// 客户导入 Import results for the dialog: the refused rows (422 crm.import.rows_invalid) as a
// sorted table with each field's label, and the dry run's preview rows as table columns.
import type { ImportRowError } from '../types'

export type ImportFileKind = 'xlsx' | 'csv'

/** The kinds of file the server reads; anything else is refused before upload. */
export function importFileKind(name: string): ImportFileKind | null {
  const n = name.toLowerCase()
  if (n.endsWith('.xlsx')) return 'xlsx'
  if (n.endsWith('.csv')) return 'csv'
  return null
}

/** "contacts[1].mobile" / "contacts.1.mobile" → "mobile"; a header text stays as it is. */
export function fieldBase(field: string): string {
  const last =
    field
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .at(-1) ?? field
  return last.replace(/\[\d+\]$/, '')
}

export interface ImportErrorRow extends ImportRowError {
  /** i18n key of the field's label, when the UI knows the field and the file's column is not given. */
  labelKey: string | null
}

/**
 * The refused rows sorted by row then field, a missing message replaced by the code; the file's
 * column names the field when the server gives it, else labelKey when `known(key)` says the UI
 * has a label for the field.
 */
export function importErrorRows(
  rows: readonly ImportRowError[],
  known: (key: string) => boolean,
): ImportErrorRow[] {
  return [...rows]
    .sort((a, b) => a.row - b.row || a.field.localeCompare(b.field))
    .map((r) => {
      const key = `crm.customer.${fieldBase(r.field)}`
      const labelKey = !r.column && known(key) ? key : null
      return { ...r, message: r.message || r.code, labelKey }
    })
}

/** Number of distinct file rows with errors. */
export function refusedRowCount(rows: readonly ImportRowError[]): number {
  return new Set(rows.map((r) => r.row)).size
}

/** The preview's columns in the archive's order; ids are left out (their names are shown). */
const PREVIEW_ORDER = [
  'row',
  'name',
  'short_name',
  'credit_code',
  'kind',
  'class',
  'region_name',
  'owner_name',
  'contacts',
]

/** Columns of the preview table: the known ones in order, then any other key but ids. */
export function previewColumns(preview: readonly Record<string, unknown>[]): string[] {
  const seen: string[] = []
  for (const row of preview) for (const k of Object.keys(row)) if (!seen.includes(k)) seen.push(k)
  const known = PREVIEW_ORDER.filter((k) => seen.includes(k))
  return [...known, ...seen.filter((k) => !PREVIEW_ORDER.includes(k) && !k.endsWith('_id'))]
}

/** The i18n key of a preview column's title. */
export function previewLabelKey(column: string): string {
  const special: Record<string, string> = {
    row: 'crm.import.row',
    region_name: 'crm.customer.region_id',
    owner_name: 'crm.customer.owner_staff_id',
    contacts: 'crm.customer.section.contacts',
  }
  return special[column] ?? `crm.customer.${column}`
}

/** A preview cell as text: contacts as "name mobile", lists joined, null empty. */
export function previewCell(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (Array.isArray(v)) return v.map(previewCell).join('; ')
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if (typeof o.name !== 'string') return JSON.stringify(o)
    return [o.name, o.mobile].filter((x) => typeof x === 'string' && x).join(' ')
  }
  return String(v)
}
