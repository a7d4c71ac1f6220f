/** Evaluates SLOs against Prometheus: all queries concurrently, then the pure budget math. */
import {
  budgetRemaining,
  burnChecks,
  burnRate,
  daysToExhaustion,
  escalateForBurn,
  statusFromRemaining
} from './budget.js'
import { mapConcurrent } from './concurrency.js'
import { parseDuration } from './duration.js'
import type { FreezeNotice } from './freeze.js'
import { WINDOW_PLACEHOLDER, type GateConfig, type SloSpec } from './config.js'
import {
  parseSampleValue,
  PrometheusError,
  singleSeriesValue,
  type QueryClient
} from '../prometheus/api.js'
import { atLeast, severity, type Status } from './status.js'
import {
  BACKFILL_HINT,
  coversWindow,
  readingRules,
  readingSloth,
  rulesCoverageQuery,
  slothHasWindows,
  slothProbeLabel,
  WINDOW_RANGE_PLACEHOLDER,
  WINDOW_SECONDS_PLACEHOLDER
} from './rules.js'
import { unfilteredSelectors } from './promql.js'

export interface WindowFigures {
  window: string
  errors: number | null
  total: number | null
  /** null when the window had no traffic (total = 0) or could not be read. */
  errorRatio: number | null
  burnRate: number | null
}

export interface SloResult {
  name: string
  target: number
  window: string
  status: Status
  /** Whether this SLO alone blocks the deploy. */
  blocks: boolean
  budgetRemaining: number | null
  budgetConsumed: number | null
  errorRatio: number | null
  availability: number | null
  /** Burn over burn_rate_window. */
  burnRate: number | null
  daysToExhaustion: number | null
  windows: WindowFigures[]
  reasons: string[]
  error?: string
  /** The earliest data in the SLO window (ISO time), when the coverage probe answered. */
  dataSince: string | null
  /** Advice that does not change the status (e.g. less data than the window). */
  warnings: string[]
  /** Where the figures came from: raw series, the gate's recording rules, or Sloth's. */
  querySource: 'raw' | 'rules' | 'sloth'
  spec: SloSpec
}

export interface GateResult {
  status: Status
  canDeploy: boolean
  /** Whether the gate blocks the deploy (before dry_run, which reports but never blocks). */
  blocked: boolean
  reasons: string[]
  /** The SLO the outputs describe: the worst one. */
  worst: SloResult
  /** Every SLO, worst first. */
  slos: SloResult[]
  freeze?: FreezeNotice
  evaluationTime: Date
  dryRun: boolean
  /** Advice that changes nothing (e.g. a query that hides missing data). */
  warnings: string[]
  requestCount: number
  durationMs: number
}

/** Windows are compared as durations: `60m` and `1h` are one window, queried once. */
export const sameWindow = (a: string, b: string): boolean => parseDuration(a) === parseDuration(b)

/** One text per duration, the first one given (the user's spelling is what the reports show). */
function uniqueWindows(windows: Iterable<string>): string[] {
  const bySeconds = new Map<number, string>()
  for (const window of windows) {
    const seconds = parseDuration(window)
    if (!bySeconds.has(seconds)) bySeconds.set(seconds, window)
  }
  return [...bySeconds.values()]
}

/** The windows one SLO needs: its own, burn_rate_window, and both windows of each burn check. */
export function windowsFor(slo: SloSpec): string[] {
  const windows = [slo.window, slo.burnRateWindow]
  for (const check of burnChecks(slo.fastBurnThreshold, slo.slowBurnThreshold)) {
    windows.push(check.longWindow, check.shortWindow)
  }
  return uniqueWindows(windows)
}

export function expandQuery(query: string, window: string): string {
  const expanded = query.replaceAll(WINDOW_PLACEHOLDER, window)
  // The placeholders of the queries that read recording rules (never in user input).
  if (!expanded.includes('{{window_')) return expanded
  const seconds = parseDuration(window)
  return expanded
    .replaceAll(WINDOW_SECONDS_PLACEHOLDER, String(seconds))
    .replaceAll(WINDOW_RANGE_PLACEHOLDER, `${seconds * 1000 - 1}ms`)
}

type Outcome = { ok: true; value: number } | { ok: false; message: string }

/** Where the outcome of a query over a window is kept: by the window's seconds, not its text. */
const outcomeKey = (template: string, window: string): string =>
  `${parseDuration(window)}s ${template}`

/** The label that tells apart the windows of a batched query. */
export const WINDOW_LABEL = 'ebg_window'

/** One request per distinct query: every window it is needed for, across all SLOs. */
export interface QueryBatch {
  template: string
  windows: string[]
}

