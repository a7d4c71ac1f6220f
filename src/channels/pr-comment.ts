/** The sticky PR comment: one per PR and tag, found by its hidden marker, updated in place. */
import { aboutLine, type GateHome } from '../text/about.js'
import { escapeMarkdown } from '../text/escape.js'
import type { GateResult } from '../engine/result.js'
import * as fmt from '../text/format.js'
import { httpStatusOf, type GitHubClient, type RepoRef } from '../github/client.js'
import { chartSection, MAX_CHARTS } from './chart.js'
import { keepDeploys } from './deploys.js'
import { nextSteps } from './next-steps.js'
import { dryRunNotice, exclusionsTable, periodLine, tierState } from './report.js'
import { STATUS_ICON, STATUS_POLICY } from '../engine/status.js'
import { forecastSentence } from './forecast-text.js'

/** GitHub refuses comments over 65,536 characters. */
export const MAX_COMMENT = 65000

/** The hidden marker; the tag is validated to [A-Za-z0-9._-] so it cannot close the comment. */
export function commentMarker(tag: string): string {
  return `<!-- error-budget-gate:${tag} -->`
}

export interface CommentContext {
  tag: string
  canDeploy: boolean
  runUrl?: string
  dashboardUrl?: string
  /** Extra lines (e.g. an override notice), already escaped. */
  notes?: string[]
  /** Where the footer links to: the gate's repository and ref (the package's home by default). */
  home?: GateHome
}

/** Every SLO in five narrow columns: a PR's conversation column is about 90 characters wide. */
function compactSlosTable(result: GateResult): string[] {
  return [
    '| SLO | Status | Budget left | Burn | Runs out in |',
    '|---|---|---:|---:|---:|',
    ...result.slos.map(
      s =>
        `| ${escapeMarkdown(s.name)} (${s.target}% / ${s.window}) | ${STATUS_ICON[s.status]} ${s.status} | ${fmt.shownPercent(s.budgetRemaining)} | ${fmt.shownBurn(s.burnRate)} | ${fmt.shownDays(s.daysToExhaustion)} |`
    )
  ]
}

/** One SLO's chart in the open; several folded, so that the comment stays short. */
function charts(result: GateResult): string[] {
  if (result.slos.length === 1) return chartSection(result, '**Budget burn-down**')
  const section = chartSection(result)
  if (!section.length) return []
  const which =
    result.slos.length > MAX_CHARTS
      ? `the ${MAX_CHARTS} worst SLOs`
      : `the ${result.slos.length} SLOs`
  return [
    '<details>',
    `<summary>Budget burn-down of ${which}</summary>`,
    '',
    ...section,
    '</details>',
    ''
  ]
}

/** "; blocked; at the current burn ..." after the status, when blocked. */
function forecastHeadline(result: GateResult): string {
  const forecast = forecastSentence(result, escapeMarkdown)
  return forecast ? `: ${result.dryRun ? 'would be blocked' : 'blocked'}; ${forecast}` : ''
}

