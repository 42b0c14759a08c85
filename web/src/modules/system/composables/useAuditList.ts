// State of the audit log page: filters (entity, id, action, user, dates) and paging.
import { reactive, ref } from 'vue'
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
  const page = ref(1)
  const size = ref(20)
  const rows = ref<AuditEntry[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const res = await listAudit({
        entity: form.entity.trim() || undefined,
        entity_id: form.entity_id.trim() || undefined,
        action: form.action.trim() || undefined,
        user_id: form.user_id || undefined,
        from: form.dates?.[0],
        to: form.dates?.[1],
        user_login: form.user_login.trim() || undefined,
        page: page.value,
        size: size.value,
      })
      if (mine !== seq) return
      rows.value = res.items
      total.value = res.total
      error.value = null
    } catch (e) {
      if (mine === seq) error.value = e
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function reset(): Promise<void> {
    Object.assign(form, {
      entity: '',
      entity_id: '',
      action: '',
      user_id: undefined,
      dates: null,
      q: '',
    })
    return search()
  }

  return { form, page, size, rows, total, loading, error, load, search, reset }
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
