/** A Prometheus HTTP API client that either returns one finite number or says exactly why not. */
import https from 'node:https'
import http from 'node:http'
import tls from 'node:tls'
import fetch, { type RequestInit, type Response } from 'node-fetch'

export interface PrometheusOptions {
  /** Base URL without credentials; a path prefix (`/prometheus`, `/select/0/prometheus`) is kept. */
  url: string
  token?: string
  username?: string
  password?: string
  headers: Record<string, string>
  caCert?: string
  timeoutSeconds: number
  retries: number
}

/** Why a query gave no usable number. `kind` lets callers tell "no data" from real faults. */
export class PrometheusError extends Error {
  /** For 429 answers: how long the server asked us to wait. */
  retryAfterMs?: number

  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'response' | 'no-data' | 'value' | 'ambiguous',
    readonly httpStatus?: number
  ) {
    super(message)
    this.name = 'PrometheusError'
  }
}

export interface QueryValue {
  value: number
  /** Server notes that do not make the answer partial (`infos`). */
  infos: string[]
}

type Sample = [number, string]
interface ApiEnvelope {
  status?: string
  errorType?: string | number
  error?: string
  warnings?: string[]
  infos?: string[]
  isPartial?: boolean
  data?: { resultType?: string; result?: unknown }
}

const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504])
const BACKOFF_BASE_MS = 500
const BACKOFF_CAP_MS = 5000

/** Joins the API path onto the base URL, keeping any path prefix. */
export function apiUrl(base: string, apiPath: string): string {
  const url = new URL(base)
  url.pathname = url.pathname.replace(/\/+$/, '') + apiPath
  return url.toString()
}