export function planBatches(slos: SloSpec[]): QueryBatch[] {
  const batches = new Map<string, Set<string>>()
  for (const slo of slos) {
    for (const template of [slo.errorQuery, slo.totalQuery]) {
      const windows = batches.get(template) ?? new Set<string>()
      for (const window of windowsFor(slo)) windows.add(window)
      batches.set(template, windows)
    }
  }
  return [...batches].map(([template, windows]) => ({
    template,
    windows: uniqueWindows(windows)
  }))
}

/** Where the earliest data of a query over an SLO window is kept among the outcomes. */
export const coverageKey = (template: string, window: string): string =>
  `coverage ${outcomeKey(template, window)}`

/**
 * The bounded coverage check: the query's 1h value at the window's start, one point instead of
 * another scan of the whole window. Answers when the data reaches back to the window's start.
 */
export function coveragePointQuery(template: string): string {
  return expandQuery(template, '1h')
}

/**
 * Only when the point check found nothing: the earliest hour with data, minimised over an hourly
 * subquery. It reads the window once more, but then the data is shorter than the window.
 */
export function coverageSinceQuery(template: string, window: string): string {
  return `min_over_time(timestamp(${expandQuery(template, '1h')})[${window}:1h])`
}

/**
 * PromQL for every window of a batch at once, each result labelled with its window. One request
 * instead of one per window: per-request overhead dominates the short windows (measured: one
 * 5-window query costs about what the 30d query alone costs).
 */
export function batchQuery(batch: QueryBatch): string {
  return batch.windows
    .map(w => `label_replace(${expandQuery(batch.template, w)}, "${WINDOW_LABEL}", "${w}", "", "")`)
    .join(' or ')
}

/**
 * Runs every batch once, with bounded concurrency, and answers per expanded query. Once the
 * server proved unreachable (a network error after retries, or a timeout), batches not yet started
 * are skipped: they would fail the same way, and the step must give up within about
 * timeout x (retries + 1).
 */
async function runBatches(
  client: QueryClient,
  batches: QueryBatch[],
  time: Date,
  limit: number,
  outcomes: Map<string, Outcome>,
  /** Set when an earlier request already found the server unreachable. */
  unreachableBefore?: string
): Promise<string | undefined> {
  let unreachable = unreachableBefore
  await mapConcurrent(batches, limit, async batch => {
    const keys = batch.windows.map(w => outcomeKey(batch.template, w))
    const failAll = (message: string): void =>
      keys.forEach(key => outcomes.set(key, { ok: false, message }))
    if (unreachable) return failAll(unreachable)
    try {
      const queries = new Set(batch.windows.map(w => expandQuery(batch.template, w)))
      if (queries.size === 1) {
        // One window, or a query without {{window}} (a raw ratio's vector(1)): a plain query.
        const value = (await client.queryScalar([...queries][0], time)).value
        return keys.forEach(key => outcomes.set(key, { ok: true, value }))
      }
      const series = await client.queryVector(batchQuery(batch), time)
      batch.windows.forEach((window, i) => {
        try {
          const ofWindow = series.filter(s => s.metric?.[WINDOW_LABEL] === window)
          outcomes.set(keys[i], { ok: true, value: singleSeriesValue(ofWindow, WINDOW_LABEL) })
        } catch (error) {
          outcomes.set(keys[i], { ok: false, message: (error as Error).message })
        }
      })
    } catch (error) {
      if (error instanceof PrometheusError && error.kind === 'network')
        unreachable ??= error.message
      failAll((error as Error).message)
    }
  })
  return unreachable
}

const isoTime = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString()

/**
 * The bounded coverage checks of the SLOs read from raw series, one request per distinct total
 * query and window, each sent on its own so that its failure is a warning, never the SLO's ERROR.
 * Records the earliest data under coverageKey; returns the warnings and the requests made.
 */
