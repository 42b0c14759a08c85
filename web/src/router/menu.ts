// The side menu is derived from the route table: entries with meta.title and not meta.menu=false,
// filtered by the user's permissions; a group without visible children disappears.
import type { RouteRecordRaw } from 'vue-router'

export interface MenuItem {
  path: string
  title: string
  icon?: string
  children?: MenuItem[]
}

function join(parent: string, path: string): string {
  if (path.startsWith('/')) return path
  const base = parent.endsWith('/') ? parent : `${parent}/`
  return `${base}${path}`
}

export function buildMenu(
  routes: readonly RouteRecordRaw[],
  can: (permission: string | string[] | undefined) => boolean,
  parentPath = '/',
): MenuItem[] {
  const items: MenuItem[] = []
  for (const route of routes) {
    const meta = route.meta ?? {}
    const path = join(parentPath, route.path)
    if (meta.public || meta.menu === false || !can(meta.permission)) continue
    if (!meta.title) {
      // A layout record without a title: its children belong to this level.
      if (route.children) items.push(...buildMenu(route.children, can, path))
      continue
    }
    if (route.children?.length) {
      const children = buildMenu(route.children, can, path)
      if (children.length === 0) continue
      items.push({ path, title: meta.title, icon: meta.icon, children })
    } else {
      items.push({ path, title: meta.title, icon: meta.icon })
    }
  }
  return items
}
