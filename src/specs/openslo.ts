/**
 * OpenSLO v1 `kind: SLO` with an inline `indicator` or an `indicatorRef` to an `SLI` document of
 * the same file. Ratio metrics only (good or bad, and total), Occurrences budgeting, rolling windows.
 * The helpers shared with v1alpha (openslo-v1alpha.ts) live here too.
 */
import type { SloSpec } from '../engine/slo.js'
import { buildSlo, ratioToPercent } from './build.js'
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
import { fromGoTemplate } from './sloth.js'

export const OPENSLO_V1 = 'openslo/v1'

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

/** How each version spells "a ratio of events", for the refusals that point there. */
export interface RatioHint {
  apiVersion: string
  /** e.g. "a ratioMetric (good or bad, and total)". */
  ratio: string
}

/** Only Occurrences budgeting counts events; time slices need a per-slice evaluation the gate lacks. */
export function checkBudgeting(spec: Doc, at: Where, name: string, hint: RatioHint): void {
  const method = optionalText(spec.budgetingMethod, at, 'spec.budgetingMethod') ?? 'Occurrences'
  if (method === 'Occurrences') return
  const why = /^(Ratio)?Timeslices$/.test(method)
    ? ': the gate needs a ratio of events (bad or good events over all events in the window), not a count of good time slices'
    : `; expected Occurrences`
  throw at.error(
    'spec.budgetingMethod',
    `${method} budgeting is not supported for SLO ${name} (${hint.apiVersion})${why}; use budgetingMethod: Occurrences with ${hint.ratio} counting events`
  )
}

export function thresholdRefusal(at: Where, field: string, name: string, hint: RatioHint): Error {
  return at.error(
    field,
    `threshold metrics are not supported for SLO ${name} (${hint.apiVersion}): the gate needs a ratio of events, not a value compared with a threshold; count the events on each side of the threshold as ${hint.ratio}, e.g. good = requests faster than 0.3 s (the histogram bucket le="0.3") and total = all requests (its _count)`
  )
}

/**
 * One side of a ratio as PromQL holding `{{window}}` (Sloth's `{{.window}}` is accepted): a query
 * that has it is used as is; a counter selector is wrapped in sum(increase(...[{{window}}])).
 */
export function sideQuery(query: string, counter: boolean, at: Where, field: string): string {
  const promql = fromGoTemplate(query)
  if (promql.includes('{{window}}')) return promql
  if (counter) return `sum(increase(${promql}[{{window}}]))`
  throw at.error(
    field,
    'the query has no {{window}}: write the range as [{{window}}], or set counter: true on a raw counter selector'
  )
}

/** errors and total of a ratio given as good or bad, and total. */
export function ratioQueries(
  ratio: Doc,
  at: Where,
  field: string,
  side: (value: unknown, field: string) => string
): { errorQuery: string; totalQuery: string } {
  const totalQuery = side(ratio.total, `${field}.total`)
  if (ratio.bad !== undefined) return { errorQuery: side(ratio.bad, `${field}.bad`), totalQuery }
  if (ratio.good !== undefined)
    return {
      errorQuery: `(${totalQuery}) - (${side(ratio.good, `${field}.good`)})`,
      totalQuery
    }
  throw at.error(field, 'expected good or bad, and total')
}

export interface ObjectiveOptions {
  base: SloSpec
  at: Where
  name: string
  window: string
  windowField: string
  /** The zone of a calendar window (`calendar.timeZone`). */
  timeZone?: string
  /** The ratio of one objective: shared by all (v1) or its own (v1alpha). */
  ratioOf: (
    objective: Doc,
    field: string
  ) => { errorQuery: string; totalQuery: string; field: string }
}

/** One SLO per objective: named after the SLO, or `name-displayName` (`name-N`) when several. */
export function objectiveSlos(spec: Doc, options: ObjectiveOptions): SloSpec[] {
  const { base, at, name } = options
  const objectives = list(spec.objectives, at, 'spec.objectives')
  return objectives.map((entry, i) => {
    const field = `spec.objectives[${i}]`
    const objective = object(entry, at, field)
    const label = optionalText(objective.displayName, at, `${field}.displayName`) ?? String(i + 1)
    const sloName = objectives.length > 1 ? `${name}-${label}` : name
    const target =
      objective.target !== undefined
        ? ratioToPercent(objective.target, at, `${field}.target`)
        : text(objective.targetPercent, at, `${field}.target`)
    const ratio = options.ratioOf(objective, field)
    return buildSlo(
      base,
      {
        name: sloName,
        target,
        window: options.window,
        timeZone: options.timeZone,
        errorQuery: ratio.errorQuery,
        totalQuery: ratio.totalQuery,
        service: optionalText(spec.service, at, 'spec.service')
      },
      at.named(sloName),
      {
        target: `${field}.target`,
        window: options.windowField,
        timeZone: `${options.windowField.replace(/\.duration$/, '')}.calendar.timeZone`,
        errorQuery: ratio.field,
        totalQuery: `${ratio.field}.total`
      }
    )
  })
}

const CALENDAR_DURATIONS: Record<string, string> = { '1M': 'month', '1Q': 'quarter', '1w': 'week' }

/** A v1 timeWindow: rolling (`duration`), or calendar-aligned (`isRolling: false`, 1M, 1Q or 1w). */
function timeWindowOf(window: Doc, at: Where, name: string): { window: string; timeZone?: string } {
  const field = 'spec.timeWindow[0]'
  const duration = text(window.duration, at, `${field}.duration`)
  if (window.isRolling !== false && window.calendar === undefined) return { window: duration }
  const unit = CALENDAR_DURATIONS[duration]
  if (!unit)
    throw at.error(
      `${field}.duration`,
      `a calendar window of ${JSON.stringify(duration)} is not supported for SLO ${name}; expected 1M (month), 1Q (quarter) or 1w (ISO week), or isRolling: true`
    )
  const calendar = optionalObject(window.calendar, at, `${field}.calendar`)
  return {
    window: unit,
    timeZone: calendar && optionalText(calendar.timeZone, at, `${field}.calendar.timeZone`)
  }
}

const V1: RatioHint = { apiVersion: OPENSLO_V1, ratio: 'a ratioMetric (good or bad, and total)' }

/** The PromQL of one side of a v1 ratio metric. */
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
  const queryField = `${field}.metricSource.spec.query`
  return sideQuery(text(spec.query ?? spec.promql, at, queryField), counter, at, queryField)
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
  checkBudgeting(spec, at, name, V1)
  const windows = list(spec.timeWindow, at, 'spec.timeWindow')
  const timeWindow = object(windows[0], at, 'spec.timeWindow[0]')
  const { window, timeZone } = timeWindowOf(timeWindow, at, name)

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
  if (sliSpec.thresholdMetric !== undefined)
    throw thresholdRefusal(at, `${indicatorField}.spec.thresholdMetric`, name, V1)
  const field = `${indicatorField}.spec.ratioMetric`
  const ratio = object(sliSpec.ratioMetric, at, field)
  const counter = ratio.counter === true
  const queries = ratioQueries(ratio, at, field, (side, sideField) =>
    metricQuery(side, counter, at, sideField)
  )
  return objectiveSlos(spec, {
    base,
    at,
    name,
    window,
    timeZone,
    windowField: 'spec.timeWindow[0].duration',
    ratioOf: () => ({ ...queries, field })
  })
}
