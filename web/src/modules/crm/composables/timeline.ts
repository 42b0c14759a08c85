// 时间线 An audit row's changes as lines "field: before → after" (or "field: value" for a
// creation): internal keys left out, money in fen shown as yuan, lists joined, empty values of a
// creation skipped.

const HIDDEN = new Set(['version', 'updated_at', 'created_at', 'id'])

/** 123456 fen → "1234.56", with integer arithmetic only. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const a = Math.abs(Math.trunc(fen))
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`
}

function show(key: string, v: unknown): string {
  if (v === null || v === undefined) return ''
  if (key.endsWith('_fen') && typeof v === 'number') return fenToYuan(v)
  if (Array.isArray(v)) return v.map((x) => show('', x)).join('、')
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

/** The field a key names for its label: "credit_limit_fen" → "credit_limit". */
export const fieldOf = (key: string) => key.replace(/_fen$/, '')

export function auditChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  label: (field: string) => string,
): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
  const out: string[] = []
  for (const k of keys) {
    if (HIDDEN.has(k)) continue
    const a = show(k, after?.[k])
    if (!before) {
      if (a !== '') out.push(`${label(fieldOf(k))}: ${a}`)
      continue
    }
    const b = show(k, before[k])
    if (a !== b) out.push(`${label(fieldOf(k))}: ${b || '—'} → ${a || '—'}`)
  }
  return out
}
