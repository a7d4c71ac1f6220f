/**
 * Range queries on a grid of steps: split into requests under the engine's points limit, sent
 * through the evaluation's limiter (after the decision's queries, within its deadline, nothing
 * more once the endpoint proved unavailable), and read back as values by step, per window label
 * when several windows share one batched request. The chart, the forecast and the backtest send
 * theirs here.
 */
import { noteUnavailable, type EndpointHealth, type Limiter } from './concurrency.js'
import {
  parseSampleValue,
  type QueryClient,
  type QueryRange,
  type RangeSeries
} from '../prometheus/api.js'

/** Prometheus refuses a range query of more than 11,000 points per series (Thanos, Mimir too). */
export const MAX_POINTS = 11000

/** One request of a range query. */
export interface RangeQuery {
  /** Same key, same request: callers that need the same answer share it. */
  key: string
  promql: string
  range: QueryRange
}

export type RangeAnswer = { ok: true; series: RangeSeries[] } | { ok: false; message: string }

/**
 * Sends each distinct query once through the shared limiter. Never throws: a failure (or an
 * abort, or an endpoint already found unavailable) is the answer's message.
 */
export async function runRangeQueries(
  client: QueryClient,
  queries: RangeQuery[],
  slots: Limiter,
  signal?: AbortSignal,
  endpoint: EndpointHealth = {}
): Promise<{ answers: Map<string, RangeAnswer>; sent: number }> {
  const answers = new Map<string, RangeAnswer>()
  const distinct = new Map(queries.map(query => [query.key, query]))
  let sent = 0
  const queryRange = client.queryRange?.bind(client)
  await Promise.all(
    [...distinct.values()].map(query =>
      slots(async () => {
        if (!queryRange)
          return answers.set(query.key, {
            ok: false,
            message: 'the query client has no range queries'
          })
        if (signal?.aborted) return answers.set(query.key, { ok: false, message: 'not sent' })
        if (endpoint.unavailable)
          return answers.set(query.key, { ok: false, message: `not sent: ${endpoint.unavailable}` })
        sent++
        try {
          const series = await queryRange(query.promql, query.range, signal)
          answers.set(query.key, { ok: true, series })
        } catch (error) {
          noteUnavailable(endpoint, error, signal)
          answers.set(query.key, { ok: false, message: (error as Error).message })
        }
      })
    )
  )
  return { answers, sent }
}

/** The instants of a grid, Unix seconds: `start`, `start + step`, ... `end` (a whole number of steps). */
export interface StepGrid {
  start: number
  end: number
  step: number
}

/** The requests of one grid, each at most `maxPoints` points, adjacent and not overlapping. */
export function chunksOf(grid: StepGrid, maxPoints = MAX_POINTS): QueryRange[] {
  const ranges: QueryRange[] = []
  const points = Math.round((grid.end - grid.start) / grid.step) + 1
  for (let first = 0; first < points; first += maxPoints) {
    const last = Math.min(points, first + maxPoints) - 1
    ranges.push({
      start: new Date((grid.start + first * grid.step) * 1000),
      end: new Date((grid.start + last * grid.step) * 1000),
      stepSeconds: grid.step
    })
  }
  return ranges
}

/** A query over a whole grid: one request per chunk. */
export interface StepQuery {
  key: string
  promql: string
  grid: StepGrid
  /** The label that tells apart the series of a batched query (one per window); none: one series. */
  label?: string
}

/** Values by step instant (Unix seconds), or why the series cannot be used. A step without a sample is absent. */
export type StepValues = { ok: true; values: Map<number, number> } | { ok: false; message: string }

/** Values per label value ('' for an unlabelled query), or why the whole answer is unusable. */
export type StepAnswer =
  { ok: true; series: Map<string, StepValues> } | { ok: false; message: string }

/** The requests of a set of grid queries. */
export function requestsOf(queries: StepQuery[]): RangeQuery[] {
  return queries.flatMap(query =>
    chunksOf(query.grid).map(range => ({
      key: `${query.key} @${range.start.getTime() / 1000}`,
      promql: query.promql,
      range
    }))
  )
}

/**
 * Pure: the answers of a grid query's requests read back as values by step. Non-finite samples
 * are kept as they are (NaN, ±Inf), for the caller to refuse; a sample off the grid refuses the
 * whole answer (an engine that moves steps would put events on the wrong hour).
 */
export function readStepAnswer(query: StepQuery, answers: Map<string, RangeAnswer>): StepAnswer {
  const series = new Map<string, StepValues>()
  for (const request of requestsOf([query])) {
    const answer = answers.get(request.key) ?? { ok: false, message: 'the range query was not run' }
    if (!answer.ok) return answer
    const seen = new Set<string>()
    for (const one of answer.series) {
      const name = query.label ? (one.metric?.[query.label] ?? '') : ''
      const known = series.get(name) ?? { ok: true, values: new Map<number, number>() }
      series.set(name, known)
      if (!known.ok) continue
      if (seen.has(name)) {
        series.set(name, {
          ok: false,
          message: `the query returned several series where one is expected (wrap it in sum())`
        })
        continue
      }
      seen.add(name)
      for (const [at, text] of one.values ?? []) {
        const step = Math.round((at - query.grid.start) / query.grid.step)
        if (Math.abs(at - (query.grid.start + step * query.grid.step)) > 1)
          return {
            ok: false,
            message: `the engine answered for ${new Date(at * 1000).toISOString()}, off the steps asked for (does it align query_range steps?)`
          }
        known.values.set(query.grid.start + step * query.grid.step, parseSampleValue(text))
      }
    }
  }
  return { ok: true, series }
}

/** Runs grid queries (every chunk of each) and reads each answer back. */
export async function runStepQueries(
  client: QueryClient,
  queries: StepQuery[],
  slots: Limiter,
  signal?: AbortSignal,
  endpoint: EndpointHealth = {}
): Promise<{ answers: Map<string, StepAnswer>; sent: number }> {
  const { answers, sent } = await runRangeQueries(
    client,
    requestsOf(queries),
    slots,
    signal,
    endpoint
  )
  return {
    answers: new Map(queries.map(query => [query.key, readStepAnswer(query, answers)])),
    sent
  }
}
