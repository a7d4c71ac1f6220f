/** A Prometheus HTTP API client that either returns one finite number or says exactly why not. */
import https from 'node:https'
import http from 'node:http'
import tls from 'node:tls'
import fetch, { type RequestInit, type Response } from 'node-fetch'
import {
  apiUrl,
  finiteValue,
  LIMIT_REMEDY,
  queryLimit,
  PrometheusError,
  redactUrl,
  singleSeriesValue,
  type ApiEnvelope,
  type PrometheusOptions,
  type QueryClient,
  type QueryValue,
  type Sample,
  type Series
} from './api.js'
import { exponentialMs, withRetry } from '../http/retry.js'

/** 504 is not here: a gateway that gave up may leave the query running behind it. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503])
/** Exponential backoff between attempts: 0.5 s, 1 s, 2 s ... at most 5 s. */
const backoffMs = exponentialMs(500, 5000)

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

/**
 * How long the client waits: clearly longer than the `timeout=` it sends, so a slow query comes back
 * as the server's own message (which names the limit) rather than as a socket abort.
 */
export const clientTimeoutSeconds = (serverSeconds: number): number =>
  serverSeconds + Math.max(2, serverSeconds / 4)

export class PrometheusClient implements QueryClient {
  private readonly agent: http.Agent | https.Agent
  private readonly endpoint: string
  private readonly shownEndpoint: string

  constructor(
    private readonly options: PrometheusOptions,
    /** Injected by tests that check the backoff without waiting for it. */
    private readonly sleep?: (ms: number) => Promise<void>
  ) {
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
    form.set('timeout', `${this.options.timeoutSeconds}s`)
    return withRetry(() => this.attempt(form), {
      attempts: this.options.retries + 1,
      retryable: (error: PrometheusError) => error.retryable,
      // A 429's Retry-After is honoured, but capped at one request timeout.
      delayMs: (retry, error) =>
        error.retryAfterMs !== undefined
          ? Math.min(error.retryAfterMs, this.options.timeoutSeconds * 1000)
          : backoffMs(retry),
      sleep: this.sleep
    })
  }

  /** One request; a failure is thrown as a PrometheusError that says whether to retry. */
  private async attempt(form: URLSearchParams): Promise<ApiEnvelope> {
    const controller = new AbortController()
    const waitSeconds = clientTimeoutSeconds(this.options.timeoutSeconds)
    const timer = setTimeout(() => controller.abort(), waitSeconds * 1000)
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
    let response: Response
    let body: string
    try {
      response = await fetch(this.endpoint, init)
      body = await response.text()
    } catch (error) {
      const aborted = (error as Error).name === 'AbortError'
      // Slow is not unreachable: the abandoned query may still run, so a timeout is not retried.
      const reason = aborted
        ? `timed out after ${waitSeconds}s without an answer (the server was asked to stop at ${this.options.timeoutSeconds}s); raise prometheus_timeout, or ${LIMIT_REMEDY}`
        : `failed: ${networkReason(error as Error)}`
      throw new PrometheusError(
        `request to ${this.shownEndpoint} ${reason}`,
        'network',
        undefined,
        { retryable: !aborted }
      )
    } finally {
      clearTimeout(timer)
    }
    return this.interpret(response, body)
  }

  private interpret(response: Response, body: string): ApiEnvelope {
    const status = response.status
    const where = `${this.shownEndpoint} answered HTTP ${status}`
    if (status >= 300 && status < 400) {
      const location = redactUrl(response.headers.get('location') ?? '')
      throw new PrometheusError(
        `${where}, a redirect to ${location}; not followed (check prometheus_url)`,
        'http',
        status
      )
    }
    let envelope: ApiEnvelope | undefined
    try {
      const parsed: unknown = JSON.parse(body)
      if (parsed && typeof parsed === 'object' && 'status' in parsed)
        envelope = parsed as ApiEnvelope
    } catch {
      envelope = undefined
    }
    const retry = {
      retryable: RETRYABLE_STATUSES.has(status),
      retryAfterMs: status === 429 ? retryAfterMs(response) : undefined
    }
    if (!envelope) {
      const hint = status === 401 || status === 403 ? ' (check the credentials)' : ''
      throw new PrometheusError(
        `${where} with ${snippet(body)}, not Prometheus JSON${hint}`,
        'response',
        status,
        retry
      )
    }
    if (envelope.status !== 'success' || status >= 400) {
      const type = envelope.errorType !== undefined ? ` (${envelope.errorType})` : ''
      const limit =
        queryLimit(envelope.error ?? '') ??
        (envelope.errorType === 'timeout' ? queryLimit('query timed out') : undefined)
      if (limit) {
        // Refused for its size or time: the same query would be refused again.
        const raise = limit.timeout ? 'raise prometheus_timeout (and the server limit), or ' : ''
        throw new PrometheusError(
          `${where}${type}: ${envelope.error}; the raw query exceeds ${limit.limit}: ${raise}${LIMIT_REMEDY}`,
          'limit',
          status
        )
      }
      const hint = status === 401 || status === 403 ? ' (check the credentials)' : ''
      throw new PrometheusError(
        `${where}${type}: ${envelope.error ?? 'no error text'}${hint}`,
        'http',
        status,
        retry
      )
    }
    return envelope
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
