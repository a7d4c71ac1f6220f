/**
 * The proof that recorded series cover a window, pure. A recorded series (a rule's output) has a
 * gap wherever Prometheus or the ruler was down; `avg_over_time(...)` over the window would fill
 * it with the average, so a day without samples during an incident would read as a normal day.
 * The probe counts the samples of each series per bucket (an hour for windows up to 41 days);
 * from the counts the proof infers the rule interval, finds every stretch with samples missing,
 * and holds it against a stated tolerance.
 */
import { formatDuration } from './duration.js'

/**
 * The buckets of a probe, oldest first: bucket k holds the samples in
 * (end − (buckets − k) × bucketSeconds, end − (buckets − 1 − k) × bucketSeconds].
 */
export interface ProbeSpan {
  /** Unix seconds of the evaluation. */
  end: number
  bucketSeconds: number
  buckets: number
}

/** Buckets of at most this count per series: an hour each for windows up to 41 days. */
export const MAX_BUCKETS = 1000

/** The buckets that cover a window of `seconds` ending at `end` (Unix seconds). */
export function probeSpan(end: number, longestSeconds: number): ProbeSpan {
  const bucketSeconds = 3600 * Math.max(1, Math.ceil(longestSeconds / (MAX_BUCKETS * 3600)))
  return { end, bucketSeconds, buckets: Math.ceil(longestSeconds / bucketSeconds) }
}

/**
 * What the gate tolerates before it trusts a recorded series over a window:
 * - no stretch without samples longer than the series' rate window (`maxGapSeconds`): every
 *   event then lies inside the rate of some recorded sample, none goes unseen;
 * - at most one sample in 10,000 missing over the window (4 evaluations a month at 1m): each
 *   missing sample leaves its interval's events under-counted, by at most that share of the
 *   window's events.
 */
export const MAX_MISSING_SHARE = 1e-4

export interface Tolerance {
  /** The longest stretch without samples that still loses no event (the rate window). */
  maxGapSeconds: number
  /** Only the window's edges count (Pyrra: each sample is the increase over the whole period). */
  edgesOnly?: boolean
}

/** What the counts of one series show over a window. */
export type Coverage =
  | { kind: 'proven'; intervalSeconds: number; missing: number; expected: number }
  | { kind: 'absent' }
  /** The series begins inside the window. */
  | { kind: 'short'; since: number }
  /** The series ends before the evaluation: its rules no longer run. */
  | { kind: 'stopped'; at: number }
  /** Samples missing between two instants; `gaps` more such stretches besides the largest. */
  | { kind: 'gap'; from: number; to: number; missing: number; expected: number; gaps: number }
  /** Short gaps only, but more samples missing than the tolerance allows. */
  | { kind: 'missing'; missing: number; expected: number; gaps: number }
  /** Evaluated less often than the rate window: the events between evaluations are never seen. */
  | { kind: 'sparse'; intervalSeconds: number }

/** The most frequent non-zero count (the larger of equals). */
function modeOf(counts: number[]): number {
  const frequency = new Map<number, number>()
  for (const c of counts) if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1)
  let best = 0
  let seen = 0
  for (const [count, times] of frequency)
    if (times > seen || (times === seen && count > best)) [best, seen] = [count, times]
  return best
}

/**
 * The rule interval and the samples a complete bucket holds. Usually the bucket over its most
 * frequent count, when that is a whole number of seconds (60 an hour: 1m), and a bucket short of
 * it is missing samples. Otherwise the interval does not divide the bucket (70s: 51 or 52 an
 * hour): the mean of the neighbouring counts gives it in whole seconds, and the lower count is
 * complete.
 */
function ruleInterval(
  counts: number[],
  bucketSeconds: number
): { interval: number; complete: number } {
  const mode = modeOf(counts)
  if (Number.isInteger(bucketSeconds / mode))
    return { interval: bucketSeconds / mode, complete: mode }
  const near = counts.filter(c => c > 0 && Math.abs(c - mode) <= 1)
  const interval = Math.max(
    1,
    Math.round(bucketSeconds / (near.reduce((s, c) => s + c, 0) / near.length))
  )
  return { interval, complete: Math.floor(bucketSeconds / interval) }
}

/**
 * Whether the counts (the last `counts.length` buckets of `span`) prove a window: see Tolerance.
 * A stretch of buckets short of the complete count holds at most (missing + 1) intervals without
 * a sample.
 */
