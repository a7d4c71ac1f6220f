/**
 * The PromQL of the error-budget dashboard's panels, pure. Every expression is the gate's own
 * query for that figure (the same error and total queries, or the same reads of the recorded
 * series `error-budget rules` generates) with the gate's own arithmetic, so that a panel shows
 * what the gate decides on. No Grafana variable appears in them: each one can be evaluated as it is.
 */
import { allowedErrorRatio } from '../engine/budget.js'
import { isCalendarUnit } from '../engine/calendar.js'
import { formatDuration, parseDuration } from '../engine/duration.js'
import { expandQuery, readingRules } from '../engine/rules.js'
import { nominalSeconds, type SloSpec } from '../engine/slo.js'
import { minEventsFor } from '../engine/assess.js'
import { STATUSES, type Status } from '../engine/status.js'
import { checksFor, windowSeconds } from '../engine/tiers.js'
import { uniqueWindows } from '../engine/windows.js'

/** Where the panels read: the recorded series of `error-budget rules`, or the raw series. */
export const PANEL_SOURCES = ['rules', 'raw'] as const
export type PanelSource = (typeof PANEL_SOURCES)[number]

/** The window a panel reads as a rolling duration: a calendar window as its shortest period. */
export const drawnWindow = (slo: SloSpec): string =>
  isCalendarUnit(slo.window) ? formatDuration(nominalSeconds(slo.window)) : slo.window

const queried = (slo: SloSpec, source: PanelSource): SloSpec =>
  source === 'rules' ? readingRules(slo) : slo

/** A number as PromQL reads it back: 12 significant digits (0.001, not 0.0010000000000000009). */
const literal = (value: number): string => String(Number(value.toPrecision(12)))

/** Bad events over all events over `window` (the gate requires one series of each: sum() is it). */
export function errorRatioExpr(slo: SloSpec, source: PanelSource, window: string): string {
  const q = queried(slo, source)
  return `sum(${expandQuery(q.errorQuery, window)}) / sum(${expandQuery(q.totalQuery, window)})`
}

/** Events over `window` (the low-traffic guard of the burn tiers). */
export function eventsExpr(slo: SloSpec, source: PanelSource, window: string): string {
  return `sum(${expandQuery(queried(slo, source).totalQuery, window)})`
}

/** Percent of the budget left over `window` (the SLO window unless said): budget_remaining. */
export function budgetRemainingExpr(
  slo: SloSpec,
  source: PanelSource,
  window = drawnWindow(slo)
): string {
  const allowed = literal(allowedErrorRatio(slo.target))
  return `100 * (1 - (${errorRatioExpr(slo, source, window)}) / ${allowed})`
}

/** The burn rate over `window`: 1 spends exactly the budget over the SLO window. */
export function burnRateExpr(slo: SloSpec, source: PanelSource, window: string): string {
  return `(${errorRatioExpr(slo, source, window)}) / ${literal(allowedErrorRatio(slo.target))}`
}

/** Days until the budget is gone at the burn over burn_rate_window: 0 once spent, +Inf at no burn. */
export function daysToExhaustionExpr(slo: SloSpec, source: PanelSource): string {
  const days = literal(windowSeconds(slo) / 86400)
  return `clamp_min(${budgetRemainingExpr(slo, source)}, 0) / 100 * ${days} / (${burnRateExpr(slo, source, slo.burnRateWindow)})`
}

/** The windows of the burn-rate panel: burn_rate_window and both windows of every tier. */
export function burnWindows(slo: SloSpec): string[] {
  const windows = [
    slo.burnRateWindow,
    ...checksFor(slo).flatMap(c => [c.longWindow, c.shortWindow])
  ]
  return uniqueWindows(windows).sort((a, b) => parseDuration(a) - parseDuration(b))
}

