import { PrometheusError } from '../prometheus/api.js'

/** Runs a task when one of the limiter's slots is free; tasks start in the order they were given. */
export type Limiter = <R>(task: () => Promise<R>) => Promise<R>

/** At most `limit` tasks in flight across every caller that shares this limiter. */
export function limiter(limit: number): Limiter {
  let active = 0
  const waiting: (() => void)[] = []
  return async <R>(task: () => Promise<R>): Promise<R> => {
    if (active >= limit) await new Promise<void>(resolve => waiting.push(resolve))
    else active++
    try {
      return await task()
    } finally {
      // The slot passes straight to the next waiting task, so `active` stays as it is.
      const next = waiting.shift()
      if (next) next()
      else active--
    }
  }
}

/** What the queries of one evaluation learn of the endpoint: once unavailable, nothing more is sent. */
export interface EndpointHealth {
  unavailable?: string
  /** That failure's own message (`cannot reach host: cause ...`), said first in the reasons. */
  cause?: string
}

/** Records the first failure that proved the endpoint unavailable; an abort proves nothing. */
export function noteUnavailable(
  endpoint: EndpointHealth,
  error: unknown,
  signal?: AbortSignal
): void {
  if (error instanceof PrometheusError && error.unavailable && !signal?.aborted) {
    endpoint.unavailable ??= `the endpoint unavailable (${error.message})`
    endpoint.cause ??= error.message
  }
}
