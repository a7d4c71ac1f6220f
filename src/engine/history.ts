/**
 * The events of the past, step by step: one range query per SLO query, `increase(q[<step>])` at
 * every step of a grid (adjacent ranges, so Prometheus reads each sample once), and the events
 * over any interval of it added up from those steps. The forecast ages the past out of a window
 * with it; the backtest rebuilds every window of every past step from it. Pure.
 */
import { formatDuration } from './duration.js'
import { iso } from './exclusions.js'
import type { Outcome } from './result.js'
import { expandQuery } from './rules.js'
import type { StepAnswer, StepGrid, StepQuery, StepValues } from './range-queries.js'

/**
 * Events per step: step `i` (1..n) holds the increase over (start + (i-1)·step, start + i·step].
 * `undefined`: no sample for that step; NaN or ±Inf: a value no count can be.
 */
export interface Steps {
  start: number
  step: number
  values: (number | undefined)[]
}

/** The events of both queries of an SLO over the grid, and where the data begins. */
export interface EventHistory {
  errors: Steps
  total: Steps
  /**
   * The end of the first step with traffic (Unix seconds): the data begins within that step, so
   * only from its end is a window known to hold everything; the grid's start when the first step
   * has traffic. Undefined: no traffic at all.
   */
  dataBegins?: number
}

/** The grid query of one SLO query's steps over (start, end]. */
export function stepQuery(template: string, start: number, end: number, step: number): StepQuery {
  const promql = expandQuery(template, formatDuration(step))
  const grid: StepGrid = { start: start + step, end, step }
  return { key: `steps ${start} ${end} ${step} ${promql}`, promql, grid }
}

/** Pure: one query's steps from its answer, or why they cannot be used. */
export function stepsFrom(query: StepQuery, answer: StepAnswer | undefined): Steps | string {
  if (!answer) return 'the range query was not run'
  if (!answer.ok) return answer.message
  if (answer.series.size > 1) return 'the query returned several series where one is expected'
  const [values]: (StepValues | undefined)[] = [...answer.series.values()]
  if (values && !values.ok) return values.message
  const { start, end, step } = query.grid
  const count = Math.round((end - start) / step) + 1
  return {
    start: start - step,
    step,
    values: Array.from({ length: count }, (_, i) => values?.values.get(start + i * step))
  }
}

/** Pure: the history of an SLO from the steps of its two queries. */
export function historyOf(errors: Steps, total: Steps): EventHistory {
  const first = total.values.findIndex(v => v !== undefined)
  return {
    errors,
    total,
    // Data in the very first step may reach further back: it is known from the grid's start.
    dataBegins:
      first < 0 ? undefined : first === 0 ? total.start : total.start + (first + 1) * total.step
  }
}

/** What the steps say about an interval: the events (whole steps, and parts of the two at its ends). */
export interface Sum {
  value: number
  /** Steps with a sample that the interval touches. */
  seen: number
  /** Steps wholly inside the interval. */
  whole: number
  /** Steps without a sample that the interval touches after the data began: a gap. */
  gaps: number[]
  /** The end of a step whose value is no count (NaN, ±Inf). */
  invalid?: number
}

/** Running sums of a history's steps, so that any interval adds up in constant time. */
interface Prefix {
  /** Events of steps [0, i). */
  events: Float64Array
  /** Steps with a count in [0, i). */
  seen: Int32Array
  /** Indices of steps without a sample, and of steps whose value is no count, ascending. */
  missing: number[]
  invalid: number[]
}

const prefixes = new WeakMap<Steps, Prefix>()

function prefixOf(steps: Steps): Prefix {
  const known = prefixes.get(steps)
  if (known) return known
  const n = steps.values.length
  const prefix: Prefix = {
    events: new Float64Array(n + 1),
    seen: new Int32Array(n + 1),
    missing: [],
    invalid: []
  }
  steps.values.forEach((value, i) => {
    const counted = value !== undefined && Number.isFinite(value)
    if (value === undefined) prefix.missing.push(i)
    else if (!counted) prefix.invalid.push(i)
    prefix.events[i + 1] = prefix.events[i] + (counted ? value : 0)
    prefix.seen[i + 1] = prefix.seen[i] + (counted ? 1 : 0)
  })
  prefixes.set(steps, prefix)
  return prefix
}

