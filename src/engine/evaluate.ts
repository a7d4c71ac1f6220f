/**
 * Evaluates a gate against Prometheus: chooses each SLO's source, runs every query concurrently
 * under one deadline, reads the figures back, and hands them to the pure assessment.
 */
import { assessSlo, decideGate, errorResult } from './assess.js'
import { countingClient, evaluationSignal, runBatches } from './batches.js'
import { limiter, noteUnavailable, type EndpointHealth } from './concurrency.js'
import type { GateConfig } from './config.js'
import { probeRawCoverage } from './coverage.js'
import { dailyBudget, planDaily, runDailyQueries } from './daily.js'
import type { FreezeNotice } from './freeze.js'
import { coverageKey, figuresFrom, planBatches, queryWarnings } from './plan.js'
import type { GateResult, Outcome, SloResult } from './result.js'
import { chooseSources, type SourcePlan } from './sources.js'
import { atEvaluationTime, sameWindow } from './windows.js'
import type { QueryClient } from '../prometheus/api.js'

export interface EvaluateDeps {
  client: QueryClient
  freeze?: FreezeNotice
  now?: () => Date
  /** Aborted from outside (the CLI's Ctrl-C): the requests in flight end at once. */
  signal?: AbortSignal
}

/** Evaluates every SLO of the config and decides whether the deploy may go out. */
export async function evaluateGate(config: GateConfig, deps: EvaluateDeps): Promise<GateResult> {
  const started = Date.now()
  const time = config.evaluationTime ?? (deps.now ?? (() => new Date()))()
  const specs = config.slos.map(slo => atEvaluationTime(slo, time))
  const counted = countingClient(deps.client)
  const { signal, clear } = evaluationSignal(config.prometheus, deps.signal)
  // One limiter for all: the chart's range queries wait behind the decision's, never beside them.
  const slots = limiter(config.maxConcurrency)
  // Shared by every kind of query: once the endpoint proved unavailable, none sends more.
  const endpoint: EndpointHealth = {}
  let sources: Awaited<ReturnType<typeof chooseSources>>
  let outcomes: Map<string, Outcome>
  let coverage: Awaited<ReturnType<typeof probeRawCoverage>>
  let daily: Awaited<ReturnType<typeof runDailyQueries>>
  let dailyPlans: ReturnType<typeof planDaily>[] = []
  try {
    sources = await chooseSources(counted.client, specs, time, signal)
    noteUnavailable(endpoint, sources.failure, signal)
    const queried = sources.plans.filter(p => !p.refusal)
    const batches = planBatches(
      queried.map(p => p.queried),
      time
    )
    // The chart reads the series the SLO is read from (recorded ones when it reads rules).
    dailyPlans = config.chart ? sources.plans.map(p => planDaily(p.queried, time)) : []
    ;[outcomes, coverage, daily] = await Promise.all([
      runBatches(counted.client, batches, time, slots, signal, endpoint),
      probeRawCoverage(
        counted.client,
        queried.filter(p => p.source === 'raw').map(p => p.slo),
        time,
        slots,
        signal,
        endpoint
      ),
      runDailyQueries(deps.client, dailyPlans, slots, signal, endpoint)
    ])
  } finally {
    clear()
  }
  for (const [key, outcome] of coverage.outcomes) outcomes.set(key, outcome)
  for (const plan of sources.plans) {
    if (plan.since !== undefined)
      outcomes.set(coverageKey(plan.queried.totalQuery, plan.slo.window), {
        ok: true,
        value: plan.since
      })
  }
  const judge = ({ slo, queried, source, refusal }: SourcePlan, i: number): SloResult => {
    if (refusal) return { ...errorResult(slo, refusal, [], config.onError), querySource: source }
    const result: SloResult = {
      ...assessSlo(queried, figuresFrom(queried, outcomes, time), config.onError, time),
      querySource: source,
      spec: slo
    }
    if (!config.chart) return result
    const main = result.windows.find(w => sameWindow(w.window, slo.window))
    const figures = {
      target: slo.target,
      remaining: result.budgetRemaining,
      total: main?.total ?? null
    }
    return { ...result, daily: dailyBudget(dailyPlans[i], daily.answers, figures, time) }
  }
  const results = sources.plans.map(judge)
  const gate = decideGate(results, {
    onError: config.onError,
    dryRun: config.dryRun,
    freeze: deps.freeze
  })
  // An endpoint that proved unavailable is why its SLOs failed: said once, before their reasons.
  const failed = gate.slos.find(s => s.status === 'ERROR')
  const unavailable = failed && endpoint.cause
  if (unavailable) {
    const at = gate.status === 'ERROR' ? 0 : gate.reasons.indexOf(failed.reasons[0])
    gate.reasons.splice(Math.max(0, at), 0, unavailable)
  }
  return {
    ...gate,
    unavailable,
    freeze: deps.freeze,
    evaluationTime: time,
    dryRun: config.dryRun,
    warnings: [
      ...queryWarnings(config.slos),
      ...sources.warnings,
      ...coverage.warnings,
      ...results.flatMap(r => r.warnings)
    ],
    requestCount: counted.sent() + daily.sent,
    durationMs: Date.now() - started
  }
}
