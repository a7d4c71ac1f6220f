/** One retry policy for every HTTP call the gate makes (Prometheus, Slack): attempts, delay, sleep. */

export const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

export interface RetryPolicy<E> {
  /** Attempts in all, the first one included (retries + 1). */
  attempts: number
  /** Whether a failure is worth another attempt; others are thrown at once. */
  retryable: (error: E) => boolean
  /** How long to wait before retry number `retry` (1 for the first retry), after `error`. */
  delayMs: (retry: number, error: E) => number
  /** Injected so that tests run without waiting (and can see the delays asked for). */
  sleep?: (ms: number) => Promise<void>
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
      await wait(policy.delayMs(attempt, error as E))
    }
  }
}
