/**
 * The postmortem issue's text: its hidden markers, title and body. The body is a template (the
 * design's sections, or the repository's `postmortem_template` file) with the gate's part filled
 * in: the SLO, the Error Budget Impact table from the daily points, the override and the links.
 * Pure; the action (postmortem.ts) and the CLI (`error-budget postmortem --markdown`) print it alike.
 */
import type { PostmortemCause, RecordedCause } from '../engine/incidents.js'
import type { SloResult } from '../engine/result.js'
import { STATUS_ICON } from '../engine/status.js'
import type { AuditRecord } from '../override/audit.js'
import { renderAuditMarkdown } from '../override/audit.js'
import { escapeMarkdown, oneLine } from '../text/escape.js'
import * as fmt from '../text/format.js'

export const POSTMORTEM_LABEL = 'error-budget-postmortem'
/** GitHub refuses issue bodies over 65,536 characters. */
const MAX_BODY = 65000

/** The first line of a postmortem of this gate (`comment_tag`) and SLO; the name is encoded. */
export const postmortemMarker = (tag: string, slo: string): string =>
  `<!-- error-budget-gate:postmortem:${tag} slo=${encodeURIComponent(slo)} -->`

/** The second line: what the postmortem is about, so that a later run knows the incident. */
export const causeMarker = (cause: PostmortemCause): string =>
  `<!-- error-budget-gate:postmortem-cause kind=${cause.kind} start=${cause.incident.start.toISOString()} end=${cause.incident.end.toISOString()} -->`

const CAUSE =
  /^<!-- error-budget-gate:postmortem-cause kind=(exhausted|incident) start=(\S+) end=(\S+) -->$/

/** The cause a postmortem recorded (its second line), or undefined when it has none we wrote. */
export function readCauseMarker(body: string): RecordedCause | undefined {
  const match = CAUSE.exec(body.split('\n', 2)[1] ?? '')
  if (!match) return undefined
  const start = new Date(match[2])
  const end = new Date(match[3])
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return undefined
  return { kind: match[1] as RecordedCause['kind'], start, end }
}

/** What the cause is, in a few words. */
function causeText(cause: PostmortemCause): string {
  return cause.kind === 'exhausted'
    ? 'error budget exhausted'
    : `an incident spent ${fmt.percent(cause.incident.spent)}% of the error budget`
}

/** The title: plain text (GitHub does not render titles), one line, capped. */
export function postmortemTitle(slo: SloResult, cause: PostmortemCause): string {
  const title = `Postmortem: ${oneLine(slo.name)}: ${causeText(cause)}`
  return title.length > 250 ? `${title.slice(0, 249)}…` : title
}

export interface PostmortemLinks {
  runUrl?: string
  dashboardUrl?: string
  /** The override's audit comment. */
  auditUrl?: string
  runbookUrl?: string
}

export interface PostmortemContext {
  tag: string
  links: PostmortemLinks
  /** The override attempt of this run, when there was one. */
  override?: AuditRecord
  /** Whether the deploy went out (after any override). */
  canDeploy: boolean
  /** The repository's template, already read; the built-in one when undefined. */
  template?: string
  /** The share of the budget (percent) above which an incident needs a postmortem. */
  incidentPercent: number
}

const utc = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`

/** The Error Budget Impact table, from the daily points (or the whole window). */
export function impactTable(slo: SloResult, cause: PostmortemCause, canDeploy: boolean): string[] {
  const { incident } = cause
  const hours = (incident.end.getTime() - incident.start.getTime()) / 3600_000
  const span = hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} hours`
  const what = cause.wholeWindow ? 'The SLO window' : 'The incident'
  return [
    '| Error budget | |',
    '|---|---:|',
    `| ${what}, from the daily points | ${utc(incident.start)} to ${utc(incident.end)} (${span}) |`,
    `| Budget before | ${fmt.shownPercent(incident.before)} |`,
    `| Budget spent | ${fmt.shownPercent(incident.spent)} |`,
    `| Budget left after | ${fmt.shownPercent(incident.after)} |`,
    `| Budget left now | ${fmt.shownPercent(slo.budgetRemaining)} |`,
    `| Burn rate over the interval | ${fmt.shownBurn(incident.burn)} |`,
    `| Burn rate now (${slo.spec.burnRateWindow}) | ${fmt.shownBurn(slo.burnRate)} |`,
    `| Status, deploy | ${STATUS_ICON[slo.status]} ${slo.status}, ${canDeploy ? 'deployed' : 'blocked'} |`
  ]
}

/**
 * A repository template is Markdown and stays Markdown, but it comes from the repository (from
 * any pull request): no HTML (and so no hidden marker of ours), no @mention that pings people.
 */
