/**
 * Where each SLO's figures are read from (`query_source`): its raw series, or recording rules
 * (ours, Sloth's, Pyrra's) that cover the whole window. Decided before its queries, from one
 * probe of the recorded series.
 */
import { probeRecordedSeries, type RecordedReach } from './coverage.js'
import type { SloResult } from './result.js'
import {
  BACKFILL_HINT,
  coversWindow,
  pyrraProbeLabel,
  pyrraWindows,
  pyrraWindowsLabel,
  readingPyrra,
  readingRules,
  readingSloth,
  rulesProbeLabel,
  slothHasWindows,
  slothProbeLabel
} from './rules.js'
import type { SloSpec } from './slo.js'
import { windowsFor } from './windows.js'
import type { PrometheusError, QueryClient } from '../prometheus/api.js'

const isoTime = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString()

/** Which series an SLO is read from, decided before its queries. */
export interface SourcePlan {
  slo: SloSpec
  /** The SLO as queried: its own queries, or the ones that read its recorded series. */
  queried: SloSpec
  source: SloResult['querySource']
  /** Earliest recorded data, when read from rules. */
  since?: number
  /** Why a `query_source: rules` SLO cannot be evaluated. */
  refusal?: string
}

/** Excluded intervals are cut out of raw series with `@` ranges: such an SLO reads raw series. */
const modeOf = (slo: SloSpec): SloSpec['querySource'] =>
  slo.exclusions.length ? 'raw' : (slo.querySource ?? 'raw')

/**
 * One request for every SLO that may read recording rules: how far back its recorded series go.
 * Those covering the whole window read the rules; the others read raw series (auto) or are
 * refused with the exact reach of their rules (rules).
 */
export async function chooseSources(
  client: QueryClient,
  slos: SloSpec[],
  time: Date,
  signal: AbortSignal
): Promise<{
  plans: SourcePlan[]
  warnings: string[]
  failure?: PrometheusError
}> {
  const warnings: string[] = []
  for (const slo of slos) {
    if (slo.exclusions.length && slo.querySource === 'rules')
      warnings.push(
        `${slo.name}: query_source rules does not apply to an SLO with excluded intervals (they are cut out of the raw series); raw queries used`
      )
  }
  const reach = await probeRecordedSeries(
    client,
    slos.filter(slo => modeOf(slo) !== 'raw'),
    time,
    signal
  )
  const plans = slos.map(slo => {
    const { plan, warning } = sourceFor(slo, reach, time)
    if (warning) warnings.push(warning)
    return plan
  })
  return { plans, warnings, failure: reach.failure }
}

/** Pure: the source of one SLO from the reach of the recorded series, and a warning if any. */
function sourceFor(
  slo: SloSpec,
  { since, failure }: RecordedReach,
  time: Date
): { plan: SourcePlan; warning?: string } {
  const raw: SourcePlan = { slo, queried: slo, source: 'raw' }
  const mode = modeOf(slo)
  if (mode === 'raw') return { plan: raw }
  const earliest = since.get(rulesProbeLabel(slo))
  if (earliest !== undefined && coversWindow(earliest, slo.window, time))
    return { plan: { slo, queried: readingRules(slo), source: 'rules', since: earliest } }
  // A Sloth SLO whose own recording rules cover the window needs nothing new.
  const sloth = slo.slothId === undefined ? undefined : since.get(slothProbeLabel(slo.slothId))
  if (
    sloth !== undefined &&
    coversWindow(sloth, slo.window, time) &&
    slothHasWindows(slo, windowsFor(slo))
  )
    return { plan: { slo, queried: readingSloth(slo), source: 'sloth', since: sloth } }
  // The same for Pyrra: its period increase covers the window and every alert window exists.
  const pyrra =
    slo.pyrra === undefined || slo.calendar !== undefined
      ? undefined
      : since.get(pyrraProbeLabel(slo.name))
  const pyrraNeeds = slo.pyrra === undefined ? [] : pyrraWindows(slo, windowsFor(slo))
  const pyrraCovers = pyrra !== undefined && coversWindow(pyrra, slo.window, time)
  const pyrraComplete = (since.get(pyrraWindowsLabel(slo.name)) ?? 0) >= pyrraNeeds.length
  if (pyrraCovers && pyrraComplete)
    return { plan: { slo, queried: readingPyrra(slo), source: 'pyrra', since: pyrra } }
  const days = (since: number): string =>
    `${((time.getTime() / 1000 - since) / 86400).toFixed(1)} days of the ${slo.window} window`
  const reach =
    earliest !== undefined
      ? `its recorded series go back only to ${isoTime(earliest)} (${days(earliest)})`
      : pyrra === undefined
        ? undefined
        : !pyrraCovers
          ? `Pyrra's recorded series go back only to ${isoTime(pyrra)} (${days(pyrra)})`
          : `Pyrra's recording rules lack burn-rate windows the gate needs (it needs ${pyrraNeeds.join(', ')}; Pyrra derives its windows from the SLO period)`
  if (mode === 'rules') {
    const refusal = failure
      ? `query_source rules: the recorded series could not be read: ${failure.message}`
      : reach
        ? `query_source rules: ${reach}; ${BACKFILL_HINT}, or set query_source auto`
        : `query_source rules: no recorded series for this SLO; generate them with "error-budget rules", load them into Prometheus and ${BACKFILL_HINT}`
    return { plan: { ...raw, source: 'rules', refusal } }
  }
  if (failure)
    return {
      plan: raw,
      warning: `${slo.name}: could not look for recorded series (${failure.message}); raw queries used`
    }
  if (reach)
    return {
      plan: raw,
      warning: `${slo.name}: ${reach}; raw queries used until they cover it (${BACKFILL_HINT})`
    }
  return { plan: raw }
}
