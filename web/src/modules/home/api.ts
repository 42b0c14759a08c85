// Counts for the dashboard, read from the list endpoints' totals (size=1, so cheap).
import { api } from '@/api/client'
import type { Items, Page, Role } from '@/api/types'

export async function countUsers(disabled?: boolean): Promise<number> {
  return (await api.get<Page<unknown>>('/users', { disabled, page: 1, size: 1 })).total
}

export async function countAudit(from: string, to: string): Promise<number> {
  return (await api.get<Page<unknown>>('/audit', { from, to, page: 1, size: 1 })).total
}

export const listRoles = () => api.get<Items<Role>>('/roles')
