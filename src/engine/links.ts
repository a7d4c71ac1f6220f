/**
 * Links an SLO carries to where people act on it: a runbook URL and a dashboard URL, each a
 * template that may name the SLO's service, its name and its dashboard's uid. Pure.
 */
import { createHash } from 'node:crypto'
import { InputError } from './inputs.js'
import type { SloSpec } from './slo.js'

/** What a link template may name; anything else between `{{ }}` is refused, not left in. */
export const LINK_PLACEHOLDERS = ['service', 'slo', 'dashboard_uid'] as const
export type LinkValues = Record<(typeof LINK_PLACEHOLDERS)[number], string>

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

/**
 * The template filled in: each value percent-encoded (an SLO name cannot add a path, a query or a
 * scheme), and parentheses encoded so that the URL can sit inside a Markdown link.
 */
export function expandLink(template: string, values: LinkValues): string {
  return template
    .replace(PLACEHOLDER, (_match, name: string) =>
      encodeURIComponent(values[name as keyof LinkValues])
    )
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
}

/** A link template (`https://wiki.example.com/runbooks/{{service}}`), checked; undefined when unset. */
export function parseLinkTemplate(input: string, text: string): string | undefined {
  const template = text.trim()
  if (!template) return undefined
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (!(LINK_PLACEHOLDERS as readonly string[]).includes(name))
      throw new InputError(
        input,
        `unknown placeholder {{${name}}}; a link may name ${LINK_PLACEHOLDERS.map(p => `{{${p}}}`).join(', ')}`
      )
  }
  let url: URL
  try {
    url = new URL(expandLink(template, { service: 's', slo: 's', dashboard_uid: 's' }))
  } catch {
    throw new InputError(input, 'is not a URL; expected https://... (placeholders allowed)')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(input, 'must be an http(s) URL')
  return template
}

/** The service an SLO belongs to: the one its spec names (Sloth, OpenSLO, ours), else its name. */
export const serviceOf = (slo: Pick<SloSpec, 'service' | 'name'>): string => slo.service ?? slo.name

/**
 * The dashboard uid of a set of services: readable, within Grafana's 40 characters, and the same
 * for the same services in any order, so that links to it survive a regeneration.
 */
export function dashboardUid(services: string[]): string {
  const names = [...new Set(services)].sort()
  const hash = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 10)
  const slug = names
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '')
  return `ebg-${slug ? `${slug}-` : ''}${hash}`
}

/** The values a link of one SLO is filled with: its service dashboard is what `--output` writes. */
export const linkValues = (slo: Pick<SloSpec, 'service' | 'name'>): LinkValues => ({
  service: serviceOf(slo),
  slo: slo.name,
  dashboard_uid: dashboardUid([serviceOf(slo)])
})
