/**
 * The Prometheus HTTP API's data model, pure: connection options, the answer envelope, the one
 * error type, and strict parsing of samples. The engine reads answers through these; the I/O lives
 * in client.ts.
 */
import { shownUrl } from '../text/redact.js'

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
  /**
   * How messages name the endpoint instead of its URL (the App: `datasource prod`); every form of
   * its address (host, port, IP, encodings) is then kept out of the client's error text.
   */
  shownAs?: string
}

/** Why a query gave no usable number. `kind` lets callers tell "no data" from real faults. */
export class PrometheusError extends Error {
  /** Whether another attempt may succeed (network errors, 429, 5xx). */
  readonly retryable: boolean
  /** For 429 answers: how long the server asked us to wait. */
  readonly retryAfterMs?: number
  /**
   * Whether the endpoint itself is down (network, timeout, 429/5xx), not just this query: once
   * the retries are spent on such a fault, the queries not yet sent are not sent. Defaults to
   * `retryable`; a server's own query timeout (one query too heavy) is not.
   */
  readonly unavailable: boolean

  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'response' | 'no-data' | 'value' | 'ambiguous' | 'limit',
    readonly httpStatus?: number,
    retry: { retryable?: boolean; retryAfterMs?: number; unavailable?: boolean } = {}
  ) {
    super(message)
    this.name = 'PrometheusError'
    this.retryable = retry.retryable ?? false
    this.retryAfterMs = retry.retryAfterMs
    this.unavailable = retry.unavailable ?? this.retryable
  }
}

/** The most one retry's backoff waits (see the client): 0.5 s, 1 s, 2 s ... at most 5 s. */
const MAX_BACKOFF_SECONDS = 5
/** Room for the work around the queries (connecting, parsing). */
const DEADLINE_MARGIN_SECONDS = 2

/**
 * How long the client waits: clearly longer than the `timeout=` it sends, so a slow query comes back
 * as the server's own message (which names the limit) rather than as a socket abort.
 */
export const clientTimeoutSeconds = (serverSeconds: number): number =>
  serverSeconds + Math.max(2, serverSeconds / 4)

/**
 * The longest a whole evaluation may take, whatever the SLO count: one query's attempts (the
 * client's wait for each, x (prometheus_retries + 1)), the longest backoff before each retry (5 s)
 * and a margin of 2 s. With the defaults (30 s, so 37.5 s a wait, 2 retries): 124.5 s.
 */
