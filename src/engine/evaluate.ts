/** Evaluates SLOs against Prometheus: all queries concurrently, then the pure budget math. */
import {
  budgetRemaining,
  burnChecks,
  burnRate,
  daysToExhaustion,
  escalateForBurn,
  statusFromRemaining
} from './budget.js'
import { limiter, type EndpointHealth, type Limiter } from './concurrency.js'
import { dailyBudget, planDaily, runDailyQueries, type DailyBudget } from './daily.js'
import { parseDuration } from './duration.js'
import type { FreezeNotice } from './freeze.js'
import { WINDOW_PLACEHOLDER, type GateConfig, type SloSpec } from './config.js'
import {
  evaluationDeadlineSeconds,
  parseSampleValue,
  PrometheusError,
  singleSeriesValue,
  type QueryClient,
  type Series
} from '../prometheus/api.js'
import { atLeast, severity, type Status } from './status.js'

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
  spec: SloSpec
  /** The burn-down chart's points, or why it cannot be drawn; undefined when the chart is off. */
  daily?: DailyBudget
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
  return query.replaceAll(WINDOW_PLACEHOLDER, window)
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
  /** SLO windows whose data coverage this (total) query also probes. */
  coverage: string[]
}

export function planBatches(slos: SloSpec[]): QueryBatch[] {
  const batches = new Map<string, { windows: Set<string>; coverage: Set<string> }>()
  const batchOf = (template: string) => {
    const found = batches.get(template) ?? {
      windows: new Set<string>(),
      coverage: new Set<string>()
    }
    batches.set(template, found)
    return found
  }
  for (const slo of slos) {
    for (const template of [slo.errorQuery, slo.totalQuery]) {
      for (const window of windowsFor(slo)) batchOf(template).windows.add(window)
    }
    // A scalar has no timestamp of its data: the probe would only cost the server.
    if (slo.totalQuery.includes(WINDOW_PLACEHOLDER) && !isScalarForm(slo.totalQuery))
      batchOf(slo.totalQuery).coverage.add(slo.window)
  }
  return [...batches].map(([template, { windows, coverage }]) => ({
    template,
    windows: uniqueWindows(windows),
    coverage: uniqueWindows(coverage)
  }))
}

/** Where the earliest data of a query over an SLO window is kept among the outcomes. */
export const coverageKey = (template: string, window: string): string =>
  `coverage ${outcomeKey(template, window)}`

/** The query without `# comments` (which run to the end of a line, outside string literals). */
function withoutComments(query: string): string {
  return query.replace(
    /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|#[^\n]*/g,
    (_comment, text: string | undefined) => text ?? ''
  )
}

/**
 * Whether the query is written as a scalar: `scalar(...)` around the whole of it, or a number.
 * label_replace() and `or` need vectors, so such a query is batched inside vector(). Other
 * scalar forms are caught when the batch fails to type-check (see runBatches).
 */
