/**
 * Where each SLO's figures are read from (`query_source`): its raw series, or recording rules
 * (ours, Sloth's, Pyrra's) whose samples are proven to cover every window it reads. Decided
 * before its queries, from one probe of the recorded series; what the probe found is said.
 */
import { probeRecordedSeries, type ProbedSeries, type RecordedProbe } from './coverage.js'
import { parseDuration } from './duration.js'
import { iso } from './exclusions.js'
import { describeCoverage, proveCoverage, type Tolerance } from './recorded-coverage.js'
import type { SloResult } from './result.js'
import {
  BACKFILL_HINT,
  FINGERPRINT_LABEL,
  PROBE_LABEL,
  pyrraProbeLabel,
  pyrraWindows,
  pyrraWindowsLabel,
  queriesFingerprint,
  RATE_WINDOW,
  rateWindowOf,
  readingPyrra,
  readingRules,
  readingSloth,
  readRecords,
  slothHasWindows,
  SLOTH_PROBE,
  tooShortForRate
} from './rules.js'
import type { SloSpec } from './slo.js'
import { windowsFor } from './windows.js'
import type { PrometheusError, QueryClient } from '../prometheus/api.js'

/** Which series an SLO is read from, decided before its queries. */
export interface SourcePlan {
  slo: SloSpec
  /** The SLO as queried: its own queries, or the ones that read its recorded series. */
  queried: SloSpec
  source: SloResult['querySource']
  /** Where the proven coverage of its recorded series begins, when read from rules. */
  since?: number
  /** Why a `query_source: rules` SLO cannot be evaluated. */
  refusal?: string
}

/** Excluded intervals are cut out of raw series with `@` ranges: such an SLO reads raw series. */
const modeOf = (slo: SloSpec): SloSpec['querySource'] =>
  slo.exclusions.length ? 'raw' : (slo.querySource ?? 'raw')

/**
 * One probe for every SLO that may read recording rules. Those whose recorded series are proven
 * to cover every window read the rules; the others read raw series (auto, with a warning that
 * names what was found) or are refused with it (rules).
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
  const probe = await probeRecordedSeries(
    client,
    slos.filter(slo => modeOf(slo) !== 'raw'),
    time,
    signal
  )
  const plans = slos.map(slo => {
    const { plan, warnings: found } = sourceFor(slo, probe)
    warnings.push(...found)
    return plan
  })
  return { plans, warnings, failure: probe.failure }
}

/** What one source's recorded series show for an SLO: proven, absent, or a finding and its remedy. */
type Verdict = { proven: true } | { proven: false; finding: string; remedy: string } | undefined

/** The longest window an SLO reads, in the probe's buckets (the last ones of its span). */
const bucketsOf = (slo: SloSpec, probe: RecordedProbe): number =>
  Math.ceil(Math.max(...windowsFor(slo).map(parseDuration)) / probe.span.bucketSeconds)

/** The proof for one probed series of the SLO, as a verdict naming whose series they are. */
function verdictOf(
  series: ProbedSeries,
  slo: SloSpec,
  probe: RecordedProbe,
  whose: string,
  tolerance: Tolerance
): Verdict {
  const counts = series.counts.slice(-bucketsOf(slo, probe))
  const coverage = proveCoverage(counts, probe.span, tolerance)
  if (coverage.kind === 'proven') return { proven: true }
  const window = slo.window
  if (coverage.kind === 'absent')
    return {
      proven: false,
      finding: `${whose} have no sample in the ${window} window: their rules stopped before it (is the rule file still loaded?)`,
      remedy: `load the rule file into Prometheus again, then ${BACKFILL_HINT}`
    }
  const finding = `${whose} ${describeCoverage(coverage, window, probe.span.end, tolerance)}`
  const between = (from: number, to: number): string =>
    `backfill it with "promtool tsdb create-blocks-from rules --start ${Math.floor(from)} --end ${Math.ceil(to)}" (${iso(from)} to ${iso(to)}; see docs/recording-rules.md)`
  const remedy =
    coverage.kind === 'gap'
      ? between(coverage.from, coverage.to)
      : coverage.kind === 'stopped'
        ? `load the rule file into Prometheus again (rule_files, then reload), and ${between(coverage.at, probe.span.end)}`
        : coverage.kind === 'sparse'
          ? 'regenerate them with a shorter --interval'
          : BACKFILL_HINT
  return { proven: false, finding, remedy }
}

