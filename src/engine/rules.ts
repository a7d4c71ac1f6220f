/**
 * Recording rules the gate generates (`error-budget rules`) and reads (`query_source`), pure.
 *
 * Per SLO, two series recorded every interval: the bad-event and the total-event rate over the
 * SLO's rate window (5m, or four scrapes of a slower `scrape_interval`), labelled `slo`. Any
 * window W is then `avg_over_time(rate[W]) * W`: one recorded series per SLO and query instead of
 * every raw series, so the cost no longer grows with cardinality. The ratio stays
 * traffic-weighted (the sum of bad events over the sum of all events), never an average of
 * per-interval ratios. Sloth's and Pyrra's own rules are read too, and one probe (a range query
 * of sample counts) tells how well each SLO's recorded series cover its windows.
 */
import { checksFor } from './tiers.js'
import { formatDuration, parseDuration } from './duration.js'
import { WINDOW_PLACEHOLDER } from './promql.js'
import { nominalSeconds, type SloSpec } from './slo.js'

/** The rate window of the recorded series when the scrape interval is not given (Sloth's and Pyrra's too). */
export const RATE_WINDOW = '5m'
/**
 * Scrapes a rate window holds at least: rate() needs two samples, and one missed scrape must not
 * empty it.
 */
export const SCRAPES_PER_RATE = 4
/** The record names for the default 5m rate. */
export const RECORD = {
  errors: 'ebg_slo:errors:rate5m',
  total: 'ebg_slo:total:rate5m',
  /** For SLOs given as an error ratio (Sloth raw SLIs): the ratio itself, averaged over W. */
  errorRatio: 'ebg_slo:error_ratio:rate5m'
}

/** The rate window of an SLO's recorded series: 5m, or four scrapes when they are slower. */
export function rateWindowOf(slo: Pick<SloSpec, 'scrapeInterval'>): string {
  if (slo.scrapeInterval === undefined) return RATE_WINDOW
  const seconds = SCRAPES_PER_RATE * parseDuration(slo.scrapeInterval)
  return seconds <= parseDuration(RATE_WINDOW) ? RATE_WINDOW : formatDuration(seconds)
}

/** The names an SLO's series are recorded under, for its rate window. */
export function recordsOf(slo: SloSpec): { errors: string; total: string; errorRatio: string } {
  const rate = rateWindowOf(slo)
  return {
    errors: `ebg_slo:errors:rate${rate}`,
    total: `ebg_slo:total:rate${rate}`,
    errorRatio: `ebg_slo:error_ratio:rate${rate}`
  }
}
/** Filled with the window's seconds when a read query is expanded (internal, never user input). */
export const WINDOW_SECONDS_PLACEHOLDER = '{{window_seconds}}'
/**
 * Filled with the window less a millisecond: Prometheus 2 ranges include both ends, so a rule
 * evaluated exactly at the window's start would count once too often (one sample in 13 for 1h
 * at 5m), and a burst at the window's edge would be diluted by it.
 */
export const WINDOW_RANGE_PLACEHOLDER = '{{window_range}}'
/** Filled with the window as Prometheus (and so Pyrra's record names) spells it: 30d is `4w2d`. */
export const WINDOW_PROM_PLACEHOLDER = '{{window_prom}}'

/** A PromQL string literal: JSON's escapes are a subset of PromQL's (Go's). */
export const promString = (text: string): string => JSON.stringify(text)

/** RE2 escaping, for an exact match inside `=~`. */
const regexEscape = (text: string): string => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')

/**
 * SLOs whose total is not a count over a window (a ratio SLI's `vector(1)`) record the ratio. The
 * same SLO read from recorded series counts events too: its window is then in one of the reading
 * placeholders (`{{window_seconds}}`, `{{window_range}}`, `{{window_prom}}`), not in `{{window}}`.
 */
export const isRatioSlo = (slo: SloSpec): boolean =>
  ![
    WINDOW_PLACEHOLDER,
    WINDOW_SECONDS_PLACEHOLDER,
    WINDOW_RANGE_PLACEHOLDER,
    WINDOW_PROM_PLACEHOLDER
  ].some(placeholder => slo.totalQuery.includes(placeholder))

