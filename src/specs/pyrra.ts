/** Pyrra `pyrra.dev/v1alpha1` ServiceLevelObjective: ratio and latency indicators. */
import type { PyrraRecords, SloSpec } from '../engine/slo.js'
import { buildSlo } from './build.js'
import { isObject, object, text, type Doc, type Where } from './fields.js'

export function isPyrra(doc: Doc): boolean {
  return typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('pyrra.dev/')
}

const increase = (metric: string): string => `sum(increase(${metric}[{{window}}]))`

export const PYRRA_V1ALPHA1 = 'pyrra.dev/v1alpha1'

/**
 * Pyrra's `grouping` makes one objective per label value. The gate evaluates one series per SLO,
 * so a grouped objective is refused rather than silently summed over every group.
 */
function refuseGrouping(indicator: Doc, kind: string, at: Where): void {
  const grouping = isObject(indicator) ? indicator.grouping : undefined
  if (grouping === undefined || (Array.isArray(grouping) && grouping.length === 0)) return
  const labels = Array.isArray(grouping) ? grouping.map(String) : [String(grouping)]
  const example = /^[A-Za-z_]\w*$/.test(labels[0]) ? labels[0] : 'label'
  throw at.error(
    `spec.indicator.${kind}.grouping`,
    `grouping by ${JSON.stringify(labels)} is not supported: the gate evaluates one series per SLO, and would sum every group into one; remove grouping to gate on the objective as a whole, or write one objective per group with its label in the metric selectors (e.g. {${example}="checkout"})`
  )
}

const MATCHER = /^\s*([A-Za-z_]\w*)\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*")\s*$/
const SELECTOR = /^\s*([A-Za-z_:][\w:]*)\s*(?:\{(.*)\})?\s*$/s

/** A selector's name and matchers (`name{a="b"}`), or undefined when it is not that plain. */
function splitSelector(text: string): { name: string; matchers: string[] } | undefined {
  const found = SELECTOR.exec(text)
  if (!found) return undefined
  // Split at commas outside quoted values.
  const parts = (found[2] ?? '').match(/(?:[^,"]|"(?:[^"\\]|\\.)*")+/g) ?? []
  const matchers: string[] = []
  for (const part of parts) {
    if (part.trim() === '') continue
    const m = MATCHER.exec(part)
    if (!m) return undefined
    matchers.push(`${m[1]}${m[2]}${m[3]}`)
  }
  return { name: found[1], matchers }
}

/**
 * What names Pyrra's own series of a ratio SLO. Pyrra records one increase per metric; when the
 * errors and the total are the same metric, it groups by the labels that tell errors apart, so
 * the errors' extra matchers select them from the recorded series.
 */
function pyrraRecords(errors: string, total: string): PyrraRecords | undefined {
  const e = splitSelector(errors)
  const t = splitSelector(total)
  if (!e || !t) return undefined
  const errorMatchers = e.name === t.name ? e.matchers.filter(m => !t.matchers.includes(m)) : []
  const totalLabels = t.matchers.filter(m => /^\w+="/.test(m) && !m.startsWith('__name__='))
  return { totalMetric: t.name, errorsMetric: e.name, errorMatchers, totalLabels }
}

export function parsePyrra(doc: Doc, base: SloSpec, where: Where): SloSpec[] {
  if (doc.apiVersion !== PYRRA_V1ALPHA1)
    throw where.error(
      'apiVersion',
      `${JSON.stringify(doc.apiVersion)} is not supported; expected ${PYRRA_V1ALPHA1}`
    )
  if (doc.kind !== 'ServiceLevelObjective')
    throw where.error(
      'kind',
      `"${String(doc.kind)}" is not supported; expected ServiceLevelObjective`
    )
  const name = text(isObject(doc.metadata) ? doc.metadata.name : undefined, where, 'metadata.name')
  const at = where.named(name)
  const spec = object(doc.spec, at, 'spec')
  const indicator = object(spec.indicator, at, 'spec.indicator')
  const metric = (value: unknown, field: string): string =>
    text(object(value, at, field).metric, at, `${field}.metric`)
  let errorQuery: string
  let totalQuery: string
  let records: PyrraRecords | undefined
  if (indicator.ratio !== undefined) {
    const ratio = object(indicator.ratio, at, 'spec.indicator.ratio')
    refuseGrouping(ratio, 'ratio', at)
    const errors = metric(ratio.errors, 'spec.indicator.ratio.errors')
    const total = metric(ratio.total, 'spec.indicator.ratio.total')
    errorQuery = increase(errors)
    totalQuery = increase(total)
    records = pyrraRecords(errors, total)
  } else if (indicator.latency !== undefined) {
    const latency = object(indicator.latency, at, 'spec.indicator.latency')
    refuseGrouping(latency, 'latency', at)
    totalQuery = increase(metric(latency.total, 'spec.indicator.latency.total'))
    errorQuery = `${totalQuery} - ${increase(metric(latency.success, 'spec.indicator.latency.success'))}`
  } else {
    const kind = Object.keys(indicator)[0] ?? 'none'
    throw at.error(`spec.indicator.${kind}`, 'only ratio and latency indicators are supported')
  }
  const slo = buildSlo(
    base,
    {
      name,
      target: text(spec.target, at, 'spec.target'),
      window: text(spec.window, at, 'spec.window'),
      errorQuery,
      totalQuery
    },
    at,
    {
      target: 'spec.target',
      window: 'spec.window',
      errorQuery: 'spec.indicator',
      totalQuery: 'spec.indicator'
    }
  )
  return [records ? { ...slo, pyrra: records } : slo]
}