/** Each tier's factor as a line of the burn-rate panel, in the colour of the status it raises. */
export function burnThresholdLines(slo: SloSpec): { factor: number; status: Status }[] {
  const lines = new Map<number, Status>()
  for (const check of checksFor(slo)) {
    const known = lines.get(check.threshold)
    if (!known || STATUSES.indexOf(check.escalateTo) > STATUSES.indexOf(known))
      lines.set(check.threshold, check.escalateTo)
  }
  return [...lines]
    .map(([factor, status]) => ({ factor, status }))
    .sort((a, b) => a.factor - b.factor)
}

/**
 * The gate's status as a number, 0 NORMAL to 4 EXHAUSTED (STATUSES' order): the budget's level by
 * the SLO's own thresholds, raised by every burn tier whose two windows both burn above its
 * factor over at least min_events events. The freeze file and excluded intervals are not seen
 * by Prometheus, so they are not in it.
 */
export function statusLevelExpr(slo: SloSpec, source: PanelSource): string {
  const r = `(${budgetRemainingExpr(slo, source)})`
  const t = slo.thresholds
  // Comparisons bind looser than +: each in parentheses.
  const budget = `(${r} <= bool ${t.caution}) + (${r} <= bool ${t.warning}) + (${r} < bool ${t.freeze}) + (${r} < bool 0)`
  const terms = [`label_replace(${budget}, "level", "budget", "", "")`]
  const minEvents = minEventsFor(slo)
  checksFor(slo).forEach((check, i) => {
    const over = (window: string): string =>
      `(${burnRateExpr(slo, source, window)} > bool ${check.threshold})`
    const enough =
      minEvents > 0 ? ` * (${eventsExpr(slo, source, check.longWindow)} >= bool ${minEvents})` : ''
    const raise = `${STATUSES.indexOf(check.escalateTo)} * ${over(check.longWindow)} * ${over(check.shortWindow)}${enough}`
    terms.push(`label_replace(${raise}, "level", "tier${i}", "", "")`)
  })
  return `max(${terms.join(' or ')})`
}

/** A histogram bucket the error query counts against: the latency threshold of a latency SLO. */
export interface LatencyBucket {
  metric: string
  /** The selector's matchers other than `le`. */
  matchers: string
  /** Seconds. */
  le: number
}

/** The bucket of a latency SLO (`..._bucket{...,le="0.5"}` in its queries), or undefined. */
export function latencyBucket(slo: SloSpec): LatencyBucket | undefined {
  const selector = /([a-zA-Z_:][\w:]*_bucket)\s*\{([^}]*)\}/g
  for (const [, metric, inside] of `${slo.errorQuery} ${slo.totalQuery}`.matchAll(selector)) {
    const matchers = inside
      .split(',')
      .map(m => m.trim())
      .filter(Boolean)
    const le = matchers.map(m => /^le\s*=\s*"([^"]+)"$/.exec(m)?.[1]).find(Boolean)
    const seconds = le === undefined ? NaN : Number(le)
    if (Number.isFinite(seconds))
      return { metric, matchers: matchers.filter(m => !/^le\s*=/.test(m)).join(','), le: seconds }
  }
  return undefined
}

/** Percent of events within the SLI over 5m (the latency SLO's good share), against the target. */
export const sliExpr = (slo: SloSpec, source: PanelSource): string =>
  `100 * (1 - (${errorRatioExpr(slo, source, '5m')}))`

/** The latency at the SLO's target quantile (p99 for 99 %), against the bucket's threshold. */
export const latencyQuantileExpr = (slo: SloSpec, bucket: LatencyBucket): string =>
  `histogram_quantile(${literal(slo.target / 100)}, sum by (le) (rate(${bucket.metric}{${bucket.matchers}}[5m])))`

/** Labels one SLO's figure with its name, so that several SLOs fit in one table query. */
export const labelled = (expr: string, slo: SloSpec): string =>
  `label_replace(${expr}, "slo", ${JSON.stringify(slo.name.replaceAll('$', '$$$$'))}, "", "")`
