/**
 * The coverage probes: how far back the data of an SLO goes, so that a window longer than the
 * data (or recorded series shorter than the window) is told, never silently computed over less.
 * Raw series are probed per total query and window; recorded series in one request for all.
 */
import { parseDuration } from './duration.js'
import type { EndpointHealth, Limiter } from './concurrency.js'
import { coverageKey, isScalarForm, term } from './plan.js'
import type { Outcome } from './result.js'
import { expandQuery, isRatioSlo, rulesCoverageQuery } from './rules.js'
import type { SloSpec } from './slo.js'
import { windowsFor } from './windows.js'
import { parseSampleValue, PrometheusError, type QueryClient } from '../prometheus/api.js'

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

/** How far back each SLO's recorded series go (Unix seconds, by probe label), or why unknown. */
export interface RecordedReach {
  since: Map<string, number>
  failure?: PrometheusError
}

/**
 * One request for every SLO that may read recording rules: the earliest sample of its recorded
 * series, by the probe labels of rules.ts (ours, Sloth's, Pyrra's).
 */
export async function probeRecordedSeries(
  client: QueryClient,
  slos: SloSpec[],
  time: Date,
  signal: AbortSignal
): Promise<RecordedReach> {
  const since = new Map<string, number>()
  if (slos.length === 0) return { since }
  try {
    const query = rulesCoverageQuery(slos, windowsFor)
    for (const series of await client.queryVector(query, time, signal)) {
      const value = parseSampleValue(series.value?.[1])
      if (series.metric?.slo !== undefined && Number.isFinite(value))
        since.set(series.metric.slo, value)
    }
  } catch (error) {
    return { since, failure: error as PrometheusError }
  }
  return { since }
}
