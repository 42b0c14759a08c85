import { describe, expect, it } from 'vitest'
import { safeRedirect } from '@/router/guards'
import { auditDiff, auditSummary } from '@/modules/system/composables/useAuditList'
import { departmentTree } from '@/modules/system/composables/useReferenceData'
import { lastDays } from '@/utils/format'

describe('safeRedirect', () => {
  it('follows same-site paths only', () => {
    expect(safeRedirect('/system/users?page=2')).toBe('/system/users?page=2')
    expect(safeRedirect('//evil.example/x')).toBe('/home')
    expect(safeRedirect('https://evil.example')).toBe('/home')
    expect(safeRedirect('/login?redirect=/x')).toBe('/home')
    expect(safeRedirect(undefined)).toBe('/home')
  })
})

describe('audit helpers', () => {
  it('diffs before and after field by field', () => {
    const rows = auditDiff({ a: 1, b: 'x', c: [1] }, { a: 1, b: 'y', d: true })
    expect(rows).toEqual([
      { key: 'a', before: '1', after: '1', changed: false },
      { key: 'b', before: 'x', after: 'y', changed: true },
      { key: 'c', before: '[1]', after: '', changed: true },
      { key: 'd', before: '', after: 'true', changed: true },
    ])
    expect(auditDiff(null, null)).toEqual([])
  })

  it('summarises an entry by login, code or name', () => {
    const base = {
      id: 1,
      at: '',
      user_id: 1,
      user_login: 'a',
      client_addr: null,
      entity: 'user',
      entity_id: 1,
      action: 'create',
      request_id: null,
    }
    expect(auditSummary({ ...base, before: null, after: { login: 'rep.x', name: 'n' } })).toBe(
      'rep.x',
    )
    expect(auditSummary({ ...base, before: { code: 'D1' }, after: null })).toBe('D1')
    expect(auditSummary({ ...base, before: null, after: null })).toBe('')
  })
})

describe('departmentTree', () => {
  it('nests by parent and keeps orphans as roots', () => {
    const tree = departmentTree([
      { id: 1, parent_id: null, code: 'HQ', name: 'HQ' },
      { id: 2, parent_id: 1, code: 'S', name: 'Sales' },
      { id: 3, parent_id: 99, code: 'X', name: 'Orphan' },
    ])
    expect(tree.map((n) => n.label)).toEqual(['HQ', 'Orphan'])
    expect(tree[0]!.children.map((n) => n.label)).toEqual(['Sales'])
  })
})

describe('lastDays', () => {
  it('lists n local dates ending today, oldest first', () => {
    expect(lastDays(3, new Date(2026, 2, 1))).toEqual(['2026-02-27', '2026-02-28', '2026-03-01'])
  })
})

describe('unauthorizedHandler', () => {
  it('clears the session and goes to login with redirect and reason', async () => {
    const { createPinia, setActivePinia } = await import('pinia')
    const { createRouter, createMemoryHistory } = await import('vue-router')
    const { unauthorizedHandler } = await import('@/router/guards')
    const { useSessionStore } = await import('@/stores/session')
    const { ApiError } = await import('@/api/client')
    setActivePinia(createPinia())
    const session = useSessionStore()
    session.permissions = ['user.read']
    const Page = { template: '<div />' }
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/login', name: 'login', component: Page },
        { path: '/system/users', component: Page },
      ],
    })
    await router.push('/system/users?page=2')
    unauthorizedHandler(router)(new ApiError(401, { code: 'auth.session.expired' }))
    await new Promise((r) => setTimeout(r, 0))
    expect(session.permissions).toEqual([])
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query).toEqual({
      redirect: '/system/users?page=2',
      reason: 'expired',
    })
  })
})
