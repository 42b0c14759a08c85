// 询盘 The buyer's wall clock: from the inquiry's IANA time zone when the browser knows it,
// else from the server's utc_offset, else the buyer_local_time the server computed. Pure; the
// page passes a `now` that ticks each minute (useNow).

export interface BuyerClock {
  /** Buyer's local date, YYYY-MM-DD. */
  date: string
  /** Buyer's local time, HH:mm. */
  time: string
  /** "UTC+05:30". */
  offset: string
  /** Office hours there (Mon–Fri 09:00–18:00): a good moment to call. */
  working: boolean
}

export interface BuyerZone {
  time_zone?: string | null
  utc_offset?: string | number | null
  buyer_local_time?: string | null
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Minutes east of UTC from "+05:30", "-0800", "UTC+8", "GMT-3", or a number (minutes or s). */
export function parseUtcOffset(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null
  if (typeof v === 'number') return Math.abs(v) > 24 * 60 ? Math.round(v / 60) : v
  const s = v.trim().replace(/^(UTC|GMT)/i, '')
  if (s === '' || s === 'Z') return 0
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(s)
  if (!m) return null
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  return m[1] === '-' ? -minutes : minutes
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const a = Math.abs(minutes)
  return `UTC${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`
}

interface Wall {
  y: number
  mo: number
  d: number
  h: number
  mi: number
}

/** The wall clock in an IANA zone, or null when the zone is unknown to this browser. */
function wallInZone(now: Date, zone: string): Wall | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(now)
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN)
    const w = {
      y: get('year'),
      mo: get('month'),
      d: get('day'),
      h: get('hour') % 24,
      mi: get('minute'),
    }
    return Object.values(w).some(Number.isNaN) ? null : w
  } catch {
    return null
  }
}

function wallShifted(now: Date, offsetMin: number): Wall {
  const t = new Date(now.getTime() + offsetMin * 60_000)
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
  }
}

function clockOf(w: Wall, offsetMin: number): BuyerClock {
  const weekday = new Date(Date.UTC(w.y, w.mo - 1, w.d)).getUTCDay()
  return {
    date: `${w.y}-${pad(w.mo)}-${pad(w.d)}`,
    time: `${pad(w.h)}:${pad(w.mi)}`,
    offset: formatOffset(offsetMin),
    working: weekday >= 1 && weekday <= 5 && w.h >= 9 && w.h < 18,
  }
}

/** The buyer's clock at `now`, or null when the inquiry says nothing about the zone. */
export function buyerClock(now: Date, zone: BuyerZone): BuyerClock | null {
  if (zone.time_zone) {
    const w = wallInZone(now, zone.time_zone)
    if (w) {
      const minuteStart = Math.floor(now.getTime() / 60_000) * 60_000
      const offset = Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) - minuteStart) / 60_000)
      return clockOf(w, offset)
    }
  }
  const offset = parseUtcOffset(zone.utc_offset)
  if (offset !== null) return clockOf(wallShifted(now, offset), offset)
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?/.exec(
      zone.buyer_local_time ?? '',
    )
  if (!m) return null
  const w = { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +m[4]!, mi: +m[5]! }
  return clockOf(w, parseUtcOffset(m[6]) ?? 0)
}

/** Common IANA zones of the buyers (the inquiry dialog's select). */
export const COMMON_TIME_ZONES: readonly string[] = [
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Singapore',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Jakarta',
  'Asia/Manila',
  'Asia/Kuala_Lumpur',
  'Asia/Kolkata',
  'Asia/Karachi',
  'Asia/Dhaka',
  'Asia/Dubai',
  'Asia/Riyadh',
  'Asia/Tehran',
  'Asia/Tashkent',
  'Asia/Almaty',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/London',
  'Africa/Cairo',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Africa/Johannesburg',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/Bogota',
  'America/Lima',
  'America/Santiago',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Australia/Sydney',
  'Australia/Perth',
  'Pacific/Auckland',
]