/** The expressions recorded for one SLO, by record name. */
export function recordedExpressions(slo: SloSpec): { record: string; expr: string }[] {
  const rate = rateWindowOf(slo)
  const seconds = parseDuration(rate)
  const records = recordsOf(slo)
  if (isRatioSlo(slo))
    return [{ record: records.errorRatio, expr: expandQuery(slo.errorQuery, rate) }]
  const errors = `(${expandQuery(slo.errorQuery, rate)}) / ${seconds}`
  const total = `(${expandQuery(slo.totalQuery, rate)}) / ${seconds}`
  // No error series at all while there is traffic means no errors: record 0 then, so that both
  // series have a sample at the same instants and their averages stay comparable.
  return [
    { record: records.errors, expr: `${errors} or on() (0 * ${total})` },
    { record: records.total, expr: total }
  ]
}

/** The series an SLO reads from its own rules: errors and total, or the error ratio. */
export const readRecords = (slo: SloSpec): string[] =>
  isRatioSlo(slo) ? [recordsOf(slo).errorRatio] : [recordsOf(slo).errors, recordsOf(slo).total]

/**
 * Which queries a recorded series was made from: a 64-bit FNV-1a hash of the SLO's error and
 * total queries, recorded as the label `ebg_queries`. An SLO reads only series of its own queries,
 * never another team's SLO of the same name on a shared Prometheus, nor rules left over from
 * before its queries changed.
 */
export function queriesFingerprint(slo: Pick<SloSpec, 'errorQuery' | 'totalQuery'>): string {
  const text = `${slo.errorQuery}\n${slo.totalQuery}`
  const half = (seed: number): string => {
    let hash = seed
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    return hash.toString(16).padStart(8, '0')
  }
  return half(0x811c9dc5) + half(0x050c5d1f)
}

export const FINGERPRINT_LABEL = 'ebg_queries'

/** One recorded series of the SLO: its name, and the fingerprint of its own queries. */
export const recordedSelector = (record: string, slo: SloSpec): string =>
  `${record}{slo=${promString(slo.name)},${FINGERPRINT_LABEL}=${promString(queriesFingerprint(slo))}}`

/** The SLO with queries that read its recorded series; windows and everything else unchanged. */
export function readingRules(slo: SloSpec): SloSpec {
  const records = recordsOf(slo)
  const over = (record: string) =>
    `avg_over_time(${recordedSelector(record, slo)}[${WINDOW_RANGE_PLACEHOLDER}])`
  if (isRatioSlo(slo)) return { ...slo, errorQuery: over(records.errorRatio) }
  return {
    ...slo,
    errorQuery: `${over(records.errors)} * ${WINDOW_SECONDS_PLACEHOLDER}`,
    totalQuery: `${over(records.total)} * ${WINDOW_SECONDS_PLACEHOLDER}`
  }
}

/**
 * The windows of an SLO that its rate window makes meaningless when read from rules: an average
 * of a 2h rate over 5m is the last 2h, not 5m. Each as a sentence, for `error-budget rules` and
 * the gate alike.
 */
export function tooShortForRate(slo: SloSpec): string[] {
  const rate = rateWindowOf(slo)
  const seconds = parseDuration(rate)
  if (rate === RATE_WINDOW) return []
  const at = `the ${rate} rate the rules record at a ${slo.scrapeInterval} scrape interval`
  const notes: string[] = []
  for (const check of checksFor(slo)) {
    for (const [role, window] of [
      ['short', check.shortWindow],
      ['long', check.longWindow]
    ] as const)
      if (parseDuration(window) < seconds)
        notes.push(
          `${slo.name}: the ${check.name} tier's ${role} window ${window} is shorter than ${at}: read from the rules it measures the last ${rate}, not ${window}; give the tier windows of at least ${rate} (burn_tiers in the config file)`
        )
  }
  if (parseDuration(slo.burnRateWindow) < seconds)
    notes.push(
      `${slo.name}: burn_rate_window ${slo.burnRateWindow} is shorter than ${at}: read from the rules it measures the last ${rate}; set burn_rate_window to at least ${rate}`
    )
  return notes
}

/**
 * Why rules for this SLO would record nothing the gate can read, or nothing at all: a rate window
 * longer than the SLO window, or rules evaluated less often than their rate window (the events
 * between two evaluations would never be recorded). Undefined when they would record.
 */