/** The gate's own rules: every series the SLO reads, of its own fingerprint, proven. */
function oursFor(slo: SloSpec, probe: RecordedProbe): Verdict {
  const records = readRecords(slo)
  const named = probe.series.filter(
    s => records.includes(s.labels[PROBE_LABEL]) && s.labels.slo === slo.name
  )
  if (named.length === 0) return undefined
  const mine = named.filter(s => s.labels[FINGERPRINT_LABEL] === queriesFingerprint(slo))
  if (mine.length === 0)
    return {
      proven: false,
      finding: `recorded series named "${slo.name}" exist, but for other queries (fingerprint mismatch: rules recorded for an older definition of this SLO, or another SLO of the same name)`,
      remedy: `regenerate the rules with "error-budget rules", load them and ${BACKFILL_HINT}`
    }
  const tolerance = { maxGapSeconds: parseDuration(rateWindowOf(slo)) }
  for (const record of records) {
    const series = mine.filter(s => s.labels[PROBE_LABEL] === record)
    if (series.length > 1)
      return {
        proven: false,
        finding: `${series.length} recorded ${record} series of this SLO answer where one is expected (more labels than slo and ${FINGERPRINT_LABEL}: several rulers, or external labels?)`,
        remedy: 'record them once, or read raw series'
      }
    const verdict = series.length
      ? verdictOf(series[0], slo, probe, 'its recorded series', tolerance)
      : {
          proven: false as const,
          finding: `its recorded series lack ${record}`,
          remedy: `regenerate the rules with "error-budget rules", load them and ${BACKFILL_HINT}`
        }
    if (!verdict?.proven) return verdict
  }
  return { proven: true }
}

/** Sloth's rules: its 5m ratios (its period ratio is their average) proven, and every window. */
function slothFor(slo: SloSpec, probe: RecordedProbe): Verdict {
  const series = probe.series.find(
    s => s.labels[PROBE_LABEL] === SLOTH_PROBE && s.labels.sloth_id === slo.slothId
  )
  if (!series) return undefined
  const tolerance = { maxGapSeconds: parseDuration(RATE_WINDOW) }
  const verdict = verdictOf(series, slo, probe, "Sloth's recorded series", tolerance)
  if (!verdict?.proven || slothHasWindows(slo, windowsFor(slo))) return verdict
  return {
    proven: false,
    finding: "Sloth's recording rules lack windows the gate needs",
    remedy: 'give the SLO burn tiers on windows Sloth records (5m, 30m, 1h, 2h, 6h, 1d, 3d)'
  }
}

/**
 * Pyrra's rules: each sample of its period increase is computed from the raw series over the whole
 * period, so only the edges count (it reaches back, and still records within its rate window);
 * and at the evaluation every burn-rate window the gate needs exists.
 */
function pyrraFor(slo: SloSpec, probe: RecordedProbe): Verdict {
  if (slo.pyrra === undefined || slo.calendar !== undefined) return undefined
  const of = (label: string) => probe.series.find(s => s.labels[PROBE_LABEL] === label)
  const series = of(pyrraProbeLabel(slo.name))
  if (!series) return undefined
  const tolerance = { maxGapSeconds: parseDuration(RATE_WINDOW), edgesOnly: true }
  const verdict = verdictOf(series, slo, probe, "Pyrra's recorded series", tolerance)
  const needs = pyrraWindows(slo, windowsFor(slo))
  if (!verdict?.proven || (of(pyrraWindowsLabel(slo.name))?.counts.at(-1) ?? 0) >= needs.length)
    return verdict
  return {
    proven: false,
    finding: `Pyrra's recording rules lack burn-rate windows the gate needs (it needs ${needs.join(', ')}; Pyrra derives its windows from the SLO period)`,
    remedy: 'give the SLO burn tiers on the windows Pyrra records, or read raw series'
  }
}

/** Pure: the source of one SLO from what the probe found, and the warnings that go with it. */
function sourceFor(slo: SloSpec, probe: RecordedProbe): { plan: SourcePlan; warnings: string[] } {
  const raw: SourcePlan = { slo, queried: slo, source: 'raw' }
  const mode = modeOf(slo)
  if (mode === 'raw') return { plan: raw, warnings: [] }
  const failure = probe.failure
  const since = probe.span.end - bucketsOf(slo, probe) * probe.span.bucketSeconds
  const verdicts: Verdict[] = []
  if (!failure) {
    const readers = [
      ['rules', oursFor, readingRules],
      ['sloth', slothFor, readingSloth],
      ['pyrra', pyrraFor, readingPyrra]
    ] as const
    for (const [source, verdictFor, reading] of readers) {
      const verdict = verdictFor(slo, probe)
      if (verdict?.proven) {
        const warnings = source === 'rules' ? tooShortForRate(slo) : []
        return { plan: { slo, queried: reading(slo), source, since }, warnings }
      }
      verdicts.push(verdict)
    }
  }
  const found = verdicts.flatMap(v => (v && !v.proven ? [v] : []))
  const finding = found.map(v => v.finding).join('; ')
  const remedy = found.map(v => v.remedy).join('; ')
  if (mode === 'rules') {
    const refusal = failure
      ? `query_source rules: the recorded series could not be read: ${failure.message}`
      : found.length
        ? `query_source rules: ${finding}; ${remedy}, or set query_source auto`
        : `query_source rules: no recorded series for this SLO; generate them with "error-budget rules", load them into Prometheus and ${BACKFILL_HINT}`
    return { plan: { ...raw, source: 'rules', refusal }, warnings: [] }
  }
  if (failure)
    return {
      plan: raw,
      warnings: [
        `${slo.name}: could not look for recorded series (${failure.message}); raw queries used`
      ]
    }
  if (found.length)
    return {
      plan: raw,
      warnings: [`${slo.name}: ${finding}; raw queries used until they cover it (${remedy})`]
    }
  return { plan: raw, warnings: [] }
}