async function probeRawCoverage(
  client: QueryClient,
  slos: SloSpec[],
  time: Date,
  limit: number,
  outcomes: Map<string, Outcome>
): Promise<{ warnings: string[]; requests: number }> {
  const probes = new Map<string, { template: string; window: string; names: string[] }>()
  for (const slo of slos) {
    if (!slo.totalQuery.includes(WINDOW_PLACEHOLDER)) continue
    const key = coverageKey(slo.totalQuery, slo.window)
    const probe = probes.get(key) ?? { template: slo.totalQuery, window: slo.window, names: [] }
    probe.names.push(slo.name)
    probes.set(key, probe)
  }
  const warnings: string[] = []
  let requests = 0
  await mapConcurrent([...probes], limit, async ([key, { template, window, names }]) => {
    const start = time.getTime() / 1000 - parseDuration(window)
    try {
      requests++
      await client.queryScalar(coveragePointQuery(template), new Date((start + 3600) * 1000))
      return outcomes.set(key, { ok: true, value: start })
    } catch (error) {
      if (!(error instanceof PrometheusError && error.kind === 'no-data')) {
        return warnings.push(
          `${names.join(', ')}: the coverage check of total_query failed (${(error as Error).message}); the figures stand, but whether the data covers the whole ${window} is unknown`
        )
      }
    }
    try {
      requests++
      const since = await client.queryScalar(coverageSinceQuery(template, window), time)
      outcomes.set(key, { ok: true, value: since.value })
    } catch {
      // No data in the window at all: the SLO's own queries say so, as ERROR.
    }
  })
  return { warnings, requests }
}

/** Which series an SLO is read from, decided before its queries. */
interface SourcePlan {
  slo: SloSpec
  /** The SLO as queried: its own queries, or the ones that read its recorded series. */
  queried: SloSpec
  source: SloResult['querySource']
  /** Earliest recorded data, when read from rules. */
  since?: number
  /** Why a `query_source: rules` SLO cannot be evaluated. */
  refusal?: string
}

/**
 * One request for every SLO that may read recording rules: how far back its recorded series go.
 * Those covering the whole window read the rules; the others read raw series (auto) or are
 * refused with the exact reach of their rules (rules).
 */
async function chooseSources(
  client: QueryClient,
  slos: SloSpec[],
  time: Date
): Promise<{
  plans: SourcePlan[]
  warnings: string[]
  requests: number
  failure?: PrometheusError
}> {
  const wanting = slos.filter(slo => (slo.querySource ?? 'raw') !== 'raw')
  const since = new Map<string, number>()
  let failure: PrometheusError | undefined
  if (wanting.length) {
    try {
      for (const series of await client.queryVector(rulesCoverageQuery(wanting), time)) {
        const value = parseSampleValue(series.value?.[1])
        if (series.metric?.slo !== undefined && Number.isFinite(value))
          since.set(series.metric.slo, value)
      }
    } catch (error) {
      failure = error as PrometheusError
    }
  }
  const warnings: string[] = []
  const plans = slos.map((slo): SourcePlan => {
    const raw: SourcePlan = { slo, queried: slo, source: 'raw' }
    const mode = slo.querySource ?? 'raw'
    if (mode === 'raw') return raw
    const earliest = since.get(slo.name)
    if (earliest !== undefined && coversWindow(earliest, slo.window, time))
      return { slo, queried: readingRules(slo), source: 'rules', since: earliest }
    // A Sloth SLO whose own recording rules cover the window needs nothing new.
    const sloth = slo.slothId === undefined ? undefined : since.get(slothProbeLabel(slo.slothId))
    if (
      sloth !== undefined &&
      coversWindow(sloth, slo.window, time) &&
      slothHasWindows(slo, windowsFor(slo))
    )
      return { slo, queried: readingSloth(slo), source: 'sloth', since: sloth }
    const reach =
      earliest === undefined
        ? undefined
        : `its recorded series go back only to ${isoTime(earliest)} (${((time.getTime() / 1000 - earliest) / 86400).toFixed(1)} days of the ${slo.window} window)`
    if (mode === 'rules') {
      const refusal = failure
        ? `query_source rules: the recorded series could not be read: ${failure.message}`
        : reach
          ? `query_source rules: ${reach}; ${BACKFILL_HINT}, or set query_source auto`
          : `query_source rules: no recorded series for this SLO; generate them with "error-budget rules", load them into Prometheus and ${BACKFILL_HINT}`
      return { ...raw, source: 'rules', refusal }
    }
    if (failure)
      warnings.push(
        `${slo.name}: could not look for recorded series (${failure.message}); raw queries used`
      )
    else if (reach)
      warnings.push(
        `${slo.name}: ${reach}; raw queries used until they cover it (${BACKFILL_HINT})`
      )
    return raw
  })
  return { plans, warnings, requests: wanting.length ? 1 : 0, failure }
}

function errorResult(
  slo: SloSpec,
  message: string,
  windows: WindowFigures[],
  onError: GateConfig['onError']
): SloResult {
  return {
    name: slo.name,
    target: slo.target,
    window: slo.window,
    status: 'ERROR',
    blocks: onError === 'block',
    budgetRemaining: null,
    budgetConsumed: null,
    errorRatio: null,
    availability: null,
    burnRate: null,
    daysToExhaustion: null,
    windows,
    reasons: [`${slo.name}: cannot evaluate: ${message}`],
    error: message,
    dataSince: null,
    warnings: [],
    querySource: 'raw',
    spec: slo
  }
}

