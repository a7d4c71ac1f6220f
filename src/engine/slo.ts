/**
 * One SLO, fully resolved: its type, the checks that need the whole SLO (tiers that fit, events
 * that can be excluded, a low-traffic exemption that is not an open door), and the SLO the
 * single-SLO inputs describe. Pure.
 */
import { parseDuration } from './duration.js'
import { builtInTiers, type BurnTierSpec, type Thresholds, type TierLevel } from './budget.js'
import type { Status } from './status.js'
import { SHORTEST_PERIOD, isCalendarUnit, type CalendarPeriod } from './calendar.js'
import { supportsExclusion, type Exclusion } from './exclusions.js'
import { DEFAULT_SLO_NAME, sloNameProblem } from './slo-name.js'
import { parseLinkTemplate } from './links.js'
import {
  InputError,
  parseBlockOn,
  parseBurnThreshold,
  parseBurnTiers,
  parseExclusions,
  parseLowTraffic,
  parseMinEvents,
  parseQuery,
  parseQuerySource,
  parseSloWindow,
  parseTarget,
  parseThresholds,
  parseTimeZone,
  parseWindow,
  withDefaults,
  type InputSource,
  type QuerySource
} from './inputs.js'

/** One SLO, fully resolved. Queries hold `{{window}}` where each window goes. */
export interface SloSpec {
  name: string
  /** Percent, 0 < target < 100. */
  target: number
  window: string
  errorQuery: string
  totalQuery: string
  thresholds: Thresholds
  blockOn: Status[]
  burnRateWindow: string
  /** The built-in tiers (`burn_tiers`), used when burnTiers is not given. */
  burnTierLevels: TierLevel[]
  /** The page tiers' factors: 'auto' derives them from the window, 0 turns a tier off. */
  fastBurnThreshold: number | 'auto'
  slowBurnThreshold: number | 'auto'
  /** Events a window needs before its burn counts (`min_events`); 0: no guard. */
  minEvents: number | 'auto'
  /** `allow`: an SLO window with fewer than minEvents events never blocks. */
  lowTraffic: 'evaluate' | 'allow'
  /** Intervals whose events are removed from every window (`exclude`). */
  exclusions: Exclusion[]
  /** IANA zone of calendar windows (`month`, `quarter`, `week`). */
  timeZone: string
  /** Set by the evaluation for a calendar window: the period, whose elapsed part is `window`. */
  calendar?: CalendarPeriod
  /** Tiers from the config file (e.g. a Sloth AlertWindows document); undefined: the built-in ones. */
  burnTiers?: BurnTierSpec[]
  /** Where burnTiers came from, for the summary: "burn tiers from <source>". */
  burnTiersSource?: string
  /** Raw series, the gate's recording rules, or rules when they cover the window (auto). Unset: raw. */
  querySource?: QuerySource
  /**
   * How often the SLO's series are scraped (`scrape_interval`): the recording rules' rate window
   * is at least four scrapes. Unset: the 5m rate, which needs scrapes of a minute or less.
   */
  scrapeInterval?: string
  /** Sloth's `sloth_id` when the SLO comes from a Sloth spec: Sloth's own rules can be read. */
  slothId?: string
  /** The metrics of a Pyrra ratio indicator: Pyrra's own recording rules can be read. */
  pyrra?: PyrraRecords
  /** The service the spec names (Sloth's `service`, OpenSLO's, ours): one dashboard per service. */
  service?: string
  /** Where the alerts and the postmortem send people (`runbook_url`): a link template. */
  runbookUrl?: string
}

/** What names Pyrra's recorded series of a ratio SLO (its `slo` label is the SLO's name). */
export interface PyrraRecords {
  totalMetric: string
  errorsMetric: string
  /** The errors selector's matchers the total's lacks (same metric: they pick the errors). */
  errorMatchers: string[]
  /**
   * The total's equality matchers (`job="api"`): Pyrra labels its series with them, so that they
   * tell this SLO's series from a same-named SLO's over other metrics, or from an older selector.
   */
  totalLabels: string[]
}

/** The length a window's tiers must fit in: the shortest period of a calendar window. */
export const nominalSeconds = (window: string): number =>
  isCalendarUnit(window) ? SHORTEST_PERIOD[window] : parseDuration(window)

/**
 * Every tier must fit its SLO: a short window shorter than the long one, and a long window no
 * longer than the SLO window (its burn would then measure older errors than the budget counts).
 */
export function checkTiers(slo: SloSpec, input: string): void {
  const window = nominalSeconds(slo.window)
  const tiers =
    slo.burnTiers ?? builtInTiers(slo.burnTierLevels, slo.fastBurnThreshold, slo.slowBurnThreshold)
  for (const tier of tiers) {
    if (parseDuration(tier.shortWindow) >= parseDuration(tier.longWindow))
      throw new InputError(
        input,
        `the ${tier.name} tier's short window ${tier.shortWindow} is not shorter than its long window ${tier.longWindow}`
      )
    // The default page tiers stay on short windows (as before); tiers someone chose must fit.
    const chosen = slo.burnTiers !== undefined || slo.burnTierLevels.includes('ticket')
    if (chosen && parseDuration(tier.longWindow) > window)
      throw new InputError(
        input,
        `the ${tier.name} tier's long window ${tier.longWindow} is longer than the SLO window ${slo.window}; choose tiers that fit it (burn_tiers: page)`
      )
  }
}

