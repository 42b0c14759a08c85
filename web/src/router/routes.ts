import type { RouteRecordRaw } from 'vue-router'
import MainLayout from '@/layouts/MainLayout.vue'
import { authRoutes } from '@/modules/auth/routes'
import { catalogRoutes } from '@/modules/catalog/routes'
import { crmRoutes } from '@/modules/crm/routes'
import { homeRoutes } from '@/modules/home/routes'
import { orgDocumentRoutes, orgRoutes } from '@/modules/org/routes'
import { salesDocumentRoutes, salesRoutes } from '@/modules/sales/routes'
import { systemRoutes } from '@/modules/system/routes'

/** Pages inside the main layout; also the source of the side menu. */
export const layoutChildren: RouteRecordRaw[] = [
  ...homeRoutes,
  ...crmRoutes,
  ...catalogRoutes,
  ...salesRoutes,
  ...orgRoutes,
  ...systemRoutes,
  {
    path: '403',
    name: 'forbidden',
    component: () => import('@/views/ForbiddenView.vue'),
    meta: { title: 'error.forbiddenTitle', menu: false },
  },
  {
    path: ':pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { title: 'error.notFoundTitle', menu: false },
  },
]

export const routes: RouteRecordRaw[] = [
  ...authRoutes,
  ...orgDocumentRoutes,
  ...salesDocumentRoutes,
  { path: '/', component: MainLayout, redirect: '/home', children: layoutChildren },
]
