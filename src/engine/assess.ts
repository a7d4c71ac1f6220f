/**
 * The assessment: one SLO judged from its figures (status, budget, burn tiers, low traffic,
 * exclusions, days to exhaustion, reasons), and the gate judged from its SLOs and a freeze. Pure:
 * it reads plain figures, never a query, so whatever judges an SLO (the gate's instant queries,
 * a forecast or a backtest over range queries) judges it by these rules, written once.
 */
import {
  budgetRemaining,
  burnRate,
  daysToExhaustion,
  escalateForBurn,
  statusFromRemaining
} from './budget.js'
import type { GateConfig } from './config.js'
import { parseDuration } from './duration.js'
import { iso, type Exclusion } from './exclusions.js'
import type { FreezeNotice } from './freeze.js'
import type {
  ExclusionResult,
  GateResult,
  SloFigures,
  SloResult,
  WindowFigures,
  WindowReading
} from './result.js'
import { isRatioSlo } from './rules.js'
import { eventsForOneBadEvent, type SloSpec } from './slo.js'
import { atLeast, severity } from './status.js'
import { checksFor, windowSeconds } from './tiers.js'
import { periodFigures, sameWindow, shownWindow, windowName, windowsFor } from './windows.js'

/** min_events resolved: `auto` is the events at which the budget allows one bad event. */
export function minEventsFor(slo: SloSpec): number {
  // An error-ratio SLI (a raw ratio, or Sloth's recorded ratios) has no event counts: its total is
  // vector(1). Counting that 1 as the traffic would stop every burn tier and, with allow, every
  // block, so the guard does not apply.
  if (isRatioSlo(slo)) return 0
  return slo.minEvents === 'auto' ? eventsForOneBadEvent(slo.target) : slo.minEvents
}

/** Counts that cannot be events: negative, or more bad events than events (`span`: `over 1h`). */
export function countProblem(span: string, bad: number, counted: number): string | undefined {
  if (bad < 0 || counted < 0)
    return `negative event count ${span} (errors ${bad}, total ${counted}); the queries must count events`
  if (bad > counted * (1 + 1e-9))
    return `error_query (${bad}) exceeds total_query (${counted}) ${span}; are the two queries swapped?`
  return undefined
}

