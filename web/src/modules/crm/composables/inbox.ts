// 待办 The inbox: items grouped by kind in a fixed order with the server's counts; where an
// item leads (customer page, lead board, inquiry, or handled in place); its title.
import type { RouteLocationRaw } from 'vue-router'
import { INBOX_KINDS, type InboxItem } from '../types'

export interface InboxGroup {
  kind: string
  count: number
  items: InboxItem[]
}

/** Groups in INBOX_KINDS order (unknown kinds after), without empty ones. */
export function groupInbox(
  items: readonly InboxItem[],
  counts: Readonly<Record<string, number>> = {},
): InboxGroup[] {
  const kinds = [...INBOX_KINDS] as string[]
  for (const i of items) if (!kinds.includes(i.kind)) kinds.push(i.kind)
  for (const k of Object.keys(counts)) if (!kinds.includes(k)) kinds.push(k)
  return kinds
    .map((kind) => {
      const mine = items.filter((i) => i.kind === kind)
      return { kind, items: mine, count: counts[kind] ?? mine.length }
    })
    .filter((g) => g.count > 0 || g.items.length > 0)
}

/** The badge number: every count (or every item, when the server sent no counts). */
export function inboxTotal(inbox: {
  items: readonly InboxItem[]
  counts?: Record<string, number>
}) {
  const counts = Object.values(inbox.counts ?? {})
  return counts.length ? counts.reduce((a, b) => a + b, 0) : inbox.items.length
}

/**
 * The page an item opens (customer, plan → calendar, lead, inquiry), or null for the approvals
 * decided on the inbox itself (transfer, credit rating, sample: see useInboxApprovals).
 */
export function inboxRoute(item: InboxItem): RouteLocationRaw | null {
  const { type, id } = item.link ?? { type: '', id: 0 }
  switch (type) {
    case 'customer':
      return { name: 'crm-customer', params: { id } }
    case 'plan':
      return { name: 'crm-calendar' }
    case 'lead':
      return { name: 'crm-leads', query: { id } }
    case 'inquiry':
      return { name: 'crm-inquiries', query: { id } }
    default:
      return null
  }
}

/** The notice's id for 标为已读 (kind notice). */
export function noticeId(item: InboxItem): number | null {
  if (item.kind !== 'notice') return null
  return item.notice_id ?? item.id ?? (item.link?.type === 'notice' ? item.link.id : null)
}

type T = (key: string, params?: Record<string, unknown>) => string

/**
 * The title: the server's title_key when the UI has that text, else the kind's name followed by
 * the params' values (customer name, lead company …), so nothing is lost.
 */
export function inboxTitle(item: InboxItem, t: T, te: (key: string) => boolean): string {
  if (item.title_key && te(item.title_key)) return t(item.title_key, item.params)
  const kindKey = `crm.inbox.kind.${item.kind}`
  const kind = te(kindKey) ? t(kindKey) : item.kind
  const values = Object.entries(item.params ?? {})
    .filter(([k, v]) => v !== null && v !== '' && !k.endsWith('_id') && k !== 'version')
    .map(([, v]) => String(v))
  return values.length ? `${kind}: ${values.join(' · ')}` : kind
}