export function evaluationDeadlineSeconds(
  options: Pick<PrometheusOptions, 'timeoutSeconds' | 'retries'>
): number {
  return (
    clientTimeoutSeconds(options.timeoutSeconds) * (options.retries + 1) +
    MAX_BACKOFF_SECONDS * options.retries +
    DEADLINE_MARGIN_SECONDS
  )
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

/**
 * What to do when the raw queries are too big for the server: the commands, and where the sizes
 * at which raw queries stop being viable are measured.
 */
export const LIMIT_REMEDY =
  'read recording rules instead: generate them with "error-budget rules --config-file <your SLO file> > rules.yml" (or this run\'s SLO flags), load rules.yml into Prometheus, backfill them with "promtool tsdb create-blocks-from rules" and keep query_source auto (or rules); see docs/recording-rules.md, "When raw queries stop being viable"'

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"'
/**
 * `name="value"` (any matcher; Prometheus 3 quotes a UTF-8 name: `"my.label"="value"`) and JSON's
 * `"name":"value"`: a label and its value.
 */
const LABEL_PAIR = new RegExp(
  `(\\b[A-Za-z_][A-Za-z0-9_]*|${QUOTED})(\\s*(?:=~|!~|!=|=)\\s*)${QUOTED}`,
  'g'
)
const JSON_LABEL_PAIR = new RegExp(`(${QUOTED}\\s*:\\s*)${QUOTED}`, 'g')
/** A UTF-8 metric name inside a label set, quoted and alone: `{"my.metric", job="…"}`. */
const NAME_IN_SET = new RegExp(`([{,]\\s*)${QUOTED}(?=\\s*[,}])`, 'g')
/** A metric name before its label set (`up{job="…"}`: VictoriaMetrics writes series so). */
const NAME_BEFORE_SET = /(?<![\w:."])[A-Za-z_:][A-Za-z0-9_:]*(?=\{)/g
/**
 * Prometheus's annotations quote metric names and label values alone (`PromQL warning: bucket
 * label "le" is missing or has a malformed value of "x" for metric name "y"`): every quoted text.
 */
const ANNOTATION = /PromQL (?:warning|info)/i
const ANY_QUOTED = new RegExp(QUOTED, 'g')

/**
 * A server's own text with every label value replaced: Prometheus quotes the label sets of series
 * in some errors ("found duplicate series for the match group {…}", many-to-many matching), and
 * those values (series the SLO did not ask for) may be another tenant's data. The names stay;
 * metric names (the values of `__name__`) go.
 */
export const labelValuesHidden = (text: string): string => {
  const hidden = text
    .replace(LABEL_PAIR, '$1$2"…"')
    .replace(JSON_LABEL_PAIR, '$1"…"')
    .replace(NAME_IN_SET, '$1"…"')
    .replace(NAME_BEFORE_SET, '…')
  return ANNOTATION.test(hidden) ? hidden.replace(ANY_QUOTED, '"…"') : hidden
}

/** The URL for messages: no userinfo, no query values (either may hold a credential). */
export const redactUrl = shownUrl

/** The instants of a range query: from `start` to `end` every `stepSeconds` (both ends included). */
export interface QueryRange {
  start: Date
  end: Date
  stepSeconds: number
}

/**
 * What the engine needs of a query engine; PrometheusClient is the real one. An aborted `signal`
 * (the evaluation's deadline, Ctrl-C) ends the request in flight and its retries at once.
 */
export interface QueryClient {
  queryScalar(promql: string, time?: Date, signal?: AbortSignal): Promise<QueryValue>
  queryVector(promql: string, time?: Date, signal?: AbortSignal): Promise<Series[]>
  /** Only the burn-down chart needs it; a client without it gets no chart, never another status. */
  queryRange?(promql: string, range: QueryRange, signal?: AbortSignal): Promise<RangeSeries[]>
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

/**
 * What an answer's `data` held when it is not the expected shape, for messages: the result type
 * and, for a vector that is not a list, what `result` was instead. Server text is JSON-quoted.
 */
export function describeData(data: unknown): string {
  if (!data || typeof data !== 'object') return `no usable data (data: ${shortJson(data)})`
  const { resultType, result } = data as { resultType?: unknown; result?: unknown }
  if (resultType === undefined) return 'data without a resultType'
  if (resultType === 'vector' && !Array.isArray(result))
    return `a vector whose result is ${shortJson(result)} instead of a list of series`
  return `a ${typeof resultType === 'string' ? resultType : shortJson(resultType)} result`
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined'
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

/** One series of a range query's matrix. */
export interface RangeSeries {
  metric?: Record<string, string>
  values?: Sample[]
}

/**
 * The label names of the series, never their values: the values (and the figures) of series the
 * SLO did not ask for may be another tenant's data, and the names are enough to write the sum().
 */
function describeLabelNames(series: Series[]): string {
  const names = [...new Set(series.flatMap(s => Object.keys(s.metric ?? {})))].sort()
  if (names.length === 0) return 'none of them has labels'
  const shown = names.slice(0, 10).map(name => (name.length > 60 ? `${name.slice(0, 60)}…` : name))
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : ''
  return `their label names: ${shown.join(', ')}${more} (values not shown)`
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
      `the query returned ${series.length} series where one is expected (wrap it in sum()); ${describeLabelNames(labels)}`,
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
