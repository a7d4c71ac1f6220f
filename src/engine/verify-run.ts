/**
 * The watch after a deploy: at each check, the counts since the deploy and as long before it, as
 * fixed `@` ranges (one request per distinct query, every range in it), and once the events over
 * the SLO window; judged by verify.ts, until a check fails or the watch is over.
 */
import { countingClient, evaluationSignal, runBatches } from './batches.js'
import { limiter, type EndpointHealth } from './concurrency.js'
import type { GateConfig } from './config.js'
import { outcomeKey, rangeKey, rangeLabel, type QueryBatch } from './plan.js'
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
import { formatDuration, parseDuration } from './duration.js'
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

/**
 * How a check learns the events over the SLO window (its budget in events), once: over the
 * recorded series when they cover the window; else raw, as the part of the window before both
 * spans, whose own counts the check reads anyway. So the first check reads the total series once
 * over the window, and the error series only over the spans: less than one evaluation of the gate.
 */
interface WindowTotal {
  /** The total query of the recorded series, when they cover the window. */
  recorded?: string
  outcome?: Outcome
}

type TotalAsk = { template: string; window: string } | { template: string; range: FixedRange }

/** What to ask for the window's events at this check; nothing once they are known. */
function totalAsk(
  slo: SloSpec,
  total: WindowTotal,
  since: FixedRange,
  before: FixedRange
): TotalAsk | undefined {
  if (total.outcome?.ok || since.seconds < 1) return undefined
  if (total.recorded) return { template: total.recorded, window: slo.window }
  const seconds = Math.round(parseDuration(slo.window)) - since.seconds - before.seconds
  return seconds >= 1
    ? { template: slo.totalQuery, range: { seconds, end: before.end - before.seconds } }
    : { template: slo.totalQuery, window: slo.window }
}

/** The window's events from the answers: the part before the spans plus both spans. */
function totalFrom(
  ask: TotalAsk,
  outcomes: Map<string, Outcome>,
  since: Outcome,
  before: Outcome
): Outcome {
  const missing: Outcome = { ok: false, message: 'not asked' }
  if ('window' in ask) return outcomes.get(outcomeKey(ask.template, ask.window)) ?? missing
  if (!since.ok) return since
  let value = since.value
  for (const part of [outcomes.get(rangeKey(ask.template, ask.range)) ?? missing, before]) {
    if (part.ok) value += part.value
    // Older events that are not there (a young service) leave a smaller budget: stricter.
    else if (!part.noData) return part
  }
  return { ok: true, value }
}

/** One request per distinct query: both spans of every SLO, and what the window's events need. */
function planCheck(
  slos: SloSpec[],
  spans: FixedRange[],
  asks: (TotalAsk | undefined)[]
): QueryBatch[] {
  const batches = new Map<string, { windows: Set<string>; ranges: Map<string, FixedRange> }>()
  const batchOf = (template: string) => {
    const found = batches.get(template) ?? { windows: new Set(), ranges: new Map() }
    batches.set(template, found)
    return found
  }
  const addRange = (template: string, range: FixedRange) =>
    batchOf(template).ranges.set(rangeLabel(range), range)
  slos.forEach((slo, i) => {
    for (const template of [slo.errorQuery, slo.totalQuery])
      for (const span of spans) addRange(template, span)
    const ask = asks[i]
    if (ask && 'window' in ask) batchOf(ask.template).windows.add(ask.window)
    else if (ask) addRange(ask.template, ask.range)
  })
  return [...batches]
    .filter(([, batch]) => batch.windows.size + batch.ranges.size > 0)
    .map(([template, b]) => ({ template, windows: [...b.windows], ranges: [...b.ranges.values()] }))
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
    let asks: (TotalAsk | undefined)[]
    try {
      if (totals.size === 0) {
        // Once: the window's events read recording rules when they cover the window.
        const sources = await chooseSources(counted.client, specs, time, signal)
        warnings.push(...sources.warnings)
        sources.plans.forEach(({ queried, source, refusal }, i) => {
          const recorded = source !== 'raw' && !refusal && !isRatioSlo(queried)
          totals.set(config.slos[i], recorded ? { recorded: queried.totalQuery } : {})
        })
      }
      asks = specs.map((slo, i) => totalAsk(slo, totalOf(i), since, before))
      const spans = since.seconds > 0 ? [since, before] : []
      const planned = planCheck(specs, spans, asks)
      const endpoint: EndpointHealth = {}
      outcomes = await runBatches(counted.client, planned, time, slots, signal, endpoint)
    } finally {
      clear()
    }
    const read = (key: string): Outcome => outcomes.get(key) ?? { ok: false, message: 'not asked' }
    const slos = specs.map((slo, i) => {
      const pair = (range: FixedRange) => ({
        errors: read(rangeKey(slo.errorQuery, range)),
        total: read(rangeKey(slo.totalQuery, range))
      })
      const figures = { since: pair(since), before: pair(before) }
      const total = totalOf(i)
      const ask = asks[i]
      if (ask) total.outcome = totalFrom(ask, outcomes, figures.since.total, figures.before.total)
      return judgeDeploy(
        slo,
        { ...figures, windowTotal: total.outcome },
        settings,
        time,
        since.seconds
      )
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
