// The editor's live totals follow the server's arithmetic: tax-inclusive line gross rounded
// half away from zero to fen, net = gross ÷ (1 + rate), tax the rest; never a float.
import { describe, expect, it } from 'vitest'
import {
  divRound,
  formatFen,
  lineAmounts,
  parseE4,
  sumAmounts,
} from '@/modules/sales/composables/lineMoney'

describe('lineMoney', () => {
  it('parses decimals with at most four places', () => {
    expect(parseE4('12.5')).toBe(125000n)
    expect(parseE4('0.0001')).toBe(1n)
    expect(parseE4('-3')).toBe(-30000n)
    expect(parseE4('1.23456')).toBeNull()
    expect(parseE4('1e3')).toBeNull()
    expect(parseE4('')).toBeNull()
  })

  it('rounds half away from zero', () => {
    expect(divRound(5n, 10n)).toBe(1n)
    expect(divRound(-5n, 10n)).toBe(-1n)
    expect(divRound(4n, 10n)).toBe(0n)
  })

  it('splits a tax-inclusive line as the server does', () => {
    const a = lineAmounts('100', '5280.00', '0.1300')!
    expect(formatFen(a.gross)).toBe('528000.00')
    expect(formatFen(a.net)).toBe('467256.64')
    expect(formatFen(a.tax)).toBe('60743.36')
    const b = lineAmounts('33.3333', '4150.55', '0.1300')!
    expect(formatFen(b.gross)).toBe('138351.53')
    expect(formatFen(b.net)).toBe('122434.98')
    expect(lineAmounts('x', '1', '0.13')).toBeNull()
  })

  it('sums the lines that have amounts', () => {
    const s = sumAmounts([lineAmounts('100', '5280', '0.13'), null, lineAmounts('20', '4150', '0')])
    expect(formatFen(s.gross)).toBe('611000.00')
    expect(formatFen(s.net + s.tax)).toBe('611000.00')
  })
})