export function sanitizeTemplate(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/@/g, '@\u200d')
}

/** The placeholders a template may hold; the gate's parts missing from it come first. */
export const TEMPLATE_PLACEHOLDERS = [
  'summary',
  'error_budget_impact',
  'override',
  'links'
] as const

/** The design's sections (its TEMPLATE_POSTMORTEM), the gate's parts in place. */
export const BUILT_IN_TEMPLATE = `{{summary}}

## 1. Metadata

- **Date:** 
- **Duration:** 
- **Severity:** 
- **Author:** 
- **Reviewer:** 

## 2. Executive summary

Users affected, downtime, the SLO violated, the budget consumed; two or three paragraphs. Blameless: about systems, not people.

## 3. Timeline (UTC)

| Time | Event | Action taken |
|---|---|---|
| | | |

## 4. Detection

How it was detected (alert, by hand, a user report), time to detect, the alert's details.

## 5. Root cause (five whys)

1. Why?
2. Why?
3. Why?
4. Why?
5. Why?

**Root cause:** 

**Contributing factors:** 

## 6. Resolution

Immediate mitigation, time to repair, verification checklist.

## 7. Error budget impact

{{error_budget_impact}}

{{override}}

## 8. Action items

- [ ] Short term (1-2 days): 
- [ ] Medium term (1-2 weeks): 
- [ ] Long term (1-3 months): 

## 9. Lessons learned

- What went well?
- What went wrong?
- Where did we get lucky?

## 10. Process improvements

Monitoring, documentation, automation, architecture.

## 11. Communication

Stakeholders notified, channels used (Slack, email, status page, phone), timeline of messages.

## 12. Sensitive information

Keep confidential data out of this issue: link to where it is kept instead.

## 13. Attachments

{{links}}

## 14. Approvals

| Role | Name | Date | Sign-off |
|---|---|---|---|
| Author | | | Pending |
| Tech lead | | | Pending |
| CTO | | | Pending |

## 15. Additional notes
`

function links(context: PostmortemContext): string {
  const { runUrl, dashboardUrl, auditUrl, runbookUrl } = context.links
  const items = [
    runUrl && `[Workflow run](${runUrl})`,
    dashboardUrl && `[Error budget dashboard](${dashboardUrl})`,
    auditUrl && `[Override audit record](${auditUrl})`,
    runbookUrl && `[Runbook](${runbookUrl})`
  ].filter(Boolean)
  return items.length
    ? items.map(item => `- ${item}`).join('\n')
    : '- (no links: no run, dashboard or override)'
}

function summary(slo: SloResult, cause: PostmortemCause, context: PostmortemContext): string {
  const policy =
    cause.kind === 'exhausted'
      ? 'The error budget policy requires a postmortem when the budget is exhausted (and for every deploy made over it).'
      : `The error budget policy requires a postmortem for every incident that spends more than ${context.incidentPercent}% of the error budget.`
  return [
    `**SLO:** ${escapeMarkdown(slo.name)}, ${slo.target}% over ${escapeMarkdown(slo.window)} · **Cause:** ${causeText(cause)} · **Status:** ${STATUS_ICON[slo.status]} ${slo.status}`,
    '',
    `> Opened by error-budget-gate. ${policy} Fill in the sections below; close this issue when the postmortem is reviewed.`
  ].join('\n')
}

/**
 * The whole body: the markers, then the template with every placeholder filled in. Every value
 * from outside (an SLO name, a reason, the audit record) is escaped as in the PR comment.
 */
export function renderPostmortem(
  slo: SloResult,
  cause: PostmortemCause,
  context: PostmortemContext
): string {
  const parts: Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string> = {
    summary: summary(slo, cause, context),
    error_budget_impact: impactTable(slo, cause, context.canDeploy).join('\n'),
    override: context.override
      ? renderAuditMarkdown(context.override)
      : '_No override was asked for in this run._',
    links: links(context)
  }
  const template =
    context.template === undefined ? BUILT_IN_TEMPLATE : sanitizeTemplate(context.template)
  // The gate's parts a repository template does not place go first, in order.
  const missing = TEMPLATE_PLACEHOLDERS.filter(name => !template.includes(`{{${name}}}`))
  const filled = template.replace(/\{\{(\w+)\}\}/g, (text, name: string) =>
    (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name)
      ? parts[name as keyof typeof parts]
      : text
  )
  const body = [
    postmortemMarker(context.tag, slo.name),
    causeMarker(cause),
    ...missing.map(name => `${parts[name]}\n`),
    filled.trimEnd(),
    ''
  ].join('\n')
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n…(truncated)\n` : body
}
