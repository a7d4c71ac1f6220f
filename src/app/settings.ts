/**
 * The server's own settings, from its environment only: the App's identity and secrets, and the
 * Prometheus datasources by name. A repository's policy can name a datasource, never a URL, so a
 * pull request cannot send the server's credentials to a host of its choosing.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { InputError } from '../engine/inputs.js'
import { readPrometheusOptions, secretValues } from '../engine/config.js'
import { parseDuration } from '../engine/duration.js'
import type { PrometheusOptions } from '../prometheus/api.js'
import { expandSecrets } from '../text/redact.js'
import { readRepositoryPatterns, type RepositoryPatterns } from './access.js'
import { readServerLimits, type ServerLimits } from './limits.js'
import { MAX_INTERVAL_SECONDS } from './policy.js'

export interface Datasource {
  name: string
  prometheus: PrometheusOptions
  /** Its token, password and header values: redacted from every log line and comment. */
  secrets: string[]
  /** The repositories whose policies may name it (DATASOURCE_<NAME>_REPOSITORIES); none: unset. */
  repositories: RepositoryPatterns
}

export interface ServerSettings extends ServerLimits {
  appId: string
  privateKey: crypto.KeyObject
  webhookSecret: string
  port: number
  host: string
  githubApiUrl: string
  /** Datasources by lower-case name (`prod` for DATASOURCE_PROD_*). */
  datasources: Map<string, Datasource>
  /** What an environment the policy does not name gets (reject unless UNKNOWN_ENVIRONMENT=approve). */
  unknownEnvironment: 'approve' | 'reject'
  /** The JSON file that keeps pending waits and seen delivery ids across restarts. */
  stateFile: string
  /** The shortest `interval` a policy may ask for (seconds): each one costs the Prometheus a query. */
  minIntervalSeconds: number
  /** The longest `wait` a policy may ask for (seconds). */
  maxWaitSeconds: number
  /** How long a shutdown waits for in-flight evaluations (ms). */
  shutdownGraceMs: number
  /** Every secret value and its derived forms, for redaction. */
  secrets: string[]
}

/** A bad server setting: names the variable and the accepted form. */
export class SettingError extends Error {
  constructor(
    readonly variable: string,
    message: string
  ) {
    super(`${variable}: ${message}`)
    this.name = 'SettingError'
  }
}

const DATASOURCE_FIELDS: Record<string, string> = {
  URL: 'prometheus_url',
  TOKEN: 'prometheus_token',
  USERNAME: 'prometheus_username',
  PASSWORD: 'prometheus_password',
  HEADERS: 'prometheus_headers',
  CA_CERT: 'prometheus_ca_cert',
  TIMEOUT: 'prometheus_timeout',
  RETRIES: 'prometheus_retries'
}

/** Reads DATASOURCE_<NAME>_* into one validated datasource per name, with the action's parsers. */
export function readDatasources(env: NodeJS.ProcessEnv): Map<string, Datasource> {
  const datasources = new Map<string, Datasource>()
  for (const key of Object.keys(env)) {
    const match = /^DATASOURCE_([A-Z0-9]+(?:_[A-Z0-9]+)*?)_URL$/.exec(key)
    if (!match) continue
    const upper = match[1]
    const variable = (input: string): string | undefined => {
      const suffix = Object.keys(DATASOURCE_FIELDS).find(s => DATASOURCE_FIELDS[s] === input)
      return suffix ? `DATASOURCE_${upper}_${suffix}` : undefined
    }
    const get = (input: string): string => {
      const name = variable(input)
      return (name && env[name]) || ''
    }
    const name = upper.toLowerCase()
    const bound = `DATASOURCE_${upper}_REPOSITORIES`
    let repositories: RepositoryPatterns
    try {
      repositories = readRepositoryPatterns(env[bound] ?? '')
    } catch (error) {
      throw new SettingError(bound, (error as Error).message)
    }
    try {
      datasources.set(name, {
        name,
        // Every message of its client names it so: its address stays on the server.
        prometheus: { ...readPrometheusOptions(get), shownAs: `datasource ${name}` },
        // Every form of the credentials (base64 pair, header values, encodings): the action's own.
        secrets: secretValues(get),
        repositories
      })
    } catch (error) {
      if (error instanceof InputError)
        throw new SettingError(
          variable(error.input) ?? `DATASOURCE_${upper}_*`,
          error.message.replace(/^Input [^:]+: /, '')
        )
      throw error
    }
  }
  return datasources
}

function readPrivateKey(env: NodeJS.ProcessEnv): crypto.KeyObject {
  let pem = env.PRIVATE_KEY?.trim()
  if (!pem && env.PRIVATE_KEY_PATH) {
    try {
      pem = fs.readFileSync(env.PRIVATE_KEY_PATH, 'utf8')
    } catch (error) {
      throw new SettingError(
        'PRIVATE_KEY_PATH',
        `cannot be read (${(error as NodeJS.ErrnoException).code})`
      )
    }
  }
  if (!pem)
    throw new SettingError(
      'PRIVATE_KEY',
      'is required (or PRIVATE_KEY_PATH): the PEM key downloaded from the App settings'
    )
  try {
    // Environment files often carry the PEM on one line with literal \n.
    return crypto.createPrivateKey(pem.replace(/\\n/g, '\n'))
  } catch {
    throw new SettingError('PRIVATE_KEY', 'is not a PEM private key')
  }
}

function seconds(env: NodeJS.ProcessEnv, variable: string, fallback: string): number {
  try {
    return parseDuration(env[variable]?.trim() || fallback)
  } catch (error) {
    throw new SettingError(variable, (error as Error).message)
  }
}

