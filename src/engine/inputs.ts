/**
 * The parsers of single input values, shared by the action, the CLI, the App and the spec
 * readers. Each takes the input's name and its text, and refuses a bad value with an InputError
 * that names the input and the accepted form. Pure.
 */
import { parseDuration } from './duration.js'
import type { Thresholds, TierLevel } from './budget.js'
import { STATUSES, type Status } from './status.js'
import { isCalendarUnit, isTimeZone } from './calendar.js'
import { parseExclusion, type Exclusion } from './exclusions.js'
import { WINDOW_PLACEHOLDER } from './promql.js'

/** Returns the raw text of an input, '' when unset. Names are the action's snake_case names. */
export type InputSource = (name: string) => string

/**
 * Inputs that carry a credential, or a URL that may: an error about one names the input (and the
 * line, for a multi-line value), never its text, not even a prefix. Redaction cannot be the guard
 * there: a prefix of a secret matches none of its registered forms.
 */
export const SECRET_INPUTS: ReadonlySet<string> = new Set([
  'prometheus_url',
  'prometheus_token',
  'prometheus_username',
  'prometheus_password',
  'prometheus_headers',
  'prometheus_ca_cert',
  'slack_webhook_url',
  'github_token'
])

/** How an error shows a refused value: as `quoted`, or, for a secret-bearing input, not at all. */
export function shownValue(input: string, quoted: string): string {
  return SECRET_INPUTS.has(input) ? 'the value (not shown: it may hold a credential)' : quoted
}

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
  forecast: 'true',
  query_source: 'auto',
  mode: 'gate',
  verify_for: '15m',
  verify_interval: '1m',
  verify_max_burn: 'auto',
  verify_max_spend: '2%',
  on_inconclusive: 'fail'
}

/** Where an SLO's figures are read from: raw series, the gate's recording rules, or either. */
export const QUERY_SOURCES = ['raw', 'rules', 'auto'] as const
export type QuerySource = (typeof QUERY_SOURCES)[number]

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
    throw new InputError(
      input,
      `${shownValue(input, `"${text}"`)} is not a number; expected ${accepted}`
    )
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
      `${shownValue(input, `"${text.trim()}"`)} is not allowed; expected ${words.slice(0, -1).join(', ')} or ${words.at(-1)} (in lower case, Capitalised or UPPER case)`
    )
  return word
}

export function parseBoolean(input: string, text: string): boolean {
  const word = matchWord(text, ['true', 'false'])
  if (word === undefined)
    throw new InputError(
      input,
      `${shownValue(input, `"${text}"`)} is not a boolean; expected true or false`
    )
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

/** A span in whole seconds: `0`, or a Prometheus duration (`15m`, `1h30m`). */
export function parseSpan(input: string, text: string): number {
  if (text.trim() === '0') return 0
  let seconds: number
  try {
    seconds = parseDuration(text)
  } catch (error) {
    throw new InputError(input, `${(error as Error).message}, or 0`)
  }
  if (!Number.isInteger(seconds))
    throw new InputError(input, `"${text.trim()}" is not whole seconds; expected e.g. 90s or 15m`)
  return seconds
}

/** A percentage, `2%` or `2`, from 0 to 100. */
export function parsePercent(input: string, text: string): number {
  const value = parseNumber(input, text.trim().replace(/\s*%$/, ''), 'a percentage, e.g. 2%')
  if (value < 0 || value > 100) throw new InputError(input, `${text.trim()} is outside 0-100%`)
  return value
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

export function parseIntegerInRange(
  input: string,
  text: string,
  min: number,
  max: number,
  accepted: string
): number {
  const value = parseNumber(input, text, accepted)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(input, `${shownValue(input, text)} is out of range; expected ${accepted}`)
  }
  return value
}
