import type { RouteRecordRaw } from 'vue-router'

export const systemRoutes: RouteRecordRaw[] = [
  {
    path: 'system',
    meta: { title: 'menu.system', icon: 'Setting' },
    redirect: '/system/users',
    children: [
      {
        path: 'users',
        name: 'system-users',
        component: () => import('./views/UserListView.vue'),
        meta: { title: 'menu.users', icon: 'User', permission: 'user.read' },
      },
      {
        path: 'audit',
        name: 'system-audit',
        component: () => import('./views/AuditLogView.vue'),
        meta: { title: 'menu.audit', icon: 'Document', permission: 'audit.read' },
      },
    ],
  },
]
