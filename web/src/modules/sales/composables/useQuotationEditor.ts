// 报价单编辑 The editor's state: the header fields and the lines as the user types them, the
// products picked (their units and tax rate), live totals (lineMoney.ts) and save. The server
// checks everything again and answers with field errors.
import { computed, reactive, ref } from 'vue'
import { getProduct } from '@/modules/catalog/api'
import type { Product } from '@/modules/catalog/types'
import { createQuotation, getQuotation, updateQuotation } from '../api'
import type { NewQuotation, Quotation } from '../types'
import { formatFen, lineAmounts, sumAmounts } from './lineMoney'

export interface EditLine {
  product_id: number | null
  product: Product | null
  unit: string
  qty: string
  unit_price: string
}

export function emptyLine(): EditLine {
  return { product_id: null, product: null, unit: '', qty: '', unit_price: '' }
}

export function useQuotationEditor() {
  const form = reactive({
    customer_id: null as number | null,
    lead_id: null as number | null,
    validity_days: 30,
    currency: 'CNY',
    incoterm: '',
    incoterm_place: '',
    payment_terms: '',
    delivery_terms: '',
    notes: '',
  })
  const lines = ref<EditLine[]>([emptyLine()])
  const loaded = ref<Quotation | null>(null)

  /** Export lines carry no VAT; domestic ones the product's rate. */
  const taxRate = (l: EditLine) =>
    form.currency === 'CNY' ? (l.product?.tax_rate ?? '0.1300') : '0.0000'
  const amounts = computed(() =>
    lines.value.map((l) => lineAmounts(l.qty, l.unit_price, taxRate(l))),
  )
  const totals = computed(() => {
    const s = sumAmounts(amounts.value)
    return { net: formatFen(s.net), tax: formatFen(s.tax), gross: formatFen(s.gross) }
  })

  function body(): NewQuotation {
    return {
      ...form,
      customer_id: form.customer_id,
      lead_id: form.lead_id,
      incoterm: form.incoterm as NewQuotation['incoterm'],
      lines: lines.value.map((l) => ({
        product_id: l.product_id ?? 0,
        unit: l.unit || undefined,
        qty: l.qty,
        unit_price: l.unit_price,
      })),
    }
  }

  async function load(id: number): Promise<void> {
    const q = await getQuotation(id)
    loaded.value = q
    Object.assign(form, {
      customer_id: q.customer_id,
      lead_id: q.lead_id,
      validity_days: q.validity_days,
      currency: q.currency,
      incoterm: q.incoterm,
      incoterm_place: q.incoterm_place,
      payment_terms: q.payment_terms,
      delivery_terms: q.delivery_terms,
      notes: q.notes,
    })
    lines.value = q.lines.map((l) => ({
      product_id: l.product_id,
      product: null,
      unit: l.unit,
      qty: l.qty,
      unit_price: l.unit_price,
    }))
    // The products' units and tax rates, for the unit choice, the totals and the price hints.
    const ids = [...new Set(q.lines.map((l) => l.product_id))]
    const products = await Promise.allSettled(ids.map((p) => getProduct(p)))
    for (const r of products) {
      if (r.status !== 'fulfilled') continue
      for (const l of lines.value) if (l.product_id === r.value.id) l.product = r.value
    }
  }

  async function save(): Promise<Quotation> {
    if (loaded.value) {
      return updateQuotation(loaded.value.id, { ...body(), version: loaded.value.version })
    }
    return createQuotation(body())
  }

  return { form, lines, loaded, amounts, totals, taxRate, load, save, formatFen }
}
