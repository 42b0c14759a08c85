// Field errors of the position document's lists (duties, authorities, indicators): one cell's
// error, dropping a list's stale row errors, counting a section's. The path map itself is shared.
import type { FieldErrors } from '@/composables/fieldErrors'

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
