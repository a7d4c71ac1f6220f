/**
 * Reads and validates every input into a GateConfig. Pure: it takes a getter, so the action
 * (core.getInput) and the CLI (flags and environment) share one implementation.
 */
import { parseDuration } from './duration.js'
import type { PrometheusOptions } from '../prometheus/api.js'
import { builtInTiers, type BurnTierSpec, type Thresholds, type TierLevel } from './budget.js'
import { STATUSES, type Status } from './status.js'
import { credentialValues, expandSecrets, webhookSecrets } from '../text/redact.js'
import { isCalendarUnit, isTimeZone, SHORTEST_PERIOD, type CalendarPeriod } from './calendar.js'
import { checkExclusions, parseExclusion, supportsExclusion, type Exclusion } from './exclusions.js'

/** Returns the raw text of an input, '' when unset. Names are the action's snake_case names. */
export type InputSource = (name: string) => string

/** A bad input: the message names the input and the accepted form. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input ${input}: ${message}`)
    this.name = 'InputError'
  }
}

export const DEFAULTS: Record<string, string> = {
  prometheus_timeout: '30',
  prometheus_retries: '2',
  slo_target: '99.9',
  time_window: '30d',
  error_query: 'sum(increase(http_requests_total{status=~"5.."}[{{window}}]))',
  total_query: 'sum(increase(http_requests_total[{{window}}]))',
  caution_threshold: '80',
  warning_threshold: '50',
  freeze_threshold: '20',
  block_on: 'WARNING,FREEZE,EXHAUSTED',
  burn_rate_window: '1h',
  fast_burn_threshold: 'auto',
  slow_burn_threshold: 'auto',
  burn_tiers: 'page',
  min_events: 'auto',
  low_traffic: 'evaluate',
  time_zone: 'UTC',
  freeze_file: '.deploy-freeze',
  on_error: 'block',
  fail_on_block: 'true',
  dry_run: 'false',
  max_concurrency: '8',
  chart: 'true',
  query_source: 'auto'
}

export const WINDOW_PLACEHOLDER = '{{window}}'

/** Where an SLO's figures are read from: raw series, the gate's recording rules, or either. */
export const QUERY_SOURCES = ['raw', 'rules', 'auto'] as const
export type QuerySource = (typeof QUERY_SOURCES)[number]

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
  /** Sloth's `sloth_id` when the SLO comes from a Sloth spec: Sloth's own rules can be read. */
  slothId?: string
  /** The metrics of a Pyrra ratio indicator: Pyrra's own recording rules can be read. */
  pyrra?: PyrraRecords
}

/** What names Pyrra's recorded series of a ratio SLO (its `slo` label is the SLO's name). */
export interface PyrraRecords {
  totalMetric: string
  errorsMetric: string
  /** The errors selector's matchers the total's lacks (same metric: they pick the errors). */
  errorMatchers: string[]
}

export interface GateConfig {
  prometheus: PrometheusOptions
  slos: SloSpec[]
  freezeFile: string
  onError: 'block' | 'allow'
  failOnBlock: boolean
  dryRun: boolean
  evaluationTime?: Date
  maxConcurrency: number
  /** Whether to read the daily points of the burn-down chart (one range query per error query). */
  chart: boolean
  /** Secret values to mask and to keep out of every report. */
  secrets: string[]
}

/** A getter that falls back to DEFAULTS for unset inputs. */
export function withDefaults(get: InputSource): InputSource {
  return name => {
    const value = get(name).trim()
    return value === '' ? (DEFAULTS[name] ?? '') : value
  }
}

export function parseNumber(input: string, text: string, accepted: string): number {
  const trimmed = text.trim()
  const value = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : NaN
  if (!Number.isFinite(value))
    throw new InputError(input, `"${text}" is not a number; expected ${accepted}`)
  return value
}

/**
 * The one rule for words in inputs, the toolkit's getBooleanInput rule: a word is accepted in
 * lower case, capitalised or upper case (true, True, TRUE), nothing else. Returns the word as
 * listed in `words`, or undefined.
 */