/** A shorter webhook secret could be guessed: GitHub signs every delivery with it. */
export const MIN_WEBHOOK_SECRET = 16

/**
 * What the server should say when it starts with settings that are valid but cannot do the job:
 * without a datasource every policy names one it does not have, so every deployment is rejected.
 */
export function startupWarnings(settings: Pick<ServerSettings, 'datasources'>): string[] {
  if (settings.datasources.size === 0)
    return [
      'no datasource is configured: every deployment whose policy names one will be rejected; set DATASOURCE_<NAME>_URL (and _TOKEN, _USERNAME, _PASSWORD, _HEADERS, _CA_CERT as needed) for each Prometheus the policies may name, and DATASOURCE_<NAME>_REPOSITORIES for the repositories that may use it'
    ]
  return [...settings.datasources.values()]
    .filter(datasource => datasource.repositories.length === 0)
    .map(
      ({ name }) =>
        `datasource ${name} serves no repository: set DATASOURCE_${name.toUpperCase()}_REPOSITORIES to the repositories whose policies may use it (owner/repo or owner/*, comma-separated); until then every deployment whose policy names it is rejected`
    )
}

/** GitHub gives up on a deployment protection rule after 30 days: a longer wait is never answered. */
export const MAX_WAIT_SECONDS = 30 * 86400

function ceiling(variable: string, value: number, most: number, why: string): number {
  if (value > most) throw new SettingError(variable, `is longer than ${why}`)
  return value
}

/** Every setting, validated; throws a SettingError naming the variable. */
export function readServerSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const appId = env.APP_ID?.trim() ?? ''
  if (!/^\d+$/.test(appId))
    throw new SettingError('APP_ID', 'is required: the numeric App ID from the App settings')
  const webhookSecret = env.WEBHOOK_SECRET ?? ''
  if (!webhookSecret)
    throw new SettingError(
      'WEBHOOK_SECRET',
      `is required: the webhook secret set on the App, at least ${MIN_WEBHOOK_SECRET} characters`
    )
  // Its length only: a secret is never quoted, not even a short one.
  if (webhookSecret.length < MIN_WEBHOOK_SECRET)
    throw new SettingError(
      'WEBHOOK_SECRET',
      `is ${webhookSecret.length} characters long; it must have at least ${MIN_WEBHOOK_SECRET} (set a longer secret on the App and here)`
    )
  const privateKey = readPrivateKey(env)
  const portText = env.PORT?.trim() || '3000'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new SettingError('PORT', `"${portText}" is not a port number`)
  // An admin who enables the rule on an environment means to gate it: a name the policy lacks
  // (a typo) is rejected unless the server is told otherwise.
  const unknownEnvironment = env.UNKNOWN_ENVIRONMENT?.trim() || 'reject'
  if (unknownEnvironment !== 'approve' && unknownEnvironment !== 'reject')
    throw new SettingError('UNKNOWN_ENVIRONMENT', 'expected approve or reject')
  const datasources = readDatasources(env)
  const maxWaitSeconds = ceiling(
    'MAX_WAIT',
    seconds(env, 'MAX_WAIT', '24h'),
    MAX_WAIT_SECONDS,
    'GitHub waits for a deployment protection rule (30d)'
  )
  const minIntervalSeconds = ceiling(
    'MIN_INTERVAL',
    seconds(env, 'MIN_INTERVAL', '1m'),
    Math.min(MAX_INTERVAL_SECONDS, maxWaitSeconds),
    'MAX_WAIT or the longest interval a wait may have (24d)'
  )
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const rawPem = (env.PRIVATE_KEY ?? '').replace(/\\n/g, '\n')
  // The key in every shape a log could show it: whole, and each of its base64 lines.
  const keyForms = [pem, rawPem, ...`${pem}\n${rawPem}`.split(/\r?\n/)].filter(
    line => line.length >= 16 && !line.startsWith('-----')
  )
  return {
    appId,
    privateKey,
    webhookSecret,
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    githubApiUrl: (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, ''),
    datasources,
    unknownEnvironment,
    stateFile: env.STATE_FILE?.trim() || 'error-budget-state.json',
    minIntervalSeconds,
    maxWaitSeconds,
    shutdownGraceMs: seconds(env, 'SHUTDOWN_GRACE', '30s') * 1000,
    ...readServerLimits(env),
    secrets: expandSecrets([
      webhookSecret,
      ...keyForms,
      ...[...datasources.values()].flatMap(d => d.secrets)
    ])
  }
}

/**
 * Every secret of the environment, read without checking it: what a start-up error (a bad
 * setting, a port in use) is redacted of, since the checked settings do not exist then.
 */
export function environmentSecrets(env: NodeJS.ProcessEnv): string[] {
  const names = new Set<string>()
  for (const key of Object.keys(env)) {
    const match = /^DATASOURCE_(.+?)_(?:URL|TOKEN|USERNAME|PASSWORD|HEADERS|CA_CERT)$/.exec(key)
    if (match) names.add(match[1])
  }
  const datasourceSecrets = [...names].flatMap(upper =>
    secretValues(input => {
      const suffix = Object.keys(DATASOURCE_FIELDS).find(s => DATASOURCE_FIELDS[s] === input)
      return (suffix && env[`DATASOURCE_${upper}_${suffix}`]) || ''
    })
  )
  const key = (env.PRIVATE_KEY ?? '').replace(/\\n/g, '\n')
  return expandSecrets([
    env.WEBHOOK_SECRET ?? '',
    key,
    ...key.split(/\r?\n/).filter(line => !line.startsWith('-----')),
    ...datasourceSecrets
  ])
}
