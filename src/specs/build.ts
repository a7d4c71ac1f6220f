/** Turns the fields a spec gives into a validated SloSpec, on top of the action's inputs as defaults. */
import { checkExcludable, checkLowTraffic, checkTiers, type SloSpec } from '../engine/slo.js'
import {
  parseBlockOn,
  parseBurnThreshold,
  parseBurnTiers,
  parseLowTraffic,
  parseMinEvents,
  parseQuery,
  parseQuerySource,
  parseTarget,
  parseThresholds,
  parseSloWindow,
  parseTimeZone,
  parseWindow
} from '../engine/inputs.js'
import type { BurnTierSpec } from '../engine/budget.js'
import { sloNameProblem } from '../engine/slo-name.js'
import type { Exclusion } from '../engine/exclusions.js'
import type { Where } from './fields.js'
import { parseLinkTemplate } from '../engine/links.js'

export interface SloFields {
  name: string
  /** Percent. */
  target?: string
  window?: string
  errorQuery?: string
  totalQuery?: string
  /** A query for the error ratio itself (Sloth raw SLIs); replaces errorQuery/totalQuery. */
  errorRatioQuery?: string
  thresholds?: { caution?: string; warning?: string; freeze?: string }
  blockOn?: string
  burnRateWindow?: string
  fastBurnThreshold?: string
  slowBurnThreshold?: string
  /** A built-in tier set (`page,ticket`)... */
  burnTierLevels?: string
  /** ...or tiers of the SLO's own (our format's `burn_tiers` list). */
  burnTiers?: BurnTierSpec[]
  minEvents?: string
  lowTraffic?: string
  /** Added to the inherited ones (`defaults:`, the exclude input). */
  exclusions?: Exclusion[]
  timeZone?: string
  querySource?: string
  /** The service the SLO belongs to (one dashboard per service). */
  service?: string
  /** A link template (`runbook_url`). */
  runbookUrl?: string
  /** How often the series are scraped (our format's `scrape_interval`). */
  scrapeInterval?: string
}

/**
 * A ratio query becomes errors = the ratio and total = 1: the gate's ratio errors/total is then the
 * ratio itself, and "no traffic" shows up as NaN, which the gate already treats as ERROR.
 */
export const RATIO_TOTAL_QUERY = 'vector(1)'

export function buildSlo(
  base: SloSpec,
  fields: SloFields,
  where: Where,
  paths: Partial<Record<keyof SloFields, string>> = {}
): SloSpec {
  /** The spec's value, validated and labelled with its field, or the default when it gives none. */
  const given = <T>(
    key: keyof SloFields,
    value: string | undefined,
    fallback: T,
    parse: (text: string) => T
  ): T => (value === undefined ? fallback : where.field(paths[key] ?? key, () => parse(value)))
  const t = fields.thresholds ?? {}
  /** A threshold as parseThresholds takes it: name, text, and whether the spec set it. */
  const threshold = (key: 'caution' | 'warning' | 'freeze') =>
    [key, t[key] ?? String(base.thresholds[key]), t[key] !== undefined] as const
  const ratio = fields.errorRatioQuery
  // Tiers of its own replace inherited ones; a built-in set given here replaces inherited own tiers.
  const ownTiers = fields.burnTiers ?? (fields.burnTierLevels ? undefined : base.burnTiers)
  const badName = sloNameProblem(fields.name)
  if (badName) throw where.error(paths.name ?? 'name', badName)
  const slo: SloSpec = {
    ...base,
    name: fields.name,
    target: given('target', fields.target, base.target, text => parseTarget('target', text)),
    window: given('window', fields.window, base.window, text => parseSloWindow('window', text)),
    errorQuery: ratio
      ? given('errorRatioQuery', ratio, '', text => `(${parseQuery('error_ratio_query', text)})`)
      : given('errorQuery', fields.errorQuery, base.errorQuery, text =>
          parseQuery('error_query', text)
        ),
    totalQuery: ratio
      ? RATIO_TOTAL_QUERY
      : given('totalQuery', fields.totalQuery, base.totalQuery, text =>
          parseQuery('total_query', text)
        ),
    thresholds: fields.thresholds
      ? where.field(paths.thresholds ?? 'thresholds', () =>
          parseThresholds({
            caution: threshold('caution'),
            warning: threshold('warning'),
            freeze: threshold('freeze')
          })
        )
      : base.thresholds,
    blockOn: given('blockOn', fields.blockOn, base.blockOn, text => parseBlockOn('block_on', text)),
    burnRateWindow: given('burnRateWindow', fields.burnRateWindow, base.burnRateWindow, text =>
      parseWindow('burn_rate_window', text)
    ),
    fastBurnThreshold: given(
      'fastBurnThreshold',
      fields.fastBurnThreshold,
      base.fastBurnThreshold,
      text => parseBurnThreshold('fast_burn_threshold', text)
    ),
    slowBurnThreshold: given(
      'slowBurnThreshold',
      fields.slowBurnThreshold,
      base.slowBurnThreshold,
      text => parseBurnThreshold('slow_burn_threshold', text)
    ),
    burnTierLevels: given('burnTierLevels', fields.burnTierLevels, base.burnTierLevels, text =>
      parseBurnTiers('burn_tiers', text)
    ),
    burnTiers: ownTiers,
    burnTiersSource: ownTiers === base.burnTiers ? base.burnTiersSource : undefined,
    minEvents: given('minEvents', fields.minEvents, base.minEvents, text =>
      parseMinEvents('min_events', text)
    ),
    lowTraffic: given('lowTraffic', fields.lowTraffic, base.lowTraffic, text =>
      parseLowTraffic('low_traffic', text)
    ),
    exclusions: [...base.exclusions, ...(fields.exclusions ?? [])],
    timeZone: given('timeZone', fields.timeZone, base.timeZone, text =>
      parseTimeZone('time_zone', text)
    ),
    querySource: given('querySource', fields.querySource, base.querySource, text =>
      parseQuerySource('query_source', text)
    ),
    service: fields.service ?? base.service,
    runbookUrl: given('runbookUrl', fields.runbookUrl, base.runbookUrl, text =>
      parseLinkTemplate('runbook_url', text)
    ),
    scrapeInterval: given('scrapeInterval', fields.scrapeInterval, base.scrapeInterval, text =>
      parseWindow('scrape_interval', text)
    )
  }
  where.field(paths.exclusions ?? 'exclude', () => checkExcludable(slo, 'exclude'))
  where.field(paths.minEvents ?? 'min_events', () => checkLowTraffic(slo, 'min_events'))
  where.field(paths.burnTierLevels ?? 'burn_tiers', () => checkTiers(slo, 'burn_tiers'))
  return slo
}

/** A ratio (0.999) from specs that use ratios, as the percent SloSpec wants. */
export function ratioToPercent(value: unknown, where: Where, field: string): string {
  const ratio = typeof value === 'number' ? value : Number(value)
  if (typeof value === 'boolean' || !Number.isFinite(ratio) || ratio <= 0 || ratio >= 1) {
    throw where.error(
      field,
      `${JSON.stringify(value)} is not a ratio; expected 0 < x < 1, such as 0.999`
    )
  }
  return String(Number((ratio * 100).toPrecision(12)))
}
