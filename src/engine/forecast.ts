/**
 * The recovery forecast of a blocking SLO: the first instant at which it no longer blocks, in two
 * cases. At the current burn, traffic and error ratio go on as over burn_rate_window; if errors
 * stopped now, the traffic goes on without bad events. Meanwhile the events already counted age
 * out of a rolling window (their steps come from a range query), and a calendar window starts
 * afresh at its next period. Every instant is judged by assessSlo, the gate's own assessment, on
 * the figures the window would hold then: thresholds, burn tiers, low traffic and exclusions are
 * the gate's rules, never written again here. Pure; it never changes the decision.
 */
import { assessSlo } from './assess.js'
import { statusFromRemaining } from './budget.js'
import { periodAt } from './calendar.js'
import type { GateConfig } from './config.js'
import { parseDuration } from './duration.js'
import { countsBetween, type EventHistory } from './history.js'
import { overlaps } from './plan.js'
import type { Outcome, SloFigures, SloResult, WindowReading } from './result.js'
import type { SloSpec } from './slo.js'
import type { Status } from './status.js'
import { atEvaluationTime, sameWindow, windowsFor } from './windows.js'

/** The budget left at one instant of a forecast (null: the SLO could not be judged then). */
export interface ForecastPoint {
  at: Date
  remaining: number | null
}

/** When one case of the forecast unblocks (`never`: not before the horizon), and its path there. */
export interface Recovery {
  at: Date | 'never'
  points: ForecastPoint[]
}

export type SloForecast =
  | {
      /** The budget left (percent) above which the budget's status no longer blocks. */
      threshold: number
      /** Whether the budget's own status blocks now (otherwise a burn tier does). */
      budgetBlocks: boolean
      /** The last instant judged: the window has been wholly replaced by then. */
      horizon: Date
      stepSeconds: number
      atCurrentBurn: Recovery
      ifErrorsStop: Recovery
    }
  | { unavailable: string }

export const isForecast = (
  forecast: SloForecast | undefined
): forecast is Exclude<SloForecast, { unavailable: string }> =>
  forecast !== undefined && !('unavailable' in forecast)

/** The lowest status that blocks, lowest first; its threshold is where the budget unblocks. */
const BLOCKING_LEVELS: [Status, keyof SloSpec['thresholds'] | null][] = [
  ['CAUTION', 'caution'],
  ['WARNING', 'warning'],
  ['FREEZE', 'freeze'],
  ['EXHAUSTED', null]
]

/** The budget left (percent) above which the SLO's budget status does not block. */
export function unblockThreshold(slo: SloSpec): number {
  const level = BLOCKING_LEVELS.find(([status]) => slo.blockOn.includes(status))
  return level?.[1] ? slo.thresholds[level[1]] : 0
}

/** The forecast's step: an hour, or a 24th of a window shorter than a day (never under a minute). */
export function forecastStep(slo: SloSpec): number {
  const window = parseDuration(slo.window)
  return slo.calendar || window >= 86400 ? 3600 : Math.max(60, Math.floor(window / 24 / 60) * 60)
}

/**
 * How far back the forecast needs the events: the longest window it ages out (a calendar
 * window's own part is the gate's reading; only its burn windows reach back).
 */
export function historySeconds(slo: SloSpec): number {
  const windows = windowsFor(slo).filter(w => !(slo.calendar && sameWindow(w, slo.window)))
  return Math.max(0, ...windows.map(parseDuration))
}

export interface ForecastInput {
  /** The SLO as the gate assessed it (what it queried, a calendar window resolved at `time`). */
  slo: SloSpec
  /** The figures the gate judged it from. */
  figures: SloFigures
  /** The gate's assessment of it: it blocks. */
  result: SloResult
  /** The steps of its two queries up to `time`, over historySeconds(slo) at forecastStep(slo). */
  history: EventHistory
  onError: GateConfig['onError']
  time: Date
}

const add = (outcome: Outcome, extra: number): Outcome =>
  outcome.ok ? { ok: true, value: outcome.value + extra } : outcome

/** Bad events cannot outnumber events: the share of a step taken from each query is the same. */
function capped(reading: WindowReading): WindowReading {
  const { errors, total } = reading
  if (errors.ok && total.ok && errors.value > total.value)
    return { ...reading, errors: { ok: true, value: total.value } }
  return reading
}

/** The instants judged: every step up to the horizon, and the start of the next period. */
function instants(slo: SloSpec, now: number, step: number): { at: number[]; horizon: number } {
  const c = slo.calendar
  const horizon = c
    ? periodAt(c.unit, c.timeZone, new Date(c.end)).end / 1000
    : now + parseDuration(slo.window)
  const at: number[] = []
  for (let t = now + step; t < horizon + step - 1e-6; t += step) at.push(Math.min(t, horizon))
  if (c && c.end / 1000 > now) at.push(c.end / 1000)
  return { at: [...new Set(at)].sort((a, b) => a - b), horizon }
}

