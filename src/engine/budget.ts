/** Pure error-budget math: ratios, remaining budget, burn rates, forecast and status. */
import { atLeast, type Status } from './status.js'

export interface Thresholds {
  /** Percent of budget left; strictly decreasing: caution > warning > freeze. */
  caution: number
  warning: number
  freeze: number
}

/** Allowed error ratio of an SLO target given in percent (99.9 -> 0.001). */
export function allowedErrorRatio(targetPercent: number): number {
  return 1 - targetPercent / 100
}

/** Percent of the budget left over the SLO window; negative when overspent. */
export function budgetRemaining(errorRatio: number, targetPercent: number): number {
  return (1 - errorRatio / allowedErrorRatio(targetPercent)) * 100
}

/** How many times faster than "exactly on budget" errors are being spent. */
export function burnRate(errorRatio: number, targetPercent: number): number {
  return errorRatio / allowedErrorRatio(targetPercent)
}

/** Days until the budget is gone at the current burn: Infinity when not burning, 0 when spent. */
export function daysToExhaustion(
  remainingPercent: number,
  windowDays: number,
  burn: number
): number {
  if (remainingPercent <= 0) return 0
  if (burn <= 0) return Infinity
  return ((remainingPercent / 100) * windowDays) / burn
}

/** Status from the budget left: NORMAL r > caution ... FREEZE 0 <= r < freeze, EXHAUSTED r < 0. */
export function statusFromRemaining(remaining: number, t: Thresholds): Status {
  if (remaining < 0) return 'EXHAUSTED'
  if (remaining < t.freeze) return 'FREEZE'
  if (remaining <= t.warning) return 'WARNING'
  if (remaining <= t.caution) return 'CAUTION'
  return 'NORMAL'
}

/** A multiwindow burn-rate alert (Google SRE workbook, chapter 5): both windows must burn. */
export interface BurnCheck {
  name: 'fast burn' | 'slow burn'
  longWindow: string
  shortWindow: string
  threshold: number
  escalateTo: Status
}

/**
 * A burn tier as a config file states it (our format's `burn_tiers`, Sloth's AlertWindows): both
 * windows, and either the share of the budget spent over the long window that trips it (Sloth's
 * `errorBudgetPercent` / 100) or a fixed burn factor. The evaluation turns it into a BurnCheck.
 */
export interface BurnTierSpec {
  name: string
  longWindow: string
  shortWindow: string
  /** Fraction of the whole budget, e.g. 0.02 for "2 % of the budget in the long window". */
  budgetShare?: number
  /** A burn factor that overrides the one derived from budgetShare. */
  factor?: number
  escalateTo: Status
}

export function burnChecks(fastThreshold: number, slowThreshold: number): BurnCheck[] {
  const checks: BurnCheck[] = []
  if (fastThreshold > 0) {
    checks.push({
      name: 'fast burn',
      longWindow: '1h',
      shortWindow: '5m',
      threshold: fastThreshold,
      escalateTo: 'FREEZE'
    })
  }
  if (slowThreshold > 0) {
    checks.push({
      name: 'slow burn',
      longWindow: '6h',
      shortWindow: '30m',
      threshold: slowThreshold,
      escalateTo: 'WARNING'
    })
  }
  return checks
}

export interface Escalation {
  status: Status
  reasons: string[]
}

/**
 * Raises the status for every burn check whose two windows both burn above its threshold.
 * `burnOver(window)` is null for a window without traffic: such a check cannot fire.
 */
export function escalateForBurn(
  status: Status,
  checks: BurnCheck[],
  burnOver: (window: string) => number | null | undefined
): Escalation {
  const reasons: string[] = []
  for (const check of checks) {
    const long = burnOver(check.longWindow)
    const short = burnOver(check.shortWindow)
    if (long == null || short == null) continue
    if (long > check.threshold && short > check.threshold) {
      status = atLeast(status, check.escalateTo)
      reasons.push(
        `${check.name}: burn rate ${long.toFixed(1)}x over ${check.longWindow} and ${short.toFixed(1)}x over ${check.shortWindow} exceed ${check.threshold}x (at least ${check.escalateTo})`
      )
    }
  }
  return { status, reasons }
}
