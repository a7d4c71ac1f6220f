/**
 * A QueryClient for unit tests of the burn-down chart: instant answers from a function of the
 * expanded query (alone or in the gate's batched `label_replace(...) or ...` form), range answers
 * from another. It records every request and how many were in flight at once.
 */
import { readGateConfig, type GateConfig } from '../../src/engine/config.js'
import {
  PrometheusError,
  type QueryClient,
  type QueryRange,
  type RangeSeries
} from '../../src/prometheus/api.js'

export interface FakeAnswers {
  /** The value of one expanded query (`errors[30d]`), undefined for no data. */
  instant(query: string): number | undefined
  /** Errors of the step that ends at `at` (a range query), or a thrown error. */
  range?(query: string, at: Date): number | undefined
  /** Each request waits this long, so that concurrency shows. */
  delayMs?: number
}

export type FakeClient = QueryClient & {
  asked: string[]
  ranges: { query: string; range: QueryRange }[]
  maxInFlight: number
}

export function fakeClient(answers: FakeAnswers, withRange = true): FakeClient {
  let inFlight = 0
  const track = async <R>(work: () => R): Promise<R> => {
    inFlight++
    client.maxInFlight = Math.max(client.maxInFlight, inFlight)
    try {
      await new Promise(resolve => setTimeout(resolve, answers.delayMs ?? 0))
      return work()
    } finally {
      inFlight--
    }
  }
  const client: FakeClient = {
    asked: [],
    ranges: [],
    maxInFlight: 0,
    async queryScalar(query) {
      client.asked.push(query)
      return track(() => {
        const value = answers.instant(query)
        if (value === undefined) throw new PrometheusError('no data', 'no-data')
        return { value, infos: [] }
      })
    },
    async queryVector(query) {
      client.asked.push(query)
      return track(() =>
        query.split(' or ').flatMap(term => {
          const [, inner, window] =
            /^label_replace\((.*)\n, "ebg_window", "([^"]+)", "", ""\)$/s.exec(term) ?? []
          const value = inner === undefined ? undefined : answers.instant(inner)
          return value === undefined
            ? []
            : [{ metric: { ebg_window: window }, value: [0, String(value)] as [number, string] }]
        })
      )
    }
  }
  if (withRange) {
    client.queryRange = async (query: string, range: QueryRange): Promise<RangeSeries[]> => {
      client.asked.push(query)
      client.ranges.push({ query, range })
      return track(() => {
        const values: [number, string][] = []
        for (
          let t = range.start.getTime();
          t <= range.end.getTime();
          t += range.stepSeconds * 1000
        ) {
          const value = answers.range?.(query, new Date(t))
          if (value !== undefined) values.push([t / 1000, String(value)])
        }
        return [{ metric: {}, values }]
      })
    }
  }
  return client
}

/** A gate config over the fake queries `errors[{{window}}]` and `total[{{window}}]`. */
export function fakeConfig(extra: Record<string, string> = {}): GateConfig {
  const values: Record<string, string> = {
    prometheus_url: 'http://127.0.0.1:9090',
    error_query: 'errors[{{window}}]',
    total_query: 'total[{{window}}]',
    fast_burn_threshold: '0',
    slow_burn_threshold: '0',
    evaluation_time: '2026-12-01T12:00:00Z',
    // No recorded series to look for: the fake answers raw queries only.
    query_source: 'raw',
    ...extra
  }
  return readGateConfig(name => values[name] ?? '')
}

/**
 * A 30-day model for the fake: 1e6 events a day, `errorsOnDay(k)` bad ones on day k (1-30, day 30
 * ends at the evaluation). Short windows see the last day's rate.
 */
export function dayModel(errorsOnDay: (day: number) => number, days = 30): FakeAnswers {
  const DAY = 86400
  const perDay = 1e6
  const seconds = (text: string): number =>
    Number(/(\d+)/.exec(text)![1]) * { d: DAY, h: 3600, m: 60 }[/[dhm]$/.exec(text)![0] as 'd']
  let sum = 0
  for (let k = 1; k <= days; k++) sum += errorsOnDay(k)
  return {
    instant(query) {
      const [, kind, window] = /^(errors|total)\[(\w+)\]$/.exec(query) ?? []
      if (!kind) return undefined
      const share = seconds(window) / DAY
      if (kind === 'total') return perDay * share
      return share >= days ? sum : errorsOnDay(days) * share
    },
    /** A step of the range queries (a day for the chart, an hour for the forecast) on its day. */
    range(query, at) {
      const [, kind, window] = /^(errors|total)\[(\w+)\]$/.exec(query) ?? []
      if (!kind) return undefined
      const end = Date.parse('2026-12-01T12:00:00Z')
      const day = days - Math.floor((end - at.getTime()) / 1000 / DAY)
      if (day < 1) return undefined
      const share = seconds(window) / DAY
      return (kind === 'total' ? perDay : errorsOnDay(day)) * share
    }
  }
}