export function matchWord<W extends string>(text: string, words: readonly W[]): W | undefined {
  const value = text.trim()
  return words.find(
    word =>
      value === word.toLowerCase() ||
      value === word.toUpperCase() ||
      value === word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
  )
}

/** One of `words` (see matchWord for the case rule), or a bad input listing them. */
export function parseWord<W extends string>(input: string, text: string, words: readonly W[]): W {
  const word = matchWord(text, words)
  if (word === undefined)
    throw new InputError(
      input,
      `"${text.trim()}" is not allowed; expected ${words.slice(0, -1).join(', ')} or ${words.at(-1)} (in lower case, Capitalised or UPPER case)`
    )
  return word
}

export function parseBoolean(input: string, text: string): boolean {
  const word = matchWord(text, ['true', 'false'])
  if (word === undefined)
    throw new InputError(input, `"${text}" is not a boolean; expected true or false`)
  return word === 'true'
}

export function parseWindow(input: string, text: string): string {
  try {
    parseDuration(text)
  } catch (error) {
    throw new InputError(input, (error as Error).message)
  }
  return text.trim()
}

/** time_window: a Prometheus duration (rolling), or month, quarter, week (calendar). */
export function parseSloWindow(input: string, text: string): string {
  if (isCalendarUnit(text.trim())) return text.trim()
  try {
    parseDuration(text)
  } catch (error) {
    throw new InputError(
      input,
      `${(error as Error).message}, or a calendar period: month, quarter, week`
    )
  }
  return text.trim()
}

export function parseTimeZone(input: string, text: string): string {
  const zone = text.trim()
  if (!isTimeZone(zone))
    throw new InputError(
      input,
      `${JSON.stringify(text)} is not a time zone; expected an IANA name such as UTC, Europe/Berlin, America/New_York`
    )
  return zone
}

/** The length a window's tiers must fit in: the shortest period of a calendar window. */
export const nominalSeconds = (window: string): number =>
  isCalendarUnit(window) ? SHORTEST_PERIOD[window] : parseDuration(window)

export function parseTarget(input: string, text: string): number {
  const target = parseNumber(input, text, 'a percentage between 0 and 100, such as 99.9')
  // A ratio of 1 is 100 %, itself refused: suggest only a value the gate would accept.
  if (target === 1) {
    throw new InputError(
      input,
      `${text} looks like a ratio of 1.0 = 100 %, which leaves no error budget; give the target in percent below 100, such as 99.9`
    )
  }
  if (target > 0 && target < 1) {
    const percent = Number((target * 100).toPrecision(12))
    throw new InputError(
      input,
      `${text} looks like a ratio; give the target in percent (${percent} for ${text})`
    )
  }
  if (!(target > 0 && target < 100)) {
    throw new InputError(
      input,
      `${text} is out of range; expected a percentage with 0 < x < 100, such as 99.9`
    )
  }
  return target
}

/** [input name, text, whether the user set it (rather than a default)]. */
type ThresholdInput = readonly [string, string, boolean?]

export function parseThresholds(inputs: {
  caution: ThresholdInput
  warning: ThresholdInput
  freeze: ThresholdInput
}): Thresholds {
  const read = ([input, text]: ThresholdInput): number => {
    const value = parseNumber(input, text, 'a percentage of budget left, 0-100')
    if (value < 0 || value > 100) throw new InputError(input, `${text} is outside 0-100`)
    return value
  }
  const thresholds = {
    caution: read(inputs.caution),
    warning: read(inputs.warning),
    freeze: read(inputs.freeze)
  }
  // Name the input out of order: of the pair that is not decreasing, the one the user set.
  const pairs = [
    [inputs.caution, thresholds.caution, inputs.warning, thresholds.warning],
    [inputs.warning, thresholds.warning, inputs.freeze, thresholds.freeze]
  ] as const
  for (const [upper, high, lower, low] of pairs) {
    if (high > low) continue
    const culprit = lower[2] && !upper[2] ? lower : upper
    const other = culprit === upper ? lower : upper
    throw new InputError(
      culprit[0],
      `thresholds must be strictly decreasing: caution (${thresholds.caution}) > warning (${thresholds.warning}) > freeze (${thresholds.freeze}), but ${culprit[0]} (${culprit[1].trim()}) is not ${culprit === upper ? 'above' : 'below'} ${other[0]} (${other[1].trim()})`
    )
  }
  return thresholds
}

