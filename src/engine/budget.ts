/** Pure error-budget math: ratios, remaining budget, burn rates, forecast and status. */
import { parseDuration } from './duration.js'
import { atLeast, severity, type Status } from './status.js'

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
  name: string
  longWindow: string
  shortWindow: string
  /** The burn factor both windows must exceed. */
  threshold: number
  /** The share of the budget the tier stands for, when its factor was derived from it. */
  budgetShare?: number
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

/** The built-in tier sets of the `burn_tiers` input: `page` (default), `page,ticket`, `none`. */
export type TierLevel = 'page' | 'ticket'

/**
 * The Google SRE workbook's tiers, defined by budget share so that the factor follows the SLO
 * window: on 30 days they are the classic 14.4 / 6 / 3 / 1.
 */
export const BUILT_IN_TIERS: readonly (BurnTierSpec & { level: TierLevel })[] = [
  {
    level: 'page',
    name: 'fast burn',
    longWindow: '1h',
    shortWindow: '5m',
    budgetShare: 0.02,
    escalateTo: 'FREEZE'
  },
  {
    level: 'page',
    name: 'slow burn',
    longWindow: '6h',
    shortWindow: '30m',
    budgetShare: 0.05,
    escalateTo: 'WARNING'
  },
  {
    level: 'ticket',
    name: 'ticket fast burn',
    longWindow: '1d',
    shortWindow: '2h',
    budgetShare: 0.1,
    escalateTo: 'CAUTION'
  },
  {
    level: 'ticket',
    name: 'ticket slow burn',
    longWindow: '3d',
    shortWindow: '6h',
    budgetShare: 0.1,
    escalateTo: 'CAUTION'
  }
]

/**
 * The burn factor at which `share` of the budget is spent over the long window:
 * share x SLO window / long window (Sloth's getBurnRateFactor). Rounded to 10 digits so that
 * 0.02 x 720h / 1h reads 14.4, not 14.400000000000002.
 */
export function tierFactor(share: number, windowSeconds: number, longSeconds: number): number {
  return Number(((share * windowSeconds) / longSeconds).toPrecision(10))
}

/**
 * The built-in tiers of the chosen levels; `fast`/`slow` (the page tiers' thresholds) are 'auto'
 * to derive the factor, a number to fix it, 0 to drop the tier.
 */
export function builtInTiers(
  levels: readonly TierLevel[],
  fast: number | 'auto',
  slow: number | 'auto'
): BurnTierSpec[] {
  const fixed: Record<string, number | 'auto'> = { 'fast burn': fast, 'slow burn': slow }
  return BUILT_IN_TIERS.filter(tier => levels.includes(tier.level))
    .filter(tier => fixed[tier.name] !== 0)
    .map(({ level: _level, ...tier }) => {
      const factor = fixed[tier.name]
      return typeof factor === 'number' ? { ...tier, factor } : { ...tier }
    })
}

/** The checks of a set of tiers on an SLO window of `windowSeconds` (a factor of 0: tier off). */
export function burnChecks(tiers: readonly BurnTierSpec[], windowSeconds: number): BurnCheck[] {
  return tiers.flatMap((tier): BurnCheck[] => {
    const threshold =
      tier.factor ??
      tierFactor(tier.budgetShare ?? 0, windowSeconds, parseDuration(tier.longWindow))
    if (!(threshold > 0)) return []
    return [
      {
        name: tier.name,
        longWindow: tier.longWindow,
        shortWindow: tier.shortWindow,
        threshold,
        budgetShare: tier.factor === undefined ? tier.budgetShare : undefined,
        escalateTo: tier.escalateTo
      }
    ]
  })
}

/** What one burn check found; `tooFewEvents` when the long window could not be trusted. */
export interface TierOutcome {
  check: BurnCheck
  longBurn: number | null
  shortBurn: number | null
  fired: boolean
  /** Events over the long window, when fewer than min_events: the tier cannot escalate. */
  tooFewEvents?: number
}

export interface Escalation {
  status: Status
  reasons: string[]
  tiers: TierOutcome[]
}

/** Below `minEvents` events over a tier's long window, one bad event is more than noise allows. */
export interface LowTrafficGuard {
  minEvents: number
  eventsOver: (window: string) => number | null | undefined
}

/** Whether a burn measured on `events` events counts: at least min_events of them (0: always). */
export const enoughEvents = (events: number, minEvents: number): boolean => events >= minEvents

/**
 * Raises the status for every burn check whose two windows both burn above its threshold.
 * `burnOver(window)` is null for a window without traffic: such a check cannot fire; neither can
 * one whose long window holds fewer events than the guard's minimum (Pyrra's "too few requests").
 */
export function escalateForBurn(
  status: Status,
  checks: BurnCheck[],
  burnOver: (window: string) => number | null | undefined,
  guard?: LowTrafficGuard
): Escalation {
  const reasons: string[] = []
  const raised: { reason: string; to: Status }[] = []
  const tiers: TierOutcome[] = []
  for (const check of checks) {
    const long = burnOver(check.longWindow) ?? null
    const short = burnOver(check.shortWindow) ?? null
    const burning =
      long !== null && short !== null && long > check.threshold && short > check.threshold
    const events = guard ? (guard.eventsOver(check.longWindow) ?? 0) : Infinity
    const tooFew = guard && !enoughEvents(events, guard.minEvents) ? events : undefined
    const fired = burning && tooFew === undefined
    tiers.push({ check, longBurn: long, shortBurn: short, fired, tooFewEvents: tooFew })
    if (!burning) continue
    const measured = `burn rate ${long.toFixed(1)}x over ${check.longWindow} and ${short.toFixed(1)}x over ${check.shortWindow} exceed ${check.threshold}x`
    if (tooFew !== undefined) {
      reasons.push(
        `${check.name}: ${measured}, but cannot escalate: too few events over ${check.longWindow} (${formatCount(tooFew)} < ${guard!.minEvents})`
      )
      continue
    }
    status = atLeast(status, check.escalateTo)
    raised.push({
      reason: `${check.name}: ${measured} (at least ${check.escalateTo})`,
      to: check.escalateTo
    })
  }
  // In order of weight: the strictest fired tier first, then the others, then those that could not.
  raised.sort((a, b) => severity(b.to) - severity(a.to))
  return { status, reasons: [...raised.map(r => r.reason), ...reasons], tiers }
}

/** Event counts from increase() are fractional; a reason shows them whole. */
const formatCount = (n: number): string => String(Math.round(n))