export function proveCoverage(counts: number[], span: ProbeSpan, tolerance: Tolerance): Coverage {
  if (!counts.some(c => c > 0)) return { kind: 'absent' }
  const { interval, complete } = ruleInterval(counts, span.bucketSeconds)
  if (interval > tolerance.maxGapSeconds) return { kind: 'sparse', intervalSeconds: interval }
  const first = span.buckets - counts.length
  const startOf = (k: number): number => span.end - (span.buckets - first - k) * span.bucketSeconds
  const endOf = (k: number): number => startOf(k) + span.bucketSeconds
  // Stretches of consecutive buckets short of the complete count: [from, to], samples missing.
  const runs: { from: number; to: number; missing: number }[] = []
  counts.forEach((count, k) => {
    const missing = Math.max(0, complete - count)
    if (missing === 0) return
    const last = runs.at(-1)
    if (last && last.to === k - 1) [last.to, last.missing] = [k, last.missing + missing]
    else runs.push({ from: k, to: k, missing })
  })
  const lastBucket = counts.length - 1
  // A stretch holds at most (missing + 1) intervals without a sample; at the end one interval
  // less, since the newest evaluation may not be visible yet (the rules' usual lag).
  const tooLong = (run: { to: number; missing: number }): boolean =>
    (run.missing + (run.to === lastBucket ? 0 : 1)) * interval > tolerance.maxGapSeconds
  const head = runs.find(r => r.from === 0 && tooLong(r))
  const tail = runs.find(r => r.to === lastBucket && tooLong(r))
  // The last sample of a stopped series lies after the samples its first short bucket holds.
  if (tail) return { kind: 'stopped', at: startOf(tail.from) + counts[tail.from] * interval }
  // The first sample of a short series lies before the samples its last short bucket holds.
  if (head) return { kind: 'short', since: endOf(head.to) - counts[head.to] * interval }
  const expected = counts.length * complete
  if (tolerance.edgesOnly)
    return { kind: 'proven', intervalSeconds: interval, missing: 0, expected }
  const inner = runs.filter(tooLong).sort((a, b) => b.missing - a.missing)
  if (inner.length) {
    const [largest] = inner
    return {
      kind: 'gap',
      from: startOf(largest.from),
      to: endOf(largest.to),
      missing: largest.missing,
      expected: (largest.to - largest.from + 1) * complete,
      gaps: inner.length - 1
    }
  }
  // The newest sample not yet visible is lag, not a missing sample.
  const lag = runs.at(-1)?.to === lastBucket ? 1 : 0
  const missing = runs.reduce((sum, r) => sum + r.missing, 0) - lag
  if (missing > MAX_MISSING_SHARE * expected)
    return { kind: 'missing', missing, expected, gaps: runs.length }
  return { kind: 'proven', intervalSeconds: interval, missing, expected }
}

const iso = (unixSeconds: number): string =>
  new Date(Math.round(unixSeconds) * 1000).toISOString().replace('.000Z', 'Z')
const hours = (seconds: number): string => `${(seconds / 3600).toFixed(1)} h`

/**
 * What a finding says, after "<whose> recorded series": the reach, the gap, the stop, with its
 * times. `window` and `end` place it in the SLO's window.
 */
export function describeCoverage(
  coverage: Exclude<Coverage, { kind: 'proven' } | { kind: 'absent' }>,
  window: string,
  end: number,
  tolerance: Tolerance
): string {
  const allowed = formatDuration(tolerance.maxGapSeconds)
  switch (coverage.kind) {
    case 'short':
      return `go back only to ${iso(coverage.since)} (${((end - coverage.since) / 86400).toFixed(1)} days of the ${window} window)`
    case 'stopped':
      return `stop at ${iso(coverage.at)}, ${hours(end - coverage.at)} before the evaluation: their rules no longer run (is the rule file still loaded into Prometheus or the ruler?)`
    case 'gap': {
      const more = coverage.gaps
        ? ` and ${coverage.gaps} more gap${coverage.gaps > 1 ? 's' : ''}`
        : ''
      return `have a gap of ${hours(coverage.to - coverage.from)} at ${iso(coverage.from)} (${coverage.missing} of ${coverage.expected} samples missing until ${iso(coverage.to)})${more}, longer than their ${allowed} rate window: the events in it are unknown`
    }
    case 'missing':
      return `miss ${coverage.missing} of ${coverage.expected} samples over the ${window} window (in ${coverage.gaps} short gaps), more than the ${MAX_MISSING_SHARE * 100} % the gate tolerates`
    case 'sparse':
      return `are recorded every ${formatDuration(coverage.intervalSeconds)}, less often than their ${allowed} rate window: the events between evaluations are never recorded (evaluate the rules at least every ${allowed})`
  }
}
