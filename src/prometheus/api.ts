/**
 * The Prometheus HTTP API's data model, pure: connection options, the answer envelope, the one
 * error type, and strict parsing of samples. The engine reads answers through these; the I/O lives
 * in client.ts.
 */

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
  /** Whether another attempt may succeed (network errors, 429, 5xx). */
  readonly retryable: boolean
  /** For 429 answers: how long the server asked us to wait. */
  readonly retryAfterMs?: number

  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'response' | 'no-data' | 'value' | 'ambiguous' | 'limit',
    readonly httpStatus?: number,
    retry: { retryable?: boolean; retryAfterMs?: number } = {}
  ) {
    super(message)
    this.name = 'PrometheusError'
    this.retryable = retry.retryable ?? false
    this.retryAfterMs = retry.retryAfterMs
  }
}

export interface QueryValue {
  value: number
  /** Server notes that do not make the answer partial (`infos`). */
  infos: string[]
}

export type Sample = [number, string]

export interface ApiEnvelope {
  status?: string
  errorType?: string | number
  error?: string
  warnings?: string[]
  infos?: string[]
  isPartial?: boolean
  data?: { resultType?: string; result?: unknown }
}

/** Joins the API path onto the base URL, keeping any path prefix. */
export function apiUrl(base: string, apiPath: string): string {
  const url = new URL(base)
  url.pathname = url.pathname.replace(/\/+$/, '') + apiPath
  return url.toString()
}

/**
 * The server's own refusals of a query for its size or its time, as Prometheus, Thanos, Mimir,
 * Cortex and VictoriaMetrics word them: which limit it was. Undefined for any other error.
 */
export function queryLimit(text: string): { limit: string; timeout: boolean } | undefined {
  const vm = /-search\.(max\w+)/.exec(text)
  if (vm) {
    const timeout = /maxQueryDuration|timeout/i.test(text)
    return { limit: `VictoriaMetrics -search.${vm[1]}`, timeout }
  }
  const mimir = /\(?(err-mimir-[\w-]+)\)?/.exec(text)
  if (mimir) return { limit: `Mimir limit ${mimir[1]}`, timeout: /time/.test(mimir[1]) }
  if (/would load too many samples into memory/.test(text))
    return {
      limit: 'the samples a query may load (Prometheus/Thanos --query.max-samples)',
      timeout: false
    }
  const store = /exceeded (series|chunks?|samples|bytes) limit|max number of (chunks|series)/.exec(
    text
  )
  if (store)
    return {
      limit: `the ${store[1] ?? store[2]} a query may fetch (Thanos/Cortex store limit)`,
      timeout: false
    }
  if (/query timed out|timeout exceeded|context deadline exceeded/i.test(text))
    return {
      limit: 'the query timeout (Prometheus --query.timeout, the timeout= the gate sends)',
      timeout: true
    }
  return undefined
}

/** What to do when the raw queries are too big for the server. */
export const LIMIT_REMEDY =
  'generate recording rules with "error-budget rules", load them and set query_source: rules (or auto, the default)'

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

/** What the engine needs of a query engine; PrometheusClient is the real one. */
export interface QueryClient {
  queryScalar(promql: string, time?: Date): Promise<QueryValue>
  queryVector(promql: string, time?: Date): Promise<Series[]>
}

/** Strict decimal parsing of a Prometheus sample string; NaN and ±Inf are mapped explicitly. */
export function parseSampleValue(text: unknown): number {
  if (typeof text !== 'string') return NaN
  if (/^[+-]?Inf$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return NaN
  return Number(text)
}

/** One series of an instant vector. */
export interface Series {
  metric?: Record<string, string>
  value?: Sample
  histogram?: unknown
}

function describeLabels(result: unknown[]): string {
  return result
    .slice(0, 5)
    .map(series => JSON.stringify((series as { metric?: unknown }).metric ?? {}))
    .join(', ')
}

export function finiteValue(text: unknown): number {
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
