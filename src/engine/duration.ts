/** Prometheus duration strings (`30d`, `4w`, `1d12h`, `90s`, `500ms`) to and from seconds. */

const UNIT_SECONDS: Record<string, number> = {
  y: 365 * 86400,
  w: 7 * 86400,
  d: 86400,
  h: 3600,
  m: 60,
  s: 1,
  ms: 0.001
}

// Units must appear from largest to smallest, each at most once: the same rule Prometheus applies.
const UNIT_ORDER = ['y', 'w', 'd', 'h', 'm', 's', 'ms']
const DURATION_PATTERN = /^(?:\d+(?:y|w|d|h|ms|m|s))+$/
const PART_PATTERN = /(\d+)(y|w|d|h|ms|m|s)/g
/** Prometheus keeps durations as int64 nanoseconds (Go's time.Duration): about 292 years. */
const MAX_DURATION_SECONDS = 9223372036

/** Durations already read: the forecast and the backtest judge the same windows thousands of times. */
const parsed = new Map<string, number>()

/** Seconds in a Prometheus duration, or throws with the accepted form. */
export function parseDuration(text: string): number {
  const known = parsed.get(text)
  if (known !== undefined) return known
  const seconds = parseUncached(text)
  if (parsed.size < 10000) parsed.set(text, seconds)
  return seconds
}

function parseUncached(text: string): number {
  const value = text.trim()
  if (!DURATION_PATTERN.test(value)) {
    throw new Error(`"${text}" is not a Prometheus duration (examples: 30d, 4w, 720h, 1d12h, 5m)`)
  }
  let seconds = 0
  let lastUnit = -1
  for (const [, amount, unit] of value.matchAll(PART_PATTERN)) {
    const order = UNIT_ORDER.indexOf(unit)
    if (order <= lastUnit) {
      throw new Error(
        `"${text}" is not a Prometheus duration: units must go from largest to smallest`
      )
    }
    lastUnit = order
    seconds += Number(amount) * UNIT_SECONDS[unit]
  }
  if (seconds <= 0) throw new Error(`"${text}" is not a positive duration`)
  if (seconds > MAX_DURATION_SECONDS)
    throw new Error(`"${text}" is longer than Prometheus accepts (at most 292y)`)
  return seconds
}

/** The shortest Prometheus duration for a number of seconds (whole seconds only). */
export function formatDuration(seconds: number): string {
  let rest = Math.round(seconds)
  if (rest <= 0) return '0s'
  let out = ''
  for (const unit of ['w', 'd', 'h', 'm', 's']) {
    const size = UNIT_SECONDS[unit]
    if (rest >= size) {
      out += `${Math.floor(rest / size)}${unit}`
      rest %= size
    }
  }
  return out
}
