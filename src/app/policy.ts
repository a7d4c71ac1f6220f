/**
 * The repository's policy, `.github/error-budget.yml`: per environment, the datasource (a name the
 * server knows), the SLOs (inline in our format, or a config file of any supported format), their
 * defaults, on_error, and an optional wait. Pure: the caller fetches the text.
 */
import { parse } from 'yaml'
import { InputError, type InputSource } from '../engine/inputs.js'
import { sloFromInputs } from '../engine/slo.js'
import { formatDuration, parseDuration } from '../engine/duration.js'
import { isObject, type Doc } from '../specs/fields.js'

export const POLICY_FILE = '.github/error-budget.yml'
/** GitHub's contents API serves at most 1 MB as JSON; a policy is a few hundred bytes. */
export const MAX_POLICY_BYTES = 256 * 1024

/** A policy that cannot be used: the message says what to change in the file. */
export class PolicyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PolicyError'
  }
}

export interface EnvironmentPolicy {
  environment: string
  /** Lower-case name of the server's DATASOURCE_<NAME>_* settings. */
  datasource: string
  /** Inline SLO documents (our `slos:` list), or a file in the repository read at the same sha. */
  slos: { inline: unknown[] } | { file: string }
  /** The action's input names for every SLO field the documents leave out. */
  defaults: InputSource
  onError: 'block' | 'allow'
  /** Seconds to keep re-evaluating a blocked deploy; undefined: decide at once. */
  waitSeconds?: number
  intervalSeconds: number
  dashboard?: string
}

const ENVIRONMENT_FIELDS = [
  'prometheus',
  'slos',
  'config_file',
  'defaults',
  'on_error',
  'wait',
  'interval',
  'dashboard'
]

/** Our format's default fields, as the action's input names. */
const DEFAULT_INPUTS: Record<string, string> = {
  target: 'slo_target',
  time_window: 'time_window',
  error_query: 'error_query',
  total_query: 'total_query',
  block_on: 'block_on',
  burn_rate_window: 'burn_rate_window',
  fast_burn_threshold: 'fast_burn_threshold',
  slow_burn_threshold: 'slow_burn_threshold'
}
const THRESHOLD_INPUTS: Record<string, string> = {
  caution: 'caution_threshold',
  warning: 'warning_threshold',
  freeze: 'freeze_threshold'
}

export const DEFAULT_INTERVAL = '10m'
/**
 * The longest interval between two evaluations of a wait: a timer holds at most 2^31-1 ms (24.8
 * days; Node fires a longer one after 1 ms), so 24 days, and never more than the server's MAX_WAIT.
 */
export const MAX_INTERVAL_SECONDS = 24 * 86400

/** The policy's datasource name as the server's variables spell it (`prod-eu` → DATASOURCE_PROD_EU_*). */
export const datasourceKey = (name: string): string => name.toLowerCase().replace(/-/g, '_')

const scalar = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : Array.isArray(value)
      ? value.join(',')
      : String(value)

function readDefaults(value: unknown, at: string): InputSource {
  if (value === undefined || value === null) return () => ''
  if (!isObject(value)) throw new PolicyError(`${at}: expected a mapping`)
  const inputs: Record<string, string> = {}
  const fieldOf: Record<string, string> = {}
  for (const [key, field] of Object.entries(value)) {
    if (key === 'thresholds') {
      if (!isObject(field)) throw new PolicyError(`${at}.thresholds: expected a mapping`)
      for (const [level, v] of Object.entries(field)) {
        const input = THRESHOLD_INPUTS[level]
        if (!input)
          throw new PolicyError(
            `${at}.thresholds.${level}: unknown field; expected caution, warning, freeze`
          )
        inputs[input] = scalar(v)
        fieldOf[input] = `${at}.thresholds.${level}`
      }
      continue
    }
    const input = DEFAULT_INPUTS[key]
    if (!input)
      throw new PolicyError(
        `${at}.${key}: unknown field; expected one of ${[...Object.keys(DEFAULT_INPUTS), 'thresholds'].join(', ')}`
      )
    inputs[input] = scalar(field)
    fieldOf[input] = `${at}.${key}`
  }
  const get: InputSource = name => inputs[name] ?? ''
  try {
    sloFromInputs(get)
  } catch (error) {
    if (error instanceof InputError)
      throw new PolicyError(
        `${fieldOf[error.input] ?? at}: ${error.message.replace(/^Input [^:]+: /, '')}`
      )
    throw error
  }
  return get
}

function duration(value: unknown, at: string): number {
  try {
    return parseDuration(scalar(value))
  } catch (error) {
    throw new PolicyError(`${at}: ${(error as Error).message}`)
  }
}

