/**
 * The burn-down chart's data: the budget left at the end of each day of the SLO window,
 * `left(d) = 100 × (1 − bad(start..d) / ((1 − target) × total(start..now)))`.
 *
 * The days come from one range query per distinct error query, `increase(q[1d])` every day from
 * the window's start: adjacent, non-overlapping ranges, so Prometheus reads each sample once. The
 * denominator is the whole window's total, which the instant queries already measured, so the total
 * query needs no range query. A chart that cannot be drawn is `{ unavailable }`: it never changes
 * a status.
 */
import { formatDuration, parseDuration } from './duration.js'
import type { SloSpec } from './slo.js'
import type { EndpointHealth, Limiter } from './concurrency.js'
import { runRangeQueries, type RangeQuery } from './range-queries.js'
import { expandQuery, isRatioSlo } from './rules.js'
import { parseSampleValue, type QueryClient, type QueryRange } from '../prometheus/api.js'

const DAY = 86400
/** At most this many steps: a 90d window is drawn day by day, a 365d one every 5 days. */
export const MAX_STEPS = 90

export interface DailyPoint {
  /** The end of the day (the window's start for the first point, the evaluation time for the last). */
  at: Date
  /** Percent of the whole window's budget left at `at`. */
  remaining: number
}

export interface DailySeries {
  points: DailyPoint[]
  /** Said under the chart (days without data; later: excluded intervals). */
  notes: string[]
}

export type DailyBudget = DailySeries | { unavailable: string }

export const isDrawable = (daily: DailyBudget | undefined): daily is DailySeries =>
  daily !== undefined && 'points' in daily

/** One range query of the chart (same key, same request: SLOs that share an error query share it). */
export type DailyQuery = RangeQuery

/** The days of one SLO's chart: `count` steps of `stepSeconds` from `start`, then the evaluation time. */
export interface DailyPlan {
  start: Date
  stepSeconds: number
  count: number
  /** Absent when the window is shorter than one step: the chart is its two ends. */
  query?: DailyQuery
}

/**
 * Where the SLO window starts: `time − window` for a rolling window. The one place to change for
 * windows that start elsewhere (a calendar month); the days are counted from here.
 */
export function windowStart(slo: SloSpec, time: Date): Date {
  return new Date(time.getTime() - parseDuration(slo.window) * 1000)
}

export function planDaily(
  slo: SloSpec,
  time: Date,
  start = windowStart(slo, time)
): DailyPlan | { unavailable: string } {
  if (isRatioSlo(slo)) {
    return {
      unavailable:
        'the SLI is an error ratio, not event counts, so its days cannot be added up into a budget'
    }
  }
  const span = (time.getTime() - start.getTime()) / 1000
  const stepSeconds = Math.max(1, Math.ceil(span / DAY / MAX_STEPS)) * DAY
  const count = Math.floor(span / stepSeconds)
  if (count === 0) return { start, stepSeconds, count }
  const promql = expandQuery(slo.errorQuery, formatDuration(stepSeconds))
  const range: QueryRange = {
    start: new Date(start.getTime() + stepSeconds * 1000),
    end: new Date(start.getTime() + count * stepSeconds * 1000),
    stepSeconds
  }
  const key = `${range.start.getTime()} ${stepSeconds} ${count} ${promql}`
  return { start, stepSeconds, count, query: { key, promql, range } }
}

/** Bad events per step, by step number (1 = the first day); a step without a sample is absent. */
export type DailyAnswer = { ok: true; errors: Map<number, number> } | { ok: false; message: string }

/** How many steps a range query asks for. */
const stepsOf = ({ range }: DailyQuery): number =>
  Math.round((range.end.getTime() - range.start.getTime()) / 1000 / range.stepSeconds) + 1