/** The URL without userinfo, for messages. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw)
    url.username = ''
    url.password = ''
    return url.toString()
  } catch {
    return '<invalid URL>'
  }
}

/** Strict decimal parsing of a Prometheus sample string; NaN and ±Inf are mapped explicitly. */
export function parseSampleValue(text: unknown): number {
  if (typeof text !== 'string') return NaN
  if (/^[+-]?Inf$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return NaN
  return Number(text)
}

function authHeaders(options: PrometheusOptions): Record<string, string> {
  if (options.token) return { Authorization: `Bearer ${options.token}` }
  if (options.username || options.password) {
    const pair = Buffer.from(`${options.username ?? ''}:${options.password ?? ''}`).toString(
      'base64'
    )
    return { Authorization: `Basic ${pair}` }
  }
  return {}
}

function makeAgent(options: PrometheusOptions): http.Agent | https.Agent {
  if (new URL(options.url).protocol === 'http:') return new http.Agent({ keepAlive: true })
  const ca = options.caCert ? [...tls.rootCertificates, options.caCert] : undefined
  return new https.Agent({ keepAlive: true, ca })
}

function describeLabels(result: unknown[]): string {
  return result
    .slice(0, 5)
    .map(series => JSON.stringify((series as { metric?: unknown }).metric ?? {}))
    .join(', ')
}

function snippet(body: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.trim()
  if (title) return `an HTML page titled "${title.slice(0, 80)}"`
  const text = body.replace(/\s+/g, ' ').trim().slice(0, 120)
  return text ? `"${text}"` : 'an empty body'
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after')
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

/** node-fetch repeats the URL in its messages; keep only the cause (which never holds credentials). */
function networkReason(error: Error): string {
  return /reason: (.*)$/s.exec(error.message)?.[1] ?? error.message
}

const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

export class PrometheusClient {
  private readonly agent: http.Agent | https.Agent
  private readonly endpoint: string
  private readonly shownEndpoint: string

  constructor(private readonly options: PrometheusOptions) {
    this.agent = makeAgent(options)
    this.endpoint = apiUrl(options.url, '/api/v1/query')
    this.shownEndpoint = redactUrl(this.endpoint)
  }

  /** Evaluates an instant query that must yield exactly one finite sample. */
  async queryScalar(promql: string, time?: Date): Promise<QueryValue> {
    const envelope = await this.request(promql, time)
    return this.singleValue(envelope)
  }

  /** Releases keep-alive sockets so a CLI or test process can exit promptly. */
  close(): void {
    this.agent.destroy()
  }

  private async request(promql: string, time?: Date): Promise<ApiEnvelope> {
    const form = new URLSearchParams({ query: promql })
    if (time) form.set('time', (time.getTime() / 1000).toFixed(3))
    // The server gives up first, so a slow query comes back as its own JSON error, not an abort.
    if (this.options.timeoutSeconds >= 2)
      form.set('timeout', `${Math.floor(this.options.timeoutSeconds * 0.9)}s`)
    let lastError: PrometheusError | undefined
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) await sleep(this.backoffMs(attempt, lastError))
      const outcome = await this.attempt(form)
      if ('envelope' in outcome) return outcome.envelope
      lastError = outcome.error
      if (!outcome.retryable) break
    }
    throw lastError ?? new PrometheusError(`no answer from ${this.shownEndpoint}`, 'network')
  }

  /** Exponential backoff; a 429's Retry-After is honoured but capped at one request timeout. */
  private backoffMs(attempt: number, lastError?: PrometheusError): number {
    if (lastError?.retryAfterMs !== undefined) {
      return Math.min(lastError.retryAfterMs, this.options.timeoutSeconds * 1000)
    }
    return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1))
  }

  private async attempt(
    form: URLSearchParams
  ): Promise<{ envelope: ApiEnvelope } | { error: PrometheusError; retryable: boolean }> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.options.timeoutSeconds * 1000)
    const init: RequestInit = {
      method: 'POST',
      body: form.toString(),
      headers: {
        ...this.options.headers,
        ...authHeaders(this.options),
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded'
      },
      agent: this.agent,
      // Credentials must never follow a redirect to another host: treat every redirect as an error.
      redirect: 'manual',
      signal: controller.signal
    }
    try {
      const response = await fetch(this.endpoint, init)
      const body = await response.text()
      return this.interpret(response, body)
    } catch (error) {
      const aborted = (error as Error).name === 'AbortError'
      const reason = aborted
        ? `timed out after ${this.options.timeoutSeconds}s`
        : `failed: ${networkReason(error as Error)}`
      return {
        error: new PrometheusError(`request to ${this.shownEndpoint} ${reason}`, 'network'),
        retryable: true
      }
    } finally {
      clearTimeout(timer)
    }
  }

  private interpret(
    response: Response,
    body: string
  ): { envelope: ApiEnvelope } | { error: PrometheusError; retryable: boolean } {
    const status = response.status
    const where = `${this.shownEndpoint} answered HTTP ${status}`
    if (status >= 300 && status < 400) {
      const location = redactUrl(response.headers.get('location') ?? '')
      return {
        error: new PrometheusError(
          `${where}, a redirect to ${location}; not followed (check prometheus_url)`,
          'http',
          status
        ),
        retryable: false
      }
    }
    let envelope: ApiEnvelope | undefined
    try {
      const parsed: unknown = JSON.parse(body)
      if (parsed && typeof parsed === 'object' && 'status' in parsed)
        envelope = parsed as ApiEnvelope
    } catch {
      envelope = undefined
    }
    const retryable = RETRYABLE_STATUSES.has(status)
    if (!envelope) {
      const hint = status === 401 || status === 403 ? ' (check the credentials)' : ''
      const error: PrometheusError = new PrometheusError(
        `${where} with ${snippet(body)}, not Prometheus JSON${hint}`,
        'response',
        status
      )
      if (status === 429) error.retryAfterMs = retryAfterMs(response)
      return { error, retryable }
    }
    if (envelope.status !== 'success' || status >= 400) {
      const type = envelope.errorType !== undefined ? ` (${envelope.errorType})` : ''
      const hint = status === 401 || status === 403 ? ' (check the credentials)' : ''
      const error: PrometheusError = new PrometheusError(
        `${where}${type}: ${envelope.error ?? 'no error text'}${hint}`,
        'http',
        status
      )
      if (status === 429) error.retryAfterMs = retryAfterMs(response)
      return { error, retryable }
    }
    return { envelope }
  }

  /** Evaluates an instant query that may return several series, each checked by the caller. */
  async queryVector(promql: string, time?: Date): Promise<Series[]> {
    const data = this.usableData(await this.request(promql, time))
    if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
      throw new PrometheusError(
        `${this.shownEndpoint} returned a ${data?.resultType ?? 'malformed'} result; expected an instant vector`,
        'response'
      )
    }
    return data.result as Series[]
  }

  /** The data of a successful answer; partial answers (warnings, isPartial) are refused. */
  private usableData(envelope: ApiEnvelope): ApiEnvelope['data'] {
    if (envelope.warnings?.length || envelope.isPartial) {
      const detail = envelope.warnings?.join('; ') || 'isPartial: true'
      throw new PrometheusError(
        `${this.shownEndpoint} returned partial data (${detail}); refusing to decide on it`,
        'response'
      )
    }
    return envelope.data
  }

  private singleValue(envelope: ApiEnvelope): QueryValue {
    const data = this.usableData(envelope)
    const infos = envelope.infos ?? []
    if (data?.resultType === 'scalar') {
      return { value: finiteValue((data.result as Sample | undefined)?.[1]), infos }
    }
    if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
      throw new PrometheusError(
        `${this.shownEndpoint} returned a ${data?.resultType ?? 'malformed'} result; the query must return one instant sample`,
        'response'
      )
    }
    return { value: singleSeriesValue(data.result as Series[]), infos }
  }
}

/** One series of an instant vector. */
export interface Series {
  metric?: Record<string, string>
  value?: Sample
  histogram?: unknown
}

function finiteValue(text: unknown): number {
  const value = parseSampleValue(text)
  if (!Number.isFinite(value)) {
    throw new PrometheusError(`the query returned ${value} instead of a finite number`, 'value')
  }
  return value
}

/** Pure: the one finite number that the series answering one query must hold. */
export function singleSeriesValue(series: Series[], ignoredLabel?: string): number {
  if (series.length === 0) {
    throw new PrometheusError(
      'no data: the query matched no series (check the metric names and labels)',
      'no-data'
    )
  }
  if (series.length > 1) {
    const labels = series.map(s => ({
      metric: Object.fromEntries(
        Object.entries(s.metric ?? {}).filter(([name]) => name !== ignoredLabel)
      )
    }))
    throw new PrometheusError(
      `the query returned ${series.length} series where one is expected (wrap it in sum()): ${describeLabels(labels)}`,
      'ambiguous'
    )
  }
  if (!series[0].value) {
    throw new PrometheusError(
      'the query returned a native histogram; it must return a plain number',
      'response'
    )
  }
  return finiteValue(series[0].value[1])
}
