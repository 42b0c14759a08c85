// Server field errors (problem+json fields[]) keyed by field path, so each input can show its own:
// "name", "qualifications.education", "duties[2].description", "indicators".
import { ApiError } from '@/api/client'
import type { FieldError } from '@/api/types'

export type FieldErrors = Record<string, string>

/** "duties.2.description" and "duties[2].description" name the same input. */
export function normalizeField(field: string): string {
  return field.replace(/\.(\d+)(?=\.|$)/g, '[$1]').replace(/^\//, '')
}

/** Messages by normalized path; several errors on one field are joined. */
export function fieldErrorMap(fields: readonly FieldError[]): FieldErrors {
  const out: FieldErrors = {}
  for (const f of fields) {
    const key = normalizeField(f.field)
    const msg = f.message || f.code
    out[key] = out[key] ? `${out[key]}; ${msg}` : msg
  }
  return out
}

export function errorsOf(e: unknown): FieldErrors {
  return e instanceof ApiError ? fieldErrorMap(e.fields) : {}
}

/** The error of one cell: rowError(errors, 'duties', 2, 'description'). */
export function rowError(
  errors: FieldErrors,
  list: string,
  index: number,
  field?: string,
): string | undefined {
  return errors[field ? `${list}[${index}].${field}` : `${list}[${index}]`]
}

/** Errors of a list's rows are stale once rows move: keeps the others. */
export function withoutList(errors: FieldErrors, list: string): FieldErrors {
  const out: FieldErrors = {}
  for (const [k, v] of Object.entries(errors)) if (!k.startsWith(`${list}[`)) out[k] = v
  return out
}

/** Count of errors at or below `prefix` (a section shows a badge when > 0). */
export function countUnder(errors: FieldErrors, prefix: string): number {
  return Object.keys(errors).filter(
    (k) => k === prefix || k.startsWith(`${prefix}[`) || k.startsWith(`${prefix}.`),
  ).length
}
