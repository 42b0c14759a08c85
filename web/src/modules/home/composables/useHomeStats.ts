// Dashboard data, each part loaded only when the user may read it.
import { computed, reactive, ref } from 'vue'
import { useSessionStore } from '@/stores/session'
import { lastDays } from '@/utils/format'
import { countAudit, countUsers, listRoles } from '../api'

export interface AuditDay {
  date: string
  count: number
}

export function useHomeStats() {
  const session = useSessionStore()
  const canUsers = computed(() => session.hasPermission('user.read'))
  const canAudit = computed(() => session.hasPermission('audit.read'))

  const users = reactive({
    total: null as number | null,
    active: null as number | null,
    disabled: null as number | null,
  })
  const auditDays = ref<AuditDay[]>([])
  const roleNames = ref(new Map<string, string>())
  const loading = ref(false)
  const error = ref<unknown>(null)

  const auditToday = computed(() => auditDays.value.at(-1)?.count ?? null)

  async function loadUsers(): Promise<void> {
    const [active, disabled] = await Promise.all([countUsers(false), countUsers(true)])
    Object.assign(users, { active, disabled, total: active + disabled })
  }

  async function loadAudit(): Promise<void> {
    const days = lastDays(7)
    const counts = await Promise.all(days.map((d) => countAudit(d, d)))
    auditDays.value = days.map((date, i) => ({ date, count: counts[i] ?? 0 }))
  }

  async function loadRoles(): Promise<void> {
    const res = await listRoles()
    roleNames.value = new Map(res.items.map((r) => [r.code, r.name]))
  }

  async function load(): Promise<void> {
    loading.value = true
    const jobs: Promise<void>[] = []
    if (canUsers.value) jobs.push(loadUsers(), loadRoles())
    if (canAudit.value) jobs.push(loadAudit())
    const results = await Promise.allSettled(jobs)
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    error.value = failed ? failed.reason : null
    loading.value = false
  }

  function roleName(code: string): string {
    return roleNames.value.get(code) ?? code
  }

  return { canUsers, canAudit, users, auditDays, auditToday, loading, error, load, roleName }
}
