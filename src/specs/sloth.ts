/** Sloth `version: "prometheus/v1"` specs: events or raw SLIs; plugins are not supported. */
import type { SloSpec } from '../engine/config.js'
import { buildSlo } from './build.js'
import { isObject, list, object, optionalObject, text, type Doc, type Where } from './fields.js'

/** Sloth writes `{{.window}}` (Go templates); we write `{{window}}`. */
export function fromGoTemplate(query: string): string {
  return query.replace(/\{\{\s*\.window\s*\}\}/g, '{{window}}')
}

export function isSloth(doc: Doc): boolean {
  return doc.version === 'prometheus/v1'
}

export function parseSloth(doc: Doc, base: SloSpec, where: Where): SloSpec[] {
  const service = text(doc.service, where, 'service')
  return list(doc.slos, where, 'slos').map((entry, i) => {
    const prefix = `slos[${i}]`
    if (!isObject(entry)) throw where.error(prefix, 'expected a mapping')
    const name = `${service}-${text(entry.name, where, `${prefix}.name`)}`
    const at = where.named(name)
    const sli = object(entry.sli, at, `${prefix}.sli`)
    if (sli.plugin !== undefined) {
      throw at.error(
        `${prefix}.sli.plugin`,
        'Sloth SLI plugins are not supported; write the SLI as sli.events or sli.raw queries'
      )
    }
    const events = optionalObject(sli.events, at, `${prefix}.sli.events`)
    const raw = optionalObject(sli.raw, at, `${prefix}.sli.raw`)
    if (!events && !raw)
      throw at.error(
        `${prefix}.sli`,
        'expected events (error_query, total_query) or raw (error_ratio_query)'
      )
    const objective = entry.objective
    if (typeof objective !== 'number' && typeof objective !== 'string')
      throw at.error(`${prefix}.objective`, 'expected a percentage such as 99.9')
    const query = (value: unknown, field: string): string => fromGoTemplate(text(value, at, field))
    return buildSlo(
      base,
      {
        name,
        target: String(objective),
        errorQuery: events && query(events.error_query, `${prefix}.sli.events.error_query`),
        totalQuery: events && query(events.total_query, `${prefix}.sli.events.total_query`),
        errorRatioQuery: raw && query(raw.error_ratio_query, `${prefix}.sli.raw.error_ratio_query`)
      },
      at,
      {
        target: `${prefix}.objective`,
        errorQuery: `${prefix}.sli.events.error_query`,
        totalQuery: `${prefix}.sli.events.total_query`,
        errorRatioQuery: `${prefix}.sli.raw.error_ratio_query`
      }
    )
  })
}