/**
 * The statuses that block, CAUTION to EXHAUSTED. A list that names nothing would open every door,
 * so it is a bad input; EXHAUSTED (and ERROR, with on_error: block) block whatever it says.
 */
export function parseBlockOn(input: string, text: string): Status[] {
  const accepted = 'a list of CAUTION, WARNING, FREEZE, EXHAUSTED'
  const statuses = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(word => {
      const status = matchWord(word, STATUSES)
      if (!status || status === 'ERROR' || status === 'NORMAL') {
        throw new InputError(
          input,
          `"${word}" is not a status that can block; expected ${accepted} (ERROR is governed by on_error)`
        )
      }
      return status
    })
  if (statuses.length === 0)
    throw new InputError(
      input,
      `${JSON.stringify(text)} names no status; expected ${accepted} (EXHAUSTED always blocks)`
    )
  return statuses
}

export function parseQuery(input: string, text: string): string {
  const query = text.trim()
  if (!query) throw new InputError(input, 'is empty; expected a PromQL query containing {{window}}')
  if (!query.includes(WINDOW_PLACEHOLDER)) {
    throw new InputError(
      input,
      `has no ${WINDOW_PLACEHOLDER} placeholder; write the range as [${WINDOW_PLACEHOLDER}], e.g. sum(increase(http_requests_total[${WINDOW_PLACEHOLDER}]))`
    )
  }
  // Refused now rather than at query time, where PromQL would fail on the braces.
  const unknown = /\{\{[^}]*\}\}/.exec(query.replaceAll(WINDOW_PLACEHOLDER, ''))
  if (unknown) {
    throw new InputError(
      input,
      `has a placeholder ${unknown[0]} that the gate does not fill; the only one is ${WINDOW_PLACEHOLDER}, written exactly so`
    )
  }
  return query
}

export function parseQuerySource(input: string, text: string): QuerySource {
  return parseWord(input, text, QUERY_SOURCES)
}

export function parseBurnThreshold(input: string, text: string): number | 'auto' {
  if (text.trim() === 'auto') return 'auto'
  const value = parseNumber(
    input,
    text,
    'auto (derived from the SLO window), a burn-rate multiple such as 14.4, or 0 to turn the check off'
  )
  if (value < 0)
    throw new InputError(input, `${text} is negative; expected 0 (off) or a positive multiple`)
  return value
}

export function parseBurnTiers(input: string, text: string): TierLevel[] {
  const words = text.split(/[\s,]+/).filter(Boolean)
  if (words.length === 1 && words[0] === 'none') return []
  const accepted = 'page, page,ticket or none'
  if (words.length === 0) throw new InputError(input, `is empty; expected ${accepted}`)
  for (const word of words) {
    if (word !== 'page' && word !== 'ticket')
      throw new InputError(input, `"${word}" is not a tier set; expected ${accepted}`)
  }
  return (['page', 'ticket'] as const).filter(level => words.includes(level))
}

/** `auto` (the events at which the budget allows one bad event), or a whole number; 0 is off. */
export function parseMinEvents(input: string, text: string): number | 'auto' {
  if (text.trim() === 'auto') return 'auto'
  const value = parseNumber(
    input,
    text,
    'auto, or a whole number of events (0 turns the guard off)'
  )
  if (!Number.isInteger(value) || value < 0)
    throw new InputError(
      input,
      `${text} is not a whole number of events; expected auto or 0, 1, 2, …`
    )
  return value
}

export function parseLowTraffic(input: string, text: string): 'evaluate' | 'allow' {
  const value = text.trim()
  if (value !== 'evaluate' && value !== 'allow')
    throw new InputError(
      input,
      `${JSON.stringify(text)} is not allowed; expected evaluate or allow`
    )
  return value
}

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

/** `exclude`: one `START/END reason` (or `START/DURATION reason`) a line; errors name the line. */
export function parseExclusions(input: string, text: string): Exclusion[] {
  const exclusions: Exclusion[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return
    try {
      exclusions.push(parseExclusion(line, `${input} line ${i + 1}`))
    } catch (error) {
      throw new InputError(input, `line ${i + 1}: ${(error as Error).message}`)
    }
  })
  return exclusions
}

