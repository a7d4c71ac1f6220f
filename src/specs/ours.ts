/** Our own format: `slos:` with the action's input names, and optional top-level `defaults:`. */
import type { BurnTierSpec } from '../engine/budget.js'
import { parseNumber, parseWindow } from '../engine/inputs.js'
import type { SloSpec } from '../engine/slo.js'
import { parseStatus } from '../engine/status.js'
import { parseExclusion } from '../engine/exclusions.js'
import { buildSlo, type SloFields } from './build.js'
import { isObject, list, object, optionalObject, text, type Doc, type Where } from './fields.js'

const KNOWN = new Set([
  'name',
  'target',
  'time_window',
  'error_query',
  'total_query',
  'thresholds',
  'block_on',
  'burn_rate_window',
  'fast_burn_threshold',
  'slow_burn_threshold',
  'burn_tiers',
  'min_events',
  'low_traffic',
  'exclude',
  'time_zone',
  'query_source',
  'service',
  'runbook_url',
  'scrape_interval'
])

const TIER_FIELDS = ['name', 'long', 'short', 'share', 'factor', 'escalate_to']

/**
 * A tier of our format: `{name, long, short, share: 2% | factor: 14.4, escalate_to}`. The share
 * must carry its `%`, so that 2 and 0.02 cannot be mistaken for one another.
 */
function tierOf(value: unknown, where: Where, field: string): BurnTierSpec {
  const tier = object(value, where, field)
  for (const key of Object.keys(tier)) {
    if (!TIER_FIELDS.includes(key))
      throw where.error(
        `${field}.${key}`,
        `unknown field; expected one of ${TIER_FIELDS.join(', ')}`
      )
  }
  const window = (key: string): string =>
    where.field(`${field}.${key}`, () =>
      parseWindow(key, text(tier[key], where, `${field}.${key}`))
    )
  const longWindow = window('long')
  const shortWindow = window('short')
  if ((tier.share === undefined) === (tier.factor === undefined))
    throw where.error(
      field,
      'expected either share (a percentage of the budget, e.g. 2%) or factor'
    )
  let budgetShare: number | undefined
  let factor: number | undefined
  if (tier.share !== undefined) {
    const raw = text(tier.share, where, `${field}.share`)
    const percent = /%$/.test(raw)
      ? where.field(`${field}.share`, () =>
          parseNumber('share', raw.slice(0, -1), 'a percentage of the budget such as 2%')
        )
      : NaN
    if (!(percent > 0 && percent <= 100))
      throw where.error(
        `${field}.share`,
        `${JSON.stringify(tier.share)} is not a share of the budget; expected a percentage with 0 < x <= 100 and its % sign, such as 2%`
      )
    budgetShare = percent / 100
  } else {
    const raw = text(tier.factor, where, `${field}.factor`)
    factor = where.field(`${field}.factor`, () =>
      parseNumber('factor', raw, 'a burn-rate multiple such as 14.4')
    )
    if (!(factor > 0)) throw where.error(`${field}.factor`, `${raw} is not a positive burn factor`)
  }
  const escalate = text(tier.escalate_to, where, `${field}.escalate_to`)
  const escalateTo = parseStatus(escalate)
  if (!escalateTo || escalateTo === 'NORMAL' || escalateTo === 'ERROR')
    throw where.error(
      `${field}.escalate_to`,
      `${JSON.stringify(escalate)} is not a level a tier can raise to; expected CAUTION, WARNING, FREEZE or EXHAUSTED`
    )
  const name =
    tier.name === undefined
      ? `${longWindow}/${shortWindow} burn`
      : text(tier.name, where, `${field}.name`)
  return { name, longWindow, shortWindow, budgetShare, factor, escalateTo }
}

const scalar = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : Array.isArray(value)
      ? value.join(',')
      : String(value)

