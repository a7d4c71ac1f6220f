/**
 * Runs the batches against the client: bounded concurrency, one deadline for the whole
 * evaluation, nothing more sent once the endpoint proved unavailable or the caller aborted, and
 * every answer kept under its outcome key (see plan.ts).
 */
import { noteUnavailable, type EndpointHealth, type Limiter } from './concurrency.js'
import { expandAt } from './exclusions.js'
import {
  batchQuery,
  outcomeKey,
  rangeKey,
  rangeLabel,
  WINDOW_LABEL,
  type QueryBatch
} from './plan.js'
import type { Outcome } from './result.js'
import { expandQuery } from './rules.js'
import { setLongTimeout } from '../text/timers.js'
import {
  evaluationDeadlineSeconds,
  PrometheusError,
  singleSeriesValue,
  type PrometheusOptions,
  type QueryClient,
  type Series
} from '../prometheus/api.js'

/** The client, counting the requests as sent: a refused batch costs its checks too. */
export function countingClient(client: QueryClient): { client: QueryClient; sent: () => number } {
  let sent = 0
  const counted: QueryClient = {
    queryScalar: (promql, at, signal) => (sent++, client.queryScalar(promql, at, signal)),
    queryVector: (promql, at, signal) => (sent++, client.queryVector(promql, at, signal))
  }
  // The recorded-series probe is a range query.
  const range = client.queryRange?.bind(client)
  if (range) counted.queryRange = (promql, r, signal) => (sent++, range(promql, r, signal))
  return { client: counted, sent: () => sent }
}

/**
 * One deadline for the whole evaluation, so that no SLO count can make the step run longer; an
 * abort from outside (the CLI's Ctrl-C) ends it too. `clear` stops the timer.
 */
export function evaluationSignal(
  prometheus: PrometheusOptions,
  outside?: AbortSignal
): { signal: AbortSignal; clear: () => void } {
  const deadlineSeconds = evaluationDeadlineSeconds(prometheus)
  const deadline = new AbortController()
  const timer = setLongTimeout(
    () =>
      deadline.abort(
        new Error(
          `the evaluation passed its deadline of ${deadlineSeconds}s (the client's wait x (prometheus_retries + 1) + backoff + 2s)`
        )
      ),
    deadlineSeconds * 1000
  )
  const signal = outside ? AbortSignal.any([outside, deadline.signal]) : deadline.signal
  return { signal, clear: () => timer.clear() }
}

/** Why a signal aborted, as the message its queries end with. */
const abortReason = (signal: AbortSignal): string =>
  signal.reason instanceof Error ? signal.reason.message : 'aborted'

/**
 * A batch the server refused to parse or type-check. Parsing costs the server next to nothing,
 * so the query alone is checked once: its error then speaks of the user's text, not the batch.
 */
function refusedBatch(error: unknown): boolean {
  return (
    error instanceof PrometheusError &&
    error.kind === 'http' &&
    // VictoriaMetrics answers parse errors with 422, like execution errors: told by their text.
    (error.httpStatus === 400 ||
      /parse error|cannot parse|unexpected token|unparsed data/i.test(error.message))
  )
}

/**
 * Servers that echo the query (VictoriaMetrics: `query="..."`) would show the batch: the user's
 * query stands in its place.
 */
function userText(message: string, template: string): string {
  if (!message.includes(WINDOW_LABEL)) return message
  return message.replace(/"(?:[^"\\]|\\.)*"/g, quoted =>
    quoted.includes(WINDOW_LABEL) ? JSON.stringify(template) : quoted
  )
}

/**
 * Runs every batch once, with bounded concurrency, and answers per expanded query. Once the
 * endpoint proved unavailable (network error, timeout, 429 or 5xx after the retries), batches
 * not yet started are skipped: they would fail the same way. Once `signal` aborts (the overall
 * deadline, Ctrl-C), requests in flight end and nothing more is sent.
 */
export async function runBatches(
  client: QueryClient,
  batches: QueryBatch[],
  time: Date,
  slots: Limiter,
  signal: AbortSignal,
  endpoint: EndpointHealth
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>()
  const runBatch = async (batch: QueryBatch): Promise<void> => {
    const ranges = batch.ranges ?? []
    const keys = [
      ...batch.windows.map(w => outcomeKey(batch.template, w)),
      ...ranges.map(r => rangeKey(batch.template, r))
    ]
    const failAll = (message: string): void =>
      keys.forEach(key =>
        outcomes.set(key, { ok: false, message: userText(message, batch.template) })
      )
    if (signal.aborted) return failAll(`not sent: ${abortReason(signal)}`)
    if (endpoint.unavailable)
      return failAll(`not sent: an earlier query found ${endpoint.unavailable}`)
    try {
      const queries = new Set(batch.windows.map(w => expandQuery(batch.template, w)))
      if (queries.size === 1 && ranges.length === 0) {
        // One window, or a query without {{window}} (a raw ratio's vector(1)): a plain query.
        const value = (await client.queryScalar([...queries][0], time, signal)).value
        return keys.forEach(key => outcomes.set(key, { ok: true, value }))
      }
      let series: Series[]
      try {
        series = await client.queryVector(batchQuery(batch), time, signal)
      } catch (error) {
        if (!refusedBatch(error)) throw error
        return await oneByOne(client, batch, time, keys, outcomes, signal)
      }
      ;[...batch.windows, ...ranges.map(rangeLabel)].forEach((window, i) => {
        try {
          const ofWindow = series.filter(s => s.metric?.[WINDOW_LABEL] === window)
          outcomes.set(keys[i], { ok: true, value: singleSeriesValue(ofWindow, WINDOW_LABEL) })
        } catch (error) {
          const noData = error instanceof PrometheusError && error.kind === 'no-data'
          outcomes.set(keys[i], { ok: false, message: (error as Error).message, noData })
        }
      })
    } catch (error) {
      noteUnavailable(endpoint, error, signal)
      failAll((error as Error).message)
    }
  }
  await Promise.all(batches.map(batch => slots(() => runBatch(batch))))
  return outcomes
}

/**
 * After a refused batch: the query alone over its first window. When that fails too, its error
 * (about the user's query) stands for every window; when it answers, only the batching was the
 * problem (a scalar form), and the other windows are asked alone. No coverage probe then.
 */
async function oneByOne(
  client: QueryClient,
  batch: QueryBatch,
  time: Date,
  keys: string[],
  outcomes: Map<string, Outcome>,
  signal: AbortSignal
): Promise<void> {
  const queries = [
    ...batch.windows.map(w => expandQuery(batch.template, w)),
    ...(batch.ranges ?? []).map(r => expandAt(batch.template, r.seconds, r.end))
  ]
  for (const [i, query] of queries.entries()) {
    try {
      const value = (await client.queryScalar(query, time, signal)).value
      outcomes.set(keys[i], { ok: true, value })
    } catch (error) {
      const message = (error as Error).message
      if (i > 0) outcomes.set(keys[i], { ok: false, message })
      else return keys.forEach(key => outcomes.set(key, { ok: false, message }))
    }
  }
}
