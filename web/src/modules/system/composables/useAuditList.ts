// State of the audit log page: filters (entity, id, action, user, dates) and paging.
import { reactive } from 'vue'
import { usePagedList } from '@/composables/usePagedList'
import type { AuditEntry } from '@/api/types'
import { listAudit } from '../api'

export function useAuditList() {
  const form = reactive({
    entity: '',
    entity_id: '',
    action: '',
    user_id: undefined as number | undefined,
    user_login: '',
    dates: null as [string, string] | null,
  })
  const list = usePagedList<AuditEntry>((page, size) =>
    listAudit({
      entity: form.entity.trim() || undefined,
      entity_id: form.entity_id.trim() || undefined,
      action: form.action.trim() || undefined,
      user_id: form.user_id || undefined,
      from: form.dates?.[0],
      to: form.dates?.[1],
      user_login: form.user_login.trim() || undefined,
      page,
      size,
    }),
  )

  function reset(): Promise<void> {
    Object.assign(form, {
      entity: '',
      entity_id: '',
      action: '',
      user_id: undefined,
      user_login: '',
      dates: null,
    })
    return list.search()
  }

  return { ...list, form, reset }
}

/** One line that names the changed record: login, code, name or number from after/before. */
export function auditSummary(entry: AuditEntry): string {
  const src = entry.after ?? entry.before ?? {}
  for (const key of ['login', 'code', 'number', 'name', 'display_name']) {
    const v = src[key]
    if (typeof v === 'string' || typeof v === 'number') return String(v)
  }
  return ''
}

export interface DiffRow {
  key: string
  before: string
  after: string
  changed: boolean
}

function show(v: unknown): string {
  if (v === undefined) return ''
  return typeof v === 'string' ? v : JSON.stringify(v)
}

/** Field-by-field comparison of before and after, keys in first-seen order. */
export function auditDiff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): DiffRow[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
  return keys.map((key) => {
    const b = before ? before[key] : undefined
    const a = after ? after[key] : undefined
    return {
      key,
      before: show(b),
      after: show(a),
      changed: JSON.stringify(a) !== JSON.stringify(b),
    }
  })
}
