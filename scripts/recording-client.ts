/** A QueryClient for the bench that records every request it sends, with when it went and came back. */
import type { GateConfig } from '../src/engine/config.js'
import type { QueryClient, QueryRange } from '../src/prometheus/api.js'
import { PrometheusClient } from '../src/prometheus/client.js'

export interface SentQuery {
  promql: string
  time?: Date
  range?: QueryRange
  started: number
  ended: number
}

/** A client that records every request it sends, with when it went out and when it came back. */
export function recordingClient(config: GateConfig): {
  client: QueryClient & { close(): void }
  sent: SentQuery[]
} {
  const real = new PrometheusClient(config.prometheus)
  const sent: SentQuery[] = []
  const record = async <T>(
    query: Pick<SentQuery, 'promql' | 'time' | 'range'>,
    call: () => Promise<T>
  ): Promise<T> => {
    const entry: SentQuery = { ...query, started: performance.now(), ended: Infinity }
    sent.push(entry)
    try {
      return await call()
    } finally {
      entry.ended = performance.now()
    }
  }
  const client = {
    queryScalar: (promql: string, time?: Date, signal?: AbortSignal) =>
      record({ promql, time }, () => real.queryScalar(promql, time, signal)),
    queryVector: (promql: string, time?: Date, signal?: AbortSignal) =>
      record({ promql, time }, () => real.queryVector(promql, time, signal)),
    queryRange: (promql: string, range: QueryRange, signal?: AbortSignal) =>
      record({ promql, range }, () => real.queryRange(promql, range, signal)),
    close: () => real.close()
  }
  return { client, sent }
}
