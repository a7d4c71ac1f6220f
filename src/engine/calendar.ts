/**
 * Calendar SLO windows (`month`, `quarter`, ISO `week`) in an IANA time zone: where the period
 * that holds an instant starts and ends. Built on Intl (Node's full ICU carries the tz database):
 * no library, and the zone rules update with Node.
 */

export const CALENDAR_UNITS = ['month', 'quarter', 'week'] as const
export type CalendarUnit = (typeof CALENDAR_UNITS)[number]

export const isCalendarUnit = (text: string): text is CalendarUnit =>
  (CALENDAR_UNITS as readonly string[]).includes(text)

/** The shortest length of each period: what a tier's long window must fit in. */
export const SHORTEST_PERIOD: Record<CalendarUnit, number> = {
  month: 28 * 86400,
  quarter: 89 * 86400,
  week: 7 * 86400
}

/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
export function isTimeZone(name: string): boolean {
  // The default needs no check, and Intl's first use costs ~10 ms (it loads ICU's zone data).
  if (name === 'UTC') return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Wall-clock time in the zone at a UTC instant (ms), as if it were UTC (ms, whole seconds). */
function wallClock(utcMs: number, timeZone: string): number {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(timeZone, format)
  }
  const parts: Record<string, number> = {}
  for (const part of format.formatToParts(new Date(utcMs))) parts[part.type] = Number(part.value)
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
}

/** The zone's offset from UTC at an instant, in ms. */
const offsetAt = (utcMs: number, timeZone: string): number =>
  wallClock(utcMs, timeZone) - Math.floor(utcMs / 1000) * 1000

/**
 * The first instant of a local date in the zone (its 00:00). When 00:00 happens twice (clocks
 * go back at midnight) the earlier one; when it does not exist (clocks go forward at midnight)
 * the first instant of that day, the moment of the change.
 */
export function startOfLocalDay(
  year: number,
  month: number,
  day: number,
  timeZone: string
): number {
  const wall = Date.UTC(year, month - 1, day)
  const before = offsetAt(wall - 2 * 86400_000, timeZone)
  const after = offsetAt(wall + 2 * 86400_000, timeZone)
  const valid = [...new Set([before, after, offsetAt(wall, timeZone)])]
    .map(offset => wall - offset)
    .filter(t => wallClock(t, timeZone) === wall)
  if (valid.length) return Math.min(...valid)
  // In the gap: the first second whose wall clock reaches the new day.
  let low = wall - Math.max(before, after)
  let high = wall - Math.min(before, after)
  while (high - low > 1000) {
    const mid = Math.floor((low + high) / 2000) * 1000
    if (wallClock(mid, timeZone) >= wall) high = mid
    else low = mid
  }
  return high
}

export interface CalendarPeriod {
  unit: CalendarUnit
  timeZone: string
  /** UTC instants, ms. */
  start: number
  end: number
}

/** The local date of the period's first day that holds a local date, and of the next period. */
function periodDates(
  unit: CalendarUnit,
  year: number,
  month: number,
  day: number
): [[number, number, number], [number, number, number]] {
  if (unit === 'week') {
    // ISO weeks start on Monday: getUTCDay() is 0 for Sunday.
    const monday =
      Date.UTC(year, month - 1, day) -
      ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) * 86400_000
    const next = monday + 7 * 86400_000
    const ymd = (ms: number): [number, number, number] => {
      const d = new Date(ms)
      return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
    }
    return [ymd(monday), ymd(next)]
  }
  const months = unit === 'month' ? 1 : 3
  const first = month - ((month - 1) % months)
  const nextMonth = first + months
  return [[year, first, 1], nextMonth > 12 ? [year + 1, nextMonth - 12, 1] : [year, nextMonth, 1]]
}

/** The calendar period of `unit` in `timeZone` that holds the instant. */
export function periodAt(unit: CalendarUnit, timeZone: string, at: Date): CalendarPeriod {
  const local = new Date(wallClock(at.getTime(), timeZone))
  const [first, next] = periodDates(
    unit,
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate()
  )
  return {
    unit,
    timeZone,
    start: startOfLocalDay(...first, timeZone),
    end: startOfLocalDay(...next, timeZone)
  }
}
