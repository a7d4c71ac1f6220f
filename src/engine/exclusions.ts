/**
 * Excluded intervals (planned maintenance, incidents already paid for): parsed from
 * `START/END reason` lines, validated, clipped to each window, and turned into `@` queries.
 */

import { WINDOW_PLACEHOLDER } from './promql.js'

export interface Exclusion {
  /** Unix seconds. */
  start: number
  end: number
  reason: string
  /** Where it was written, for messages: `line 2`, `slos[0].exclude[1]`. */
  source: string
}

/** More would make every evaluation a long list of queries; real exclusions are rare. */
export const MAX_EXCLUSIONS = 50

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i
const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i

function instant(text: string): number {
  const ms = INSTANT.test(text) ? new Date(text).getTime() : NaN
  if (Number.isNaN(ms))
    throw new Error(
      `${JSON.stringify(text)} is not a time; expected ISO 8601 in UTC or with an offset (2026-11-13T02:00:00Z, 2026-11-13T03:00:00+01:00)`
    )
  return ms / 1000
}

function isoDuration(text: string): number {
  const m = ISO_DURATION.exec(text)
  const [w, d, h, min, s] = (m ?? []).slice(1).map(x => Number(x ?? 0))
  const seconds = m ? (((w * 7 + d) * 24 + h) * 60 + min) * 60 + s : NaN
  if (!(seconds > 0))
    throw new Error(
      `${JSON.stringify(text)} is not a duration; expected ISO 8601 such as PT2H, PT30M, P1DT6H`
    )
  return seconds
}

/** One `START/END reason` or `START/DURATION reason`; throws with what is wrong. */
export function parseExclusion(line: string, source: string): Exclusion {
  const match = /^(\S+?)\/(\S+)\s+(\S[\s\S]*)$/.exec(line.trim())
  if (!match)
    throw new Error(
      `${JSON.stringify(line.trim().slice(0, 60))} is not an interval; expected START/END reason or START/DURATION reason, e.g. 2026-11-13T02:00:00Z/PT2H planned DB failover`
    )
  const start = instant(match[1])
  const end = /^P/i.test(match[2]) ? start + isoDuration(match[2]) : instant(match[2])
  if (!(end > start)) throw new Error(`ends at or before its start (${match[1]}/${match[2]})`)
  const reason = match[3].trim()
  // The reason reaches the log, the summary and Slack: one printable line, nothing else.
  if (/[\p{Cc}\u2028\u2029]/u.test(reason))
    throw new Error('the reason holds control characters; write it as plain text on one line')
  return { start, end, reason, source }
}

/** Every interval must be over by `time`, and none may overlap another; at most MAX_EXCLUSIONS. */
export function checkExclusions(exclusions: readonly Exclusion[], time: Date): void {
  if (exclusions.length > MAX_EXCLUSIONS)
    throw new Error(
      `${exclusions.length} intervals; at most ${MAX_EXCLUSIONS} are allowed (remove those older than the SLO window)`
    )
  const now = time.getTime() / 1000
  for (const e of exclusions) {
    if (e.end > now)
      throw new Error(
        `${e.source}: ends at ${iso(e.end)}, after the evaluation time ${iso(now)}; an interval may not lie in the future (exclude an incident once it is over)`
      )
  }
  const sorted = [...exclusions].sort((a, b) => a.start - b.start)
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end)
      throw new Error(
        `${sorted[i].source} (${iso(sorted[i].start)}/${iso(sorted[i].end)}) overlaps ${sorted[i - 1].source} (${iso(sorted[i - 1].start)}/${iso(sorted[i - 1].end)}); merge them into one interval`
      )
  }
}

export const iso = (seconds: number): string =>
  new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')

/** `[<seconds>s] @ <end>`: the events of an interval that ends at a fixed instant (Unix seconds). */
export interface FixedRange {
  seconds: number
  end: number
}

/** The part of an exclusion inside the window that ends at `time`: whole seconds, or null. */
export function clip(e: Exclusion, windowSeconds: number, time: number): FixedRange | null {
  const start = Math.max(e.start, time - windowSeconds)
  const end = Math.min(e.end, time)
  const seconds = Math.round(end - start)
  return seconds > 0 ? { seconds, end: Math.round(end) } : null
}

/** The range selectors `[{{window}}]` and subqueries `[{{window}}:step]` of a query template. */
const RANGE = /\[\{\{window\}\}(:[^\]]*)?\]/g

/** Whether events can be removed from this query: every {{window}} is a range selector. */
export function supportsExclusion(template: string): boolean {
  return (
    template.includes(WINDOW_PLACEHOLDER) &&
    !template.replace(RANGE, '').includes(WINDOW_PLACEHOLDER)
  )
}

/**
 * The query over a fixed interval: each range `[{{window}}]` becomes `[<seconds>s] @ <end>`, which
 * Prometheus (2.33+), Thanos, Mimir and VictoriaMetrics evaluate at that instant.
 */
export function expandAt(template: string, seconds: number, end: number): string {
  return template.replace(
    RANGE,
    (_, step: string | undefined) => `[${seconds}s${step ?? ''}] @ ${end}`
  )
}
