/**
 * The backtest of a policy: the status the gate would have given at every step of a past range,
 * from range queries (the steps of each SLO query, and the windows shorter than a step read at
 * every step), every step judged by assessSlo and decideGate, the gate's own rules. Windows that
 * reach before the data begins are not judged: reported as such, never guessed. Pure.
 */
import { assessSlo, decideGate } from './assess.js'
import type { GateConfig } from './config.js'
import { parseDuration } from './duration.js'
import { iso } from './exclusions.js'
import { countsBetween, stepQuery, type EventHistory } from './history.js'
import { batchQuery, overlaps, WINDOW_LABEL } from './plan.js'
import type { StepQuery, StepValues } from './range-queries.js'
import type { Outcome, SloFigures, SloResult } from './result.js'
import type { SloSpec } from './slo.js'
import type { Status } from './status.js'
import { atEvaluationTime, sameWindow, windowsFor } from './windows.js'

/** The steps judged: from `from` to `to` (Unix seconds, both on the grid) every `step` seconds. */
export interface BacktestRange {
  from: number
  to: number
  step: number
}

export const stepTimes = (range: BacktestRange): number[] =>
  Array.from(
    { length: Math.round((range.to - range.from) / range.step) + 1 },
    (_, i) => range.from + i * range.step
  )

/**
 * The windows of an SLO read at every step rather than added up from steps: those that are no
 * whole number of steps (a calendar window is always added up: it grows step by step).
 */
export function directWindows(slo: SloSpec, range: BacktestRange): string[] {
  const spec = atEvaluationTime(slo, new Date(range.from * 1000))
  return windowsFor(spec).filter(
    w => !(spec.calendar && sameWindow(w, spec.window)) && parseDuration(w) % range.step !== 0
  )
}

/** Where an SLO's steps must begin: the earliest start of any window it is judged over. */
export function historyStart(slo: SloSpec, range: BacktestRange): number {
  const spec = atEvaluationTime(slo, new Date(range.from * 1000))
  const starts = windowsFor(spec).map(w => range.from - parseDuration(w))
  return Math.floor(Math.min(...starts) / range.step) * range.step
}

/** The range queries of one SLO: its two queries' steps, and its direct windows batched. */
export interface BacktestQueries {
  errors: StepQuery
  total: StepQuery
  direct?: { windows: string[]; errors: StepQuery; total: StepQuery }
}

export function planBacktest(slo: SloSpec, range: BacktestRange): BacktestQueries {
  const start = historyStart(slo, range)
  const windows = directWindows(slo, range)
  const grid = { start: range.from, end: range.to, step: range.step }
  const batched = (template: string): StepQuery => {
    const promql = batchQuery({ template, windows })
    return {
      key: `direct ${range.from} ${range.to} ${range.step} ${promql}`,
      promql,
      grid,
      label: WINDOW_LABEL
    }
  }
  return {
    errors: stepQuery(slo.errorQuery, start, range.to, range.step),
    total: stepQuery(slo.totalQuery, start, range.to, range.step),
    direct: windows.length
      ? { windows, errors: batched(slo.errorQuery), total: batched(slo.totalQuery) }
      : undefined
  }
}

/** What was read for one SLO: its history, each direct window's values, or why nothing can be. */
export interface BacktestSeries {
  slo: SloSpec
  history: EventHistory | { failed: string }
  /** By window text: the values of both queries at every step. */
  direct: Map<string, { errors: StepValues; total: StepValues }>
}

/** One SLO at one step: its result, or why it was not judged. */
export type SloStep = { result: SloResult } | { notJudged: string }

/** The gate at one step; `status` null when an SLO was not judged then. */
export interface GateStep {
  at: number
  status: Status | null
  blocked: boolean | null
  reasons: string[]
  slos: SloStep[]
}

const failed = (message: string): Outcome => ({ ok: false, message })

function directOutcome(values: StepValues | undefined, at: number): Outcome {
  if (!values) return { ok: false, message: 'no data: the query matched no series', noData: true }
  if (!values.ok) return failed(values.message)
  const value = values.values.get(at)
  if (value === undefined)
    return { ok: false, message: 'no data: the query matched no series', noData: true }
  return Number.isFinite(value) ? { ok: true, value } : failed(`the query returned ${value}`)
}

/** The figures of one SLO at step `t`, as the gate would have read them, or why they cannot be. */
function figuresAt(series: BacktestSeries, spec: SloSpec, t: number): SloFigures | string {
  const history = series.history
  const main = parseDuration(spec.window)
  if (!('failed' in history)) {
    if (history.dataBegins === undefined) return 'the total query has no data in the whole range'
    if (t - main < history.dataBegins - 1e-6)
      return `the ${spec.calendar ? spec.calendar.unit : spec.window} window ending at ${iso(t)} reaches before the data begins (${iso(history.dataBegins)})`
  }
  return {
    windows: windowsFor(spec).map(window => {
      const seconds = parseDuration(window)
      const direct = series.direct.get(window)
      if ('failed' in history)
        return {
          window,
          errors: failed(history.failed),
          total: failed(history.failed),
          excluded: []
        }
      const excluded = overlaps(spec, window, t).map(({ exclusion, range }) => ({
        exclusion,
        range,
        ...countsBetween(history, range.end - range.seconds, range.end)
      }))
      if (direct && !(spec.calendar && sameWindow(window, spec.window)))
        return {
          window,
          errors: directOutcome(direct.errors, t),
          total: directOutcome(direct.total, t),
          excluded
        }
      return { window, ...countsBetween(history, t - seconds, t), excluded }
    })
  }
}

/** Pure: every step of the range judged, SLO by SLO, then the gate. */
export function judgeSteps(
  series: BacktestSeries[],
  range: BacktestRange,
  onError: GateConfig['onError']
): GateStep[] {
  return stepTimes(range).map(at => {
    const time = new Date(at * 1000)
    const slos = series.map((s): SloStep => {
      // A step on a period's first instant stands for the period that ends there: the new one
      // holds no sample yet (the gate answers ERROR for its first minutes, not for an hour).
      const now = atEvaluationTime(s.slo, time)
      const spec =
        now.calendar?.start === at * 1000
          ? atEvaluationTime(s.slo, new Date(at * 1000 - 1000))
          : now
      const figures = figuresAt(s, spec, at)
      if (typeof figures === 'string') return { notJudged: figures }
      return { result: assessSlo(spec, figures, onError, time) }
    })
    const results = slos.flatMap(s => ('result' in s ? [s.result] : []))
    if (results.length < slos.length) {
      const why = slos.flatMap(s => ('notJudged' in s ? [s.notJudged] : []))
      return { at, status: null, blocked: null, reasons: why, slos }
    }
    const gate = decideGate(results, { onError, dryRun: false })
    return { at, status: gate.status, blocked: gate.blocked, reasons: gate.reasons, slos }
  })
}
