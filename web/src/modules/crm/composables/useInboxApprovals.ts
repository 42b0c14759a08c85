// Approvals decided on the inbox itself (同意 / 驳回): transfers, credit ratings, samples,
// price change requests (调价申请, catalog) and quotations below the floor (报价审批, sales:
// 驳回 is the quotation's decline, back to its rep).
// Their inbox items carry only the object's id; the decision needs its version, so the pending
// lists are loaded for the kinds the inbox shows.
import { ref } from 'vue'
import type { RouteLocationRaw } from 'vue-router'
import {
  decideCredit,
  decideTransfer,
  listPendingCredit,
  listSamples,
  listTransfers,
  sampleStep,
} from '../api'
import { decidePriceRequest, listPriceRequests } from '@/modules/catalog/api'
import type { PriceRequest } from '@/modules/catalog/types'
import { actOnQuotation, getQuotation } from '@/modules/sales/api'
import type { Quotation } from '@/modules/sales/types'
import type { CreditRatingEntry, InboxItem, Sample, Transfer } from '../types'

export interface Approval {
  /** The line under the title: who asked for what. */
  detail: string
  decide: (what: 'approve' | 'reject', note: string) => Promise<unknown>
  /** Where the object can be seen in full. */
  route: RouteLocationRaw | null
}

export function useInboxApprovals() {
  const transfers = ref(new Map<number, Transfer>())
  const ratings = ref(new Map<number, CreditRatingEntry>())
  const samples = ref(new Map<number, Sample>())
  const prices = ref(new Map<number, PriceRequest>())
  const quotations = ref(new Map<number, Quotation>())

  /**
   * Loads the pending lists of the kinds present (a failed list leaves its buttons out); the
   * quotations waiting for the user one by one (there are few: the ones awaiting this decider).
   */
  async function load(kinds: readonly string[], items: readonly InboxItem[] = []): Promise<void> {
    const byId = <T extends { id: number }>(items: T[]) => new Map(items.map((x) => [x.id, x]))
    const quotationIds = items
      .filter((i) => i.kind === 'quotation_to_approve' && i.link?.type === 'quotation')
      .map((i) => i.link!.id)
    await Promise.allSettled([
      kinds.includes('transfer_to_approve') &&
        listTransfers('requested').then((r) => (transfers.value = byId(r.items))),
      kinds.includes('credit_to_approve') &&
        listPendingCredit().then((r) => (ratings.value = byId(r.items))),
      kinds.includes('sample_to_approve') &&
        listSamples('requested').then((r) => (samples.value = byId(r.items))),
      kinds.includes('price_change_to_approve') &&
        listPriceRequests({ to_decide: true }).then((r) => (prices.value = byId(r.items))),
      quotationIds.length > 0 &&
        Promise.allSettled(quotationIds.map((id) => getQuotation(id))).then((rs) => {
          const got = rs.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
          quotations.value = byId(got.filter((q) => q.actions.includes('approve')))
        }),
    ])
  }

  function of(item: InboxItem): Approval | null {
    const id = item.link?.id
    if (item.kind === 'transfer_to_approve') {
      const t = transfers.value.get(id)
      if (!t) return null
      return {
        detail: `${t.from_name ?? ''} → ${t.to_name ?? ''} · ${t.reason}`,
        decide: (what, note) => decideTransfer(t.id, what, { version: t.version, note }),
        route: { name: 'crm-customer', params: { id: t.customer_id } },
      }
    }
    if (item.kind === 'credit_to_approve') {
      const r = ratings.value.get(id)
      if (!r) return null
      return {
        detail: [r.rating, r.credit_limit, r.credit_days, r.reason].filter((x) => x).join(' · '),
        decide: (what, note) => decideCredit(r.id, what, { version: r.version, note }),
        route: { name: 'crm-customer', params: { id: r.customer_id }, query: { tab: 'credit' } },
      }
    }
    if (item.kind === 'sample_to_approve') {
      const s = samples.value.get(id)
      if (!s) return null
      return {
        detail: [s.qty, s.cost, s.notes].filter((x) => x).join(' · '),
        decide: (what, note) => sampleStep(s, what, { note }),
        route: s.inquiry_id ? { name: 'crm-inquiries', query: { id: s.inquiry_id } } : null,
      }
    }
    if (item.kind === 'price_change_to_approve') {
      const p = prices.value.get(id)
      if (!p) return null
      return {
        detail: [`${p.old_price ?? '-'} → ${p.new_price ?? '-'}`, p.effective_from, p.reason]
          .filter((x) => x)
          .join(' · '),
        decide: (what, note) => decidePriceRequest(p.id, what, { version: p.version, note }),
        route: { name: 'catalog-price-requests' },
      }
    }
    if (item.kind === 'quotation_to_approve') {
      const q = quotations.value.get(id)
      if (!q) return null
      return {
        detail: quotationDetail(q),
        decide: (what, note) =>
          actOnQuotation(q.id, what === 'approve' ? 'approve' : 'decline', q.version, note),
        route: { name: 'sales-quotation', params: { id: q.id } },
      }
    }
    return null
  }

  return { load, of }
}

/** Customer, total, and the lines under the floor: "#2 SBS改性沥青 4900.00 < 5000.00". */
export function quotationDetail(q: Quotation): string {
  const below = q.lines
    .filter((l) => q.lines_below_floor.includes(l.line_no))
    .map((l) => `#${l.line_no} ${l.product_name} ${l.unit_price} < ${l.floor_price ?? ''}`)
  return [q.customer_name, `${q.currency} ${q.gross}`, ...below].join(' · ')
}