function fieldsOf(entry: Doc, where: Where, prefix: string, name: string): SloFields {
  for (const key of Object.keys(entry)) {
    if (!KNOWN.has(key))
      throw where.error(
        `${prefix}${key}`,
        `unknown field; expected one of ${[...KNOWN].join(', ')}`
      )
  }
  const thresholds = optionalObject(entry.thresholds, where, `${prefix}thresholds`)
  return {
    name,
    target: scalar(entry.target),
    window: scalar(entry.time_window),
    errorQuery: scalar(entry.error_query),
    totalQuery: scalar(entry.total_query),
    thresholds: thresholds && {
      caution: scalar(thresholds.caution),
      warning: scalar(thresholds.warning),
      freeze: scalar(thresholds.freeze)
    },
    blockOn: scalar(entry.block_on),
    burnRateWindow: scalar(entry.burn_rate_window),
    fastBurnThreshold: scalar(entry.fast_burn_threshold),
    slowBurnThreshold: scalar(entry.slow_burn_threshold),
    // A list is the SLO's own tiers; a string (or a YAML list of words) a built-in set.
    ...(Array.isArray(entry.burn_tiers) && entry.burn_tiers.some(isObject)
      ? {
          burnTiers: list(entry.burn_tiers, where, `${prefix}burn_tiers`).map((tier, i) =>
            tierOf(tier, where, `${prefix}burn_tiers[${i}]`)
          )
        }
      : { burnTierLevels: scalar(entry.burn_tiers) }),
    minEvents: scalar(entry.min_events),
    lowTraffic: scalar(entry.low_traffic),
    timeZone: scalar(entry.time_zone),
    exclusions:
      entry.exclude === undefined
        ? undefined
        : list(entry.exclude, where, `${prefix}exclude`).map((line, i) => {
            const field = `${prefix}exclude[${i}]`
            const value = text(line, where, field)
            try {
              return parseExclusion(value, `${where.file}, document ${where.document}, ${field}`)
            } catch (error) {
              throw where.error(field, (error as Error).message)
            }
          }),
    querySource: scalar(entry.query_source),
    service:
      entry.service === undefined ? undefined : text(entry.service, where, `${prefix}service`),
    runbookUrl: scalar(entry.runbook_url),
    scrapeInterval: scalar(entry.scrape_interval)
  }
}

const PATHS = (prefix: string): Partial<Record<keyof SloFields, string>> => ({
  target: `${prefix}target`,
  window: `${prefix}time_window`,
  errorQuery: `${prefix}error_query`,
  totalQuery: `${prefix}total_query`,
  thresholds: `${prefix}thresholds`,
  blockOn: `${prefix}block_on`,
  burnRateWindow: `${prefix}burn_rate_window`,
  fastBurnThreshold: `${prefix}fast_burn_threshold`,
  slowBurnThreshold: `${prefix}slow_burn_threshold`,
  burnTierLevels: `${prefix}burn_tiers`,
  minEvents: `${prefix}min_events`,
  lowTraffic: `${prefix}low_traffic`,
  exclusions: `${prefix}exclude`,
  timeZone: `${prefix}time_zone`,
  querySource: `${prefix}query_source`,
  runbookUrl: `${prefix}runbook_url`,
  scrapeInterval: `${prefix}scrape_interval`
})

export function isOurs(doc: Doc): boolean {
  return 'slos' in doc && !('version' in doc) && !('apiVersion' in doc)
}

export function parseOurs(doc: Doc, base: SloSpec, where: Where): SloSpec[] {
  for (const key of Object.keys(doc)) {
    if (key !== 'slos' && key !== 'defaults')
      throw where.error(key, 'unknown field; expected slos and optionally defaults')
  }
  let defaults = base
  if (doc.defaults !== undefined) {
    const fields = fieldsOf(object(doc.defaults, where, 'defaults'), where, 'defaults.', base.name)
    defaults = buildSlo(base, fields, where, PATHS('defaults.'))
  }
  return list(doc.slos, where, 'slos').map((entry, i) => {
    const prefix = `slos[${i}].`
    if (!isObject(entry)) throw where.error(`slos[${i}]`, 'expected a mapping')
    const name = text(entry.name, where, `${prefix}name`)
    return buildSlo(
      defaults,
      fieldsOf(entry, where.named(name), prefix, name),
      where.named(name),
      PATHS(prefix)
    )
  })
}
