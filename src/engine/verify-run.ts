/**
 * The watch after a deploy: at each check, the counts since the deploy and as long before it, as
 * fixed `@` ranges (one request per distinct query, every range in it), and once the events over
 * the SLO window; judged by verify.ts, until a check fails or the watch is over.
 */
import { countingClient, evaluationSignal, runBatches } from './batches.js'
import { limiter, type EndpointHealth } from './concurrency.js'
import type { GateConfig } from './config.js'
import { outcomeKey, rangeKey, type QueryBatch } from './plan.js'
import type { FixedRange } from './exclusions.js'
import type { Outcome } from './result.js'
import { isRatioSlo } from './rules.js'
import type { SloSpec } from './slo.js'
import { chooseSources } from './sources.js'
import {
  checkRanges,
  judgeDeploy,
  nextCheck,
  verdictOf,
  worstFirst,
  type DeployCheck,
  type Verdict,
  type VerifySettings
} from './verify.js'
import { atEvaluationTime } from './windows.js'
import { formatDuration } from './duration.js'
import type { QueryClient } from '../prometheus/api.js'

export interface VerifyDeps {
  client: QueryClient
  /** The clock; the watch runs on it from evaluation_time when that is set. */
  now?: () => Date
  /** Waits between checks; resolves early when the signal aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Aborted from outside (Ctrl-C): the watch ends, inconclusive unless a check failed. */
  signal?: AbortSignal
  /** Told every check, as it happens (a progress line). */
  onCheck?: (slos: DeployCheck[]) => void
}

export interface VerifyResult {
  verdict: Verdict
  /** Whether the step fails (before dry_run): fail, or inconclusive with on_inconclusive fail. */
  failing: boolean
  settings: VerifySettings
  /** Every check, in order, each with its SLOs worst first. */
  checks: DeployCheck[][]
  /** The SLOs of the last check, worst first; `worst` is the first. */
  slos: DeployCheck[]
  worst: DeployCheck
  reasons: string[]
  warnings: string[]
  /** Seconds since the deploy that the verdict covers (the last check's span). */
  verifiedFor: number
  /** When the watch began, on its clock (evaluation_time when set). */
  startedAt: Date
  dryRun: boolean
  requestCount: number
  durationMs: number
}

/** The template whose events over the SLO window give its budget in events: recorded when it can. */
interface WindowTotal {
  template: string
  outcome?: Outcome
}

/** One request per distinct query: the two fixed ranges of every SLO, and windows not known yet. */
function planCheck(
  slos: SloSpec[],
  ranges: FixedRange[],
  totalOf: (i: number) => WindowTotal
): QueryBatch[] {
  const batches = new Map<string, { windows: Set<string>; ranges: FixedRange[] }>()
  const batchOf = (template: string) => {
    const found = batches.get(template) ?? { windows: new Set<string>(), ranges: [] }
    batches.set(template, found)
    return found
  }
  slos.forEach((slo, i) => {
    for (const template of [slo.errorQuery, slo.totalQuery]) batchOf(template).ranges = ranges
    const total = totalOf(i)
    if (!total.outcome?.ok) batchOf(total.template).windows.add(slo.window)
  })
  return [...batches]
    .filter(([, batch]) => batch.windows.size + batch.ranges.length > 0)
    .map(([template, { windows, ranges }]) => ({ template, windows: [...windows], ranges }))
}

