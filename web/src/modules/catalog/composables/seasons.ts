// Where a season sits on a year's calendar, as percentages of the year: one span, or two for a
// recurring season that wraps the new year (11-01..03-14), none for a dated season of another
// year. Pure; dates are compared as "MM-DD" / "YYYY-MM-DD" text, as the server does.
import type { Season } from '../types'

export interface Span {
  left: number
  width: number
}

function dayOfYear(year: number, md: string): number {
  const [m, d] = md.split('-').map(Number)
  const start = Date.UTC(year, 0, 1)
  return Math.round((Date.UTC(year, (m ?? 1) - 1, d ?? 1) - start) / 86_400_000)
}

function daysIn(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365
}

function span(year: number, from: string, to: string): Span {
  const total = daysIn(year)
  const a = dayOfYear(year, from)
  const b = dayOfYear(year, to) + 1
  return { left: (a / total) * 100, width: ((b - a) / total) * 100 }
}

export function seasonSpans(s: Season, year: number): Span[] {
  if (!s.recurring) {
    const from = s.starts < `${year}-01-01` ? `${year}-01-01` : s.starts
    const to = s.ends > `${year}-12-31` ? `${year}-12-31` : s.ends
    if (from > to) return []
    return [span(year, from.slice(5), to.slice(5))]
  }
  if (s.starts <= s.ends) return [span(year, s.starts, s.ends)]
  return [span(year, '01-01', s.ends), span(year, s.starts, '12-31')]
}
