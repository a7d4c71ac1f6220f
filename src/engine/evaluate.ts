/** Evaluates SLOs against Prometheus: all queries concurrently, then the pure budget math. */
import {
  budgetRemaining,
  burnRate,
  daysToExhaustion,
  escalateForBurn,
  statusFromRemaining,
  type TierOutcome
} from './budget.js'
import { checksFor, windowSeconds } from './tiers.js'
import { limiter, noteUnavailable, type EndpointHealth, type Limiter } from './concurrency.js'
import { dailyBudget, planDaily, runDailyQueries, type DailyBudget } from './daily.js'
import { parseDuration } from './duration.js'
import type { FreezeNotice } from './freeze.js'
import { clip, expandAt, iso, type Exclusion } from './exclusions.js'
import { isCalendarUnit, periodAt } from './calendar.js'
import { eventsForOneBadEvent, type SloSpec } from './slo.js'
import type { GateConfig } from './config.js'
import {
  evaluationDeadlineSeconds,
  parseSampleValue,
  PrometheusError,
  singleSeriesValue,
  type QueryClient,
  type Series
} from '../prometheus/api.js'
import { atLeast, severity, type Status } from './status.js'
import {
  BACKFILL_HINT,
  coversWindow,
  readingRules,
  isRatioSlo,
  readingSloth,
  rulesProbeLabel,
  rulesCoverageQuery,
  slothHasWindows,
  slothProbeLabel,
  readingPyrra,
  pyrraProbeLabel,
  pyrraWindows,
  pyrraWindowsLabel
} from './rules.js'
import { expandQuery } from './rules.js'

export { expandQuery }
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
  /** Every burn tier with its factor and the measured burns (empty when not evaluated). */
  tiers: TierOutcome[]
  /** The min_events in force (0: no guard). */
  minEvents: number
  /** A calendar window's period: its bounds, days left, whether the budget lasts. */
  period?: PeriodFigures
  /** Every excluded interval and the events it removed from the SLO window (null: outside it). */
  exclusions: ExclusionResult[]
  /** Set when the SLO window held fewer events than minEvents. */
  lowTraffic?: { events: number; minEvents: number; allowed: boolean }
  /** Where the figures came from: raw series, the gate's recording rules, Sloth's or Pyrra's. */
  querySource: 'raw' | 'rules' | 'sloth' | 'pyrra'
  spec: SloSpec
  /** The burn-down chart's points, or why it cannot be drawn; undefined when the chart is off. */
  daily?: DailyBudget
}