/** Watches the deploy of `config.verify` and returns the verdict; the engine's second mode. */
export async function verifyDeploy(config: GateConfig, deps: VerifyDeps): Promise<VerifyResult> {
  const settings = config.verify
  if (!settings) throw new Error('internal: verifyDeploy without verify settings')
  const started = Date.now()
  const real = deps.now ?? (() => new Date())
  const realStart = real().getTime()
  const start = config.evaluationTime?.getTime() ?? realStart
  // As if the watch had begun at evaluation_time: past deploys are checked on recorded data.
  const clock = (): number => start + (real().getTime() - realStart)
  const counted = countingClient(deps.client)
  const slots = limiter(config.maxConcurrency)
  const warnings: string[] = []
  const totals = new Map<SloSpec, WindowTotal>()
  const checks: DeployCheck[][] = []
  let interrupted = false
  let at = nextCheck(undefined, start / 1000, settings)
  while (at !== undefined) {
    const wait = at * 1000 - clock()
    if (wait > 0) await deps.sleep(wait, deps.signal)
    if (deps.signal?.aborted) {
      interrupted = true
      break
    }
    const time = new Date(at * 1000)
    const specs = config.slos.map(slo => atEvaluationTime(slo, time))
    const totalOf = (i: number): WindowTotal => totals.get(config.slos[i])!
    const { since, before } = checkRanges(settings.deployedAt, time)
    const { signal, clear } = evaluationSignal(config.prometheus, deps.signal)
    let outcomes: Map<string, Outcome>
    try {
      if (totals.size === 0) {
        // Once: the budget in events reads recording rules when they cover the window.
        const sources = await chooseSources(counted.client, specs, time, signal)
        warnings.push(...sources.warnings)
        sources.plans.forEach(({ slo, queried, source, refusal }, i) => {
          const recorded = source !== 'raw' && !refusal && !isRatioSlo(queried)
          totals.set(config.slos[i], { template: (recorded ? queried : slo).totalQuery })
        })
      }
      const ranges = since.seconds > 0 ? [since, before] : []
      const planned = planCheck(specs, ranges, totalOf)
      const endpoint: EndpointHealth = {}
      outcomes = await runBatches(counted.client, planned, time, slots, signal, endpoint)
    } finally {
      clear()
    }
    const read = (key: string): Outcome => outcomes.get(key) ?? { ok: false, message: 'not asked' }
    const slos = specs.map((slo, i) => {
      const total = totalOf(i)
      if (!total.outcome?.ok) total.outcome = outcomes.get(outcomeKey(total.template, slo.window))
      const pair = (range: FixedRange) => ({
        errors: read(rangeKey(slo.errorQuery, range)),
        total: read(rangeKey(slo.totalQuery, range))
      })
      const figures = { since: pair(since), before: pair(before), windowTotal: total.outcome }
      return judgeDeploy(slo, figures, settings, time, since.seconds)
    })
    const sorted = worstFirst(slos)
    checks.push(sorted)
    deps.onCheck?.(sorted)
    if (verdictOf(sorted) === 'fail') break
    at = nextCheck(at, start / 1000, settings)
  }
  return concludeWatch(config, settings, checks, interrupted, {
    warnings,
    startedAt: new Date(start),
    requestCount: counted.sent(),
    durationMs: Date.now() - started
  })
}

/** The verdict of a watch from its checks: a failed check fails it; else its last check's. */
function concludeWatch(
  config: GateConfig,
  settings: VerifySettings,
  checks: DeployCheck[][],
  interrupted: boolean,
  run: Pick<VerifyResult, 'warnings' | 'startedAt' | 'requestCount' | 'durationMs'>
): VerifyResult {
  const last = checks.at(-1)
  if (!last) throw new Error('verify: interrupted before the first check')
  let verdict = verdictOf(last)
  const reasons = last.flatMap(c => c.reasons)
  if (interrupted && verdict === 'pass') {
    verdict = 'inconclusive'
    reasons.push(
      `the watch was interrupted ${formatDuration(last[0].seconds)} after the deploy, before verify_for ${formatDuration(settings.forSeconds)} was over`
    )
  }
  return {
    ...run,
    verdict,
    failing:
      verdict === 'fail' || (verdict === 'inconclusive' && settings.onInconclusive === 'fail'),
    settings,
    checks,
    slos: last,
    worst: last[0],
    reasons,
    verifiedFor: last[0].seconds,
    dryRun: config.dryRun
  }
}