/** The first query of the SLO that does not count events over `[{{window}}]` ranges, as [name, query]. */
export function unrangedQuery(slo: SloSpec): [string, string] | undefined {
  const queries: [string, string][] = [
    ['error_query', slo.errorQuery],
    ['total_query', slo.totalQuery]
  ]
  return queries.find(([, query]) => !supportsExclusion(query))
}

/** Why a query cannot be asked over a fixed range, for the messages that refuse it. */
export const UNRANGED =
  'does not count events over [{{window}}] ranges (an error-ratio SLI, or {{window}} outside a range selector)'

/** Events can be removed only from queries whose every {{window}} is a range: `[{{window}}]`. */
export function checkExcludable(slo: SloSpec, input: string): void {
  if (slo.exclusions.length === 0) return
  const unranged = unrangedQuery(slo)
  if (unranged)
    throw new InputError(
      input,
      `${slo.name} has excluded intervals, but its ${unranged[0]} (${unranged[1]}) ${UNRANGED}, so no events can be removed from it`
    )
}

/** ⌈1 / (1 − target)⌉: the events at which the budget allows one bad event (1000 at 99.9 %). */
export function eventsForOneBadEvent(targetPercent: number): number {
  return Math.ceil(Number((100 / (100 - targetPercent)).toPrecision(10)))
}

/** Past this many events, "too few to count" would exempt real services: allow is refused. */
const MAX_ALLOWED_MIN_EVENTS = 1_000_000

/**
 * `low_traffic: allow` exempts SLOs below min_events from blocking: a min_events far above the
 * statistical floor would exempt real services, a policy that blocks nothing. Refused.
 */
export function checkLowTraffic(slo: SloSpec, input: string): void {
  if (slo.lowTraffic !== 'allow') return
  const floor = eventsForOneBadEvent(slo.target)
  if (slo.minEvents !== 'auto' && slo.minEvents > 10 * floor)
    throw new InputError(
      input,
      `${slo.minEvents} with low_traffic: allow would let ${slo.name} go unblocked below ${slo.minEvents} events; at ${slo.target}% one bad event is within the budget from ${floor} events on, so keep min_events at most ${10 * floor} (10x) with allow, or use low_traffic: evaluate`
    )
  const resolved = slo.minEvents === 'auto' ? floor : slo.minEvents
  if (resolved > MAX_ALLOWED_MIN_EVENTS)
    throw new InputError(
      input,
      `${resolved} events with low_traffic: allow would let ${slo.name} go unblocked below ${resolved} events (at ${slo.target}% one bad event needs that many); with allow, min_events may be at most ${MAX_ALLOWED_MIN_EVENTS}: use low_traffic: evaluate, or a lower target`
    )
}

/** slo_name: the single SLO's name in every message, output and rule label; `default` if unset. */
function parseSloName(input: string, text: string): string {
  if (!text.trim()) return DEFAULT_SLO_NAME
  const problem = sloNameProblem(text)
  if (problem) throw new InputError(input, problem)
  return text.trim()
}

/** The single SLO described by the action's inputs (also the defaults for SLOs in a config file). */
export function sloFromInputs(get: InputSource, name?: string): SloSpec {
  const input = withDefaults(get)
  const given = (key: string): boolean => get(key).trim() !== ''
  const slo: SloSpec = {
    name: name ?? parseSloName('slo_name', get('slo_name')),
    target: parseTarget('slo_target', input('slo_target')),
    window: parseSloWindow('time_window', input('time_window')),
    errorQuery: parseQuery('error_query', input('error_query')),
    totalQuery: parseQuery('total_query', input('total_query')),
    thresholds: parseThresholds({
      caution: ['caution_threshold', input('caution_threshold'), given('caution_threshold')],
      warning: ['warning_threshold', input('warning_threshold'), given('warning_threshold')],
      freeze: ['freeze_threshold', input('freeze_threshold'), given('freeze_threshold')]
    }),
    blockOn: parseBlockOn('block_on', input('block_on')),
    burnRateWindow: parseWindow('burn_rate_window', input('burn_rate_window')),
    fastBurnThreshold: parseBurnThreshold('fast_burn_threshold', input('fast_burn_threshold')),
    slowBurnThreshold: parseBurnThreshold('slow_burn_threshold', input('slow_burn_threshold')),
    burnTierLevels: parseBurnTiers('burn_tiers', input('burn_tiers')),
    minEvents: parseMinEvents('min_events', input('min_events')),
    lowTraffic: parseLowTraffic('low_traffic', input('low_traffic')),
    exclusions: parseExclusions('exclude', get('exclude')),
    timeZone: parseTimeZone('time_zone', input('time_zone')),
    querySource: parseQuerySource('query_source', input('query_source')),
    runbookUrl: parseLinkTemplate('runbook_url', get('runbook_url')),
    scrapeInterval: given('scrape_interval')
      ? parseWindow('scrape_interval', input('scrape_interval'))
      : undefined
  }
  checkTiers(slo, 'burn_tiers')
  checkExcludable(slo, 'exclude')
  checkLowTraffic(slo, 'min_events')
  return slo
}
