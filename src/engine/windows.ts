/**
 * The windows of an SLO: which ones it is judged over, how they compare, and a calendar window
 * resolved at an instant (its elapsed part, its period's figures). Pure.
 */
import { isCalendarUnit, periodAt, SHORTEST_PERIOD } from './calendar.js'
import { parseDuration } from './duration.js'
import { iso } from './exclusions.js'
import type { PeriodFigures } from './result.js'
import type { SloSpec } from './slo.js'
import { checksFor } from './tiers.js'

/** Windows are compared as durations: `60m` and `1h` are one window, queried once. */
export const sameWindow = (a: string, b: string): boolean => parseDuration(a) === parseDuration(b)

/** One text per duration, the first one given (the user's spelling is what the reports show). */
export function uniqueWindows(windows: Iterable<string>): string[] {
  const bySeconds = new Map<number, string>()
  for (const window of windows) {
    const seconds = parseDuration(window)
    if (!bySeconds.has(seconds)) bySeconds.set(seconds, window)
  }
  return [...bySeconds.values()]
}

/**
 * The windows one SLO needs: its own, burn_rate_window, both windows of each burn check, and for
 * a calendar SLO that low_traffic may exempt, its shortest period as a rolling window: early in a
 * period its elapsed part holds few events even for a busy service, and the exemption is for SLOs
 * whose window holds too few events, not for the first hours of every month.
 */
export function windowsFor(slo: SloSpec): string[] {
  const windows = [slo.window, slo.burnRateWindow]
  for (const check of checksFor(slo)) {
    windows.push(check.longWindow, check.shortWindow)
  }
  if (slo.calendar && slo.lowTraffic === 'allow')
    windows.push(`${SHORTEST_PERIOD[slo.calendar.unit] / 86400}d`)
  return uniqueWindows(windows)
}

/**
 * A calendar SLO at the evaluation time: its window becomes the seconds elapsed since the period
 * started (`increase(x[<seconds>s])`), and the period is kept for the figures. An SLO already
 * resolved at one instant is resolved again at another (the forecast's and the backtest's).
 */
export function atEvaluationTime(slo: SloSpec, time: Date): SloSpec {
  const unit = slo.calendar?.unit ?? (isCalendarUnit(slo.window) ? slo.window : undefined)
  if (!unit) return slo
  const calendar = periodAt(unit, slo.timeZone, time)
  const elapsed = Math.max(1, Math.floor((time.getTime() - calendar.start) / 1000))
  return { ...slo, window: `${elapsed}s`, calendar }
}

/** How the reasons name the SLO window: a calendar one by its period. */
export function windowName(slo: SloSpec): string {
  const c = slo.calendar
  return c
    ? `the ${c.unit} to date (${slo.window} since ${iso(c.start / 1000)}, ${c.timeZone})`
    : slo.window
}

/** The window column of the reports: `month (Europe/Berlin)` for a calendar window. */
export const shownWindow = (slo: SloSpec): string =>
  slo.calendar ? `${slo.calendar.unit} (${slo.calendar.timeZone})` : slo.window

/** Where a calendar SLO stands in its period at `time`, given its days to exhaustion. */
export function periodFigures(
  slo: SloSpec,
  time: Date,
  days: number | null
): PeriodFigures | undefined {
  const c = slo.calendar
  if (!c) return undefined
  const daysLeft = (c.end - time.getTime()) / 86400_000
  const elapsedDays = parseDuration(slo.window) / 86400
  return {
    unit: c.unit,
    timeZone: c.timeZone,
    start: iso(c.start / 1000),
    end: iso(c.end / 1000),
    hours: (c.end - c.start) / 3600_000,
    elapsedDays,
    daysLeft,
    lastsToEnd: days === null ? null : days >= daysLeft,
    early: elapsedDays < 1
  }
}
