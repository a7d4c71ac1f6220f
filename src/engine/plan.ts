/**
 * What to ask Prometheus, and where each answer lands: the batches (one request per distinct
 * query, every window it is needed for), their PromQL, the keys of their outcomes, and the
 * figures of one SLO read back from those outcomes. Pure.
 */
import { isCalendarUnit } from './calendar.js'
import { parseDuration } from './duration.js'
import { clip, expandAt, type Exclusion, type FixedRange } from './exclusions.js'
import { unfilteredSelectors } from './promql.js'
import type { Outcome, SloFigures } from './result.js'
import { expandQuery } from './rules.js'
import type { SloSpec } from './slo.js'
import { uniqueWindows, windowsFor } from './windows.js'

/** Where the outcome of a query over a window is kept: by the window's seconds, not its text. */
export const outcomeKey = (template: string, window: string): string =>
  `${parseDuration(window)}s ${template}`

/** The label that tells apart the windows of a batched query. */
export const WINDOW_LABEL = 'ebg_window'

/** One request per distinct query: every window it is needed for, across all SLOs. */
export interface QueryBatch {
  template: string
  windows: string[]
  /** Fixed intervals (excluded events), queried with the `@` modifier. */
  ranges?: FixedRange[]
}

export const rangeLabel = (r: FixedRange): string => `at ${r.seconds}s@${r.end}`
/** Where the outcome of a query over a fixed range is kept. */
export const rangeKey = (template: string, r: FixedRange): string => `${rangeLabel(r)} ${template}`

/** The exclusions that overlap the window ending at `now` (Unix seconds), each with its part inside. */
export function overlaps(
  slo: SloSpec,
  window: string,
  now: number
): { exclusion: Exclusion; range: FixedRange }[] {
  return slo.exclusions.flatMap(exclusion => {
    const range = clip(exclusion, parseDuration(window), now)
    return range ? [{ exclusion, range }] : []
  })
}

/** The fixed ranges an SLO needs at `time`: each exclusion clipped to each window it overlaps. */
function rangesFor(slo: SloSpec, time: Date): FixedRange[] {
  const now = time.getTime() / 1000
  return windowsFor(slo).flatMap(window => overlaps(slo, window, now).map(o => o.range))
}

export function planBatches(slos: SloSpec[], time?: Date): QueryBatch[] {
  const batches = new Map<string, { windows: Set<string>; ranges: Map<string, FixedRange> }>()
  const batchOf = (template: string) => {
    const found = batches.get(template) ?? {
      windows: new Set<string>(),
      ranges: new Map<string, FixedRange>()
    }
    batches.set(template, found)
    return found
  }
  for (const slo of slos) {
    for (const template of [slo.errorQuery, slo.totalQuery]) {
      for (const window of windowsFor(slo)) batchOf(template).windows.add(window)
      for (const range of time ? rangesFor(slo, time) : [])
        batchOf(template).ranges.set(rangeLabel(range), range)
    }
  }
  return [...batches].map(([template, { windows, ranges }]) => ({
    template,
    windows: uniqueWindows(windows),
    ranges: [...ranges.values()]
  }))
}

/** Where the earliest data of a query over an SLO window is kept among the outcomes. */
export const coverageKey = (template: string, window: string): string =>
  `coverage ${outcomeKey(template, window)}`

/** The query without `# comments` (which run to the end of a line, outside string literals). */
function withoutComments(query: string): string {
  return query.replace(
    /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|#[^\n]*/g,
    (_comment, text: string | undefined) => text ?? ''
  )
}

/**
 * Whether the query is written as a scalar: `scalar(...)` around the whole of it, or a number.
 * label_replace() and `or` need vectors, so such a query is batched inside vector(). Other
 * scalar forms are caught when the batch fails to type-check (see runBatches).
 */
export function isScalarForm(query: string): boolean {
  const text = withoutComments(query).trim()
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return true
  const open = /^scalar\s*\(/.exec(text)
  if (!open) return false
  let depth = 0
  for (let i = open[0].length - 1; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return i === text.length - 1
  }
  return false
}

/**
 * The user's query as one term of a batch. The newline ends a trailing `# comment`, which would
 * otherwise swallow the rest of the batch.
 */
export function term(template: string, window: string): string {
  return asTerm(template, expandQuery(template, window))
}

/** The query of a term on lines of its own (a `# comment` ends there); a scalar inside vector(). */
function asTerm(template: string, query: string): string {
  return isScalarForm(template) ? `vector(${query}\n)` : `${query}\n`
}

/**
 * PromQL for every window of a batch at once, each result labelled with its window. One request
 * instead of one per window: per-request overhead dominates the short windows (measured: one
 * 5-window query costs about what the 30d query alone costs).
 */
export function batchQuery(batch: QueryBatch): string {
  return [
    ...batch.windows.map(
      w => `label_replace(${term(batch.template, w)}, "${WINDOW_LABEL}", "${w}", "", "")`
    ),
    ...(batch.ranges ?? []).map(
      r =>
        `label_replace(${asTerm(batch.template, expandAt(batch.template, r.seconds, r.end))}, "${WINDOW_LABEL}", "${rangeLabel(r)}", "", "")`
    )
  ].join(' or ')
}

/**
 * The figures of one SLO, read back from the outcomes of its batches and coverage probe: what the
 * assessment judges. Every window and excluded range planBatches asked for must be there.
 */
export function figuresFrom(slo: SloSpec, outcomes: Map<string, Outcome>, time: Date): SloFigures {
  const now = time.getTime() / 1000
  const outcome = (key: string, what: string): Outcome => {
    const found = outcomes.get(key)
    if (!found) throw new Error(`internal: ${what} was not run`)
    return found
  }
  const windows = windowsFor(slo).map(window => ({
    window,
    errors: outcome(outcomeKey(slo.errorQuery, window), `query for ${window}`),
    total: outcome(outcomeKey(slo.totalQuery, window), `query for ${window}`),
    excluded: overlaps(slo, window, now).map(({ exclusion, range }) => ({
      exclusion,
      range,
      errors: outcome(rangeKey(slo.errorQuery, range), `exclusion query for ${window}`),
      total: outcome(rangeKey(slo.totalQuery, range), `exclusion query for ${window}`)
    }))
  }))
  const probe = outcomes.get(coverageKey(slo.totalQuery, slo.window))
  return { windows, dataSince: probe?.ok ? probe.value : undefined }
}

/** Queries that turn "no data" into a healthy zero deserve a word of warning. */
export function queryWarnings(slos: SloSpec[]): string[] {
  const warnings: string[] = []
  for (const slo of slos) {
    if (slo.timeZone !== 'UTC' && !isCalendarUnit(slo.window))
      warnings.push(
        `${slo.name}: time_zone ${slo.timeZone} has no effect on the rolling ${slo.window} window; it applies to month, quarter and week`
      )
    for (const [input, query] of [
      ['error_query', slo.errorQuery],
      ['total_query', slo.totalQuery]
    ]) {
      if (/\bor\s+vector\s*\(\s*0\s*\)/.test(query)) {
        warnings.push(
          `${slo.name}: ${input} uses "or vector(0)", which turns missing data into zero; a wrong metric name would then look healthy`
        )
      }
      const unfiltered = unfilteredSelectors(query)
      if (unfiltered.length) {
        warnings.push(
          `${slo.name}: ${input} selects ${unfiltered.join(', ')} without a label matcher, so it sums every series of that name (every service on a shared Prometheus); filter it, e.g. ${unfiltered[0]}{job="my-service"}`
        )
      }
    }
  }
  return warnings
}
