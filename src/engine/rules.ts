/**
 * Recording rules the gate generates (`error-budget rules`) and reads (`query_source`), pure.
 *
 * Per SLO, two series recorded every interval: the bad-event and the total-event rate over 5m,
 * labelled `slo`. Any window W is then `avg_over_time(rate[W]) * W`: one recorded series per SLO
 * and query instead of every raw series, so the cost no longer grows with cardinality. The ratio
 * stays traffic-weighted (the sum of bad events over the sum of all events), never an average of
 * per-interval ratios.
 */
import { checksFor } from './tiers.js'
import { formatDuration, parseDuration } from './duration.js'
import { WINDOW_PLACEHOLDER } from './promql.js'
import type { SloSpec } from './slo.js'
import { alertMetadata, type AlertLinks } from './alert-annotations.js'

/** The rate resolution of the recorded series (Sloth and Pyrra use the same). */
export const RATE_WINDOW = '5m'
export const RECORD = {
  errors: 'ebg_slo:errors:rate5m',
  total: 'ebg_slo:total:rate5m',
  /** For SLOs given as an error ratio (Sloth raw SLIs): the ratio itself, averaged over W. */
  errorRatio: 'ebg_slo:error_ratio:rate5m'
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

/** SLOs whose total is not a count over a window (a ratio SLI's `vector(1)`) record the ratio. */
export const isRatioSlo = (slo: SloSpec): boolean => !slo.totalQuery.includes(WINDOW_PLACEHOLDER)

/** The expressions recorded for one SLO, by record name. */
export function recordedExpressions(slo: SloSpec): { record: string; expr: string }[] {
  const seconds = parseDuration(RATE_WINDOW)
  if (isRatioSlo(slo))
    return [{ record: RECORD.errorRatio, expr: expandQuery(slo.errorQuery, RATE_WINDOW) }]
  const errors = `(${expandQuery(slo.errorQuery, RATE_WINDOW)}) / ${seconds}`
  const total = `(${expandQuery(slo.totalQuery, RATE_WINDOW)}) / ${seconds}`
  // No error series at all while there is traffic means no errors: record 0 then, so that both
  // series have a sample at the same instants and their averages stay comparable.
  return [
    { record: RECORD.errors, expr: `${errors} or on() (0 * ${total})` },
    { record: RECORD.total, expr: total }
  ]
}

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

const selector = (record: string, slo: SloSpec): string =>
  `${record}{slo=${promString(slo.name)},${FINGERPRINT_LABEL}=${promString(queriesFingerprint(slo))}}`

/** How the coverage probe labels an SLO's own recorded series: its name and its fingerprint. */
export const rulesProbeLabel = (slo: SloSpec): string => `${slo.name}|${queriesFingerprint(slo)}`

/** The SLO with queries that read its recorded series; windows and everything else unchanged. */
export function readingRules(slo: SloSpec): SloSpec {
  const over = (record: string) =>
    `avg_over_time(${selector(record, slo)}[${WINDOW_RANGE_PLACEHOLDER}])`
  if (isRatioSlo(slo)) return { ...slo, errorQuery: over(RECORD.errorRatio) }
  return {
    ...slo,
    errorQuery: `${over(RECORD.errors)} * ${WINDOW_SECONDS_PLACEHOLDER}`,
    totalQuery: `${over(RECORD.total)} * ${WINDOW_SECONDS_PLACEHOLDER}`
  }
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
 * The SLO read from Pyrra's own rules. Over the period: its errors and total increases
 * (traffic-weighted). Over its alert windows Pyrra records only the error ratio (its
 * `burnrate`, despite the name), and no event counts: those are estimated from the period's
 * average traffic (for min_events), and the errors are that ratio times the estimate. The `or`
 * picks whichever series exists for the window asked.
 */
export function readingPyrra(slo: SloSpec): SloSpec {
  const pyrra = slo.pyrra!
  const sloLabel = `slo=${promString(slo.name)}`
  const periodSeconds = parseDuration(slo.window)
  const increase = (metric: string, matchers: string[], window: string): string =>
    `sum(${pyrraIncrease(metric).replace(WINDOW_PROM_PLACEHOLDER, window)}{${[sloLabel, ...matchers].join(',')}})`
  const total = increase(pyrra.totalMetric, [], WINDOW_PROM_PLACEHOLDER)
  const errors = increase(pyrra.errorsMetric, pyrra.errorMatchers, WINDOW_PROM_PLACEHOLDER)
  const periodTotal = increase(pyrra.totalMetric, [], formatDuration(periodSeconds))
  const estimate = `(${periodTotal} * ${WINDOW_SECONDS_PLACEHOLDER} / ${periodSeconds})`
  const ratio = `sum(${pyrraBurnrate(pyrra.totalMetric)}${WINDOW_PROM_PLACEHOLDER}{${sloLabel}})`
  return {
    ...slo,
    // No error series at all (no error status seen) while there is traffic means no errors.
    errorQuery: `(${errors} or on() (0 * ${total})) or (${ratio} * ${estimate})`,
    totalQuery: `${total} or ${estimate}`
  }
}

/** The probe's answers for Pyrra's series of an SLO: the period's age, and alert windows found. */
export const pyrraProbeLabel = (name: string): string => `pyrra:${name}`
export const pyrraWindowsLabel = (name: string): string => `pyrra-windows:${name}`

/** The windows besides the period that the gate reads from Pyrra's burn-rate series. */
export const pyrraWindows = (slo: SloSpec, windows: string[]): string[] =>
  windows
    .filter(w => parseDuration(w) !== parseDuration(slo.window))
    .map(w => formatDuration(parseDuration(w)))

/** A label_replace replacement that is the text itself: `$` would expand a capture group. */
const replacement = (text: string): string => promString(text.replaceAll('$', '$$$$'))

/** For each Pyrra SLO: the age of its period increase series, and how many needed windows exist. */
function pyrraCoverageTerms(
  slos: SloSpec[],
  windowsOf: (slo: SloSpec) => string[],
  range: number
): string[] {
  const terms: string[] = []
  for (const slo of slos) {
    const pyrra = slo.pyrra
    if (pyrra === undefined) continue
    const sloLabel = `slo=${promString(slo.name)}`
    const period = pyrraIncrease(pyrra.totalMetric).replace(
      WINDOW_PROM_PLACEHOLDER,
      formatDuration(parseDuration(slo.window))
    )
    const earliest = `min(min_over_time(timestamp(${period}{${sloLabel}})[${range}s:1h]))`
    terms.push(
      `label_replace(${earliest}, "slo", ${replacement(pyrraProbeLabel(slo.name))}, "", "")`
    )
    const windows = pyrraWindows(slo, windowsOf(slo))
    if (windows.length === 0) continue
    const names = windows.map(w => regexEscape(`${pyrraBurnrate(pyrra.totalMetric)}${w}`))
    const found = `count(count by (__name__) ({__name__=~${promString(names.join('|'))},${sloLabel}}))`
    terms.push(
      `label_replace(${found}, "slo", ${replacement(pyrraWindowsLabel(slo.name))}, "", "")`
    )
  }
  return terms
}

/** The series whose age tells how far back an SLO's recorded data goes. */
const probedRecord = (slo: SloSpec): string => (isRatioSlo(slo) ? RECORD.errorRatio : RECORD.total)

/**
 * One query for every SLO: the earliest hour at which its recorded series has a sample, labelled
 * `slo`. A subquery over one recorded series per SLO: a few thousand samples each, whatever the
 * raw cardinality.
 */
export function rulesCoverageQuery(
  slos: SloSpec[],
  windowsOf: (slo: SloSpec) => string[] = () => []
): string {
  const range = Math.max(...slos.map(s => parseDuration(s.window)))
  const terms: string[] = []
  for (const record of [RECORD.total, RECORD.errorRatio]) {
    const mine = slos.filter(s => probedRecord(s) === record)
    if (mine.length === 0) continue
    const names = mine.map(s => regexEscape(s.name)).join('|')
    const prints = mine.map(s => queriesFingerprint(s)).join('|')
    const series = `${record}{slo=~${promString(names)},${FINGERPRINT_LABEL}=~${promString(prints)}}`
    const earliest = `min by (slo, ${FINGERPRINT_LABEL}) (min_over_time(timestamp(${series})[${range}s:1h]))`
    // Labelled "<name>|<fingerprint>" (rulesProbeLabel): a name with other queries is not a match.
    terms.push(`label_join(${earliest}, "slo", "|", "slo", "${FINGERPRINT_LABEL}")`)
  }
  const sloth = slos.flatMap(s => (s.slothId === undefined ? [] : [regexEscape(s.slothId)]))
  if (sloth.length) {
    const series = `${SLOTH_RECORD}5m{sloth_id=~${promString(sloth.join('|'))}}`
    const earliest = `min by (sloth_id) (min_over_time(timestamp(${series})[${range}s:1h]))`
    terms.push(`label_replace(${earliest}, "slo", "sloth:$1", "sloth_id", "(.*)")`)
  }
  terms.push(...pyrraCoverageTerms(slos, windowsOf, range))
  return terms.join(' or ')
}

/** Whether data since `since` (Unix seconds) covers the window ending at `time`. */
export function coversWindow(since: number, window: string, time: Date): boolean {
  // The hourly probe answers up to an hour after the first sample, and a rule evaluates late.
  return since <= time.getTime() / 1000 - parseDuration(window) + 2 * 3600
}

export const BACKFILL_HINT =
  'backfill them with "promtool tsdb create-blocks-from rules" (see the README, "Recording rules")'

export interface RuleFileOptions {
  /** How often the rules are evaluated, e.g. 1m. */
  interval: string
  /** Adds multiwindow burn-rate alerts matching the gate's burn tiers. */
  alerts: boolean
  /** What the alerts link besides each SLO's runbook_url: a dashboard URL template. */
  links?: AlertLinks
}

/** YAML scalars are written as JSON strings: valid YAML, and nothing in a name can break out. */
const q = promString

/** Multiwindow burn-rate alerts on the recorded series: the same tiers that escalate the gate. */
function alertRules(slo: SloSpec, links: AlertLinks): string[] {
  const lines: string[] = []
  const ratio = (window: string): string => {
    const over = (record: string) => `avg_over_time(${selector(record, slo)}[${window}])`
    return isRatioSlo(slo)
      ? over(RECORD.errorRatio)
      : `(${over(RECORD.errors)} / ${over(RECORD.total)})`
  }
  const allowed = 1 - slo.target / 100
  for (const check of checksFor(slo)) {
    const limit = Number((check.threshold * allowed).toPrecision(12))
    // "ticket fast burn" -> ErrorBudgetTicketFastBurn: a valid alert name from any tier name.
    const words = check.name.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, _s, c: string) =>
      c.toUpperCase()
    )
    const name = `ErrorBudget${words.replace(/[^A-Za-z0-9]/g, '')}`
    // Labels and annotations (runbook, dashboard, the tier's budget share): alert-annotations.ts.
    const { labels, annotations } = alertMetadata(slo, check, links)
    lines.push(
      `      - alert: ${q(name)}`,
      `        expr: ${q(`${ratio(check.longWindow)} > ${limit} and ${ratio(check.shortWindow)} > ${limit}`)}`,
      `        labels:`,
      ...labels.map(([key, value]) => `          ${key}: ${q(value)}`),
      `        annotations:`,
      ...annotations.map(([key, value]) => `          ${key}: ${q(value)}`)
    )
  }
  return lines
}

/** A Prometheus rule file (`groups:`), one group per SLO; loads into vmalert, Thanos and Mimir. */
export function renderRuleFile(slos: SloSpec[], options: RuleFileOptions): string {
  const lines = [
    '# Recording rules for error-budget-gate (generated by "error-budget rules").',
    '# The gate reads them with query_source: rules or auto. Regenerate after changing an SLO.',
    'groups:'
  ]
  for (const slo of slos) {
    lines.push(
      `  - name: ${q(`error-budget-gate:${slo.name}`)}`,
      `    interval: ${q(options.interval)}`,
      '    rules:'
    )
    for (const { record, expr } of recordedExpressions(slo)) {
      lines.push(
        `      - record: ${q(record)}`,
        `        expr: ${q(expr)}`,
        '        labels:',
        `          slo: ${q(slo.name)}`,
        `          ${FINGERPRINT_LABEL}: ${q(queriesFingerprint(slo))}`
      )
    }
    if (options.alerts) lines.push(...alertRules(slo, options.links ?? {}))
  }
  return lines.join('\n') + '\n'
}

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
