/**
 * OpenSLO `openslo/v1alpha` `kind: SLO`, as Sloth reads it: `timeWindows` (count and unit), and
 * each objective with its own `ratioMetrics` (good or bad, and total: source, queryType, query).
 * Fields without a v1 meaning are refused naming the apiVersion and the field.
 */
import type { SloSpec } from '../engine/slo.js'
import {
  isObject,
  list,
  object,
  optionalObject,
  optionalText,
  text,
  type Doc,
  type Where
} from './fields.js'
import {
  checkBudgeting,
  objectiveSlos,
  OPENSLO_V1,
  openSloName,
  ratioQueries,
  sideQuery,
  thresholdRefusal,
  type RatioHint
} from './openslo.js'

export const OPENSLO_V1ALPHA = 'openslo/v1alpha'

const HINT: RatioHint = {
  apiVersion: OPENSLO_V1ALPHA,
  ratio: 'objectives[].ratioMetrics (good or bad, and total)'
}

/** Rolling-window units; Month, Quarter and Year exist only for calendar windows. */
const UNITS: Record<string, string> = { Second: 's', Minute: 'm', Hour: 'h', Day: 'd', Week: 'w' }

/** Calendar periods: `count: 1` of these units with `isRolling: false` or a `calendar`. */
const CALENDAR: Record<string, string> = { Month: 'month', Quarter: 'quarter', Week: 'week' }

function windowOf(spec: Doc, at: Where, name: string): { window: string; timeZone?: string } {
  // openslo/v1's spelling in a v1alpha document: say which version has which field.
  if (spec.timeWindows === undefined && spec.timeWindow !== undefined)
    throw at.error(
      'spec.timeWindow',
      `is the ${OPENSLO_V1} field; this document says apiVersion: ${OPENSLO_V1ALPHA}, whose window is spec.timeWindows (count and unit). Change the apiVersion to ${OPENSLO_V1} or write timeWindows`
    )
  const windows = list(spec.timeWindows, at, 'spec.timeWindows')
  if (windows.length > 1)
    throw at.error('spec.timeWindows', `expected exactly one time window, got ${windows.length}`)
  const field = 'spec.timeWindows[0]'
  const window = object(windows[0], at, field)
  const unit = text(window.unit, at, `${field}.unit`)
  if (window.isRolling === false || window.calendar !== undefined) {
    if (!(unit in CALENDAR) || window.count !== 1)
      throw at.error(
        field,
        `a calendar window of ${JSON.stringify(window.count)} ${JSON.stringify(unit)} is not supported for SLO ${name}; expected count 1 with unit Month, Quarter or Week (ISO week), or isRolling: true`
      )
    const calendar = optionalObject(window.calendar, at, `${field}.calendar`)
    return {
      window: CALENDAR[unit],
      timeZone: calendar && optionalText(calendar.timeZone, at, `${field}.calendar.timeZone`)
    }
  }
  if (!(unit in UNITS))
    throw at.error(
      `${field}.unit`,
      `${JSON.stringify(unit)} is not a rolling-window unit; expected ${Object.keys(UNITS).join(', ')}`
    )
  const count = window.count
  if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0)
    throw at.error(`${field}.count`, `${JSON.stringify(count)} is not a positive whole number`)
  return { window: `${count}${UNITS[unit]}` }
}

/** The PromQL of one side: `source: prometheus` (or `sloth`), `queryType: promql`. */
function metricQuery(value: unknown, counter: boolean, at: Where, field: string): string {
  const metric = object(value, at, field)
  const source = optionalText(metric.source, at, `${field}.source`)
  if (source && !['prometheus', 'sloth'].includes(source.toLowerCase()))
    throw at.error(
      `${field}.source`,
      `${JSON.stringify(source)} is not supported; only prometheus sources are`
    )
  const queryType = optionalText(metric.queryType, at, `${field}.queryType`)
  if (queryType && queryType.toLowerCase() !== 'promql')
    throw at.error(
      `${field}.queryType`,
      `${JSON.stringify(queryType)} is not supported; only promql is`
    )
  if (metric.metadata !== undefined)
    throw at.error(
      `${field}.metadata`,
      `${OPENSLO_V1ALPHA} data-source metadata has no meaning for the gate, which runs the query as written; put everything into query`
    )
  return sideQuery(text(metric.query, at, `${field}.query`), counter, at, `${field}.query`)
}

export function parseOpenSloV1alpha(doc: Doc, base: SloSpec, where: Where): SloSpec[] {
  const name = text(openSloName(doc), where, 'metadata.name')
  const at = where.named(name)
  const spec = object(doc.spec, at, 'spec')
  checkBudgeting(spec, at, name, HINT)
  if (isObject(spec.indicator) && spec.indicator.thresholdMetric !== undefined)
    throw thresholdRefusal(at, 'spec.indicator.thresholdMetric', name, HINT)
  const { window, timeZone } = windowOf(spec, at, name)
  return objectiveSlos(spec, {
    base,
    at,
    name,
    window,
    timeZone,
    windowField: 'spec.timeWindows[0]',
    ratioOf: (objective, objectiveField) => {
      // The v1alpha text spells it both ways; examples and Sloth write ratioMetrics.
      const key = objective.ratioMetrics === undefined ? 'ratioMetric' : 'ratioMetrics'
      const field = `${objectiveField}.${key}`
      if (objective[key] === undefined)
        throw at.error(
          `${objectiveField}.ratioMetrics`,
          'expected ratioMetrics (good or bad, and total) on every objective'
        )
      const ratio = object(objective[key], at, field)
      if (ratio.incremental !== undefined)
        throw at.error(
          `${field}.incremental`,
          `${OPENSLO_V1ALPHA} incremental has no v1 meaning; use counter: true for raw counter selectors, or queries with {{window}}`
        )
      const counter = ratio.counter === true
      return {
        ...ratioQueries(ratio, at, field, (side, sideField) =>
          metricQuery(side, counter, at, sideField)
        ),
        field
      }
    }
  })
}