export function recordsNothing(slo: SloSpec, interval: string): string | undefined {
  const rate = rateWindowOf(slo)
  if (parseDuration(rate) > nominalSeconds(slo.window))
    return `${slo.name}: a ${slo.scrapeInterval} scrape interval needs a rate window of ${rate} (${SCRAPES_PER_RATE} scrapes), longer than the SLO window ${slo.window}: nothing the rules record could measure it; scrape more often, or read raw series (query_source: raw)`
  if (parseDuration(interval) > parseDuration(rate))
    return `${slo.name}: rules evaluated every ${interval} over a ${rate} rate would never record the events between two evaluations; evaluate them at least every ${rate} (--interval)`
  return undefined
}

/** Sloth's recorded SLI error ratios: `slo:sli_error:ratio_rate<window>{sloth_id}`. */
const SLOTH_RECORD = 'slo:sli_error:ratio_rate'
/** The windows Sloth records besides the SLO period (its multiwindow alert windows). */
const SLOTH_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d']

/** Whether Sloth records every window the gate needs, spelled as Sloth names them. */
export const slothHasWindows = (slo: SloSpec, windows: string[]): boolean =>
  windows.every(w => SLOTH_WINDOWS.includes(w) || w === slo.window)

/**
 * The SLO read from Sloth's own rules: each window's error ratio, the total 1 (as for a raw
 * ratio SLI). Sloth's period ratio is an average of 5m ratios, not traffic-weighted (README).
 */
export function readingSloth(slo: SloSpec): SloSpec {
  const id = promString(slo.slothId ?? slo.name)
  return {
    ...slo,
    errorQuery: `${SLOTH_RECORD}${WINDOW_PLACEHOLDER}{sloth_id=${id}}`,
    totalQuery: 'vector(1)'
  }
}

/** The probe's answer for Sloth's series of an SLO is labelled slo="sloth:<sloth_id>". */
export const slothProbeLabel = (slothId: string): string => `sloth:${slothId}`

/**
 * Pyrra's record names: the metric without `_total`/`_count` (and `_bucket` for increases), then
 * `:increase<window>` (the SLO period) or `:burnrate<window>` (its alert windows), the window
 * spelled as Prometheus spells a duration.
 */
const pyrraBase = (metric: string, trimBucket: boolean): string => {
  const name = metric.replace(/_total$/, '').replace(/_count$/, '')
  return trimBucket ? name.replace(/_bucket$/, '') : name
}
const pyrraIncrease = (metric: string): string =>
  `${pyrraBase(metric, true)}:increase${WINDOW_PROM_PLACEHOLDER}`
const pyrraBurnrate = (metric: string): string => `${pyrraBase(metric, false)}:burnrate`

/**
 * The labels of Pyrra's series of an SLO: its name, and the total's equality matchers, which
 * Pyrra copies onto every series it records. A same-named SLO over other series, or rules left
 * from an older selector, carry other values and are not read.
 */
const pyrraLabels = (slo: SloSpec): string[] => [
  `slo=${promString(slo.name)}`,
  ...(slo.pyrra?.totalLabels ?? [])
]

/**
 * The SLO read from Pyrra's own rules. Over the period: its errors and total increases
 * (traffic-weighted). Over its alert windows Pyrra records only the error ratio (its
 * `burnrate`, despite the name), and no event counts: those are estimated from the period's
 * average traffic (for min_events), and the errors are that ratio times the estimate. The `or`
 * picks whichever series exists for the window asked.
 */
export function readingPyrra(slo: SloSpec): SloSpec {
  const pyrra = slo.pyrra!
  const labels = pyrraLabels(slo)
  const periodSeconds = parseDuration(slo.window)
  const increase = (metric: string, matchers: string[], window: string): string =>
    `sum(${pyrraIncrease(metric).replace(WINDOW_PROM_PLACEHOLDER, window)}{${[...labels, ...matchers].join(',')}})`
  const total = increase(pyrra.totalMetric, [], WINDOW_PROM_PLACEHOLDER)
  const errors = increase(pyrra.errorsMetric, pyrra.errorMatchers, WINDOW_PROM_PLACEHOLDER)
  const periodTotal = increase(pyrra.totalMetric, [], formatDuration(periodSeconds))
  const estimate = `(${periodTotal} * ${WINDOW_SECONDS_PLACEHOLDER} / ${periodSeconds})`
  const ratio = `sum(${pyrraBurnrate(pyrra.totalMetric)}${WINDOW_PROM_PLACEHOLDER}{${labels.join(',')}})`
  return {
    ...slo,
    // No error series at all (no error status seen) while there is traffic means no errors.
    errorQuery: `(${errors} or on() (0 * ${total})) or (${ratio} * ${estimate})`,
    totalQuery: `${total} or ${estimate}`
  }
}

