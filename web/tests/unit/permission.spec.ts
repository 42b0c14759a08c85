import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { vPermission } from '@/directives/permission'
import { buildMenu } from '@/router/menu'
import { useSessionStore } from '@/stores/session'

function grant(...permissions: string[]): void {
  useSessionStore().permissions = permissions
}

const Buttons = defineComponent({
  directives: { permission: vPermission },
  template: `
    <div>
      <button class="manage" v-permission="'user.manage'">m</button>
      <button class="either" v-permission="['audit.read', 'user.manage']">e</button>
      <button class="open">o</button>
    </div>`,
})

describe('v-permission', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('removes elements the user may not use', () => {
    grant('user.read')
    const w = mount(Buttons)
    expect(w.find('.manage').exists()).toBe(false)
    expect(w.find('.either').exists()).toBe(false)
    expect(w.find('.open').exists()).toBe(true)
  })

  it('keeps elements for a held permission; an array means any of', () => {
    grant('audit.read')
    const w = mount(Buttons)
    expect(w.find('.manage').exists()).toBe(false)
    expect(w.find('.either').exists()).toBe(true)
  })

  it('session.hasPermission treats empty requirements as allowed', () => {
    grant()
    const s = useSessionStore()
    expect(s.hasPermission(undefined)).toBe(true)
    expect(s.hasPermission([])).toBe(true)
    expect(s.hasPermission('user.read')).toBe(false)
  })
})

const Page = { template: '<div />' }
const routes: RouteRecordRaw[] = [
  { path: 'home', component: Page, meta: { title: 'menu.home', icon: 'HomeFilled' } },
  {
    path: 'system',
    meta: { title: 'menu.system' },
    children: [
      { path: 'users', component: Page, meta: { title: 'menu.users', permission: 'user.read' } },
      { path: 'audit', component: Page, meta: { title: 'menu.audit', permission: 'audit.read' } },
    ],
  },
  { path: '403', component: Page, meta: { title: 'error.forbiddenTitle', menu: false } },
  { path: ':pathMatch(.*)*', component: Page },
]

describe('menu filtering', () => {
  const can = (held: string[]) => (p: string | string[] | undefined) =>
    !p || (Array.isArray(p) ? p : [p]).some((x) => held.includes(x))

  it('shows everything to an administrator, with full paths', () => {
    const menu = buildMenu(routes, can(['user.read', 'audit.read']))
    expect(menu).toEqual([
      { path: '/home', title: 'menu.home', icon: 'HomeFilled' },
      {
        path: '/system',
        title: 'menu.system',
        icon: undefined,
        children: [
          { path: '/system/users', title: 'menu.users', icon: undefined },
          { path: '/system/audit', title: 'menu.audit', icon: undefined },
        ],
      },
    ])
  })

  it('drops entries without permission', () => {
    const menu = buildMenu(routes, can(['audit.read']))
    expect(menu[1]!.children!.map((c) => c.path)).toEqual(['/system/audit'])
  })

  it('drops a group whose children are all hidden, and hidden/untitled routes', () => {
    const menu = buildMenu(routes, can([]))
    expect(menu.map((m) => m.path)).toEqual(['/home'])
  })
})
