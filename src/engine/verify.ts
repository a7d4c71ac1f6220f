/**
 * After the deploy: one check of an SLO from its counts since the deploy, over as long before it
 * (the baseline), and over the SLO window (the budget in events), and the verdict of a watch from
 * its checks. Pure: the counts come in as outcomes (see verify-run.ts for the queries).
 */
import { allowedErrorRatio, burnChecks, builtInTiers, burnRate, enoughEvents } from './budget.js'
import { countProblem, minEventsFor } from './assess.js'
import { formatDuration, parseDuration } from './duration.js'
import type { Outcome } from './result.js'
import type { SloSpec } from './slo.js'
import { windowSeconds } from './tiers.js'
import { shownWindow } from './windows.js'

export const VERDICTS = ['pass', 'fail', 'inconclusive'] as const
export type Verdict = (typeof VERDICTS)[number]

/** The verify inputs, checked (see verify-config.ts). */
export interface VerifySettings {
  deployedAt: Date
  /** How long after the deploy to watch, in seconds; 0 checks once. */
  forSeconds: number
  intervalSeconds: number
  /** A burn factor; `auto`: the fast-burn tier's factor for each SLO's window; 0: no burn check. */
  maxBurn: number | 'auto'
  /** Percent of the window's budget the deploy may spend; 0: no spend check. */
  maxSpend: number
  /** What an inconclusive watch does to the step: fail it (the default) or let it pass. */
  onInconclusive: 'fail' | 'pass'
}

/** What one check reads for one SLO: both counts since the deploy and before it, the window's total. */
export interface DeployFigures {
  since: { errors: Outcome; total: Outcome }
  before: { errors: Outcome; total: Outcome }
  /** Events over the SLO window (its elapsed part for a calendar window); unset: not asked. */
  windowTotal?: Outcome
}

/** Why a check could not tell: no traffic, fewer events than min_events, a count it could not read. */
export type Unknown = 'no-traffic' | 'too-few-events' | 'query'
export type Cause = 'burn' | 'spend'

/** One SLO at one instant of the watch. */
export interface DeployCheck {
  name: string
  target: number
  window: string
  at: Date
  /** Seconds since the deploy: the span measured, and as long before it. */
  seconds: number
  /** `pass`: within the limits so far. */
  verdict: Verdict
  /** What exceeded its limit, when the verdict is fail. */
  causes: Cause[]
  /** Why the verdict is inconclusive. */
  unknown?: Unknown
  errors: number | null
  total: number | null
  burn: number | null
  baselineErrors: number | null
  baselineTotal: number | null
  baselineBurn: number | null
  /** Percent of the window's budget spent since the deploy. */
  spent: number | null
  /** The bad events the SLO allows over its window. */
  budgetEvents: number | null
  /** The limits in force (0: that check is off). */
  maxBurn: number
  maxSpend: number
  minEvents: number
  /** The burn that failed was there before the deploy as well. */
  preexisting: boolean
  reasons: string[]
}

/**
 * The fast-burn tier's factor for the SLO's window (2 % of the budget in 1h: 14.4 on 30d), or its
 * fast_burn_threshold when that is a number: the burn at which the gate itself would freeze.
 */
export function defaultMaxBurn(slo: SloSpec): number {
  const fixed = slo.fastBurnThreshold === 0 ? 'auto' : slo.fastBurnThreshold
  const [fast] = burnChecks(builtInTiers(['page'], fixed, 0), windowSeconds(slo))
  return fast.threshold
}

/** The fixed intervals one check measures: since the deploy, and as long right before it. */
export function checkRanges(
  deployedAt: Date,
  at: Date
): { since: { seconds: number; end: number }; before: { seconds: number; end: number } } {
  const deployed = Math.floor(deployedAt.getTime() / 1000)
  const now = Math.floor(at.getTime() / 1000)
  const seconds = Math.max(0, now - deployed)
  return { since: { seconds, end: now }, before: { seconds, end: deployed } }
}

const figure = (n: number): string => (Math.abs(n) >= 100 ? String(Math.round(n)) : n.toFixed(2))
const round = (n: number): string => String(Math.round(n))

/** Both counts, or why they cannot be used. */
function counts(
  pair: { errors: Outcome; total: Outcome },
  span: string
): { errors: number; total: number } | { problem: string } {
  for (const [label, outcome] of [
    ['error_query', pair.errors],
    ['total_query', pair.total]
  ] as const) {
    if (!outcome.ok) return { problem: `${label} ${span}: ${outcome.message}` }
  }
  const errors = (pair.errors as { value: number }).value
  const total = (pair.total as { value: number }).value
  const problem = countProblem(span, errors, total)
  // increase() extrapolates each range on its own: errors may read a hair above the total.
  return problem ? { problem } : { errors: Math.min(errors, total), total }
}

/**
 * One SLO checked `seconds` after the deploy. It fails when the burn since the deploy exceeds
 * maxBurn on at least min_events events (the gate's low-traffic rule), or the spend exceeds
 * maxSpend; it is inconclusive without traffic, with too few events, or on a count it cannot read.
 */