export interface ExclusionResult {
  exclusion: Exclusion
  /** Bad and total events removed from the SLO window; null when the interval lies outside it. */
  errors: number | null
  total: number | null
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

/**
 * A calendar SLO at the evaluation time: its window becomes the seconds elapsed since the period
 * started (`increase(x[<seconds>s])`), and the period is kept for the figures.
 */
export function atEvaluationTime(slo: SloSpec, time: Date): SloSpec {
  if (!isCalendarUnit(slo.window)) return slo
  const calendar = periodAt(slo.window, slo.timeZone, time)
  const elapsed = Math.max(1, Math.floor((time.getTime() - calendar.start) / 1000))
  return { ...slo, window: `${elapsed}s`, calendar }
}

/** How the reasons name the SLO window: a calendar one by its period. */
function windowName(slo: SloSpec): string {
  const c = slo.calendar
  return c
    ? `the ${c.unit} to date (${slo.window} since ${iso(c.start / 1000)}, ${c.timeZone})`
    : slo.window
}

/** The window column of the reports: `month (Europe/Berlin)` for a calendar window. */
const shownWindow = (slo: SloSpec): string =>
  slo.calendar ? `${slo.calendar.unit} (${slo.calendar.timeZone})` : slo.window

/** Where a calendar SLO stands in its period. */
export interface PeriodFigures {
  unit: string
  timeZone: string
  start: string
  end: string
  hours: number
  elapsedDays: number
  daysLeft: number
  /** Whether the budget lasts to the period's end at the current burn (null: unknown). */
  lastsToEnd: boolean | null
  /** Less than a day elapsed: the figures rest on few hours. */
  early: boolean
}

function periodFigures(slo: SloSpec, time: Date, days: number | null): PeriodFigures | undefined {
  const c = slo.calendar
  if (!c) return undefined
  const daysLeft = (c.end - time.getTime()) / 86400_000
  const elapsedDays = parseDuration(slo.window) / 86400
  return {
    unit: c.unit,
    timeZone: c.timeZone,
    start: iso(c.start / 1000),
    end: iso(c.end / 1000),
    hours: (c.end - c.start) / 3600_000,
    elapsedDays,
    daysLeft,
    lastsToEnd: days === null ? null : days >= daysLeft,
    early: elapsedDays < 1
  }
}

/** min_events resolved: `auto` is the events at which the budget allows one bad event. */
export function minEventsFor(slo: SloSpec): number {
  // An error-ratio SLI (a raw ratio, or Sloth's recorded ratios) has no event counts: its total is
  // vector(1). Counting that 1 as the traffic would stop every burn tier and, with allow, every
  // block, so the guard does not apply.
  if (isRatioSlo(slo)) return 0
  return slo.minEvents === 'auto' ? eventsForOneBadEvent(slo.target) : slo.minEvents
}

/** The windows one SLO needs: its own, burn_rate_window, and both windows of each burn check. */
export function windowsFor(slo: SloSpec): string[] {
  const windows = [slo.window, slo.burnRateWindow]
  for (const check of checksFor(slo)) {
    windows.push(check.longWindow, check.shortWindow)
  }
  return uniqueWindows(windows)
}

type Outcome = { ok: true; value: number } | { ok: false; message: string; noData?: boolean }

/** Where the outcome of a query over a window is kept: by the window's seconds, not its text. */
const outcomeKey = (template: string, window: string): string =>
  `${parseDuration(window)}s ${template}`

/** The label that tells apart the windows of a batched query. */
export const WINDOW_LABEL = 'ebg_window'

/** One request per distinct query: every window it is needed for, across all SLOs. */
export interface QueryBatch {
  template: string
  windows: string[]
  /** Fixed intervals (excluded events), queried with the `@` modifier. */
  ranges?: FixedRange[]
}

/** `[<seconds>s] @ <end>`: the events of an interval that ends at a fixed instant (Unix seconds). */
export interface FixedRange {
  seconds: number
  end: number
}

const rangeLabel = (r: FixedRange): string => `at ${r.seconds}s@${r.end}`
/** Where the outcome of a query over a fixed range is kept. */
const rangeKey = (template: string, r: FixedRange): string => `${rangeLabel(r)} ${template}`

/** The fixed ranges an SLO needs at `time`: each exclusion clipped to each window it overlaps. */
function rangesFor(slo: SloSpec, time: Date): FixedRange[] {
  const now = time.getTime() / 1000
  return windowsFor(slo).flatMap(window =>
    slo.exclusions.flatMap(e => clip(e, parseDuration(window), now) ?? [])
  )
}

export function planBatches(slos: SloSpec[], time?: Date): QueryBatch[] {
  const batches = new Map<string, { windows: Set<string>; ranges: Map<string, FixedRange> }>()
  const batchOf = (template: string) => {
    const found = batches.get(template) ?? {
      windows: new Set<string>(),
      ranges: new Map<string, FixedRange>()
    }
    batches.set(template, found)
    return found
  }
  for (const slo of slos) {
    for (const template of [slo.errorQuery, slo.totalQuery]) {
      for (const window of windowsFor(slo)) batchOf(template).windows.add(window)
      for (const range of time ? rangesFor(slo, time) : [])
        batchOf(template).ranges.set(rangeLabel(range), range)
    }
  }
  return [...batches].map(([template, { windows, ranges }]) => ({
    template,
    windows: uniqueWindows(windows),
    ranges: [...ranges.values()]
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
  return asTerm(template, expandQuery(template, window))
}

/** The query of a term on lines of its own (a `# comment` ends there); a scalar inside vector(). */
function asTerm(template: string, query: string): string {
  return isScalarForm(template) ? `vector(${query}\n)` : `${query}\n`
}

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
  return `min_over_time(timestamp(${term(template, '1h')})[${window}:1h])`
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
    ...(batch.ranges ?? []).map(
      r =>
        `label_replace(${asTerm(batch.template, expandAt(batch.template, r.seconds, r.end))}, "${WINDOW_LABEL}", "${rangeLabel(r)}", "", "")`
    )
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
    const ranges = batch.ranges ?? []
    const keys = [
      ...batch.windows.map(w => outcomeKey(batch.template, w)),
      ...ranges.map(r => rangeKey(batch.template, r))
    ]
    const failAll = (message: string): void =>
      keys.forEach(key =>
        outcomes.set(key, { ok: false, message: userText(message, batch.template) })
      )
    if (signal.aborted) return failAll(`not sent: ${abortReason(signal)}`)
    if (endpoint.unavailable)
      return failAll(`not sent: an earlier query found ${endpoint.unavailable}`)
    try {
      const queries = new Set(batch.windows.map(w => expandQuery(batch.template, w)))
      if (queries.size === 1 && ranges.length === 0) {
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
      ;[...batch.windows, ...ranges.map(rangeLabel)].forEach((window, i) => {
        try {
          const ofWindow = series.filter(s => s.metric?.[WINDOW_LABEL] === window)
          outcomes.set(keys[i], { ok: true, value: singleSeriesValue(ofWindow, WINDOW_LABEL) })
        } catch (error) {
          const noData = error instanceof PrometheusError && error.kind === 'no-data'
          outcomes.set(keys[i], { ok: false, message: (error as Error).message, noData })
        }
      })
    } catch (error) {
      noteUnavailable(endpoint, error, signal)
      failAll((error as Error).message)
    }
  }
  await Promise.all(batches.map(batch => slots(() => runBatch(batch))))
  return outcomes
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
  slots: Limiter,
  signal: AbortSignal,
  endpoint: EndpointHealth
): Promise<{ warnings: string[]; outcomes: Map<string, Outcome> }> {
  const probes = new Map<string, { template: string; window: string; names: string[] }>()
  for (const slo of slos) {
    // A raw ratio (vector(1)) or a scalar has no timestamp of its data: nothing to probe.
    if (isRatioSlo(slo) || isScalarForm(slo.totalQuery)) continue
    const key = coverageKey(slo.totalQuery, slo.window)
    const probe = probes.get(key) ?? { template: slo.totalQuery, window: slo.window, names: [] }
    probe.names.push(slo.name)
    probes.set(key, probe)
  }
  const warnings: string[] = []
  const outcomes = new Map<string, Outcome>()
  const probe = async (key: string, template: string, window: string, names: string[]) => {
    // The decision's own queries say what an unavailable endpoint or an abort means.
    if (signal.aborted || endpoint.unavailable) return
    const start = time.getTime() / 1000 - parseDuration(window)
    try {
      const at = new Date((start + 3600) * 1000)
      await client.queryScalar(coveragePointQuery(template), at, signal)
      return outcomes.set(key, { ok: true, value: start })
    } catch (error) {
      if (!(error instanceof PrometheusError && error.kind === 'no-data')) {
        return warnings.push(
          `${names.join(', ')}: the coverage check of total_query failed (${(error as Error).message}); the figures stand, but whether the data covers the whole ${window} is unknown`
        )
      }
    }
    try {
      const since = await client.queryScalar(coverageSinceQuery(template, window), time, signal)
      outcomes.set(key, { ok: true, value: since.value })
    } catch {
      // No data in the window at all: the SLO's own queries say so, as ERROR.
    }
  }
  await Promise.all(
    [...probes].map(([key, { template, window, names }]) =>
      slots(() => probe(key, template, window, names))
    )
  )
  return { warnings, outcomes }
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
  time: Date,
  signal: AbortSignal
): Promise<{
  plans: SourcePlan[]
  warnings: string[]
  failure?: PrometheusError
}> {
  const warnings: string[] = []
  // Excluded intervals are cut out of raw series with `@` ranges: such an SLO reads raw series.
  const modeOf = (slo: SloSpec): SloSpec['querySource'] =>
    slo.exclusions.length ? 'raw' : (slo.querySource ?? 'raw')
  for (const slo of slos) {
    if (slo.exclusions.length && slo.querySource === 'rules')
      warnings.push(
        `${slo.name}: query_source rules does not apply to an SLO with excluded intervals (they are cut out of the raw series); raw queries used`
      )
  }
  const wanting = slos.filter(slo => modeOf(slo) !== 'raw')
  const since = new Map<string, number>()
  let failure: PrometheusError | undefined
  if (wanting.length) {
    try {
      const query = rulesCoverageQuery(wanting, windowsFor)
      for (const series of await client.queryVector(query, time, signal)) {
        const value = parseSampleValue(series.value?.[1])
        if (series.metric?.slo !== undefined && Number.isFinite(value))
          since.set(series.metric.slo, value)
      }
    } catch (error) {
      failure = error as PrometheusError
    }
  }
  const plans = slos.map((slo): SourcePlan => {
    const raw: SourcePlan = { slo, queried: slo, source: 'raw' }
    const mode = modeOf(slo)
    if (mode === 'raw') return raw
    const earliest = since.get(rulesProbeLabel(slo))
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
    // The same for Pyrra: its period increase covers the window and every alert window exists.
    const pyrra =
      slo.pyrra === undefined || slo.calendar !== undefined
        ? undefined
        : since.get(pyrraProbeLabel(slo.name))
    const pyrraNeeds = slo.pyrra === undefined ? [] : pyrraWindows(slo, windowsFor(slo))
    const pyrraCovers = pyrra !== undefined && coversWindow(pyrra, slo.window, time)
    const pyrraComplete = (since.get(pyrraWindowsLabel(slo.name)) ?? 0) >= pyrraNeeds.length
    if (pyrraCovers && pyrraComplete)
      return { slo, queried: readingPyrra(slo), source: 'pyrra', since: pyrra }
    const days = (since: number): string =>
      `${((time.getTime() / 1000 - since) / 86400).toFixed(1)} days of the ${slo.window} window`
    const reach =
      earliest !== undefined
        ? `its recorded series go back only to ${isoTime(earliest)} (${days(earliest)})`
        : pyrra === undefined
          ? undefined
          : !pyrraCovers
            ? `Pyrra's recorded series go back only to ${isoTime(pyrra)} (${days(pyrra)})`
            : `Pyrra's recording rules lack burn-rate windows the gate needs (it needs ${pyrraNeeds.join(', ')}; Pyrra derives its windows from the SLO period)`
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
  return { plans, warnings, failure }
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
  const queries = [
    ...batch.windows.map(w => expandQuery(batch.template, w)),
    ...(batch.ranges ?? []).map(r => expandAt(batch.template, r.seconds, r.end))
  ]
  for (const [i, query] of queries.entries()) {
    try {
      const value = (await client.queryScalar(query, time, signal)).value
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
    window: shownWindow(slo),
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
    tiers: [],
    minEvents: minEventsFor(slo),
    exclusions: [],
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
  /** Each window's events as counted, before exclusions: the traffic the low-traffic rule sees. */
  const countedTotals: number[] = []
  for (const window of windowsFor(slo)) {
    const errors = outcomes.get(outcomeKey(slo.errorQuery, window))
    const total = outcomes.get(outcomeKey(slo.totalQuery, window))
    if (!errors || !total) throw new Error(`internal: query for ${window} was not run`)
    for (const [label, outcome] of [
      ['error_query', errors],
      ['total_query', total]
    ] as const) {
      if (!outcome.ok) {
        const advice = !outcome.noData
          ? ''
          : windows.length > 0
            ? shortWindowAdvice(slo, window)
            : slo.calendar
              ? `; the ${slo.calendar.unit} began only ${slo.window} ago (${iso(slo.calendar.start / 1000)}), too short for two samples of these series: the budget is unknown until it holds a few scrapes`
              : ''
        return errorResult(
          slo,
          `${label} over ${window}: ${outcome.message}${advice}`,
          windows,
          onError
        )
      }
    }
    const bad = (errors as { value: number }).value
    const counted = (total as { value: number }).value
    if (bad < 0 || counted < 0) {
      return errorResult(
        slo,
        `negative event count over ${window} (errors ${bad}, total ${counted}); the queries must count events`,
        windows,
        onError
      )
    }
    if (bad > counted * (1 + 1e-9)) {
      return errorResult(
        slo,
        `error_query (${bad}) exceeds total_query (${counted}) over ${window}; are the two queries swapped?`,
        windows,
        onError
      )
    }
    countedTotals.push(counted)
    const removed = excludedEvents(slo, window, outcomes, time)
    if ('message' in removed) return errorResult(slo, removed.message, windows, onError)
    // increase() extrapolates each range on its own: a sub-range may read a hair above its window.
    const t = Math.max(0, counted - removed.total)
    const e = Math.min(t, Math.max(0, bad - removed.errors))
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
      `total_query returned 0 over ${windowName(slo)}: no traffic, so the budget cannot be told`,
      windows,
      onError
    )
  }
  const remaining = budgetRemaining(main.errorRatio, slo.target)
  const burnWindow = windows.find(w => sameWindow(w.window, slo.burnRateWindow))!
  const windowDays = windowSeconds(slo) / 86400
  const days = daysToExhaustion(remaining, windowDays, burnWindow.burnRate ?? 0)

  let status = statusFromRemaining(remaining, slo.thresholds)
  const reasons = [
    `${slo.name}: ${remaining.toFixed(2)}% of the error budget left over ${windowName(slo)} (${describeLevel(remaining, slo)})`
  ]
  const figuresOf = (window: string) => windows.find(w => sameWindow(w.window, window))
  const minEvents = minEventsFor(slo)
  const escalation = escalateForBurn(
    status,
    checksFor(slo),
    window => figuresOf(window)?.burnRate,
    minEvents > 0 ? { minEvents, eventsOver: window => figuresOf(window)?.total } : undefined
  )
  status = escalation.status
  reasons.push(...escalation.reasons.map(reason => `${slo.name}: ${reason}`))
  // Traffic is told by the busiest window the gate read, before any exclusion: an exclusion (or
  // the first minutes of a calendar period) cannot make a busy service look quiet.
  const busiest = countedTotals.indexOf(Math.max(...countedTotals))
  const events = countedTotals[busiest]
  const busiestWindow = windows[busiest].window
  // A burn tier only fires on a long window with min_events events, so a fired tier is never
  // exempt; the guard stays explicit.
  const exempt = slo.lowTraffic === 'allow' && !escalation.tiers.some(t => t.fired)
  const lowTraffic = events < minEvents ? { events, minEvents, allowed: exempt } : undefined
  const warnings: string[] = []
  if (lowTraffic) {
    warnings.push(
      `${slo.name}: low traffic: ${Math.round(events)} events over ${busiestWindow}, fewer than min_events ${minEvents}, so a single bad event moves the budget by more than it holds; the figures are noisy (low_traffic: ${slo.lowTraffic})`
    )
    if (lowTraffic.allowed)
      reasons.push(
        `${slo.name}: does not block: low_traffic is allow and the ${busiestWindow} window holds ${Math.round(events)} events, fewer than min_events ${minEvents}`
      )
  }
  for (const w of windows) {
    if (w.errorRatio === null)
      reasons.push(
        `${slo.name}: no traffic over ${w.window}; its burn rate is unknown and cannot escalate`
      )
  }
  const exclusions = exclusionResults(slo, outcomes, time)
  for (const x of exclusions) {
    reasons.push(
      x.total === null
        ? `${slo.name}: excluded ${describeExclusion(x.exclusion)}: outside the ${slo.window} window, nothing removed`
        : `${slo.name}: excluded ${describeExclusion(x.exclusion)}: ${Math.round(x.errors ?? 0)} bad of ${Math.round(x.total)} events removed from the ${slo.window} window`
    )
  }
  const coverage = coverageOf(slo, outcomes, time)
  return {
    name: slo.name,
    target: slo.target,
    window: shownWindow(slo),
    status,
    // An overspent budget blocks whatever block_on says (dry_run aside), unless low_traffic:
    // allow exempts it: then no window the gate read holds min_events events (see above).
    blocks: (status === 'EXHAUSTED' || slo.blockOn.includes(status)) && !lowTraffic?.allowed,
    budgetRemaining: remaining,
    budgetConsumed: 100 - remaining,
    errorRatio: main.errorRatio,
    availability: (1 - main.errorRatio) * 100,
    burnRate: burnWindow.burnRate,
    daysToExhaustion: days,
    windows,
    reasons,
    dataSince: coverage.dataSince,
    warnings: [...coverage.warnings, ...warnings],
    tiers: escalation.tiers,
    minEvents,
    exclusions,
    lowTraffic,
    period: periodFigures(slo, time, days),
    querySource: 'raw',
    spec: slo
  }
}

/** The bad and total events the exclusions remove from one window, or why they cannot be told. */
function excludedEvents(
  slo: SloSpec,
  window: string,
  outcomes: Map<string, Outcome>,
  time: Date
): { errors: number; total: number } | { message: string } {
  let errors = 0
  let total = 0
  for (const e of slo.exclusions) {
    const range = clip(e, parseDuration(window), time.getTime() / 1000)
    if (!range) continue
    for (const [label, template] of [
      ['error_query', slo.errorQuery],
      ['total_query', slo.totalQuery]
    ] as const) {
      const outcome = outcomes.get(rangeKey(template, range))
      if (!outcome) throw new Error(`internal: exclusion query for ${window} was not run`)
      if (!outcome.ok)
        return {
          message: `${label} over the excluded interval ${describeExclusion(e)} within ${window} (${range.seconds}s ending ${iso(range.end)}): ${outcome.message}${outcome.noData ? '; an interval shorter than two scrapes holds no samples: widen it' : ''}`
        }
      if (label === 'error_query') errors += Math.max(0, outcome.value)
      else total += Math.max(0, outcome.value)
    }
  }
  return { errors, total }
}

/** Each exclusion with the events it removed from the SLO window. */
function exclusionResults(
  slo: SloSpec,
  outcomes: Map<string, Outcome>,
  time: Date
): ExclusionResult[] {
  return slo.exclusions.map(exclusion => {
    const range = clip(exclusion, parseDuration(slo.window), time.getTime() / 1000)
    const value = (template: string) => {
      const outcome = range ? outcomes.get(rangeKey(template, range)) : undefined
      return outcome?.ok ? outcome.value : null
    }
    return { exclusion, errors: value(slo.errorQuery), total: value(slo.totalQuery) }
  })
}

export const describeExclusion = (e: Exclusion): string =>
  `${iso(e.start)}/${iso(e.end)} (${e.reason})`

/**
 * Why a burn window can have no data while the SLO window has: series scraped less often than
 * the window is long (increase() needs two samples in it). Names the tier and the way out.
 */
function shortWindowAdvice(slo: SloSpec, window: string): string {
  const tier = checksFor(slo).find(
    c => sameWindow(c.shortWindow, window) || sameWindow(c.longWindow, window)
  )
  const role = tier
    ? `the ${sameWindow(tier.shortWindow, window) ? 'short' : 'long'} window of the ${tier.name} tier`
    : 'burn_rate_window'
  const fix = tier
    ? `give the tier a longer short window (e.g. 15m) in the config file's burn_tiers`
    : 'set a longer burn_rate_window'
  return `; the ${slo.window} window has data, so ${window} (${role}) is probably shorter than two scrapes of these series: ${fix}`
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
    if (slo.timeZone !== 'UTC' && !isCalendarUnit(slo.window))
      warnings.push(
        `${slo.name}: time_zone ${slo.timeZone} has no effect on the rolling ${slo.window} window; it applies to month, quarter and week`
      )
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
  /** Aborted from outside (the CLI's Ctrl-C): the requests in flight end at once. */
  signal?: AbortSignal
}

/** Evaluates every SLO of the config and decides whether the deploy may go out. */
export async function evaluateGate(config: GateConfig, deps: EvaluateDeps): Promise<GateResult> {
  const started = Date.now()
  const time = config.evaluationTime ?? (deps.now ?? (() => new Date()))()
  const specs = config.slos.map(slo => atEvaluationTime(slo, time))
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
          `the evaluation passed its deadline of ${deadlineSeconds}s (the client's wait x (prometheus_retries + 1) + backoff + 2s)`
        )
      ),
    deadlineSeconds * 1000
  )
  const signal = deps.signal ? AbortSignal.any([deps.signal, deadline.signal]) : deadline.signal
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
    sources = await chooseSources(counted, specs, time, signal)
    noteUnavailable(endpoint, sources.failure, signal)
    const queried = sources.plans.filter(p => !p.refusal)
    const batches = planBatches(
      queried.map(p => p.queried),
      time
    )
    // The chart reads the series the SLO is read from (recorded ones when it reads rules).
    dailyPlans = config.chart ? sources.plans.map(p => planDaily(p.queried, time)) : []
    ;[outcomes, coverage, daily] = await Promise.all([
      runBatches(counted, batches, time, slots, signal, endpoint),
      probeRawCoverage(
        counted,
        queried.filter(p => p.source === 'raw').map(p => p.slo),
        time,
        slots,
        signal,
        endpoint
      ),
      runDailyQueries(deps.client, dailyPlans, slots, signal, endpoint)
    ])
  } finally {
    clearTimeout(timer)
  }
  for (const [key, outcome] of coverage.outcomes) outcomes.set(key, outcome)
  for (const plan of sources.plans) {
    if (plan.since !== undefined)
      outcomes.set(coverageKey(plan.queried.totalQuery, plan.slo.window), {
        ok: true,
        value: plan.since
      })
  }
  const results = sources.plans.map(({ slo, queried: asked, source, refusal }, i): SloResult => {
    if (refusal) return { ...errorResult(slo, refusal, [], config.onError), querySource: source }
    const result: SloResult = {
      ...assessSlo(asked, outcomes, config.onError, time),
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
    warnings: [
      ...queryWarnings(config.slos),
      ...sources.warnings,
      ...coverage.warnings,
      ...results.flatMap(r => r.warnings)
    ],
    requestCount: requestCount + daily.sent,
    durationMs: Date.now() - started
  }
}
