/** One retry policy for every HTTP call the gate makes (Prometheus, Slack): attempts, delay, sleep. */
import { setLongTimeout } from '../text/timers.js'

/** Resolves after `ms`, or as soon as `signal` aborts (its timer cleared, so nothing lingers). */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise(resolve => {
    const done = (): void => {
      timer.clear()
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setLongTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    if (signal?.aborted) done()
  })

export interface RetryPolicy<E> {
  /** Attempts in all, the first one included (retries + 1). */
  attempts: number
  /** Whether a failure is worth another attempt; others are thrown at once. */
  retryable: (error: E) => boolean
  /** How long to wait before retry number `retry` (1 for the first retry), after `error`. */
  delayMs: (retry: number, error: E) => number
  /** Injected so that tests run without waiting (and can see the delays asked for). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Once aborted, no wait and no further attempt: the last error is thrown at once. */
  signal?: AbortSignal
}

/** Exponential backoff from `baseMs`, doubled each retry, capped at `capMs`. */
export const exponentialMs = (baseMs: number, capMs: number) => (retry: number) =>
  Math.min(capMs, baseMs * 2 ** (retry - 1))

/** Runs `work` until it succeeds, fails for good, or the attempts are spent; throws the last error. */
export async function withRetry<T, E = unknown>(
  work: (attempt: number) => Promise<T>,
  policy: RetryPolicy<E>
): Promise<T> {
  const wait = policy.sleep ?? sleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt)
    } catch (error) {
      if (attempt >= policy.attempts || !policy.retryable(error as E)) throw error
      await wait(policy.delayMs(attempt, error as E), policy.signal)
      if (policy.signal?.aborted) throw error
    }
  }
}
