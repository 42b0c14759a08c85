// The editor asks the pricing function once the user pauses (debounced per line), drops an
// answer that a newer question overtook, proposes the price into an empty field but never over
// one the user typed, and without price.read asks nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick, reactive, ref } from 'vue'
import type { PriceAnswer, Product } from '@/modules/catalog/types'
import { useSessionStore } from '@/stores/session'
import { HINT_DEBOUNCE_MS, usePriceHints } from '@/modules/sales/composables/usePriceHints'
import type { EditLine } from '@/modules/sales/composables/useQuotationEditor'

const quotePrice = vi.fn()
vi.mock('@/modules/catalog/api', () => ({ quotePrice: (...a: unknown[]) => quotePrice(...a) }))
vi.mock('@/modules/sales/api', () => ({ getFxRateOn: vi.fn() }))

const product = {
  id: 4,
  base_unit: 't',
  units: [{ unit: 'kg', factor: '0.0010' }],
  tax_rate: '0.1300',
} as unknown as Product

function answer(unit_price: string): PriceAnswer {
  return {
    unit_price,
    net_price: null,
    source: 'season_list',
    rule_id: 1,
    rule_name: '经销商淡季价',
    list_id: 1,
    min_qty: '0',
    floor: '4700.0000',
    tax_rate: '0.1300',
    standard_cost: '4000.00',
    may_go_below_floor: false,
  }
}

/** A promise settled from the test. */
function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

function setup(price = '') {
  const form = reactive({ customer_id: 7 as number | null, currency: 'CNY' })
  const line: EditLine = { product_id: 4, product, unit: 't', qty: '10', unit_price: price }
  const lines = ref<EditLine[]>([line])
  const hints = usePriceHints(form, lines, () => '0.1300')
  return { form, lines, hints, line: () => lines.value[0]! }
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(HINT_DEBOUNCE_MS)
  await nextTick()
}

describe('usePriceHints', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useSessionStore().permissions = ['price.read']
    quotePrice.mockReset()
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('asks once the user pauses, with the quantity in the base unit', async () => {
    quotePrice.mockResolvedValue(answer('5020.0000'))
    const { line } = setup()
    await nextTick()
    line().qty = '2'
    await nextTick()
    line().unit = 'kg'
    line().qty = '2500'
    await settle()
    expect(quotePrice).toHaveBeenCalledTimes(1)
    expect(quotePrice).toHaveBeenCalledWith({ customer_id: 7, product_id: 4, qty: '2.50' })
  })

  it('proposes into an empty price, per the line unit, and keeps a typed price', async () => {
    quotePrice.mockResolvedValue(answer('5020.0000'))
    const { line, hints } = setup()
    await settle()
    expect(line().unit_price).toBe('5020.00')
    line().unit = 'kg' // a proposal follows the unit
    await nextTick()
    expect(line().unit_price).toBe('5.02')
    line().unit = 't'
    line().unit_price = '4500'
    line().qty = '12'
    await settle()
    expect(line().unit_price).toBe('4500')
    expect(hints.hintOf(line())?.belowFloor).toBe(true)
    expect(hints.hintOf(line())?.floor).toBe('4700.00')
  })

  it('drops an answer overtaken by a newer question', async () => {
    const first = deferred<PriceAnswer>()
    const second = deferred<PriceAnswer>()
    quotePrice.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)
    const { line, hints } = setup()
    await settle() // the first question is out
    line().qty = '500'
    await settle() // the second one too
    second.resolve(answer('4980.0000'))
    await vi.runAllTimersAsync()
    first.resolve(answer('5020.0000'))
    await vi.runAllTimersAsync()
    expect(hints.hintOf(line())?.proposed).toBe('4980.00')
    expect(line().unit_price).toBe('4980.00')
  })

  it('drops an answer to a question changed while it was on its way', async () => {
    const first = deferred<PriceAnswer>()
    quotePrice.mockReturnValueOnce(first.promise).mockResolvedValue(answer('4980.0000'))
    const { line, hints } = setup()
    await settle()
    line().qty = '500' // not asked yet: the debounce is running
    await nextTick()
    first.resolve(answer('5020.0000'))
    await nextTick()
    expect(line().unit_price).toBe('')
    await settle()
    expect(hints.hintOf(line())?.proposed).toBe('4980.00')
  })

  it('withdraws its proposal when the product changes and the new one has no answer', async () => {
    quotePrice.mockResolvedValueOnce(answer('5020.0000')).mockRejectedValue(new Error('404'))
    const { line, hints } = setup()
    await settle()
    expect(line().unit_price).toBe('5020.00')
    line().product_id = 5 // another product, not answered yet: the old hint is not its
    await nextTick()
    expect(hints.hintOf(line())).toBeNull()
    expect(line().unit_price).toBe('')
    await settle()
    expect(line().unit_price).toBe('')
  })

  it('goes without hints when the answer fails or price.read is missing', async () => {
    quotePrice.mockRejectedValue(new Error('404'))
    const a = setup()
    await settle()
    expect(a.hints.hintOf(a.line())).toBeNull()
    expect(a.line().unit_price).toBe('')

    quotePrice.mockReset()
    useSessionStore().permissions = []
    const b = setup()
    await settle()
    expect(quotePrice).not.toHaveBeenCalled()
    expect(b.hints.hintOf(b.line())).toBeNull()
  })
})
