/** A Prometheus HTTP API client that either returns one finite number or says exactly why not. */
import type http from 'node:http'
import {
  apiUrl,
  clientTimeoutSeconds,
  describeData,
  finiteValue,
  labelValuesHidden,
  LIMIT_REMEDY,
  queryLimit,
  PrometheusError,
  redactUrl,
  singleSeriesValue,
  type ApiEnvelope,
  type PrometheusOptions,
  type QueryClient,
  type QueryRange,
  type QueryValue,
  type RangeSeries,
  type Sample,
  type Series
} from './api.js'
import { exponentialMs, withRetry } from '../http/retry.js'
import { setLongTimeout } from '../text/timers.js'
import { readCappedText } from '../http/body.js'
import { keepAliveAgent, networkReason, postRequest, type Response } from '../http/fetch.js'
import { credentialValues, expandSecrets, redactSecrets } from '../text/redact.js'
import { unreachableMessage } from './unreachable.js'
import { addressHider, networkAddressesHidden } from '../text/address.js'

/** 504 is not here: a gateway that gave up may leave the query running behind it. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503])
/** Exponential backoff between attempts: 0.5 s, 1 s, 2 s ... at most 5 s. */
const backoffMs = exponentialMs(500, 5000)
/**
 * The most of a decoded body the client reads (gzip included): an answer for one instant query
 * is a few kB, and a gzip bomb or an endless body must not take the runner's memory.
 */
export const MAX_BODY_BYTES = 10 * 1024 * 1024

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

export class PrometheusClient implements QueryClient {
  private readonly agent: http.Agent
  private readonly endpoint: string
  private readonly rangeEndpoint: string
  private readonly shownEndpoint: string
  /** Every form of the credentials sent, redacted from answers before they are cut or quoted. */
  private readonly secrets: string[]
  /** With a name to show (the App's datasources): every form of the address out of a message. */
  private readonly hideAddress: (text: string) => string

  constructor(
    private readonly options: PrometheusOptions,
    /** Injected by tests that check the backoff without waiting for it. */
    private readonly sleep?: (ms: number) => Promise<void>
  ) {
    this.agent = keepAliveAgent(options.url, options.caCert)
    this.endpoint = apiUrl(options.url, '/api/v1/query')
    this.rangeEndpoint = apiUrl(options.url, '/api/v1/query_range')
    this.shownEndpoint = this.shown(this.endpoint)
    this.hideAddress = options.shownAs ? addressHider(options.url, options.shownAs) : text => text
    this.secrets = expandSecrets(
      credentialValues({ ...options, headerValues: Object.values(options.headers) })
    )
  }

  /** Evaluates an instant query that must yield exactly one finite sample. */
  async queryScalar(promql: string, time?: Date, signal?: AbortSignal): Promise<QueryValue> {
    return this.named(async () => this.singleValue(await this.request(promql, time, signal)))
  }

  /** How messages name an endpoint: by its name when it has one, else by its redacted URL. */
  private shown(endpoint: string): string {
    return this.options.shownAs ?? redactUrl(endpoint)
  }

