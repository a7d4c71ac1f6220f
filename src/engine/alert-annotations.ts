/**
 * What the generated burn-rate alerts say and link (`error-budget rules --alerts`): the labels and
 * annotations Alertmanager, Grafana and PagerDuty show, with the share of the budget each tier
 * stands for, the runbook and the dashboard. Pure.
 */
import type { BurnCheck } from './budget.js'
import { parseDuration } from './duration.js'
import { expandLink, linkValues } from './links.js'
import type { SloSpec } from './slo.js'
import { windowSeconds } from './tiers.js'

/**
 * Prometheus renders alert labels and annotations as Go templates: text we did not write (an SLO
 * name) is made to print itself, so that `{{` in it cannot run a template function or break the
 * file.
 */
export const goTemplateLiteral = (text: string): string => text.replace(/\{\{/g, '{{ "{{" }}')

/** The share of the budget a tier's factor spends over its long window, in percent (2 for 2 %). */
export function tierSharePercent(slo: SloSpec, check: BurnCheck): number {
  const share =
    check.budgetShare ?? (check.threshold * parseDuration(check.longWindow)) / windowSeconds(slo)
  return Number((share * 100).toPrecision(3))
}

export interface AlertLinks {
  /** A link template (`https://grafana.example.com/d/{{dashboard_uid}}`), for every SLO. */
  dashboardUrl?: string
}

export interface AlertMetadata {
  labels: [string, string][]
  annotations: [string, string][]
}

/** Labels and annotations of one SLO's alert for one burn tier. */
export function alertMetadata(slo: SloSpec, check: BurnCheck, links: AlertLinks): AlertMetadata {
  const name = goTemplateLiteral(slo.name)
  const { threshold: factor, longWindow: long, shortWindow: short } = check
  const share = tierSharePercent(slo, check)
  const values = linkValues(slo)
  const annotations: [string, string][] = [
    [
      'summary',
      `${name}: error budget burning over ${factor}x over ${long} and ${short}; the deploy gate answers at least ${check.escalateTo}`
    ],
    [
      'description',
      `${name} (${slo.target}% over ${slo.window}) is spending its error budget more than ${factor}x as fast as the SLO allows, over both ${long} and ${short}: at that rate ${share}% of the ${slo.window} budget goes in ${long} (the ${goTemplateLiteral(check.name)} tier). The deploy gate answers at least ${check.escalateTo} while it lasts. Error ratio over ${long}: {{ $value | humanizePercentage }}.`
    ]
  ]
  if (slo.runbookUrl)
    annotations.push(['runbook_url', goTemplateLiteral(expandLink(slo.runbookUrl, values))])
  if (links.dashboardUrl)
    annotations.push(['dashboard_url', goTemplateLiteral(expandLink(links.dashboardUrl, values))])
  return {
    labels: [
      ['slo', name],
      ['severity', check.escalateTo === 'CAUTION' ? 'ticket' : 'page'],
      ['gate_status', check.escalateTo]
    ],
    annotations
  }
}