/** Pure: the matrix of one range query as errors per step, or why it cannot be used. */
export function readMatrix(
  series: { metric?: Record<string, string>; values?: [number, string][] }[],
  query: DailyQuery
): DailyAnswer {
  if (series.length > 1) {
    return {
      ok: false,
      message: `the error query returned ${series.length} series per day where one is expected (wrap it in sum())`
    }
  }
  const errors = new Map<number, number>()
  const first = query.range.start.getTime() / 1000
  for (const [at, text] of series[0]?.values ?? []) {
    const value = parseSampleValue(text)
    if (!Number.isFinite(value) || value < 0)
      return { ok: false, message: `the error query returned ${text} for a day` }
    const step = 1 + Math.round((at - first) / query.range.stepSeconds)
    const expected = first + (step - 1) * query.range.stepSeconds
    // An engine that moves the steps (VictoriaMetrics' cache aligns them to multiples of the
    // step) would put each day's errors on the wrong day: no chart rather than a wrong one.
    if (Math.abs(at - expected) > 1 || step < 1 || step > stepsOf(query))
      return {
        ok: false,
        message: `the engine answered for ${new Date(at * 1000).toISOString()}, not at the end of a day of the window (does it align query_range steps?)`
      }
    errors.set(step, value)
  }
  return { ok: true, errors }
}

/**
 * Runs each distinct range query once through the shared limiter (after the decision's queries,
 * which were queued first). Never throws: a failure becomes the chart's `unavailable` reason.
 */
export async function runDailyQueries(
  client: QueryClient,
  plans: (DailyPlan | { unavailable: string })[],
  slots: Limiter,
  signal?: AbortSignal,
  endpoint: EndpointHealth = {}
): Promise<{ answers: Map<string, DailyAnswer>; sent: number }> {
  const queries = plans.flatMap(plan => ('query' in plan && plan.query ? [plan.query] : []))
  const run = await runRangeQueries(client, queries, slots, signal, endpoint)
  const answers = new Map<string, DailyAnswer>()
  for (const query of queries) {
    const answer = run.answers.get(query.key)!
    answers.set(query.key, answer.ok ? readMatrix(answer.series, query) : answer)
  }
  return { answers, sent: run.sent }
}

/**
 * Pure: the chart of one evaluated SLO. `remaining` and `total` are the instant figures over the
 * whole window, so the last point is exactly the budget_remaining the gate decided on.
 */
export function dailyBudget(
  plan: DailyPlan | { unavailable: string },
  answers: Map<string, DailyAnswer>,
  slo: { target: number; remaining: number | null; total: number | null },
  time: Date
): DailyBudget {
  if ('unavailable' in plan) return plan
  if (slo.remaining === null || slo.total === null || slo.total <= 0)
    return { unavailable: 'the budget is unknown' }
  const answer: DailyAnswer = plan.query
    ? (answers.get(plan.query.key) ?? { ok: false, message: 'the range query was not run' })
    : { ok: true, errors: new Map() }
  if (!answer.ok) return { unavailable: `the daily range query failed: ${answer.message}` }
  const budget = (1 - slo.target / 100) * slo.total
  const points: DailyPoint[] = [{ at: plan.start, remaining: 100 }]
  let bad = 0
  let missing = 0
  for (let step = 1; step <= plan.count; step++) {
    const errors = answer.errors.get(step)
    if (errors === undefined) missing++
    bad += errors ?? 0
    const at = new Date(plan.start.getTime() + step * plan.stepSeconds * 1000)
    points.push({ at, remaining: 100 * (1 - bad / budget) })
  }
  // The last point is the decision's own figure: the end of the last full day, or now.
  const last = points[points.length - 1]
  if (points.length > 1 && time.getTime() - last.at.getTime() < 1000) last.remaining = slo.remaining
  else points.push({ at: time, remaining: slo.remaining })
  const unit = plan.stepSeconds === DAY ? 'days' : `steps of ${formatDuration(plan.stepSeconds)}`
  const notes =
    missing > 0 ? [`no data for ${missing} of the ${plan.count} ${unit}; counted as no errors`] : []
  return { points, notes }
}