/** The result of an SLO that cannot be judged: ERROR, which blocks unless on_error is allow. */
export function errorResult(
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
  since: number | undefined,
  time: Date
): Pick<SloResult, 'dataSince' | 'warnings'> {
  if (since === undefined) return { dataSince: null, warnings: [] }
  const windowDays = parseDuration(slo.window) / 86400
  const coveredDays = (time.getTime() / 1000 - since) / 86400
  const dataSince = new Date(since * 1000).toISOString()
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

/**
 * One SLO judged at `time` from its figures: every window of windowsFor(slo) with both counts and
 * what each exclusion removes, and how far its data reaches. Any count that is unknown, negative
 * or inconsistent makes the SLO an ERROR; otherwise its status, budget and reasons.
 */
export function assessSlo(
  slo: SloSpec,
  figures: SloFigures,
  onError: GateConfig['onError'],
  time: Date
): SloResult {
  const windows: WindowFigures[] = []
  /** Each window's events as counted, before exclusions: the traffic the low-traffic rule sees. */
  const countedTotals: number[] = []
  for (const window of windowsFor(slo)) {
    const reading = figures.windows.find(w => sameWindow(w.window, window))
    if (!reading) throw new Error(`internal: query for ${window} was not run`)
    const { errors, total } = reading
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
    const problem = countProblem(`over ${window}`, bad, counted)
    if (problem) return errorResult(slo, problem, windows, onError)
    countedTotals.push(counted)
    const removed = excludedEvents(reading, window)
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

  const level = statusFromRemaining(remaining, slo.thresholds)
  const reasons = [
    `${slo.name}: ${remaining.toFixed(2)}% of the error budget left over ${windowName(slo)} (${describeLevel(remaining, slo)})`
  ]
  const figuresOf = (window: string) => windows.find(w => sameWindow(w.window, window))
  const minEvents = minEventsFor(slo)
  const escalation = escalateForBurn(
    level,
    checksFor(slo),
    window => figuresOf(window)?.burnRate,
    minEvents > 0 ? { minEvents, eventsOver: window => figuresOf(window)?.total } : undefined
  )
  const status = escalation.status
  // The reason that set the status first: a fast burn's FREEZE does not open with "87% left".
  const burnReasons = escalation.reasons.map(reason => `${slo.name}: ${reason}`)
  if (status === level) reasons.push(...burnReasons)
  else reasons.unshift(...burnReasons)
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
  const exclusions = exclusionResults(
    slo,
    figures.windows.find(w => sameWindow(w.window, slo.window))
  )
  for (const x of exclusions) {
    reasons.push(
      x.total === null
        ? `${slo.name}: excluded ${describeExclusion(x.exclusion)}: outside the ${slo.window} window, nothing removed`
        : `${slo.name}: excluded ${describeExclusion(x.exclusion)}: ${Math.round(x.errors ?? 0)} bad of ${Math.round(x.total)} events removed from the ${slo.window} window`
    )
  }
  const coverage = coverageOf(slo, figures.dataSince, time)
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
  reading: WindowReading,
  window: string
): { errors: number; total: number } | { message: string } {
  let errors = 0
  let total = 0
  for (const { exclusion, range, ...counts } of reading.excluded) {
    for (const [label, outcome] of [
      ['error_query', counts.errors],
      ['total_query', counts.total]
    ] as const) {
      if (!outcome.ok)
        return {
          message: `${label} over the excluded interval ${describeExclusion(exclusion)} within ${window} (${range.seconds}s ending ${iso(range.end)}): ${outcome.message}${outcome.noData ? '; an interval shorter than two scrapes holds no samples: widen it' : ''}`
        }
      if (label === 'error_query') errors += Math.max(0, outcome.value)
      else total += Math.max(0, outcome.value)
    }
  }
  return { errors, total }
}

/** Each exclusion with the events it removed from the SLO window (`main`: its reading). */
function exclusionResults(slo: SloSpec, main: WindowReading | undefined): ExclusionResult[] {
  return slo.exclusions.map(exclusion => {
    const counts = main?.excluded.find(x => x.exclusion === exclusion)
    const value = (outcome: WindowReading['errors'] | undefined) =>
      outcome?.ok ? outcome.value : null
    return { exclusion, errors: value(counts?.errors), total: value(counts?.total) }
  })
}

const describeExclusion = (e: Exclusion): string => `${iso(e.start)}/${iso(e.end)} (${e.reason})`

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

/**
 * The gate judged from its SLOs' results and a freeze file: the worst status, the reasons, and
 * whether the deploy is blocked (dry_run reports a block but lets the deploy go).
 */
export function decideGate(
  results: SloResult[],
  options: { onError: GateConfig['onError']; dryRun: boolean; freeze?: FreezeNotice }
): Pick<GateResult, 'status' | 'canDeploy' | 'blocked' | 'reasons' | 'worst' | 'slos'> {
  const errorBlocks = options.onError === 'block'
  const slos = [...results].sort(
    (a, b) => severity(b.status, errorBlocks) - severity(a.status, errorBlocks)
  )
  const worst = slos[0]

  let status = worst.status
  const reasons = slos
    .filter(s => s.status !== 'NORMAL' || slos.length === 1)
    .flatMap(s => s.reasons)
  let blocked = slos.some(s => s.blocks)
  const freeze = options.freeze
  if (freeze) {
    // A manual freeze is certain even when the budget is not: it always blocks, and it only ever
    // makes the gate stricter: a blocking ERROR stays ERROR (which no freeze override opens).
    if (!(status === 'ERROR' && errorBlocks))
      status = status === 'ERROR' ? 'FREEZE' : atLeast(status, 'FREEZE')
    blocked = true
    // First, unless a stricter SLO (EXHAUSTED, a blocking ERROR) set the status: then after it.
    const freezeReason = `freeze file ${freeze.file} is present: ${freeze.text.split('\n')[0] || '(empty)'}`
    const stricter = severity(worst.status, errorBlocks) > severity('FREEZE')
    reasons.splice(stricter ? worst.reasons.length : 0, 0, freezeReason)
  }
  return { status, canDeploy: options.dryRun || !blocked, blocked, reasons, worst, slos }
}
