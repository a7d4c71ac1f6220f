/**
 * Timers for any delay. Here, in the lowest layer, because every layer has timers (the engine's
 * deadline, the HTTP retries, the App's waits) and none may import a layer above it.
 */

/** setTimeout's longest delay (2^31 - 1 ms, 24.8 days): Node fires a longer one after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** A timer that `clear` stops, however many timers it took to wait. */
export interface LongTimer {
  clear(): void
}

/**
 * setTimeout for any delay: one longer than MAX_TIMER_MS waits in steps (a timer re-armed for
 * what is left) instead of firing at once. Every timer in src/ goes through here.
 */
export function setLongTimeout(callback: () => void, ms: number): LongTimer {
  let remaining = Number.isNaN(ms) ? 0 : Math.max(0, ms)
  let timer: NodeJS.Timeout
  const arm = (): void => {
    const step = Math.min(remaining, MAX_TIMER_MS)
    remaining -= step
    timer = setTimeout(() => (remaining > 0 ? arm() : callback()), step)
  }
  arm()
  return { clear: () => clearTimeout(timer) }
}
