import { createRouter, createWebHistory } from 'vue-router'
import './types'
import { installGuards } from './guards'
import { routes } from './routes'

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory('/'),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })
  installGuards(router)
  return router
}