/** How much of the SLO window has data; the budget is silently computed over less otherwise. */
function coverageOf(
  slo: SloSpec,
  outcomes: Map<string, Outcome>,
  time: Date
): Pick<SloResult, 'dataSince' | 'warnings'> {
  const probe = outcomes.get(coverageKey(slo.totalQuery, slo.window))
  if (!probe?.ok) return { dataSince: null, warnings: [] }
  const windowDays = parseDuration(slo.window) / 86400
  const coveredDays = (time.getTime() / 1000 - probe.value) / 86400
  const dataSince = new Date(probe.value * 1000).toISOString()
  // The hourly probe starts up to two hours late on complete data; 5 % short is worth a word.
  if (coveredDays >= windowDays * 0.95 || windowDays - coveredDays < 2 / 24)
    return { dataSince, warnings: [] }
  return {
    dataSince,
    warnings: [
      `${slo.name}: the data covers only ${coveredDays.toFixed(1)} of the ${slo.window} window (since ${dataSince}); the budget is computed over what there is. Check the retention or how long the metric exists.`
    ]
  }
}

/** Pure: turns the query outcomes of one SLO into its figures and status. */
export function assessSlo(
  slo: SloSpec,
  outcomes: Map<string, Outcome>,
  onError: GateConfig['onError'],
  time: Date
): SloResult {
  const windows: WindowFigures[] = []
  for (const window of windowsFor(slo)) {
    const errors = outcomes.get(outcomeKey(slo.errorQuery, window))
    const total = outcomes.get(outcomeKey(slo.totalQuery, window))
    if (!errors || !total) throw new Error(`internal: query for ${window} was not run`)
    for (const [label, outcome] of [
      ['error_query', errors],
      ['total_query', total]
    ] as const) {
      if (!outcome.ok)
        return errorResult(slo, `${label} over ${window}: ${outcome.message}`, windows, onError)
    }
    const e = (errors as { value: number }).value
    const t = (total as { value: number }).value
    if (e < 0 || t < 0) {
      return errorResult(
        slo,
        `negative event count over ${window} (errors ${e}, total ${t}); the queries must count events`,
        windows,
        onError
      )
    }
    if (e > t * (1 + 1e-9)) {
      return errorResult(
        slo,
        `error_query (${e}) exceeds total_query (${t}) over ${window}; are the two queries swapped?`,
        windows,
        onError
      )
    }
    const ratio = t > 0 ? e / t : null
    windows.push({
      window,
      errors: e,
      total: t,
      errorRatio: ratio,
      burnRate: ratio === null ? null : burnRate(ratio, slo.target)
    })
  }
  const main = windows.find(w => sameWindow(w.window, slo.window))!
  if (main.errorRatio === null) {
    return errorResult(
      slo,
      `total_query returned 0 over ${slo.window}: no traffic, so the budget cannot be told`,
      windows,
      onError
    )
  }
  const remaining = budgetRemaining(main.errorRatio, slo.target)
  const burnWindow = windows.find(w => sameWindow(w.window, slo.burnRateWindow))!
  const windowDays = parseDuration(slo.window) / 86400
  const days = daysToExhaustion(remaining, windowDays, burnWindow.burnRate ?? 0)

  let status = statusFromRemaining(remaining, slo.thresholds)
  const reasons = [
    `${slo.name}: ${remaining.toFixed(2)}% of the error budget left over ${slo.window} (${describeLevel(remaining, slo)})`
  ]
  const burnOver = (window: string) => windows.find(w => sameWindow(w.window, window))?.burnRate
  const escalation = escalateForBurn(
    status,
    burnChecks(slo.fastBurnThreshold, slo.slowBurnThreshold),
    burnOver
  )
  status = escalation.status
  reasons.push(...escalation.reasons.map(reason => `${slo.name}: ${reason}`))
  for (const w of windows) {
    if (w.errorRatio === null)
      reasons.push(
        `${slo.name}: no traffic over ${w.window}; its burn rate is unknown and cannot escalate`
      )
  }
  return {
    name: slo.name,
    target: slo.target,
    window: slo.window,
    status,
    blocks: slo.blockOn.includes(status),
    budgetRemaining: remaining,
    budgetConsumed: 100 - remaining,
    errorRatio: main.errorRatio,
    availability: (1 - main.errorRatio) * 100,
    burnRate: burnWindow.burnRate,
    daysToExhaustion: days,
    windows,
    reasons,
    ...coverageOf(slo, outcomes, time),
    querySource: 'raw',
    spec: slo
  }
}

