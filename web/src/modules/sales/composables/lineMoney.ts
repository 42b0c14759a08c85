// Live totals of the quotation editor, as the server computes them (STYLE §4) and never in
// floating point: quantities and prices are decimals with up to four places held as BigInt
// ×10⁴; a line's gross is qty × price rounded half away from zero to fen; net is gross ÷
// (1 + rate) rounded the same way; tax is gross − net. The server's figures are what is stored.

/** "12.5" → 125000n (×10⁴); null for what is not a decimal with at most four places. */
export function parseE4(text: string): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,4}))?$/.exec(text.trim())
  if (!m) return null
  const v = BigInt(m[2]) * 10000n + BigInt((m[3] ?? '').padEnd(4, '0'))
  return m[1] ? -v : v
}

/** n ÷ d (d > 0), rounded half away from zero. */
export function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n
  const q = ((neg ? -n : n) + d / 2n) / d
  return neg ? -q : q
}

/** Fen as "1234.50". */
export function formatFen(fen: bigint): string {
  const neg = fen < 0n
  const a = neg ? -fen : fen
  return `${neg ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`
}

export interface LineAmounts {
  net: bigint
  tax: bigint
  gross: bigint
}

/** A line's amounts in fen; null when qty or price is not a decimal yet. */
export function lineAmounts(qty: string, price: string, taxRate: string): LineAmounts | null {
  const q = parseE4(qty)
  const p = parseE4(price)
  const r = parseE4(taxRate)
  if (q === null || p === null || r === null) return null
  const gross = divRound(q * p, 1000000n)
  const net = divRound(gross * 10000n, 10000n + r)
  return { net, tax: gross - net, gross }
}

/** Sums of the lines that have amounts. */
export function sumAmounts(lines: (LineAmounts | null)[]): LineAmounts {
  const out = { net: 0n, tax: 0n, gross: 0n }
  for (const l of lines) {
    if (!l) continue
    out.net += l.net
    out.tax += l.tax
    out.gross += l.gross
  }
  return out
}
