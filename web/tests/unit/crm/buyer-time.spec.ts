import { describe, expect, it } from 'vitest'
import {
  buyerClock,
  COMMON_TIME_ZONES,
  formatOffset,
  parseUtcOffset,
} from '@/modules/crm/composables/buyerTime'

// Monday 2026-03-02 06:30 UTC.
const now = new Date('2026-03-02T06:30:40Z')

describe('utc offsets', () => {
  it('reads the usual spellings as minutes east of UTC', () => {
    expect(parseUtcOffset('+05:30')).toBe(330)
    expect(parseUtcOffset('-0800')).toBe(-480)
    expect(parseUtcOffset('UTC+8')).toBe(480)
    expect(parseUtcOffset('GMT-3')).toBe(-180)
    expect(parseUtcOffset('Z')).toBe(0)
    expect(parseUtcOffset(330)).toBe(330)
    expect(parseUtcOffset(19800)).toBe(330) // seconds
    expect(parseUtcOffset('')).toBeNull()
    expect(parseUtcOffset('soon')).toBeNull()
    expect(parseUtcOffset(null)).toBeNull()
  })

  it('formats with sign and two-digit hours and minutes', () => {
    expect(formatOffset(330)).toBe('UTC+05:30')
    expect(formatOffset(-480)).toBe('UTC-08:00')
    expect(formatOffset(0)).toBe('UTC+00:00')
  })
})

describe('buyer clock', () => {
  it('uses the IANA zone when the browser knows it (offset and office hours)', () => {
    expect(buyerClock(now, { time_zone: 'Asia/Kolkata' })).toEqual({
      date: '2026-03-02',
      time: '12:00',
      offset: 'UTC+05:30',
      working: true,
    })
  })

  it('follows daylight saving through the zone', () => {
    const summer = new Date('2026-07-01T12:00:00Z')
    expect(buyerClock(summer, { time_zone: 'America/New_York' })?.offset).toBe('UTC-04:00')
    expect(buyerClock(now, { time_zone: 'America/New_York' })).toMatchObject({
      date: '2026-03-02',
      time: '01:30',
      offset: 'UTC-05:00',
      working: false,
    })
  })

  it('falls back to the server offset for an unknown zone, crossing the date line', () => {
    expect(buyerClock(now, { time_zone: 'Mars/Olympus', utc_offset: '-10:00' })).toEqual({
      date: '2026-03-01',
      time: '20:30',
      offset: 'UTC-10:00',
      working: false, // Sunday evening
    })
  })

  it('shows the server-computed local time when nothing else is known', () => {
    expect(buyerClock(now, { buyer_local_time: '2026-03-02T14:05:00+03:00' })).toMatchObject({
      time: '14:05',
      offset: 'UTC+03:00',
      working: true,
    })
    expect(buyerClock(now, {})).toBeNull()
  })

  it('moves with now (the page ticks every minute)', () => {
    const later = new Date(now.getTime() + 61 * 60_000)
    expect(buyerClock(later, { time_zone: 'Asia/Kolkata' })?.time).toBe('13:01')
  })

  it('offers only zones this runtime knows', () => {
    for (const z of COMMON_TIME_ZONES) expect(buyerClock(now, { time_zone: z }), z).not.toBeNull()
  })
})
