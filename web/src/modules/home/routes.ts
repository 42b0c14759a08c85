import type { RouteRecordRaw } from 'vue-router'

export const homeRoutes: RouteRecordRaw[] = [
  {
    path: 'home',
    name: 'home',
    component: () => import('./views/HomeView.vue'),
    meta: { title: 'menu.home', icon: 'HomeFilled' },
  },
]