/** The windows besides the period that the gate reads from Pyrra's burn-rate series. */
export const pyrraWindows = (slo: SloSpec, windows: string[]): string[] =>
  windows
    .filter(w => parseDuration(w) !== parseDuration(slo.window))
    .map(w => formatDuration(parseDuration(w)))

/** The label that says, in the probe's answer, what each series of counts is. */
export const PROBE_LABEL = 'ebg_record'
/** The probe's series of Sloth's 5m ratios, of Pyrra's period increase and of its windows found. */
export const SLOTH_PROBE = 'sloth'
export const pyrraProbeLabel = (name: string): string => `pyrra:${name}`
export const pyrraWindowsLabel = (name: string): string => `pyrra-windows:${name}`

/** A label_replace replacement that is the text itself: `$` would expand a capture group. */
const replacement = (text: string): string => promString(text.replaceAll('$', '$$$$'))
const labelled = (expr: string, what: string): string =>
  `label_replace(${expr}, "${PROBE_LABEL}", ${replacement(what)}, "", "")`

/**
 * One range query for every SLO, with a step of one bucket: at each step, the samples each
 * recorded series holds in the bucket that ends there (`count_over_time` over the step less a
 * millisecond, so that no sample counts twice). It reads each probed series once over the window,
 * what the figures read of it anyway, whatever the raw cardinality:
 * - ours: every series of the SLO's names, whatever their fingerprint (another one is told);
 * - Sloth's 5m ratios, from which Sloth computes its period ratio;
 * - Pyrra's period increase (the most samples of any of its series), and at each step how many of
 *   the burn-rate windows the gate needs exist.
 */
export function rulesCoverageQuery(
  slos: SloSpec[],
  windowsOf: (slo: SloSpec) => string[],
  bucketSeconds: number
): string {
  const count = (selector: string): string =>
    `count_over_time(${selector}[${bucketSeconds * 1000 - 1}ms])`
  const byRecord = new Map<string, string[]>()
  for (const slo of slos)
    for (const record of readRecords(slo))
      byRecord.set(record, [...(byRecord.get(record) ?? []), regexEscape(slo.name)])
  const terms = [...byRecord].map(([record, names]) =>
    labelled(count(`${record}{slo=~${promString([...new Set(names)].join('|'))}}`), record)
  )
  const sloth = slos.flatMap(s => (s.slothId === undefined ? [] : [regexEscape(s.slothId)]))
  if (sloth.length)
    terms.push(
      labelled(count(`${SLOTH_RECORD}5m{sloth_id=~${promString(sloth.join('|'))}}`), SLOTH_PROBE)
    )
  for (const slo of slos) {
    const pyrra = slo.pyrra
    if (pyrra === undefined || slo.calendar !== undefined) continue
    const labels = pyrraLabels(slo).join(',')
    const period = pyrraIncrease(pyrra.totalMetric).replace(
      WINDOW_PROM_PLACEHOLDER,
      formatDuration(parseDuration(slo.window))
    )
    terms.push(labelled(`max(${count(`${period}{${labels}}`)})`, pyrraProbeLabel(slo.name)))
    const windows = pyrraWindows(slo, windowsOf(slo))
    if (windows.length === 0) continue
    const names = windows.map(w => regexEscape(`${pyrraBurnrate(pyrra.totalMetric)}${w}`))
    const found = `count(count by (__name__) ({__name__=~${promString(names.join('|'))},${labels}}))`
    terms.push(labelled(found, pyrraWindowsLabel(slo.name)))
  }
  return terms.join(' or ')
}

export const BACKFILL_HINT =
  'backfill them with "promtool tsdb create-blocks-from rules" (see docs/recording-rules.md)'

/** A query of the gate with its window: `{{window}}`, and the rules queries' own placeholders. */
export function expandQuery(query: string, window: string): string {
  const expanded = query.replaceAll(WINDOW_PLACEHOLDER, window)
  // The placeholders of the queries that read recording rules (never in user input).
  if (!expanded.includes('{{window_')) return expanded
  const seconds = parseDuration(window)
  return expanded
    .replaceAll(WINDOW_PROM_PLACEHOLDER, formatDuration(seconds))
    .replaceAll(WINDOW_SECONDS_PLACEHOLDER, String(seconds))
    .replaceAll(WINDOW_RANGE_PLACEHOLDER, `${seconds * 1000 - 1}ms`)
}
