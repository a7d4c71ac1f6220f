/**
 * What the engine reads and what it decides, as plain data: the figures of one SLO (counts per
 * window and per excluded interval, how far its data reaches), the result of one SLO, and the
 * gate's result. Types only.
 */
import type { TierOutcome } from './budget.js'
import type { DailyBudget } from './daily.js'
import type { Exclusion, FixedRange } from './exclusions.js'
import type { FreezeNotice } from './freeze.js'
import type { SloSpec } from './slo.js'
import type { Status } from './status.js'

/** One count read from Prometheus, or why it could not be. */
export type Outcome = { ok: true; value: number } | { ok: false; message: string; noData?: boolean }

/** The events one exclusion removes from one window: the overlap and both counts over it. */
export interface ExcludedCounts {
  /** One of the SLO's own exclusions (the object itself). */
  exclusion: Exclusion
  /** The part of the exclusion inside the window. */
  range: FixedRange
  errors: Outcome
  total: Outcome
}

/** What was read over one window: both counts before exclusions, and what each exclusion removes. */
export interface WindowReading {
  window: string
  errors: Outcome
  total: Outcome
  /** The exclusions that overlap the window, in the SLO's order. */
  excluded: ExcludedCounts[]
}

/**
 * Everything the assessment of one SLO reads, as plain figures: from the gate's instant queries,
 * or from range queries for another instant.
 */
export interface SloFigures {
  /** A reading for each window of windowsFor(slo). */
  windows: WindowReading[]
  /** The earliest data in the SLO window (Unix seconds), when a coverage probe told it. */
  dataSince?: number
}

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
  /** Why the endpoint could not answer (`cannot reach host: cause ...`), when that failed SLOs. */
  unavailable?: string
  evaluationTime: Date
  dryRun: boolean
  /** Advice that changes nothing (e.g. a query that hides missing data). */
  warnings: string[]
  requestCount: number
  durationMs: number
}

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
