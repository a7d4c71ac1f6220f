/**
 * The coverage probes: how far back the data of an SLO goes, so that a window longer than the
 * data (or recorded series shorter than the window) is told, never silently computed over less.
 * Raw series are probed per total query and window; recorded series in one range query for all,
 * whose counts prove (recorded-coverage.ts) that they cover the whole window.
 */
import { parseDuration } from './duration.js'
import type { EndpointHealth, Limiter } from './concurrency.js'
import { coverageKey, isScalarForm, term } from './plan.js'
import type { Outcome } from './result.js'
import { probeSpan, type ProbeSpan } from './recorded-coverage.js'
import { expandQuery, isRatioSlo, rulesCoverageQuery } from './rules.js'
import type { SloSpec } from './slo.js'
import { windowsFor } from './windows.js'
import {
  parseSampleValue,
  PrometheusError,
  type QueryClient,
  type RangeSeries
} from '../prometheus/api.js'

/**
 * The bounded coverage check: the query's 1h value at the window's start, one point instead of
 * another scan of the whole window. Answers when the data reaches back to the window's start.
 */
export function coveragePointQuery(template: string): string {
  return expandQuery(template, '1h')
}

/**
 * Only when the point check found nothing: the earliest hour with data, minimised over an hourly
 * subquery. It reads the window once more, but then the data is shorter than the window.
 */
export function coverageSinceQuery(template: string, window: string): string {
  return `min_over_time(timestamp(${term(template, '1h')})[${window}:1h])`
}

/**
 * The bounded coverage checks of the SLOs read from raw series, one request per distinct total
 * query and window, each sent on its own so that its failure is a warning, never the SLO's ERROR.
 * Records the earliest data under coverageKey; returns the warnings and the requests made.
 */
export async function probeRawCoverage(
  client: QueryClient,
  slos: SloSpec[],
  time: Date,
  slots: Limiter,
  signal: AbortSignal,
  endpoint: EndpointHealth
): Promise<{ warnings: string[]; outcomes: Map<string, Outcome> }> {
  const probes = new Map<string, { template: string; window: string; names: string[] }>()
  for (const slo of slos) {
    // A raw ratio (vector(1)) or a scalar has no timestamp of its data: nothing to probe.
    if (isRatioSlo(slo) || isScalarForm(slo.totalQuery)) continue
    const key = coverageKey(slo.totalQuery, slo.window)
    const probe = probes.get(key) ?? { template: slo.totalQuery, window: slo.window, names: [] }
    probe.names.push(slo.name)
    probes.set(key, probe)
  }
  const warnings: string[] = []
  const outcomes = new Map<string, Outcome>()
  const probe = async (key: string, template: string, window: string, names: string[]) => {
    // The decision's own queries say what an unavailable endpoint or an abort means.
    if (signal.aborted || endpoint.unavailable) return
    const start = time.getTime() / 1000 - parseDuration(window)
    try {
      const at = new Date((start + 3600) * 1000)
      await client.queryScalar(coveragePointQuery(template), at, signal)
      return outcomes.set(key, { ok: true, value: start })
    } catch (error) {
      if (!(error instanceof PrometheusError && error.kind === 'no-data')) {
        return warnings.push(
          `${names.join(', ')}: the coverage check of total_query failed (${(error as Error).message}); the figures stand, but whether the data covers the whole ${window} is unknown`
        )
      }
    }
    try {
      const since = await client.queryScalar(coverageSinceQuery(template, window), time, signal)
      outcomes.set(key, { ok: true, value: since.value })
    } catch {
      // No data in the window at all: the SLO's own queries say so, as ERROR.
    }
  }
  await Promise.all(
    [...probes].map(([key, { template, window, names }]) =>
      slots(() => probe(key, template, window, names))
    )
  )
  return { warnings, outcomes }
}

/** One series of the recorded-series probe: its labels, and its sample count in each bucket. */
export interface ProbedSeries {
  labels: Record<string, string>
  /** Samples per bucket of the probe's span, oldest first (0: none). */
  counts: number[]
}

/** What the probe of the recorded series found, or why it could not look. */
export interface RecordedProbe {
  span: ProbeSpan
  series: ProbedSeries[]
  failure?: PrometheusError
}

/** SLOs per probe request: an answer holds up to a thousand counts per series. */
const SLOS_PER_PROBE = 25

/**
 * The probe for every SLO that may read recording rules: one range query (per 25 SLOs) of the
 * sample counts of their recorded series (ours, Sloth's, Pyrra's) per bucket, over the longest
 * window any of them reads (see rulesCoverageQuery and recorded-coverage.ts).
 */
export async function probeRecordedSeries(
  client: QueryClient,
  slos: SloSpec[],
  time: Date,
  signal: AbortSignal
): Promise<RecordedProbe> {
  const longest = Math.max(0, ...slos.flatMap(slo => windowsFor(slo).map(parseDuration)))
  const span = probeSpan(time.getTime() / 1000, longest)
  if (slos.length === 0) return { span, series: [] }
  if (!client.queryRange)
    return {
      span,
      series: [],
      failure: new PrometheusError('this client cannot send range queries', 'response')
    }
  const range = {
    start: new Date((span.end - (span.buckets - 1) * span.bucketSeconds) * 1000),
    end: time,
    stepSeconds: span.bucketSeconds
  }
  const chunks: SloSpec[][] = []
  for (let i = 0; i < slos.length; i += SLOS_PER_PROBE)
    chunks.push(slos.slice(i, i + SLOS_PER_PROBE))
  try {
    const answers = await Promise.all(
      chunks.map(chunk =>
        client.queryRange!(rulesCoverageQuery(chunk, windowsFor, span.bucketSeconds), range, signal)
      )
    )
    return { span, series: answers.flat().map(series => countsOf(series, span)) }
  } catch (error) {
    return { span, series: [], failure: error as PrometheusError }
  }
}

/** A probe answer's series as counts per bucket; a step without a value held no sample. */
function countsOf(series: RangeSeries, span: ProbeSpan): ProbedSeries {
  const counts = new Array<number>(span.buckets).fill(0)
  for (const [at, text] of series.values ?? []) {
    const k = span.buckets - 1 - Math.round((span.end - Number(at)) / span.bucketSeconds)
    const value = parseSampleValue(text)
    if (k >= 0 && k < span.buckets && Number.isFinite(value)) counts[k] = value
  }
  return { labels: series.metric ?? {}, counts }
}
