/**
 * Reads and validates every input into a GateConfig. Pure: it takes a getter, so the action
 * (core.getInput) and the CLI (flags and environment) share one implementation.
 */
import { parseDuration } from './duration.js'
import type { PrometheusOptions } from '../prometheus/api.js'
import type { BurnTierSpec, Thresholds } from './budget.js'
import { parseStatus, type Status } from './status.js'

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
  fast_burn_threshold: '14.4',
  slow_burn_threshold: '6',
  freeze_file: '.deploy-freeze',
  on_error: 'block',
  fail_on_block: 'true',
  dry_run: 'false',
  max_concurrency: '8',
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
  fastBurnThreshold: number
  slowBurnThreshold: number
  /** Tiers from the config file (e.g. a Sloth AlertWindows document); undefined: the built-in ones. */
  burnTiers?: BurnTierSpec[]
  /** Where burnTiers came from, for the summary: "burn tiers from <source>". */
  burnTiersSource?: string
  /** Raw series, the gate's recording rules, or rules when they cover the window (auto). Unset: raw. */
  querySource?: QuerySource
  /** Sloth's `sloth_id` when the SLO comes from a Sloth spec: Sloth's own rules can be read. */
  slothId?: string
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

export function parseBoolean(input: string, text: string): boolean {
  if (/^(true|True|TRUE)$/.test(text.trim())) return true
  if (/^(false|False|FALSE)$/.test(text.trim())) return false
  throw new InputError(input, `"${text}" is not a boolean; expected true or false`)
}

export function parseWindow(input: string, text: string): string {
  try {
    parseDuration(text)
  } catch (error) {
    throw new InputError(input, (error as Error).message)
  }
  return text.trim()
}

export function parseTarget(input: string, text: string): number {
  const target = parseNumber(input, text, 'a percentage between 0 and 100, such as 99.9')
  if (target > 0 && target <= 1) {
    throw new InputError(
      input,
      `${text} looks like a ratio; give the target in percent (${target * 100} for ${text})`
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

export function parseThresholds(inputs: {
  caution: [string, string]
  warning: [string, string]
  freeze: [string, string]
}): Thresholds {
  const read = ([input, text]: [string, string]): number => {
    const value = parseNumber(input, text, 'a percentage of budget left, 0-100')
    if (value < 0 || value > 100) throw new InputError(input, `${text} is outside 0-100`)
    return value
  }
  const thresholds = {
    caution: read(inputs.caution),
    warning: read(inputs.warning),
    freeze: read(inputs.freeze)
  }
  if (!(thresholds.caution > thresholds.warning && thresholds.warning > thresholds.freeze)) {
    throw new InputError(
      inputs.warning[0],
      `thresholds must be strictly decreasing: caution (${thresholds.caution}) > warning (${thresholds.warning}) > freeze (${thresholds.freeze})`
    )
  }
  return thresholds
}

export function parseBlockOn(input: string, text: string): Status[] {
  const statuses = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(word => {
      const status = parseStatus(word)
      if (!status || status === 'ERROR') {
        throw new InputError(
          input,
          `"${word}" is not a status; expected a list of CAUTION, WARNING, FREEZE, EXHAUSTED (ERROR is governed by on_error)`
        )
      }
      return status
    })
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
  const value = text.trim()
  if (!(QUERY_SOURCES as readonly string[]).includes(value))
    throw new InputError(input, `"${text}" is not allowed; expected ${QUERY_SOURCES.join(', ')}`)
  return value as QuerySource
}

export function parseBurnThreshold(input: string, text: string): number {
  const value = parseNumber(
    input,
    text,
    'a burn-rate multiple such as 14.4, or 0 to turn the check off'
  )
  if (value < 0)
    throw new InputError(input, `${text} is negative; expected 0 (off) or a positive multiple`)
  return value
}

/** The single SLO described by the action's inputs (also the defaults for SLOs in a config file). */
export function sloFromInputs(get: InputSource, name = 'default'): SloSpec {
  const input = withDefaults(get)
  return {
    name,
    target: parseTarget('slo_target', input('slo_target')),
    window: parseWindow('time_window', input('time_window')),
    errorQuery: parseQuery('error_query', input('error_query')),
    totalQuery: parseQuery('total_query', input('total_query')),
    thresholds: parseThresholds({
      caution: ['caution_threshold', input('caution_threshold')],
      warning: ['warning_threshold', input('warning_threshold')],
      freeze: ['freeze_threshold', input('freeze_threshold')]
    }),
    blockOn: parseBlockOn('block_on', input('block_on')),
    burnRateWindow: parseWindow('burn_rate_window', input('burn_rate_window')),
    fastBurnThreshold: parseBurnThreshold('fast_burn_threshold', input('fast_burn_threshold')),
    slowBurnThreshold: parseBurnThreshold('slow_burn_threshold', input('slow_burn_threshold')),
    querySource: parseQuerySource('query_source', input('query_source'))
  }
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
  const date = /^\d+(\.\d+)?$/.test(trimmed)
    ? new Date(Number(trimmed) * 1000)
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(trimmed)
      ? new Date(trimmed)
      : new Date(NaN)
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

/** Values that must never be printed, from the raw inputs (masked before anything else runs). */
export function secretValues(get: InputSource): string[] {
  const secrets = [
    get('prometheus_token'),
    get('prometheus_password'),
    get('slack_webhook_url'),
    get('github_token')
  ]
  try {
    const url = new URL(get('prometheus_url').trim())
    if (url.password) secrets.push(url.password, decodeURIComponent(url.password))
  } catch {
    // An invalid URL is reported by parsePrometheusUrl, without echoing it.
  }
  return [...new Set(secrets.map(s => s.trim()).filter(s => s.length > 0))]
}

export function readGateConfig(get: InputSource, slos?: SloSpec[]): GateConfig {
  const input = withDefaults(get)
  const endpoint = parsePrometheusUrl('prometheus_url', get('prometheus_url'))
  const onError = input('on_error')
  if (onError !== 'block' && onError !== 'allow') {
    throw new InputError('on_error', `"${onError}" is not allowed; expected block or allow`)
  }
  const token = get('prometheus_token').trim() || undefined
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
    slos: slos ?? [sloFromInputs(get)],
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
    secrets: secretValues(get)
  }
}