/** The first index in an ascending list at or above `low`. */
function lowerBound(list: number[], low: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid] < low) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The entries of an ascending list within [low, high]. */
function within(list: number[], low: number, high: number): number[] {
  const out: number[] = []
  for (let i = lowerBound(list, low); i < list.length && list[i] <= high; i++) out.push(list[i])
  return out
}

/**
 * The events over (from, to]: the steps inside it, and a share of a step cut by either end (the
 * events of a step are taken as spread evenly over it). Clipped to the grid.
 */
export function sumBetween(steps: Steps, from: number, to: number, dataBegins?: number): Sum {
  const sum: Sum = { value: 0, seen: 0, whole: 0, gaps: [] }
  const low = Math.max(from, steps.start)
  const high = Math.min(to, steps.start + steps.values.length * steps.step)
  if (!(high > low)) return sum
  const at = (t: number): number => (t - steps.start) / steps.step
  const first = Math.floor(at(low) + 1e-9)
  const last = Math.ceil(at(high) - 1e-9) - 1
  // Steps wholly inside: [wholeFirst, wholeLast].
  const wholeFirst = Math.ceil(at(low) - 1e-9)
  const wholeLast = Math.floor(at(high) + 1e-9) - 1
  const prefix = prefixOf(steps)
  if (wholeLast >= wholeFirst) {
    sum.whole = wholeLast - wholeFirst + 1
    sum.value = prefix.events[wholeLast + 1] - prefix.events[wholeFirst]
    sum.seen = prefix.seen[wholeLast + 1] - prefix.seen[wholeFirst]
  }
  for (const i of new Set([first, last])) {
    if (i >= wholeFirst && i <= wholeLast) continue
    const stepStart = steps.start + i * steps.step
    const share = (Math.min(high, stepStart + steps.step) - Math.max(low, stepStart)) / steps.step
    const value = steps.values[i]
    if (share <= 0 || value === undefined || !Number.isFinite(value)) continue
    sum.seen++
    sum.value += share * value
  }
  const bad = within(prefix.invalid, first, last)
  if (bad.length) sum.invalid = steps.start + (bad[0] + 1) * steps.step
  if (dataBegins !== undefined) {
    const begun = Math.max(first, Math.ceil(at(dataBegins) - 1e-9))
    sum.gaps = within(prefix.missing, begun, last).map(i => steps.start + (i + 1) * steps.step)
  }
  return sum
}

/**
 * The two counts of a window over (from, to] as the assessment reads them, plus `extra` events
 * (a forecast's projected part, which also makes the window hold data). No sample at all in a
 * window without extra events is "no data", as the gate's own query would answer. Steps of the
 * total without a sample after the data began are a gap: doubt, never zero events. Steps of the
 * errors without a sample are none (a counter that did not exist yet, or saw no increase).
 */
export function countsBetween(
  history: EventHistory,
  from: number,
  to: number,
  extra?: { errors: number; total: number }
): { errors: Outcome; total: Outcome } {
  const errors = sumBetween(history.errors, from, to)
  const total = sumBetween(history.total, from, to, history.dataBegins)
  return {
    errors: outcomeOf(errors, extra?.errors),
    total: outcomeOf(total, extra?.total)
  }
}

const NO_DATA = 'no data: the query matched no series (check the metric names and labels)'

function outcomeOf(sum: Sum, extra: number | undefined): Outcome {
  const unit = 'step'
  if (sum.invalid !== undefined)
    return {
      ok: false,
      message: `the query returned a value that is no count for the ${unit} ending at ${iso(sum.invalid)}`
    }
  if (sum.gaps.length)
    return {
      ok: false,
      message: `no data for ${sum.gaps.length} ${unit}${sum.gaps.length > 1 ? 's' : ''} of the window (the first ending at ${iso(sum.gaps[0])}, after the data began): a gap in the data is doubt, not zero events`
    }
  if (sum.seen === 0 && extra === undefined) return { ok: false, message: NO_DATA, noData: true }
  return { ok: true, value: sum.value + (extra ?? 0) }
}
