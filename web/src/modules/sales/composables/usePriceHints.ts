// 价格提示 Live price hints of the quotation editor: when a line's product, unit or quantity (or
// the customer or currency) changes, the pricing function is asked (GET /pricing/quote, debounced
// per line) what this customer would pay; its answer becomes the line's proposed price, floor and
// margin (priceHint.ts). An answer that arrives after a newer question is dropped. The proposed
// price goes into an empty price field, or replaces the one proposed before, never a typed one.
// Without price.read, or when the question fails, the editor works on without hints. The date is
// the server's today: a saved quotation is priced on the day it is saved.
import { reactive, watch, type Ref } from 'vue'
import { quotePrice } from '@/modules/catalog/api'
import type { PriceAnswer } from '@/modules/catalog/types'
import { useSessionStore } from '@/stores/session'
import { getFxRateOn } from '../api'
import { baseQty, companyDay, lineHint, type LineHint } from './priceHint'
import type { EditLine } from './useQuotationEditor'

export const HINT_DEBOUNCE_MS = 300
const CNY_RATE = '1.000000'

export interface ShownHint extends LineHint {
  answer: PriceAnswer
  /** The currency the figures are in: the quotation's, or CNY when its rate is not known. */
  currency: string
  /** A foreign-currency quotation whose rate is not known: tax-inclusive CNY, for reference. */
  cnyOnly: boolean
}

interface Form {
  customer_id: number | null
  currency: string
}

/** Base units in one of the line's unit ("1" for the base unit); null when unknown. */
export function factorOf(l: EditLine): string | null {
  if (!l.product || !l.unit) return null
  if (l.unit === l.product.base_unit) return '1'
  return l.product.units.find((u) => u.unit === l.unit)?.factor ?? null
}

export function usePriceHints(
  form: Form,
  lines: Ref<EditLine[]>,
  taxRate: (l: EditLine) => string,
) {
  const session = useSessionStore()
  /** The last answer per line and whom it was for ("customer|product"). */
  const answers = reactive(new Map<EditLine, { for: string; answer: PriceAnswer }>())
  const asked = new WeakMap<EditLine, string>()
  const seq = new WeakMap<EditLine, number>()
  const timers = new WeakMap<EditLine, ReturnType<typeof setTimeout>>()
  const proposedBefore = new WeakMap<EditLine, string>()
  /** Yuan per unit of a foreign currency (the company's today); null while unknown or unreadable. */
  const rates = reactive(new Map<string, string | null>())

  const target = (l: EditLine) => `${form.customer_id}|${l.product_id}`

  function question(l: EditLine): string | null {
    const factor = factorOf(l)
    const qty = factor && l.qty ? baseQty(l.qty, factor) : factor ? '1' : null
    if (!form.customer_id || !l.product_id || qty === null) return null
    return `${form.customer_id}|${l.product_id}|${qty}`
  }

  /** Drops whatever answer is on its way for the line: a newer question replaces it. */
  function invalidate(l: EditLine): number {
    const n = (seq.get(l) ?? 0) + 1
    seq.set(l, n)
    return n
  }

  async function ask(l: EditLine, key: string, n: number): Promise<void> {
    const [customer, product, qty] = key.split('|')
    let a: PriceAnswer | null = null
    try {
      a = await quotePrice({ customer_id: Number(customer), product_id: Number(product), qty })
    } catch {
      a = null // no price.read, product gone, customer out of scope: no hint
    }
    if (seq.get(l) !== n) return // a newer question was asked meanwhile
    if (a) answers.set(l, { for: `${customer}|${product}`, answer: a })
    else answers.delete(l)
    propose(l)
  }

  function schedule(l: EditLine): void {
    const key = question(l)
    // The answer is per base unit: a new unit restates the proposal at once, before any answer.
    propose(l)
    if (key === asked.get(l)) return
    clearTimeout(timers.get(l))
    const n = invalidate(l)
    if (key === null) {
      asked.delete(l) // a quantity half typed keeps the last answer: the price stays put
      return
    }
    asked.set(l, key)
    timers.set(
      l,
      setTimeout(() => void ask(l, key, n), HINT_DEBOUNCE_MS),
    )
  }

  /**
   * Puts the proposed price into an empty field or over the previous proposal; withdraws a
   * proposal that no longer holds (another product or customer without an answer, a currency
   * without a rate, no rule).
   */
  function propose(l: EditLine): void {
    const before = proposedBefore.get(l)
    if (l.unit_price !== '' && l.unit_price !== before) return // typed by the user
    const h = hintOf(l)
    const next = h && !h.cnyOnly ? h.proposed : null
    if (next) {
      l.unit_price = next
      proposedBefore.set(l, next)
    } else if (before !== undefined) {
      l.unit_price = ''
      proposedBefore.delete(l)
    }
  }

  async function loadRate(currency: string): Promise<void> {
    if (currency === 'CNY' || rates.has(currency)) return
    rates.set(currency, null)
    try {
      const r = await getFxRateOn(currency, companyDay(new Date()))
      rates.set(currency, r.rate)
    } catch {
      rates.set(currency, null) // no fx.read or no rate yet: hints in CNY
    }
  }

  function hintOf(l: EditLine): ShownHint | null {
    const entry = answers.get(l)
    const factor = factorOf(l)
    if (!entry || entry.for !== target(l) || !factor) return null
    const a = entry.answer
    const foreign = form.currency !== 'CNY'
    const rate = foreign ? (rates.get(form.currency) ?? null) : CNY_RATE
    if (rate === null) {
      // The rate is not known: the answer as it is, tax-inclusive CNY per line unit.
      const h = lineHint({
        answer: a,
        factor,
        lineTaxRate: a.tax_rate,
        fxRate: CNY_RATE,
        price: '',
      })
      const cny = { belowFloor: false, margin: null, marginPct: null, currency: 'CNY' }
      return h && { ...h, ...cny, answer: a, cnyOnly: true }
    }
    const h = lineHint({
      answer: a,
      factor,
      lineTaxRate: taxRate(l),
      fxRate: rate,
      price: l.unit_price,
    })
    return h && { ...h, answer: a, currency: form.currency, cnyOnly: false }
  }

  if (session.hasPermission('price.read')) {
    watch(
      () => [
        form.customer_id,
        form.currency,
        ...lines.value.map((l) => [l.product_id, l.product?.id, l.unit, l.qty]),
      ],
      () => {
        void loadRate(form.currency)
        for (const l of lines.value) schedule(l)
      },
      { deep: true, immediate: true },
    )
    watch(
      () => rates.get(form.currency),
      () => lines.value.forEach(propose),
    )
  }

  return { hintOf }
}