function readEnvironment(
  environment: string,
  value: unknown,
  limits: { minIntervalSeconds: number; maxWaitSeconds: number }
): EnvironmentPolicy {
  const at = `environments.${environment}`
  if (!isObject(value)) throw new PolicyError(`${at}: expected a mapping`)
  const entry: Doc = value
  for (const key of Object.keys(entry)) {
    if (!ENVIRONMENT_FIELDS.includes(key))
      throw new PolicyError(
        `${at}.${key}: unknown field; expected one of ${ENVIRONMENT_FIELDS.join(', ')}`
      )
  }
  const datasource = scalar(entry.prometheus).trim()
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(datasource))
    throw new PolicyError(
      `${at}.prometheus: expected the name of a datasource of the server (e.g. prod for its DATASOURCE_PROD_URL), never a URL`
    )
  const hasSlos = entry.slos !== undefined
  const hasFile = entry.config_file !== undefined
  if (hasSlos === hasFile)
    throw new PolicyError(`${at}: give either slos (a list) or config_file (a path), exactly one`)
  let slos: EnvironmentPolicy['slos']
  if (hasFile) {
    const file = scalar(entry.config_file).trim()
    if (!file || file.startsWith('/') || file.split('/').some(part => part === '..' || !part))
      throw new PolicyError(
        `${at}.config_file: expected a relative path inside the repository, such as slo/sloth.yaml`
      )
    slos = { file }
  } else {
    if (!Array.isArray(entry.slos) || entry.slos.length === 0)
      throw new PolicyError(`${at}.slos: expected a non-empty list of SLOs in our format`)
    slos = { inline: [{ slos: entry.slos }] }
  }
  const onError = scalar(entry.on_error).trim() || 'block'
  if (onError !== 'block' && onError !== 'allow')
    throw new PolicyError(`${at}.on_error: "${onError}" is not allowed; expected block or allow`)
  let waitSeconds: number | undefined
  if (entry.wait !== undefined) {
    waitSeconds = duration(entry.wait, `${at}.wait`)
    if (waitSeconds > limits.maxWaitSeconds)
      throw new PolicyError(
        `${at}.wait: ${scalar(entry.wait)} is longer than this server allows (${limits.maxWaitSeconds}s)`
      )
  } else if (entry.interval !== undefined) {
    throw new PolicyError(`${at}.interval: only used with wait; add wait or remove interval`)
  }
  const intervalSeconds = duration(entry.interval ?? DEFAULT_INTERVAL, `${at}.interval`)
  if (entry.interval !== undefined && intervalSeconds < limits.minIntervalSeconds)
    throw new PolicyError(
      `${at}.interval: ${scalar(entry.interval)} is shorter than this server allows (${limits.minIntervalSeconds}s): every interval queries Prometheus again`
    )
  const longest =
    limits.maxWaitSeconds < MAX_INTERVAL_SECONDS
      ? `${formatDuration(limits.maxWaitSeconds)}, its longest wait`
      : '24d, the longest time between two checks'
  if (
    entry.interval !== undefined &&
    intervalSeconds > Math.min(MAX_INTERVAL_SECONDS, limits.maxWaitSeconds)
  )
    throw new PolicyError(
      `${at}.interval: ${scalar(entry.interval)} is longer than this server allows (${longest})`
    )
  let dashboard: string | undefined
  if (entry.dashboard !== undefined) {
    dashboard = scalar(entry.dashboard).trim()
    let ok = false
    try {
      ok = ['https:', 'http:'].includes(new URL(dashboard).protocol)
    } catch {
      ok = false
    }
    if (!ok) throw new PolicyError(`${at}.dashboard: expected an http(s) URL`)
  }
  return {
    environment,
    datasource: datasourceKey(datasource),
    slos,
    defaults: readDefaults(entry.defaults, `${at}.defaults`),
    onError,
    waitSeconds,
    intervalSeconds: Math.max(intervalSeconds, limits.minIntervalSeconds),
    dashboard
  }
}

function readEnvironments(text: string): Doc {
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    throw new PolicyError(`not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (!isObject(doc) || !isObject(doc.environments))
    throw new PolicyError('expected a mapping with environments: { <environment name>: {...} }')
  for (const key of Object.keys(doc)) {
    if (key !== 'environments')
      throw new PolicyError(`${key}: unknown field; expected environments`)
  }
  return doc.environments
}

/** The environments the policy names (the repository's own text): for a comment on an unnamed one. */
export function policyEnvironments(text: string): string[] {
  return Object.keys(readEnvironments(text))
}

/** Parses the policy and returns the entry of one environment (undefined: the file does not name it). */
export function readEnvironmentPolicy(
  text: string,
  environment: string,
  limits: { minIntervalSeconds: number; maxWaitSeconds: number }
): EnvironmentPolicy | undefined {
  const environments = readEnvironments(text)
  // GitHub compares environment names without regard to case.
  const name = Object.keys(environments).find(
    key => key.toLowerCase() === environment.toLowerCase()
  )
  return name === undefined ? undefined : readEnvironment(name, environments[name], limits)
}