export function isScalarForm(query: string): boolean {
  const text = withoutComments(query).trim()
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return true
  const open = /^scalar\s*\(/.exec(text)
  if (!open) return false
  let depth = 0
  for (let i = open[0].length - 1; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return i === text.length - 1
  }
  return false
}

/**
 * The user's query as one term of a batch. The newline ends a trailing `# comment`, which would
 * otherwise swallow the rest of the batch.
 */
function term(template: string, window: string): string {
  const query = expandQuery(template, window)
  return isScalarForm(template) ? `vector(${query}\n)` : `${query}\n`
}

/**
 * The earliest hour in the window at which the query had data: `timestamp()` of its 1h value,
 * minimised over an hourly subquery. Tells a 30d SLO that Prometheus keeps only 15 days.
 */
function coverageTerm(template: string, window: string): string {
  const probe = `min_over_time(timestamp(${term(template, '1h')})[${window}:1h])`
  return `label_replace(${probe}, "${WINDOW_LABEL}", "coverage ${window}", "", "")`
}

/**
 * PromQL for every window of a batch at once, each result labelled with its window. One request
 * instead of one per window: per-request overhead dominates the short windows (measured: one
 * 5-window query costs about what the 30d query alone costs).
 */
export function batchQuery(batch: QueryBatch): string {
  return [
    ...batch.windows.map(
      w => `label_replace(${term(batch.template, w)}, "${WINDOW_LABEL}", "${w}", "", "")`
    ),
    ...batch.coverage.map(w => coverageTerm(batch.template, w))
  ].join(' or ')
}

/** Why a signal aborted, as the message its queries end with. */
const abortReason = (signal: AbortSignal): string =>
  signal.reason instanceof Error ? signal.reason.message : 'aborted'

/**
 * A batch the server refused to parse or type-check. Parsing costs the server next to nothing,
 * so the query alone is checked once: its error then speaks of the user's text, not the batch.
 */
function refusedBatch(error: unknown): boolean {
  return (
    error instanceof PrometheusError &&
    error.kind === 'http' &&
    // VictoriaMetrics answers parse errors with 422, like execution errors: told by their text.
    (error.httpStatus === 400 ||
      /parse error|cannot parse|unexpected token|unparsed data/i.test(error.message))
  )
}

/**
 * Servers that echo the query (VictoriaMetrics: `query="..."`) would show the batch: the user's
 * query stands in its place.
 */
function userText(message: string, template: string): string {
  if (!message.includes(WINDOW_LABEL)) return message
  return message.replace(/"(?:[^"\\]|\\.)*"/g, quoted =>
    quoted.includes(WINDOW_LABEL) ? JSON.stringify(template) : quoted
  )
}

/**
 * Runs every batch once, with bounded concurrency, and answers per expanded query. Once the
 * endpoint proved unavailable (network error, timeout, 429 or 5xx after the retries), batches
 * not yet started are skipped: they would fail the same way. Once `signal` aborts (the overall
 * deadline, Ctrl-C), requests in flight end and nothing more is sent.
 */
async function runBatches(
  client: QueryClient,
  batches: QueryBatch[],
  time: Date,
  slots: Limiter,
  signal: AbortSignal,
  endpoint: EndpointHealth
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>()
  const runBatch = async (batch: QueryBatch): Promise<void> => {
    const keys = batch.windows.map(w => outcomeKey(batch.template, w))
    const failAll = (message: string): void =>
      keys.forEach(key =>
        outcomes.set(key, { ok: false, message: userText(message, batch.template) })
      )
    if (signal.aborted) return failAll(`not sent: ${abortReason(signal)}`)
    if (endpoint.unavailable)
      return failAll(`not sent: an earlier query found ${endpoint.unavailable}`)
    try {
      const queries = new Set(batch.windows.map(w => expandQuery(batch.template, w)))
      if (queries.size === 1 && batch.coverage.length === 0) {
        // One window, or a query without {{window}} (a raw ratio's vector(1)): a plain query.
        const value = (await client.queryScalar([...queries][0], time, signal)).value
        return keys.forEach(key => outcomes.set(key, { ok: true, value }))
      }
      let series: Series[]
      try {
        series = await client.queryVector(batchQuery(batch), time, signal)
      } catch (error) {
        if (!refusedBatch(error)) throw error
        return await oneByOne(client, batch, time, keys, outcomes, signal)
      }
      batch.windows.forEach((window, i) => {
        try {
          const ofWindow = series.filter(s => s.metric?.[WINDOW_LABEL] === window)
          outcomes.set(keys[i], { ok: true, value: singleSeriesValue(ofWindow, WINDOW_LABEL) })
        } catch (error) {
          outcomes.set(keys[i], { ok: false, message: (error as Error).message })
        }
      })
      for (const window of batch.coverage) {
        const probe = series.filter(s => s.metric?.[WINDOW_LABEL] === `coverage ${window}`)
        const earliest = probe.length === 1 ? parseSampleValue(probe[0].value?.[1]) : NaN
        // A probe without an answer says nothing: the window's own queries decide.
        if (Number.isFinite(earliest))
          outcomes.set(coverageKey(batch.template, window), { ok: true, value: earliest })
      }
    } catch (error) {
      if (error instanceof PrometheusError && error.unavailable && !signal.aborted)
        endpoint.unavailable ??= `the endpoint unavailable (${error.message})`
      failAll((error as Error).message)
    }
  }
  await Promise.all(batches.map(batch => slots(() => runBatch(batch))))
  return outcomes
}