  /**
   * Every error of a named endpoint leaves with no form of its address, whoever wrote the text
   * (the client, Node, the server or a proxy echoing the URL).
   */
  private async named<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      if (this.options.shownAs && error instanceof Error)
        error.message = this.hideAddress(error.message)
      throw error
    }
  }

  /** Releases keep-alive sockets so a CLI or test process can exit promptly. */
  close(): void {
    this.agent.destroy()
  }

  private async request(
    promql: string,
    time?: Date,
    signal?: AbortSignal,
    range?: QueryRange
  ): Promise<ApiEnvelope> {
    const form = new URLSearchParams({ query: promql })
    const seconds = (at: Date): string => (at.getTime() / 1000).toFixed(3)
    if (time) form.set('time', seconds(time))
    if (range) {
      form.set('start', seconds(range.start))
      form.set('end', seconds(range.end))
      form.set('step', String(range.stepSeconds))
      // VictoriaMetrics shifts the steps of a cached range answer of 50 points or more; the
      // recorded-series probe counts per step and needs them where it asked (others ignore it).
      form.set('nocache', '1')
    }
    const endpoint = range ? this.rangeEndpoint : this.endpoint
    // The server gives up first, so a slow query comes back as its own JSON error, not an abort.
    form.set('timeout', `${this.options.timeoutSeconds}s`)
    try {
      return await withRetry(() => this.attempt(endpoint, form, signal), {
        attempts: this.options.retries + 1,
        retryable: (error: PrometheusError) => error.retryable,
        // A 429's Retry-After is honoured, but capped at one request timeout.
        delayMs: (retry, error) =>
          error.retryAfterMs !== undefined
            ? Math.min(error.retryAfterMs, this.options.timeoutSeconds * 1000)
            : backoffMs(retry),
        sleep: this.sleep,
        signal
      })
    } catch (error) {
      if (signal?.aborted) throw this.stopped(signal)
      throw error
    }
  }

  /** The request was ended from outside (the evaluation's deadline, Ctrl-C): never retried. */
  private stopped(signal: AbortSignal): PrometheusError {
    const why = signal.reason instanceof Error ? signal.reason.message : 'aborted'
    return new PrometheusError(`request to ${this.shownEndpoint} stopped: ${why}`, 'network')
  }

  /** One request; a failure is thrown as a PrometheusError that says whether to retry. */
  private async attempt(
    endpoint: string,
    form: URLSearchParams,
    signal?: AbortSignal
  ): Promise<ApiEnvelope> {
    if (signal?.aborted) throw this.stopped(signal)
    const controller = new AbortController()
    const waitSeconds = clientTimeoutSeconds(this.options.timeoutSeconds)
    const timer = setLongTimeout(() => controller.abort(), waitSeconds * 1000)
    const stop = (): void => controller.abort()
    signal?.addEventListener('abort', stop, { once: true })
    let response: Response
    let body: { text: string; truncated: boolean }
    let answered = false
    try {
      // Never follows a redirect: credentials must not travel to another host (see interpret).
      response = await postRequest(endpoint, {
        body: form.toString(),
        headers: {
          ...this.options.headers,
          ...authHeaders(this.options),
          Accept: 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded'
        },
        agent: this.agent,
        signal: controller.signal
      })
      answered = true
      body = await readCappedText(response, MAX_BODY_BYTES)
    } catch (error) {
      if (signal?.aborted) throw this.stopped(signal)
      const aborted = controller.signal.aborted
      // Slow is not unreachable: the abandoned query may still run, so a timeout is not retried.
      // Unreachable says so first: the host and the cause, before the URL. A server that
      // answered and then broke off was reached: its request failed.
      const message = aborted
        ? `request to ${this.shown(endpoint)} timed out after ${waitSeconds}s without an answer (the server was asked to stop at ${this.options.timeoutSeconds}s, but Prometheus finishes an evaluation it cannot interrupt: the abandoned query goes on costing it at every run); raise prometheus_timeout, or ${LIMIT_REMEDY}`
        : answered
          ? `request to ${this.shown(endpoint)} failed: ${this.systemText(networkReason(error))}`
          : unreachableMessage(redactUrl(endpoint), error, this.options.shownAs)
      throw new PrometheusError(
        message,
        'network',
        undefined,
        // Not retried when slow, but unavailable all the same: the queries not yet sent end.
        { retryable: !aborted, unavailable: true }
      )
    } finally {
      timer.clear()
      signal?.removeEventListener('abort', stop)
    }
    if (body.truncated)
      throw new PrometheusError(
        `${this.shown(endpoint)} answered with a body over the ${MAX_BODY_BYTES / 1024 / 1024} MB limit (decoded); not read further`,
        'response'
      )
    return this.interpret(response, body.text, this.shown(endpoint))
  }

  /** Node's words about a connection may name the address a host resolved to. */
  private systemText(text: string): string {
    return this.options.shownAs ? networkAddressesHidden(text, this.options.shownAs) : text
  }

  private interpret(response: Response, rawBody: string, shownEndpoint: string): ApiEnvelope {
    // A 401 page may echo the Authorization header: redact before any snippet is cut from it.
    const body = redactSecrets(rawBody, this.secrets)
    const status = response.status
    const where = `${shownEndpoint} answered HTTP ${status}`
    if (status >= 300 && status < 400) {
      // A named endpoint's redirect may point into its network (an SSO host): not shown.
      const location = this.options.shownAs
        ? 'an address not shown'
        : redactUrl(response.headers.get('location') ?? '')
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
    // A gateway's 504 is not retried (the query may still run behind it), but says the endpoint
    // is unavailable as much as a 502 does: the queries not yet sent end.
    const down = RETRYABLE_STATUSES.has(status) || status === 504
    const retry = {
      retryable: RETRYABLE_STATUSES.has(status),
      retryAfterMs: status === 429 ? retryAfterMs(response) : undefined,
      unavailable: down
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
      if (typeof envelope.error === 'string') envelope.error = labelValuesHidden(envelope.error)
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
        // The server's own query timeout says this query is too heavy, not that the server is down.
        { ...retry, unavailable: down && envelope.errorType !== 'timeout' }
      )
    }
    return envelope
  }

  /** Evaluates an instant query that may return several series, each checked by the caller. */
  async queryVector(promql: string, time?: Date, signal?: AbortSignal): Promise<Series[]> {
    return this.named(async () => {
      const data = this.usableData(await this.request(promql, time, signal))
      if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
        throw new PrometheusError(
          `${this.shownEndpoint} returned ${describeData(data)}; expected an instant vector`,
          'response'
        )
      }
      return data.result as Series[]
    })
  }

  /** Evaluates a range query (the burn-down chart's days): a matrix, each series checked by the caller. */
  async queryRange(
    promql: string,
    range: QueryRange,
    signal?: AbortSignal
  ): Promise<RangeSeries[]> {
    return this.named(async () => {
      const data = this.usableData(await this.request(promql, undefined, signal, range))
      if (data?.resultType !== 'matrix' || !Array.isArray(data.result)) {
        throw new PrometheusError(
          `${this.shown(this.rangeEndpoint)} returned a ${data?.resultType ?? 'malformed'} result; expected a range matrix`,
          'response'
        )
      }
      return data.result as RangeSeries[]
    })
  }

  /** The data of a successful answer; partial answers (warnings, isPartial) are refused. */
  private usableData(envelope: ApiEnvelope): ApiEnvelope['data'] {
    if (envelope.warnings?.length || envelope.isPartial) {
      // Thanos and Cortex name the stores that failed (`store 10.0.3.7:10901`): a named
      // endpoint's infrastructure stays on the server like its own address.
      const detail =
        this.systemText(labelValuesHidden(envelope.warnings?.join('; ') ?? '')) || 'isPartial: true'
      throw new PrometheusError(
        `${this.shownEndpoint} returned partial data (${detail}); refusing to decide on it`,
        'response'
      )
    }
    return envelope.data
  }

  private singleValue(envelope: ApiEnvelope): QueryValue {
    const data = this.usableData(envelope)
    const infos = (envelope.infos ?? []).map(info =>
      typeof info === 'string' ? labelValuesHidden(info) : info
    )
    if (data?.resultType === 'scalar') {
      return { value: finiteValue((data.result as Sample | undefined)?.[1]), infos }
    }
    if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
      throw new PrometheusError(
        `${this.shownEndpoint} returned ${describeData(data)}; the query must return one instant sample`,
        'response'
      )
    }
    return { value: singleSeriesValue(data.result as Series[]), infos }
  }
}
