/**
 * Sloth specs: `version: prometheus/v1`, and the Kubernetes CRD `sloth.slok.dev/v1`
 * `PrometheusServiceLevel`, which holds the same fields under `spec:` in camelCase. Events or raw
 * SLIs; SLI plugins are refused. SLO plugins (`slo_plugins`, `sloPlugins`, `plugins`) are ignored:
 * they shape the rules Sloth generates, while the gate reads the SLI queries itself.
 */
import type { SloSpec } from '../engine/slo.js'
import { SLOTH_API_VERSION } from './alert-windows.js'
import { buildSlo } from './build.js'
import { isObject, list, object, optionalObject, text, type Doc, type Where } from './fields.js'

/** Sloth writes `{{.window}}` (Go templates); we write `{{window}}`. */
export function fromGoTemplate(query: string): string {
  return query.replace(/\{\{\s*\.window\s*\}\}/g, '{{window}}')
}

/** Where each field sits in one variant of the spec. */
interface Variant {
  /** '' for prometheus/v1, 'spec.' for the CRD. */
  prefix: string
  errorQuery: string
  totalQuery: string
  errorRatioQuery: string
}

const PROMETHEUS_V1: Variant = {
  prefix: '',
  errorQuery: 'error_query',
  totalQuery: 'total_query',
  errorRatioQuery: 'error_ratio_query'
}

const KUBERNETES_V1: Variant = {
  prefix: 'spec.',
  errorQuery: 'errorQuery',
  totalQuery: 'totalQuery',
  errorRatioQuery: 'errorRatioQuery'
}

/** Sloth documents other than AlertWindows, which the file-level catalog reads. */
export function isSloth(doc: Doc): boolean {
  return (
    doc.version === 'prometheus/v1' ||
    (typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('sloth.slok.dev/'))
  )
}

export function parseSloth(doc: Doc, base: SloSpec, where: Where): SloSpec[] {
  if (doc.version === 'prometheus/v1') return parseGroup(doc, base, where, PROMETHEUS_V1)
  if (doc.apiVersion !== SLOTH_API_VERSION)
    throw where.error(
      'apiVersion',
      `${String(doc.apiVersion)} is not supported; expected ${SLOTH_API_VERSION}`
    )
  if (doc.kind !== 'PrometheusServiceLevel')
    throw where.error(
      'kind',
      `"${String(doc.kind)}" is not a Sloth kind the gate knows (PrometheusServiceLevel, AlertWindows)`
    )
  return parseGroup(object(doc.spec, where, 'spec'), base, where, KUBERNETES_V1)
}

/** One service's SLOs; Sloth names each `service-name`. */
function parseGroup(group: Doc, base: SloSpec, where: Where, variant: Variant): SloSpec[] {
  const { prefix } = variant
  const service = text(group.service, where, `${prefix}service`)
  return list(group.slos, where, `${prefix}slos`).map((entry, i) => {
    const field = `${prefix}slos[${i}]`
    if (!isObject(entry)) throw where.error(field, 'expected a mapping')
    const name = `${service}-${text(entry.name, where, `${field}.name`)}`
    const at = where.named(name)
    const sli = object(entry.sli, at, `${field}.sli`)
    const events = `${field}.sli.events`
    const raw = `${field}.sli.raw`
    const paths = {
      target: `${field}.objective`,
      errorQuery: `${events}.${variant.errorQuery}`,
      totalQuery: `${events}.${variant.totalQuery}`,
      errorRatioQuery: `${raw}.${variant.errorRatioQuery}`
    }
    const howToWrite = `write the SLI as sli.events (${variant.errorQuery}, ${variant.totalQuery}) or sli.raw (${variant.errorRatioQuery})`
    if (sli.plugin !== undefined) {
      const plugin = isObject(sli.plugin) ? sli.plugin.id : undefined
      const id =
        typeof plugin === 'string' && plugin.trim() ? JSON.stringify(plugin.trim()) : '(no id)'
      throw at.error(
        `${field}.sli.plugin`,
        `Sloth SLI plugin ${id} is not supported: the gate cannot run plugin code to get the SLI; ${howToWrite}`
      )
    }
    const eventsSli = optionalObject(sli.events, at, events)
    const rawSli = optionalObject(sli.raw, at, raw)
    if (!eventsSli && !rawSli)
      throw at.error(`${field}.sli`, `expected events or raw; ${howToWrite}`)
    const objective = entry.objective
    if (typeof objective !== 'number' && typeof objective !== 'string')
      throw at.error(paths.target, 'expected a percentage such as 99.9')
    const query = (
      from: Doc | undefined,
      key: 'errorQuery' | 'totalQuery' | 'errorRatioQuery'
    ): string | undefined => from && fromGoTemplate(text(from[variant[key]], at, paths[key]))
    const slo = buildSlo(
      base,
      {
        name,
        target: String(objective),
        errorQuery: query(eventsSli, 'errorQuery'),
        totalQuery: query(eventsSli, 'totalQuery'),
        errorRatioQuery: query(rawSli, 'errorRatioQuery')
      },
      at,
      paths
    )
    // Sloth labels its recorded series with this id (service-name, as the SLO is named here).
    return { ...slo, slothId: name, service }
  })
}
