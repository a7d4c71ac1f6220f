/**
 * The recovery forecast in words, outputs and JSON, for every channel: "at the current burn the
 * budget is back above 50 % on Tue 9 Dec about 14:00 UTC, 3 days sooner if errors stop now".
 * Text a user or a server influenced (an SLO's name, why a forecast is unknown) goes through the
 * caller's escaping for where it is shown.
 */
import { iso } from '../engine/exclusions.js'
import { isForecast, type SloForecast, type Unblock } from '../engine/forecast.js'
import type { GateResult, SloResult } from '../engine/result.js'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `Tue 9 Dec about 14:00 UTC` (to the nearest hour; the year when it is not the evaluation's). */
export function aboutTime(at: Date, now: Date): string {
  const hour = new Date(Math.round(at.getTime() / 3600_000) * 3600_000)
  const year = hour.getUTCFullYear() === now.getUTCFullYear() ? '' : ` ${hour.getUTCFullYear()}`
  const hh = String(hour.getUTCHours()).padStart(2, '0')
  return `${DAYS[hour.getUTCDay()]} ${hour.getUTCDate()} ${MONTHS[hour.getUTCMonth()]}${year} about ${hh}:00 UTC`
}

/** How much sooner `early` is than `late`: days when a day or more, hours otherwise. */
function sooner(early: Date, late: Date): string {
  const hours = Math.round((late.getTime() - early.getTime()) / 3600_000)
  if (hours <= 0) return 'the same'
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} sooner`
  const days = Math.round(hours / 24)
  return `${days} day${days === 1 ? '' : 's'} sooner`
}

/** An unblock instant as the outputs give it: ISO 8601, `never` or `unknown`. */
export const unblockText = (at: Unblock | undefined): string =>
  at === undefined ? 'unknown' : at instanceof Date ? iso(at.getTime() / 1000) : at

/** What comes back, for the SLO that unblocks last: its budget, or its burn tiers. */
function subject(
  slo: SloResult,
  forecast: Exclude<SloForecast, { unavailable: string }>,
  many: boolean
) {
  const of = many ? ` of ${slo.name} (the last SLO to unblock)` : ''
  return forecast.budgetBlocks
    ? {
        yes: `the budget${of} is back above ${forecast.threshold} %`,
        no: `the budget${of} is not back above ${forecast.threshold} %`
      }
    : {
        yes: `the burn tiers${of} stop firing`,
        no: `the burn tiers${of} do not stop firing`
      }
}

/** Where a forecast stops looking: the window for a rolling one, the next period for a calendar one. */
function withinText(slo: SloResult): string {
  return slo.period
    ? `by the end of the next ${slo.period.unit}`
    : `within the ${slo.window} window`
}

/**
 * The forecast of a blocked gate in one sentence, undefined when it is not blocked or the
 * forecast is off. `escape` makes outside text safe for the destination.
 */
export function forecastSentence(
  result: GateResult,
  escape: (text: string) => string = text => text
): string | undefined {
  const gate = result.forecast
  if (!result.blocked || !gate) return undefined
  const slo = gate.last
  const forecast = slo?.forecast
  if (gate.atCurrentBurn === 'unknown' || !slo || !isForecast(forecast))
    return `no forecast of when it unblocks: ${escape(gate.reason ?? 'unknown')}`
  const many = result.slos.filter(s => s.blocks).length > 1
  const what = subject(slo, forecast, many)
  const named = { yes: escape(what.yes), no: escape(what.no) }
  const within = withinText(slo)
  const now = result.evaluationTime
  const current = gate.atCurrentBurn
  const stopped = gate.ifErrorsStop
  if (current instanceof Date) {
    if (stopped instanceof Date)
      return `at the current burn ${named.yes} on ${aboutTime(current, now)}, ${sooner(stopped, current)} if errors stop now`
    return `at the current burn ${named.yes} on ${aboutTime(current, now)}; if errors stop now, not ${within}`
  }
  if (stopped instanceof Date)
    return `at the current burn ${named.no} ${within}; if errors stop now, on ${aboutTime(stopped, now)}`
  return `${named.no} ${within}, even if errors stop now`
}

/** The outputs `unblocks_at` and `unblocks_at_if_errors_stop`: empty when not blocked. */
export function forecastOutputs(result: GateResult): Record<string, string> {
  if (!result.blocked) return { unblocks_at: '', unblocks_at_if_errors_stop: '' }
  return {
    unblocks_at: unblockText(result.forecast?.atCurrentBurn),
    unblocks_at_if_errors_stop: unblockText(result.forecast?.ifErrorsStop)
  }
}

/** The gate's forecast in the JSON report (null when not blocked). */
export function forecastJson(result: GateResult): Record<string, unknown> | null {
  if (!result.blocked) return null
  const gate = result.forecast
  return {
    ...forecastOutputs(result),
    sentence: forecastSentence(result) ?? null,
    last_slo: gate?.last?.name ?? null,
    unknown_because: !gate ? 'the forecast is off' : (gate.reason ?? null)
  }
}

/** One SLO's forecast in the JSON report (null when it does not block or the forecast is off). */
export function sloForecastJson(slo: SloResult): Record<string, unknown> | null {
  const f = slo.forecast
  if (!f) return null
  if (!isForecast(f)) return { unavailable: f.unavailable }
  return {
    unblocks_at: unblockText(f.atCurrentBurn.at),
    unblocks_at_if_errors_stop: unblockText(f.ifErrorsStop.at),
    threshold: f.threshold,
    budget_blocks: f.budgetBlocks,
    horizon: iso(f.horizon.getTime() / 1000),
    step_seconds: f.stepSeconds
  }
}