export function renderComment(result: GateResult, context: CommentContext): string {
  const slo = result.worst
  const decision = context.canDeploy ? 'yes' : 'no'
  const lines = [
    commentMarker(context.tag),
    ...dryRunNotice(result),
    `## ${STATUS_ICON[result.status]} Error budget: ${result.status}${forecastHeadline(result)}`,
    '',
    `**Can deploy:** ${decision} · **SLO:** ${escapeMarkdown(slo.name)}, ${slo.target}% over ${slo.window}`,
    '',
    '| Budget remaining | Burn rate (' +
      slo.spec.burnRateWindow +
      ') | Days to exhaustion | Availability |',
    '|---:|---:|---:|---:|',
    `| ${fmt.shownPercent(slo.budgetRemaining)} | ${fmt.shownBurn(slo.burnRate)} | ${fmt.shownDays(slo.daysToExhaustion)} | ${fmt.shownAvailability(slo.availability)} |`,
    ''
  ]
  const period = periodLine(slo)
  if (period) lines.push(`**Period:** ${escapeMarkdown(period)}`, '')
  if (slo.windows.length) {
    lines.push(
      `Burn rates: ${slo.windows.map(w => `${w.window} ${fmt.shownBurn(w.burnRate)}`).join(' · ')}`,
      ''
    )
  }
  if (slo.tiers.length) {
    lines.push(
      `Burn tiers: ${slo.tiers.map(t => `${escapeMarkdown(t.check.name)} ${fmt.burn(t.check.threshold)}x (${tierState(t, slo.minEvents)})`).join(' · ')}`,
      ''
    )
  }
  if (result.slos.length > 1) lines.push(...compactSlosTable(result), '')
  for (const s of result.slos) {
    if (!s.lowTraffic) continue
    lines.push(
      `**Low traffic (${escapeMarkdown(s.name)}):** ${Math.round(s.lowTraffic.events)} events over ${s.window}, fewer than min_events ${s.lowTraffic.minEvents}; ${s.lowTraffic.allowed ? 'low_traffic is allow, so it does not block' : 'its status stands (low_traffic: evaluate)'}.`,
      ''
    )
  }
  // What decided and what to do, before the charts: a reader should not scroll past five charts.
  lines.push('**Reasons**', '', ...result.reasons.map(r => `- ${escapeMarkdown(r)}`), '')
  if (context.canDeploy) lines.push(`> ${STATUS_POLICY[result.status]}`, '')
  else lines.push(...nextSteps(result, context.canDeploy))
  lines.push(...charts(result))
  for (const s of result.slos) {
    const excluded = exclusionsTable(s)
    const of = result.slos.length > 1 ? ` (${escapeMarkdown(s.name)})` : ''
    if (excluded.length) lines.push(`**Excluded intervals${of}**`, '', ...excluded, '')
  }
  for (const note of context.notes ?? []) lines.push(note, '')
  const links = [
    context.runUrl && `[Workflow run](${context.runUrl})`,
    context.dashboardUrl && `[Dashboard](${context.dashboardUrl})`
  ].filter(Boolean)
  if (links.length) lines.push(links.join(' · '), '')
  // For a reader who has never seen the gate: which version spoke, and what its statuses mean.
  lines.push('', `<sub>${aboutLine(context.home)}</sub>`)
  const body = lines.join('\n')
  return body.length > MAX_COMMENT ? `${body.slice(0, MAX_COMMENT)}\n\n…(truncated)` : body
}

/** Our comment: the exact marker as its first line, written by a bot (a human quoting it is not ours). */
export function isOurComment(
  comment: { body?: string | null; user?: { type?: string } | null },
  tag: string
): boolean {
  return (
    comment.user?.type === 'Bot' && (comment.body ?? '').split('\n', 1)[0] === commentMarker(tag)
  )
}

export async function findComment(
  client: GitHubClient,
  repo: RepoRef,
  prNumber: number,
  tag: string
): Promise<{ id: number; html_url: string; body?: string | null } | undefined> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: prNumber,
    per_page: 100
  })
  return comments.find(comment => isOurComment(comment, tag))
}

/**
 * Updates our comment in place, or creates it when there is none and `create` allows. The
 * create is never retried blindly (a POST whose answer was lost may have landed): after a failed
 * create the comments are listed again, and only a comment that is still missing is created.
 * `compose` makes the body from the one it replaces; a plain body keeps the old one's Deploys.
 */
export async function upsertComment(
  client: GitHubClient,
  repo: RepoRef,
  prNumber: number,
  tag: string,
  compose: string | ((existing: string | undefined) => string),
  create = true
): Promise<{ url: string; action: 'created' | 'updated' } | undefined> {
  for (let attempt = 0; ; attempt++) {
    const existing = await findComment(client, repo, prNumber, tag)
    const body =
      typeof compose === 'string'
        ? keepDeploys(compose, existing?.body ?? undefined, MAX_COMMENT)
        : compose(existing?.body ?? undefined)
    if (existing) {
      const { data } = await client.rest.issues.updateComment({
        ...repo,
        comment_id: existing.id,
        body
      })
      return { url: data.html_url, action: 'updated' }
    }
    if (!create) return undefined
    try {
      const { data } = await client.rest.issues.createComment({
        ...repo,
        issue_number: prNumber,
        body,
        request: { retries: 0 }
      })
      return { url: data.html_url, action: 'created' }
    } catch (error) {
      const status = httpStatusOf(error)
      const mayHaveLanded = status === undefined || status >= 500
      if (!mayHaveLanded || attempt >= 2) throw error
    }
  }
}