function describeLevel(remaining: number, slo: SloSpec): string {
  const t = slo.thresholds
  if (remaining < 0) return 'overspent: EXHAUSTED'
  if (remaining < t.freeze) return `below the freeze threshold ${t.freeze}%: FREEZE`
  if (remaining <= t.warning) return `at or below the warning threshold ${t.warning}%: WARNING`
  if (remaining <= t.caution) return `at or below the caution threshold ${t.caution}%: CAUTION`
  return `above the caution threshold ${t.caution}%: NORMAL`
}

/** Queries that turn "no data" into a healthy zero deserve a word of warning. */
function queryWarnings(slos: SloSpec[]): string[] {
  const warnings: string[] = []
  for (const slo of slos) {
    for (const [input, query] of [
      ['error_query', slo.errorQuery],
      ['total_query', slo.totalQuery]
    ]) {
      if (/\bor\s+vector\s*\(\s*0\s*\)/.test(query)) {
        warnings.push(
          `${slo.name}: ${input} uses "or vector(0)", which turns missing data into zero; a wrong metric name would then look healthy`
        )
      }
      const unfiltered = unfilteredSelectors(query)
      if (unfiltered.length) {
        warnings.push(
          `${slo.name}: ${input} selects ${unfiltered.join(', ')} without a label matcher, so it sums every series of that name (every service on a shared Prometheus); filter it, e.g. ${unfiltered[0]}{job="my-service"}`
        )
      }
    }
  }
  return warnings
}

export interface EvaluateDeps {
  client: QueryClient
  freeze?: FreezeNotice
  now?: () => Date
}

/** Evaluates every SLO of the config and decides whether the deploy may go out. */
export async function evaluateGate(config: GateConfig, deps: EvaluateDeps): Promise<GateResult> {
  const started = Date.now()
  const time = config.evaluationTime ?? (deps.now ?? (() => new Date()))()
  const sources = await chooseSources(deps.client, config.slos, time)
  const queried = sources.plans.filter(p => !p.refusal)
  const batches = planBatches(queried.map(p => p.queried))
  const outcomes = new Map<string, Outcome>()
  const unreachable = await runBatches(
    deps.client,
    batches,
    time,
    config.maxConcurrency,
    outcomes,
    sources.failure?.kind === 'network' ? sources.failure.message : undefined
  )
  for (const plan of queried) {
    if (plan.since !== undefined)
      outcomes.set(coverageKey(plan.queried.totalQuery, plan.slo.window), {
        ok: true,
        value: plan.since
      })
  }
  const coverage = unreachable
    ? { warnings: [], requests: 0 }
    : await probeRawCoverage(
        deps.client,
        queried.filter(p => p.source === 'raw').map(p => p.slo),
        time,
        config.maxConcurrency,
        outcomes
      )
  const results = sources.plans.map(({ slo, queried: asked, source, refusal }): SloResult => {
    if (refusal) return { ...errorResult(slo, refusal, [], config.onError), querySource: source }
    return {
      ...assessSlo(asked, outcomes, config.onError, time),
      querySource: source,
      spec: slo
    }
  })
  const errorBlocks = config.onError === 'block'
  const slos = [...results].sort(
    (a, b) => severity(b.status, errorBlocks) - severity(a.status, errorBlocks)
  )
  const worst = slos[0]

  let status = worst.status
  const reasons = slos
    .filter(s => s.status !== 'NORMAL' || slos.length === 1)
    .flatMap(s => s.reasons)
  let blocked = slos.some(s => s.blocks)
  if (deps.freeze) {
    // A manual freeze is certain even when the budget is not: it always blocks.
    status = status === 'ERROR' ? 'FREEZE' : atLeast(status, 'FREEZE')
    blocked = true
    reasons.unshift(
      `freeze file ${deps.freeze.file} is present: ${deps.freeze.text.split('\n')[0] || '(empty)'}`
    )
  }
  return {
    status,
    canDeploy: config.dryRun || !blocked,
    blocked,
    reasons,
    worst,
    slos,
    freeze: deps.freeze,
    evaluationTime: time,
    dryRun: config.dryRun,
    warnings: [
      ...queryWarnings(config.slos),
      ...sources.warnings,
      ...coverage.warnings,
      ...results.flatMap(r => r.warnings)
    ],
    requestCount: sources.requests + batches.length + coverage.requests,
    durationMs: Date.now() - started
  }
}
