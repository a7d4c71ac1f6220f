/**
 * The gate's work in flight: one job per wait key at a time, the timers of the waits, retries with
 * backoff until a deadline, and the shutdown that stops them all (what is undecided stays in the
 * state file for the next start).
 */
import { limiter, type Limiter } from '../engine/concurrency.js'
import { httpStatusOf } from '../github/client.js'
import { sleep } from '../http/retry.js'
import { setLongTimeout, type LongTimer } from '../text/timers.js'
import type { QueryClient } from '../prometheus/api.js'
import type { Logger } from './log.js'

/** What became of a request handed to the gate. */
export type Acceptance = 'accepted' | 'in_progress' | 'unsaved'

/**
 * One bound for the whole server: every evaluation's Prometheus queries share `maxQueries` slots,
 * and evaluations start only as their queries can run (each sends up to 8 at once, the default
 * max_concurrency), so none spends its deadline in the queue.
 */
export function serverLimiters(maxQueries: number): { queries: Limiter; evaluations: Limiter } {
  return { queries: limiter(maxQueries), evaluations: limiter(Math.ceil(maxQueries / 8)) }
}

/** GitHub answered a server error, or did not answer: another attempt may succeed. */
export const transient = (error: unknown): boolean => (httpStatusOf(error) ?? 500) >= 500

/** The client with every query sent through the server's limiter (one for every evaluation). */
export function limitedClient(client: Required<QueryClient>, slots?: Limiter): QueryClient {
  if (!slots) return client
  return {
    queryScalar: (...args) => slots(() => client.queryScalar(...args)),
    queryVector: (...args) => slots(() => client.queryVector(...args)),
    queryRange: (...args) => slots(() => client.queryRange(...args))
  }
}

export interface RetryOptions {
  /** The message each failure is logged with. */
  failure: string
  key: string
  /** Unix ms: no retry starts after it. */
  answerBy: number
  now: () => number
  delayMs: (retry: number) => number
}

export class Jobs {
  private readonly timers = new Map<string, LongTimer>()
  private readonly active = new Set<string>()
  private readonly inFlight = new Set<Promise<void>>()
  /** Aborted when the shutdown begins: no retry waits past it. */
  private readonly stop = new AbortController()

  constructor(private readonly log: Logger) {}

  get stopping(): boolean {
    return this.stop.signal.aborted
  }

  busy(key: string): boolean {
    return this.active.has(key)
  }

  /** Runs `work` as the one job of `key`; a failure is logged, never thrown. */
  run(key: string, work: () => Promise<void>): void {
    this.active.add(key)
    const job = work()
      .catch(error => this.log.error('evaluation failed', { key, error }))
      .finally(() => {
        this.active.delete(key)
        this.inFlight.delete(job)
      })
    this.inFlight.add(job)
  }

  /** Runs `work` for `key` after `delayMs` (any delay: see setLongTimeout), unless busy by then. */
  later(key: string, delayMs: number, work: () => Promise<void>): void {
    if (this.stopping) return
    this.timers.get(key)?.clear()
    const timer = setLongTimeout(() => {
      this.timers.delete(key)
      if (!this.stopping && !this.busy(key)) this.run(key, work)
    }, delayMs)
    this.timers.set(key, timer)
  }

  /** Stops the timers and the retries, and waits up to `graceMs` for the jobs; true if all ended. */
  async drain(graceMs: number): Promise<boolean> {
    this.stop.abort()
    for (const timer of this.timers.values()) timer.clear()
    this.timers.clear()
    let timer: LongTimer | undefined
    const timeout = new Promise<false>(
      resolve => (timer = setLongTimeout(() => resolve(false), graceMs))
    )
    const finished = await Promise.race([Promise.all([...this.inFlight]).then(() => true), timeout])
    timer?.clear()
    return finished
  }

  /**
   * Runs `work` until it succeeds, fails for good (a 4xx), the next try would start after
   * `answerBy`, or the server stops: undefined then, each failure logged.
   */
  async retrying<T>(options: RetryOptions, work: () => Promise<T>): Promise<T | undefined> {
    for (let retry = 1; ; retry++) {
      try {
        return await work()
      } catch (error) {
        const delay = options.delayMs(retry)
        const again =
          transient(error) && !this.stopping && options.now() + delay <= options.answerBy
        this.log.error(options.failure, {
          key: options.key,
          httpStatus: httpStatusOf(error) ?? null,
          error,
          retry: again
        })
        if (!again) return undefined
        await sleep(delay, this.stop.signal)
        if (this.stopping) return undefined
      }
    }
  }
}