/** Pure: the forecast of one blocking SLO. */
export function forecastSlo(input: ForecastInput): SloForecast {
  const { slo, figures, result, history } = input
  const now = input.time.getTime() / 1000
  const step = forecastStep(slo)
  const burn = result.windows.find(w => sameWindow(w.window, slo.burnRateWindow))
  if (!burn || burn.errors === null || burn.total === null)
    return { unavailable: `the burn over ${slo.burnRateWindow} is unknown` }
  const seconds = parseDuration(slo.burnRateWindow)
  const rate = { errors: burn.errors / seconds, total: burn.total / seconds }
  const main = figures.windows.find(w => sameWindow(w.window, slo.window))

  /** What the gate would read over each window at `t`, with bad events at `errorRate`. */
  const figuresAt = (spec: SloSpec, t: number, errorRate: number): SloFigures => ({
    windows: windowsFor(spec).map(window => {
      const from = t - parseDuration(window)
      const ahead = t - Math.max(now, from)
      const extra = { errors: errorRate * ahead, total: rate.total * ahead }
      // The period to date, as the gate read it, and what comes after it in the same period.
      const samePeriod = spec.calendar && spec.calendar.start === slo.calendar?.start
      if (main && samePeriod && sameWindow(window, spec.window))
        return capped({
          ...main,
          window,
          errors: add(main.errors, extra.errors),
          total: add(main.total, extra.total)
        })
      const counts =
        from < now
          ? countsBetween(history, from, now, extra)
          : {
              errors: add({ ok: true, value: 0 }, extra.errors),
              total: add({ ok: true, value: 0 }, extra.total)
            }
      const excluded = overlaps(spec, window, t).map(({ exclusion, range }) => ({
        exclusion,
        range,
        ...countsBetween(history, range.end - range.seconds, range.end)
      }))
      return capped({ window, ...counts, excluded })
    })
  })

  const { at, horizon } = instants(slo, now, step)
  const cases = [
    { errorRate: rate.errors, recovery: { at: 'never', points: [] } as Recovery },
    { errorRate: 0, recovery: { at: 'never', points: [] } as Recovery }
  ]
  for (const t of at) {
    if (cases.every(c => c.recovery.at !== 'never')) break
    const spec = atEvaluationTime(slo, new Date(t * 1000))
    for (const c of cases) {
      const judged = assessSlo(
        spec,
        figuresAt(spec, t, c.errorRate),
        input.onError,
        new Date(t * 1000)
      )
      if (judged.status === 'ERROR')
        return {
          unavailable: `the SLO cannot be judged at ${new Date(t * 1000).toISOString()}: ${judged.error}`
        }
      c.recovery.points.push({ at: new Date(t * 1000), remaining: judged.budgetRemaining })
      if (c.recovery.at === 'never' && !judged.blocks) c.recovery.at = new Date(t * 1000)
    }
  }
  const budgetStatus =
    result.budgetRemaining === null
      ? 'ERROR'
      : statusFromRemaining(result.budgetRemaining, slo.thresholds)
  return {
    threshold: unblockThreshold(slo),
    budgetBlocks: budgetStatus === 'EXHAUSTED' || slo.blockOn.includes(budgetStatus),
    horizon: new Date(horizon * 1000),
    stepSeconds: step,
    atCurrentBurn: cases[0].recovery,
    ifErrorsStop: cases[1].recovery
  }
}

/** When the deploy unblocks: `unknown` when a forecast cannot be made (`reason` says why). */
export type Unblock = Date | 'never' | 'unknown'

export interface GateForecast {
  atCurrentBurn: Unblock
  ifErrorsStop: Unblock
  /** Why the forecast is unknown. */
  reason?: string
  /** The blocking SLO that unblocks last at the current burn. */
  last?: SloResult
}

/** The later of two unblocks: never beats any instant, unknown beats both. */
function later(a: Unblock, b: Unblock): Unblock {
  if (a === 'unknown' || b === 'unknown') return 'unknown'
  if (a === 'never' || b === 'never') return 'never'
  return a.getTime() >= b.getTime() ? a : b
}

/**
 * Pure: when a blocked gate unblocks, the last of its blocking SLOs (the others are taken to stay
 * as they are). A freeze file blocks until it is removed: no forecast then.
 */
export function gateForecast(results: SloResult[], freeze?: { file: string }): GateForecast {
  if (freeze)
    return {
      atCurrentBurn: 'unknown',
      ifErrorsStop: 'unknown',
      reason: `the freeze file ${freeze.file} blocks until it is removed`
    }
  const forecast: GateForecast = { atCurrentBurn: new Date(0), ifErrorsStop: new Date(0) }
  for (const slo of results.filter(r => r.blocks)) {
    const f = slo.forecast
    if (!isForecast(f)) {
      const why = f?.unavailable ?? 'no forecast was made'
      return {
        atCurrentBurn: 'unknown',
        ifErrorsStop: 'unknown',
        reason: `${slo.name}: ${why}`,
        last: slo
      }
    }
    const before = forecast.atCurrentBurn
    forecast.atCurrentBurn = later(before, f.atCurrentBurn.at)
    forecast.ifErrorsStop = later(forecast.ifErrorsStop, f.ifErrorsStop.at)
    if (forecast.last === undefined || forecast.atCurrentBurn !== before) forecast.last = slo
  }
  return forecast
}