/** Events can be removed only from queries whose every {{window}} is a range: `[{{window}}]`. */
export function checkExcludable(slo: SloSpec, input: string): void {
  if (slo.exclusions.length === 0) return
  for (const [name, query] of [
    ['error_query', slo.errorQuery],
    ['total_query', slo.totalQuery]
  ]) {
    if (!supportsExclusion(query))
      throw new InputError(
        input,
        `${slo.name} has excluded intervals, but its ${name} (${query}) does not count events over [{{window}}] ranges (an error-ratio SLI, or {{window}} outside a range selector), so no events can be removed from it`
      )
  }
}

/** ⌈1 / (1 − target)⌉: the events at which the budget allows one bad event (1000 at 99.9 %). */
export function eventsForOneBadEvent(targetPercent: number): number {
  return Math.ceil(Number((100 / (100 - targetPercent)).toPrecision(10)))
}

/**
 * `low_traffic: allow` exempts SLOs below min_events from blocking: a min_events far above the
 * statistical floor would exempt real services, a policy that blocks nothing. Refused.
 */
/** Past this many events, "too few to count" would exempt real services: allow is refused. */
const MAX_ALLOWED_MIN_EVENTS = 1_000_000

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

/** The single SLO described by the action's inputs (also the defaults for SLOs in a config file). */
export function sloFromInputs(get: InputSource, name = 'default'): SloSpec {
  const input = withDefaults(get)
  const given = (key: string): boolean => get(key).trim() !== ''
  const slo: SloSpec = {
    name,
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
    querySource: parseQuerySource('query_source', input('query_source'))
  }
  checkTiers(slo, 'burn_tiers')
  checkExcludable(slo, 'exclude')
  checkLowTraffic(slo, 'min_events')
  return slo
}

export function parseHeaders(input: string, text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue
    const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line)
    if (!match)
      throw new InputError(
        input,
        `"${line.slice(0, 40)}" is not a header; expected one "Name: value" a line`
      )
    headers[match[1]] = match[2]
  }
  return headers
}

export function parseEvaluationTime(input: string, text: string): Date | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  const rfc3339 =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(trimmed)
  const date = /^\d+(\.\d+)?$/.test(trimmed)
    ? new Date(Number(trimmed) * 1000)
    : rfc3339
      ? new Date(trimmed)
      : new Date(NaN)
  if (rfc3339) {
    // Date rolls 2026-02-30 into March and T24:00 into the next day: refuse what is not on the calendar.
    const [year, month, day, hour] = rfc3339.slice(1, 5).map(Number)
    const calendar = new Date(Date.UTC(year, month - 1, day))
    if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || hour > 23) {
      throw new InputError(input, `"${trimmed}" is not a date and time on the calendar`)
    }
  }
  if (Number.isNaN(date.getTime())) {
    throw new InputError(
      input,
      `"${text}" is not a time; expected RFC 3339 (2026-01-31T12:00:00Z) or Unix seconds`
    )
  }
  return date
}

/** Splits credentials out of the URL so they travel only in the Authorization header. */
export function parsePrometheusUrl(
  input: string,
  text: string
): { url: string; username?: string; password?: string } {
  const trimmed = text.trim()
  if (!trimmed)
    throw new InputError(
      input,
      'is required; expected the base URL of a Prometheus HTTP API, e.g. https://prometheus.example.com'
    )
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    throw new InputError(input, 'is not a URL; expected http(s)://host[:port][/path-prefix]')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(input, `has protocol ${url.protocol}; expected http or https`)
  }
  const username = url.username ? decodeURIComponent(url.username) : undefined
  const password = url.password ? decodeURIComponent(url.password) : undefined
  url.username = ''
  url.password = ''
  return { url: url.toString(), username, password }
}

function parseIntegerInRange(
  input: string,
  text: string,
  min: number,
  max: number,
  accepted: string
): number {
  const value = parseNumber(input, text, accepted)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(input, `${text} is out of range; expected ${accepted}`)
  }
  return value
}

