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
