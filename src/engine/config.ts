/**
 * The gate's config: ONE builder for every entry point. The action passes its inputs, the CLI its
 * flags and environment, the App its policy and its datasource; each may pass the SLOs of a config
 * file. Every check lives here or below, so no entry point can skip one. Pure.
 */
import type { PrometheusOptions } from '../prometheus/api.js'
import { credentialValues, expandSecrets, webhookSecrets } from '../text/redact.js'
import { checkExclusions } from './exclusions.js'
import {
  InputError,
  parseBoolean,
  parseEvaluationTime,
  parseIntegerInRange,
  parseWord,
  withDefaults,
  type InputSource
} from './inputs.js'
import { sloFromInputs, type SloSpec } from './slo.js'
import type { VerifySettings } from './verify.js'
import { MODES, readVerifySettings, refuseVerifyInputs, type Mode } from './verify-config.js'

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
  /** Whether a blocked deploy gets a recovery forecast (two range queries per blocking SLO). */
  forecast: boolean
  /** Secret values to mask and to keep out of every report. */
  secrets: string[]
  /** `gate` decides before a deploy; `verify` watches the budget after it (verify.ts). */
  mode: Mode
  /** The verify inputs, in mode verify. */
  verify?: VerifySettings
}

/** One "Name: value" a line. A bad line is named by its number: its text may hold a credential. */
export function parseHeaders(input: string, text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue
    const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line)
    if (!match)
      throw new InputError(
        input,
        `line ${index + 1} is not a header; expected one "Name: value" a line (the line is not shown: it may hold a credential)`
      )
    headers[match[1]] = match[2]
  }
  return headers
}

const KNOWN_SCHEMES = ['ftp:', 'file:', 'ws:', 'wss:', 'unix:', 'tcp:', 'grpc:', 'data:']

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
    // A known scheme is named; anything else may be the start of a pasted credential (`user:pass`).
    const scheme = KNOWN_SCHEMES.includes(url.protocol) ? url.protocol : 'other than http(s)'
    throw new InputError(input, `has protocol ${scheme}; expected http or https`)
  }
  const username = url.username ? decodeURIComponent(url.username) : undefined
  const password = url.password ? decodeURIComponent(url.password) : undefined
  url.username = ''
  url.password = ''
  return { url: url.toString(), username, password }
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

/** The Prometheus endpoint of the prometheus_* inputs, checked (credentials out of the URL). */
export function readPrometheusOptions(get: InputSource): PrometheusOptions {
  const input = withDefaults(get)
  const endpoint = parsePrometheusUrl('prometheus_url', get('prometheus_url'))
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
  }
}

/** An endpoint read and checked before, with every form of its credentials (the App's datasource). */
export interface CheckedEndpoint {
  prometheus: PrometheusOptions
  secrets: string[]
}

/** What an entry point may give beside its inputs. */
export interface GateContext {
  /** The endpoint to query; unset: the prometheus_* inputs. */
  endpoint?: CheckedEndpoint
  /** The clock of the evaluation, for the checks against the evaluation time when evaluation_time is unset. */
  now?: () => Date
}

/**
 * Builds and checks the gate's config: `get` answers by the action's input names (unset: the
 * defaults), `slos` are the SLOs of a config file or a policy (unset: the one SLO of the inputs).
 */
export function readGateConfig(
  get: InputSource,
  slos?: SloSpec[],
  context: GateContext = {}
): GateConfig {
  const input = withDefaults(get)
  const prometheus = context.endpoint?.prometheus ?? readPrometheusOptions(get)
  const onError = parseWord('on_error', input('on_error'), ['block', 'allow'])
  const now = context.now ?? (() => new Date())
  const time = parseEvaluationTime('evaluation_time', get('evaluation_time')) ?? now()
  const checked = withCheckedExclusions(
    slos ?? [sloFromInputs(get)],
    slos ? 'config_file' : 'exclude',
    time
  )
  const mode = parseWord('mode', input('mode'), MODES)
  if (mode === 'gate') refuseVerifyInputs(get)
  return {
    prometheus,
    slos: checked,
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
    forecast: parseBoolean('forecast', input('forecast')),
    secrets: [...(context.endpoint?.secrets ?? []), ...secretValues(get)],
    mode,
    verify:
      mode === 'verify'
        ? readVerifySettings(get, checked, slos ? 'config_file' : 'error_query', time)
        : undefined
  }
}
