/**
 * Runs a backtest against Prometheus: chooses each SLO's source over the whole range (recording
 * rules only when they cover it), sends a handful of range queries per SLO query (its steps, and
 * its windows shorter than a step, batched; chunked under the points limit), and judges every
 * step with the gate's assessment.
 */
import {
  judgeSteps,
  planBacktest,
  historyStart,
  type BacktestRange,
  type BacktestSeries,
  type GateStep
} from './backtest.js'
import { summarise, type BacktestSummary } from './backtest-summary.js'
import { countingClient } from './batches.js'
import { limiter } from './concurrency.js'
import type { GateConfig } from './config.js'
import { formatDuration } from './duration.js'
import { countsEvents } from './forecast-run.js'
import { historyOf, stepsFrom } from './history.js'
import { readStepAnswer, runStepQueries, type StepAnswer, type StepQuery } from './range-queries.js'
import { chooseSources } from './sources.js'
import type { SloSpec } from './slo.js'
import type { QueryClient } from '../prometheus/api.js'

export interface BacktestOptions {
  client: QueryClient
  /** How far back the range begins, in seconds before `until`. */
  sinceSeconds: number
  until: Date
  stepSeconds: number
  /** Deploys to judge, Unix seconds. */
  deploys?: number[]
  signal?: AbortSignal
}

export interface BacktestResult {
  range: BacktestRange
  slos: SloSpec[]
  steps: GateStep[]
  summary: BacktestSummary
  /** Per SLO: the end of the first step with traffic (Unix seconds), when there is any. */
  dataBegins: (number | undefined)[]
  warnings: string[]
  /** HTTP requests sent to Prometheus. */
  requests: number
}

/** The grid: `until` down to a whole step, and back a whole number of steps. */
export function backtestRange(sinceSeconds: number, until: Date, step: number): BacktestRange {
  const to = Math.floor(until.getTime() / 1000 / step) * step
  return { from: to - Math.ceil(sinceSeconds / step) * step, to, step }
}

const NOT_COUNTS =
  'the SLI is an error ratio, not event counts: its windows cannot be added up from steps, so it cannot be backtested'

export async function runBacktest(
  config: GateConfig,
  options: BacktestOptions
): Promise<BacktestResult> {
  const range = backtestRange(options.sinceSeconds, options.until, options.stepSeconds)
  const counted = countingClient(options.client)
  const signal = options.signal ?? new AbortController().signal
  // Recorded series are read only when they cover the whole range and the windows before it.
  const spans = config.slos.map(slo => ({
    ...slo,
    window: formatDuration(range.to - historyStart(slo, range))
  }))
  const sources = await chooseSources(counted.client, spans, new Date(range.to * 1000), signal)
  const plans = sources.plans.map((plan, i) => ({
    ...plan,
    slo: config.slos[i],
    queried: { ...plan.queried, window: config.slos[i].window }
  }))
  const queries = plans.map(plan =>
    plan.refusal || !countsEvents(plan) ? undefined : planBacktest(plan.queried, range)
  )
  const all = queries.flatMap((q): StepQuery[] =>
    q ? [q.errors, q.total, ...(q.direct ? [q.direct.errors, q.direct.total] : [])] : []
  )
  const run = await runStepQueries(options.client, all, limiter(config.maxConcurrency), signal)
  const answer = (query: StepQuery): StepAnswer =>
    run.answers.get(query.key) ?? readStepAnswer(query, new Map())
  const series = plans.map((plan, i): BacktestSeries => {
    const q = queries[i]
    const direct: BacktestSeries['direct'] = new Map()
    if (!q) {
      const failed = plan.refusal ?? NOT_COUNTS
      return { slo: plan.queried, history: { failed }, direct }
    }
    const errors = stepsFrom(q.errors, answer(q.errors))
    const total = stepsFrom(q.total, answer(q.total))
    const history =
      typeof errors === 'string' || typeof total === 'string'
        ? { failed: typeof errors === 'string' ? errors : (total as string) }
        : historyOf(errors, total)
    if (q.direct) {
      const [e, t] = [answer(q.direct.errors), answer(q.direct.total)]
      for (const window of q.direct.windows) {
        const of = (a: StepAnswer) =>
          a.ok
            ? (a.series.get(window) ?? { ok: true as const, values: new Map<number, number>() })
            : a
        direct.set(window, { errors: of(e), total: of(t) })
      }
    }
    return { slo: plan.queried, history, direct }
  })
  const steps = judgeSteps(series, range, config.onError)
  const warnings = [...sources.warnings]
  series.forEach(s => {
    if ('failed' in s.history)
      warnings.push(`${s.slo.name}: cannot be backtested: ${s.history.failed}`)
  })
  return {
    range,
    slos: config.slos,
    steps,
    summary: summarise(steps, range.step, config.onError, options.deploys ?? []),
    dataBegins: series.map(s => ('failed' in s.history ? undefined : s.history.dataBegins)),
    warnings,
    requests: counted.sent() + run.sent
  }
}
