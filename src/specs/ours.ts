/** Our own format: `slos:` with the action's input names, and optional top-level `defaults:`. */
import type { SloSpec } from '../engine/config.js'
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
  'query_source'
])

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
    querySource: scalar(entry.query_source)
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
  querySource: `${prefix}query_source`
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
