// 价格提示 What the pricing function's answer means for one quotation line, computed as the
// server does when it prices the line (server/src/sales/quotation_pricing.cc) and never in
// floating point. The answer is tax-inclusive CNY per base unit ×10⁴; a line states its price
// per its unit, in the quotation's currency, and without VAT when it is zero-rated (export):
//   line price = round(cny per base × factor ÷ rate), the cny price net of VAT first when the
//   line carries no VAT while the product does.
// The margin is against the product's standard cost (net, per base unit): net line price −
// cost per line unit (converted the same way), and that as a percentage of the net price.
import { divRound, parseE4 } from './lineMoney'

/** The part of GET /pricing/quote a hint needs (strings as the server sends them). */
export interface PriceAnswerLike {
  unit_price: string | null
  floor: string | null
  tax_rate: string
  standard_cost: string | null
}

export interface HintInput {
  answer: PriceAnswerLike
  /** Base units in one line unit ("1" for the base unit, "0.001" for kg of a ton product). */
  factor: string
  /** The line's VAT rate ("0.0000" for an export line). */
  lineTaxRate: string
  /** Yuan per unit of the quotation's currency, six places ("1.000000" for CNY). */
  fxRate: string
  /** The price the user typed (may be empty or unfinished). */
  price: string
}

export interface LineHint {
  /** The proposed price per line unit in the line's currency ("5280.00"); null: no rule. */
  proposed: string | null
  floor: string | null
  /** The typed price is under the floor (the quotation will wait for approval). */
  belowFloor: boolean
  /** Net price − standard cost per line unit ("312.50"), for the typed or proposed price. */
  margin: string | null
  /** The margin as a percentage of the net price, one place ("6.4"). */
  marginPct: string | null
}

const RATE_SCALE = 1_000_000n
const E4 = 10_000n

/** "7.123456" → 7123456n (×10⁶); null for what is not a positive decimal with ≤ 6 places. */
export function parseRateE6(text: string): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text.trim())
  if (!m) return null
  const v = BigInt(m[1]) * RATE_SCALE + BigInt((m[2] ?? '').padEnd(6, '0'))
  return v > 0n ? v : null
}

/** gross ×10⁴ → net ×10⁴ at rate ×10⁴, as catalog::NetOfGross. */
export function netOfGross(grossE4: bigint, rateE4: bigint): bigint {
  return divRound(grossE4 * E4, E4 + rateE4)
}

/** CNY per base unit ×10⁴ → line currency per line unit ×10⁴, as sales::LinePriceFromBase. */
export function linePriceFromBase(cnyE4: bigint, factorE4: bigint, rateE6: bigint): bigint {
  return divRound(cnyE4 * factorE4 * RATE_SCALE, rateE6 * E4)
}

/** ×10⁴ → "1234.50" (two places) or "1234.5678" when the last two places are not zero. */
export function formatE4(v: bigint): string {
  const neg = v < 0n
  const a = neg ? -v : v
  const frac = (a % E4).toString().padStart(4, '0')
  const shown = frac.endsWith('00') ? frac.slice(0, 2) : frac
  return `${neg ? '-' : ''}${a / E4}.${shown}`
}

/** ×10⁴ → "1234.57", rounded half away from zero to two places. */
function formatCents(v: bigint): string {
  const c = divRound(v, 100n)
  const neg = c < 0n
  const a = neg ? -c : c
  return `${neg ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`
}

/** Tenths of a percent → "6.4" / "-12.0". */
function formatPct(tenths: bigint): string {
  const neg = tenths < 0n
  const a = neg ? -tenths : tenths
  return `${neg ? '-' : ''}${a / 10n}.${a % 10n}`
}

/** The hint for one line; null when the factor, rates or answer cannot be read. */
export function lineHint(i: HintInput): LineHint | null {
  const factor = parseE4(i.factor)
  const lineTax = parseE4(i.lineTaxRate)
  const productTax = parseE4(i.answer.tax_rate)
  const rate = parseRateE6(i.fxRate)
  if (factor === null || factor <= 0n || lineTax === null || productTax === null || !rate) {
    return null
  }
  // An export line is compared with the domestic price without its VAT (zero-rated).
  const zeroRated = lineTax === 0n && productTax > 0n
  const asLine = (text: string | null): bigint | null => {
    const cny = text === null ? null : parseE4(text)
    if (cny === null) return null
    return linePriceFromBase(zeroRated ? netOfGross(cny, productTax) : cny, factor, rate)
  }
  const proposed = asLine(i.answer.unit_price)
  const floor = asLine(i.answer.floor)
  const typed = parseE4(i.price)
  const price = typed ?? proposed
  let margin: string | null = null
  let marginPct: string | null = null
  const costYuan = i.answer.standard_cost === null ? null : parseE4(i.answer.standard_cost)
  if (price !== null && costYuan !== null) {
    const net = netOfGross(price, lineTax)
    const cost = linePriceFromBase(costYuan, factor, rate)
    margin = formatCents(net - cost)
    if (net > 0n) marginPct = formatPct(divRound((net - cost) * 1000n, net))
  }
  return {
    proposed: proposed === null ? null : formatE4(proposed),
    floor: floor === null ? null : formatE4(floor),
    belowFloor: typed !== null && floor !== null && typed < floor,
    margin,
    marginPct,
  }
}

/** A line quantity in the product's base unit ("2" t of "1000" kg → "2000"); null if unknown. */
export function baseQty(qty: string, factor: string): string | null {
  const q = parseE4(qty)
  const f = parseE4(factor)
  if (q === null || f === null || q < 0n || f <= 0n) return null
  return formatE4(divRound(q * f, E4))
}

/** The company's business day (UTC+8, as the server's CompanyDay), whatever the browser's zone. */
export function companyDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}
