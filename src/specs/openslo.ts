/**
 * OpenSLO v1 `kind: SLO` with an inline `indicator` or an `indicatorRef` to an `SLI` document of
 * the same file. Ratio metrics only (good or bad, and total), Occurrences budgeting, rolling windows.
 */
import type { SloSpec } from '../engine/config.js'
import { buildSlo, ratioToPercent } from './build.js'
import { isObject, list, object, optionalText, text, type Doc, type Where } from './fields.js'

export function isOpenSlo(doc: Doc): boolean {
  return typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('openslo/')
}

/** Kinds an OpenSLO file may hold that the gate does not evaluate, and can skip. */
export const IGNORED_OPENSLO_KINDS = new Set([
  'Service',
  'DataSource',
  'AlertPolicy',
  'AlertCondition',
  'AlertNotificationTarget'
])

export function openSloName(doc: Doc): string | undefined {
  return isObject(doc.metadata) && typeof doc.metadata.name === 'string'
    ? doc.metadata.name
    : undefined
}

/** The PromQL of one side of a ratio metric; counters are wrapped in sum(increase(...)). */
function metricQuery(side: unknown, counter: boolean, at: Where, field: string): string {
  const source = object(object(side, at, field).metricSource, at, `${field}.metricSource`)
  const type = optionalText(source.type, at, `${field}.metricSource.type`)
  if (type && type.toLowerCase() !== 'prometheus') {
    throw at.error(
      `${field}.metricSource.type`,
      `"${type}" is not supported; only Prometheus metric sources are`
    )
  }
  const spec = object(source.spec, at, `${field}.metricSource.spec`)
  const query = text(spec.query ?? spec.promql, at, `${field}.metricSource.spec.query`)
  if (counter) return `sum(increase(${query}[{{window}}]))`
  if (!query.includes('{{window}}')) {
    throw at.error(
      `${field}.metricSource.spec.query`,
      'with counter: false the query must contain {{window}} (or set counter: true on a raw counter selector)'
    )
  }
  return query
}

export function parseOpenSlo(
  doc: Doc,
  base: SloSpec,
  where: Where,
  slis: Map<string, Doc>
): SloSpec[] {
  const name = text(openSloName(doc), where, 'metadata.name')
  const at = where.named(name)
  const spec = object(doc.spec, at, 'spec')
  const method = optionalText(spec.budgetingMethod, at, 'spec.budgetingMethod') ?? 'Occurrences'
  if (method !== 'Occurrences') {
    throw at.error(
      'spec.budgetingMethod',
      `${method} budgeting is not supported for SLO ${name}; only Occurrences is`
    )
  }
  const windows = list(spec.timeWindow, at, 'spec.timeWindow')
  const timeWindow = object(windows[0], at, 'spec.timeWindow[0]')
  if (timeWindow.isRolling === false || timeWindow.calendar !== undefined) {
    throw at.error(
      'spec.timeWindow[0]',
      `calendar-aligned windows are not supported for SLO ${name}; use isRolling: true`
    )
  }
  const duration = text(timeWindow.duration, at, 'spec.timeWindow[0].duration')

  let indicator: Doc
  let indicatorField = 'spec.indicator'
  if (spec.indicator !== undefined) {
    indicator = object(spec.indicator, at, 'spec.indicator')
  } else {
    const ref = text(spec.indicatorRef, at, 'spec.indicatorRef')
    const found = slis.get(ref)
    if (!found) throw at.error('spec.indicatorRef', `no SLI document named "${ref}" in this file`)
    indicator = found
    indicatorField = `SLI ${ref}`
  }
  const sliSpec = object(indicator.spec, at, `${indicatorField}.spec`)
  if (sliSpec.thresholdMetric !== undefined) {
    throw at.error(
      `${indicatorField}.spec.thresholdMetric`,
      `threshold metrics are not supported for SLO ${name}; express the SLI as a ratioMetric`
    )
  }
  const ratio = object(sliSpec.ratioMetric, at, `${indicatorField}.spec.ratioMetric`)
  const counter = ratio.counter === true
  const field = `${indicatorField}.spec.ratioMetric`
  const total = metricQuery(ratio.total, counter, at, `${field}.total`)
  let errorQuery: string
  if (ratio.bad !== undefined) errorQuery = metricQuery(ratio.bad, counter, at, `${field}.bad`)
  else if (ratio.good !== undefined)
    errorQuery = `(${total}) - (${metricQuery(ratio.good, counter, at, `${field}.good`)})`
  else throw at.error(field, 'expected good or bad, and total')

  const objectives = list(spec.objectives, at, 'spec.objectives')
  return objectives.map((entry, i) => {
    const objective = object(entry, at, `spec.objectives[${i}]`)
    const label =
      optionalText(objective.displayName, at, `spec.objectives[${i}].displayName`) ?? String(i + 1)
    const sloName = objectives.length > 1 ? `${name}-${label}` : name
    const target =
      objective.target !== undefined
        ? ratioToPercent(objective.target, at, `spec.objectives[${i}].target`)
        : text(objective.targetPercent, at, `spec.objectives[${i}].target`)
    return buildSlo(
      base,
      { name: sloName, target, window: duration, errorQuery, totalQuery: total },
      at.named(sloName),
      {
        target: `spec.objectives[${i}].target`,
        window: 'spec.timeWindow[0].duration',
        errorQuery: field,
        totalQuery: `${field}.total`
      }
    )
  })
}
