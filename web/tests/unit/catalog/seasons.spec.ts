// Seasons on the calendar: a recurring season is one bar, one that wraps the new year two, a
// dated season only in its own year.
import { describe, expect, it } from 'vitest'
import { seasonSpans } from '@/modules/catalog/composables/seasons'
import type { Season } from '@/modules/catalog/types'

const season = (recurring: boolean, starts: string, ends: string): Season => ({
  id: 1,
  name: 's',
  recurring,
  starts,
  ends,
  notes: '',
  version: 1,
})

describe('seasonSpans', () => {
  it('places a recurring season once', () => {
    const [s] = seasonSpans(season(true, '03-15', '10-31'), 2026)
    expect(s.left).toBeCloseTo((73 / 365) * 100)
    expect(s.width).toBeCloseTo((231 / 365) * 100)
  })

  it('splits a season across the new year', () => {
    const spans = seasonSpans(season(true, '11-01', '03-14'), 2026)
    expect(spans).toHaveLength(2)
    expect(spans[0].left).toBe(0)
    expect(spans[1].left + spans[1].width).toBeCloseTo(100)
  })

  it('shows a dated season only in its year', () => {
    expect(seasonSpans(season(false, '2026-06-01', '2026-09-30'), 2026)).toHaveLength(1)
    expect(seasonSpans(season(false, '2026-06-01', '2026-09-30'), 2027)).toHaveLength(0)
  })
})