/**
 * After a refused batch: the query alone over its first window. When that fails too, its error
 * (about the user's query) stands for every window; when it answers, only the batching was the
 * problem (a scalar form), and the other windows are asked alone. No coverage probe then.
 */
async function oneByOne(
  client: QueryClient,
  batch: QueryBatch,
  time: Date,
  keys: string[],
  outcomes: Map<string, Outcome>,
  signal: AbortSignal
): Promise<void> {
  for (const [i, window] of batch.windows.entries()) {
    try {
      const value = (await client.queryScalar(expandQuery(batch.template, window), time, signal))
        .value
      outcomes.set(keys[i], { ok: true, value })
    } catch (error) {
      const message = (error as Error).message
      if (i > 0) outcomes.set(keys[i], { ok: false, message })
      else return keys.forEach(key => outcomes.set(key, { ok: false, message }))
    }
  }
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
    // An overspent budget blocks whatever block_on says (dry_run aside).
    blocks: status === 'EXHAUSTED' || slo.blockOn.includes(status),
    budgetRemaining: remaining,
    budgetConsumed: 100 - remaining,
    errorRatio: main.errorRatio,
    availability: (1 - main.errorRatio) * 100,
    burnRate: burnWindow.burnRate,
    daysToExhaustion: days,
    windows,
    reasons,
    ...coverageOf(slo, outcomes, time),
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
    }
  }
  return warnings
}

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
  const batches = planBatches(config.slos)
  // Requests are counted as sent: a refused batch costs its checks too.
  let requestCount = 0
  const counted: QueryClient = {
    queryScalar: (promql, at, signal) => (
      requestCount++,
      deps.client.queryScalar(promql, at, signal)
    ),
    queryVector: (promql, at, signal) => (
      requestCount++,
      deps.client.queryVector(promql, at, signal)
    )
  }
  // One deadline for the whole evaluation, so that no SLO count can make the step run longer.
  const deadlineSeconds = evaluationDeadlineSeconds(config.prometheus)
  const deadline = new AbortController()
  const timer = setTimeout(
    () =>
      deadline.abort(
        new Error(
          `the evaluation passed its deadline of ${deadlineSeconds}s (prometheus_timeout x (prometheus_retries + 1) + backoff + 2s)`
        )
      ),
    deadlineSeconds * 1000
  )
  const signal = deps.signal ? AbortSignal.any([deps.signal, deadline.signal]) : deadline.signal
  // One limiter for all: the chart's range queries wait behind the decision's, never beside them.
  const slots = limiter(config.maxConcurrency)
  // Shared by both kinds of query: once the endpoint proved unavailable, neither sends more.
  const endpoint: EndpointHealth = {}
  const plans = config.chart ? config.slos.map(slo => planDaily(slo, time)) : []
  let outcomes: Map<string, Outcome>
  let daily: Awaited<ReturnType<typeof runDailyQueries>>
  try {
    ;[outcomes, daily] = await Promise.all([
      runBatches(counted, batches, time, slots, signal, endpoint),
      runDailyQueries(deps.client, plans, slots, signal, endpoint)
    ])
  } finally {
    clearTimeout(timer)
  }
  const results = config.slos.map((slo, i) => {
    const result = assessSlo(slo, outcomes, config.onError, time)
    if (!config.chart) return result
    const main = result.windows.find(w => sameWindow(w.window, slo.window))
    const figures = {
      target: slo.target,
      remaining: result.budgetRemaining,
      total: main?.total ?? null
    }
    return { ...result, daily: dailyBudget(plans[i], daily.answers, figures, time) }
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
    // A manual freeze is certain even when the budget is not: it always blocks, and it only ever
    // makes the gate stricter: a blocking ERROR stays ERROR (which no freeze override opens).
    if (!(status === 'ERROR' && errorBlocks))
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
    warnings: [...queryWarnings(config.slos), ...results.flatMap(r => r.warnings)],
    requestCount: requestCount + daily.sent,
    durationMs: Date.now() - started
  }
}