export function judgeDeploy(
  slo: SloSpec,
  figures: DeployFigures,
  settings: Pick<VerifySettings, 'maxBurn' | 'maxSpend'>,
  at: Date,
  seconds: number
): DeployCheck {
  const maxBurn = settings.maxBurn === 'auto' ? defaultMaxBurn(slo) : settings.maxBurn
  const minEvents = minEventsFor(slo)
  const span = formatDuration(seconds)
  const check: DeployCheck = {
    name: slo.name,
    target: slo.target,
    window: shownWindow(slo),
    at,
    seconds,
    verdict: 'inconclusive',
    causes: [],
    errors: null,
    total: null,
    burn: null,
    baselineErrors: null,
    baselineTotal: null,
    baselineBurn: null,
    spent: null,
    budgetEvents: null,
    maxBurn,
    maxSpend: settings.maxSpend,
    minEvents,
    preexisting: false,
    reasons: []
  }
  const say = (text: string): void => void check.reasons.push(`${slo.name}: ${text}`)
  if (seconds < 1) {
    say('the deploy is not a second old: nothing to measure yet')
    return { ...check, unknown: 'no-traffic' }
  }
  const since = counts(figures.since, `over the ${span} since the deploy`)
  if ('problem' in since) {
    say(`cannot verify: ${since.problem}`)
    return { ...check, unknown: 'query' }
  }
  const allowed = allowedErrorRatio(slo.target)
  check.errors = since.errors
  check.total = since.total
  check.burn = since.total > 0 ? burnRate(since.errors / since.total, slo.target) : null
  const before = counts(figures.before, `over the ${span} before the deploy`)
  if ('problem' in before) say(`baseline unknown: ${before.problem}`)
  else {
    check.baselineErrors = before.errors
    check.baselineTotal = before.total
    check.baselineBurn =
      before.total > 0 ? burnRate(before.errors / before.total, slo.target) : null
  }
  const total = figures.windowTotal
  if (total?.ok && total.value > 0) {
    // A calendar window's budget is its whole period's: its events so far, scaled to the period.
    const scale = windowSeconds(slo) / parseDuration(slo.window)
    check.budgetEvents = allowed * total.value * scale
    check.spent = (since.errors / check.budgetEvents) * 100
  } else if (total)
    say(
      `the budget in events is unknown: total_query over ${slo.window}: ${total.ok ? 'no traffic' : total.message}`
    )

  const baseline =
    check.baselineBurn === null
      ? ' (no baseline: no events before the deploy)'
      : `; it was ${check.baselineBurn.toFixed(2)}x in the ${span} before`
  const burnText =
    check.burn === null
      ? ''
      : `burn ${check.burn.toFixed(2)}x since the deploy ${span} ago (${figure(since.errors)} bad of ${round(since.total)} events)`
  const enough = enoughEvents(since.total, minEvents)
  if (maxBurn > 0 && check.burn !== null && check.burn > maxBurn) {
    if (enough) {
      check.causes.push('burn')
      check.preexisting = check.baselineBurn !== null && check.baselineBurn > maxBurn
      say(
        `${burnText} exceeds verify_max_burn ${maxBurn}x${baseline}${check.preexisting ? ': the burn predates the deploy' : ''}`
      )
    } else
      say(
        `${burnText} exceeds ${maxBurn}x, but cannot fail on it: too few events (${round(since.total)} < min_events ${minEvents})`
      )
  }
  if (settings.maxSpend > 0 && check.spent !== null && check.spent > settings.maxSpend) {
    check.causes.push('spend')
    say(
      `the deploy spent ${check.spent.toFixed(2)}% of the ${check.window} budget (${figure(since.errors)} bad events of the ${round(check.budgetEvents!)} it allows), more than verify_max_spend ${settings.maxSpend}%`
    )
  }
  if (check.causes.length) return { ...check, verdict: 'fail' }
  if (check.burn === null) {
    say(`no traffic in the ${span} since the deploy: nothing to verify it by`)
    return { ...check, unknown: 'no-traffic' }
  }
  if (!enough) {
    if (!(maxBurn > 0 && check.burn > maxBurn))
      say(
        `only ${round(since.total)} events in the ${span} since the deploy, fewer than min_events ${minEvents}: too few to tell its burn`
      )
    return { ...check, unknown: 'too-few-events' }
  }
  if (settings.maxSpend > 0 && check.spent === null) return { ...check, unknown: 'query' }
  const spent = check.spent === null ? '' : `, ${check.spent.toFixed(2)}% of the budget spent`
  say(`${burnText}${baseline}${spent}: within the limits`)
  return { ...check, verdict: 'pass' }
}

const RANK: Record<Verdict, number> = { fail: 2, inconclusive: 1, pass: 0 }

/** The SLOs of one check, worst first (fail, inconclusive, pass), then by burn. */
export const worstFirst = (checks: DeployCheck[]): DeployCheck[] =>
  [...checks].sort((a, b) => RANK[b.verdict] - RANK[a.verdict] || (b.burn ?? -1) - (a.burn ?? -1))

/** The verdict of one check over every SLO: the worst of theirs. */
export const verdictOf = (checks: DeployCheck[]): Verdict => worstFirst(checks)[0].verdict

/**
 * When the checks happen: the first `interval` after the deploy (at once for a deploy that old),
 * then every interval until `forSeconds` after the deploy, the last one exactly then. A watch
 * that is over already (verify_for 0, a past deploy) is one check. Unix seconds.
 */
export function nextCheck(
  previous: number | undefined,
  start: number,
  settings: Pick<VerifySettings, 'deployedAt' | 'forSeconds' | 'intervalSeconds'>
): number | undefined {
  const deployed = settings.deployedAt.getTime() / 1000
  const end = Math.max(start, deployed + settings.forSeconds)
  if (previous === undefined)
    return Math.min(end, Math.max(start, deployed + settings.intervalSeconds))
  return previous >= end ? undefined : Math.min(end, previous + settings.intervalSeconds)
}