/**
 * Values that must never be printed, from the raw inputs (masked before anything else runs), in
 * every form they travel or come back in: the token, the password and base64(user:pass) with its
 * header value, the URL's userinfo and credential-like query values, prometheus_headers values,
 * the Slack webhook (whole, path, last segment) and the GitHub token, each also URL-, JSON- and
 * Markdown-encoded.
 */
export function secretValues(get: InputSource): string[] {
  const url = get('prometheus_url').trim()
  let fromUrl: { username?: string; password?: string } = {}
  try {
    fromUrl = parsePrometheusUrl('prometheus_url', url)
  } catch {
    // An invalid URL is reported by readGateConfig, without echoing it.
  }
  const username = get('prometheus_username').trim() || fromUrl.username || ''
  const password = get('prometheus_password').trim() || fromUrl.password || ''
  const headerValues = get('prometheus_headers')
    .split(/\r?\n/)
    .map(line => line.slice(line.indexOf(':') + 1))
  const slack = get('slack_webhook_url').trim()
  return expandSecrets([
    ...credentialValues({ token: get('prometheus_token'), username, password, headerValues, url }),
    ...(slack ? webhookSecrets(slack) : []),
    get('github_token')
  ])
}

/** Excluded intervals must be over at evaluation time and may not overlap: a bad input if not. */
function withCheckedExclusions(slos: SloSpec[], input: string, time: Date): SloSpec[] {
  for (const slo of slos) {
    try {
      checkExclusions(slo.exclusions, time)
    } catch (error) {
      throw new InputError(input, `${slo.name}: ${(error as Error).message}`)
    }
  }
  return slos
}

export function readGateConfig(get: InputSource, slos?: SloSpec[]): GateConfig {
  const input = withDefaults(get)
  const endpoint = parsePrometheusUrl('prometheus_url', get('prometheus_url'))
  const onError = parseWord('on_error', input('on_error'), ['block', 'allow'])
  const token = get('prometheus_token').trim() || undefined
  // It travels as a header value: a line break would be refused by the HTTP stack at each try.
  // eslint-disable-next-line no-control-regex
  if (token && /[\u0000-\u0008\u000a-\u001f\u007f]/.test(token)) {
    throw new InputError(
      'prometheus_token',
      'has a line break or a control character; expected the token on one line (check how the secret was stored)'
    )
  }
  const username = get('prometheus_username').trim() || endpoint.username
  const password = get('prometheus_password').trim() || endpoint.password
  if (token && (username || password)) {
    throw new InputError(
      'prometheus_token',
      'set either prometheus_token or prometheus_username/password, not both'
    )
  }
  const caCert = get('prometheus_ca_cert').trim() || undefined
  if (caCert && !caCert.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InputError(
      'prometheus_ca_cert',
      'expected PEM text starting with -----BEGIN CERTIFICATE-----'
    )
  }
  return {
    prometheus: {
      url: endpoint.url,
      token,
      username,
      password,
      headers: parseHeaders('prometheus_headers', get('prometheus_headers')),
      caCert,
      timeoutSeconds: parseIntegerInRange(
        'prometheus_timeout',
        input('prometheus_timeout'),
        1,
        600,
        'whole seconds, 1-600'
      ),
      retries: parseIntegerInRange(
        'prometheus_retries',
        input('prometheus_retries'),
        0,
        10,
        'a whole number, 0-10'
      )
    },
    slos: withCheckedExclusions(
      slos ?? [sloFromInputs(get)],
      slos ? 'config_file' : 'exclude',
      parseEvaluationTime('evaluation_time', get('evaluation_time')) ?? new Date()
    ),
    freezeFile: input('freeze_file'),
    onError,
    failOnBlock: parseBoolean('fail_on_block', input('fail_on_block')),
    dryRun: parseBoolean('dry_run', input('dry_run')),
    evaluationTime: parseEvaluationTime('evaluation_time', get('evaluation_time')),
    maxConcurrency: parseIntegerInRange(
      'max_concurrency',
      input('max_concurrency'),
      1,
      64,
      'a whole number, 1-64'
    ),
    chart: parseBoolean('chart', input('chart')),
    secrets: secretValues(get)
  }
}
