/**
 * The audit trail of overrides. Every attempt, granted or denied, becomes one record, written to
 * the output, the job summary, a comment on the audit issue, an optional JSON-lines file and Slack.
 * The job summary vanishes with the run's logs: the issue is the durable record.
 */
import { escapeMarkdown } from '../text/escape.js'
import type { GateResult } from '../engine/result.js'
import * as fmt from '../text/format.js'
import { DEFAULT_SLO_NAME } from '../engine/slo-name.js'
import type { GitHubClient, RepoRef } from '../github/client.js'
import type { RunContext } from '../github/run-context.js'
import { appendRepositoryFile } from '../workspace/read.js'

export const AUDIT_LABEL = 'deploy-override-audit'

export interface AuditRecord {
  time: string
  actor: string
  permission: string | null
  decision: 'granted' | 'denied'
  explanation: string
  reason: string
  /** The permission the override needed, and the SLO (or freeze file) that required it. */
  required_permission: string
  required_by: string
  status: string
  budget_remaining: number | null
  burn_rate: number | null
  days_to_exhaustion: number | 'inf' | null
  slo: string
  repository: string
  ref: string
  sha: string
  workflow: string
  run_url: string | null
  event: string
}

export function buildAuditRecord(
  fields: Pick<
    AuditRecord,
    | 'actor'
    | 'permission'
    | 'decision'
    | 'explanation'
    | 'reason'
    | 'required_permission'
    | 'required_by'
  >,
  result: GateResult,
  run: Pick<RunContext, 'repo' | 'ref' | 'sha' | 'workflow' | 'eventName' | 'runUrl'>,
  now = new Date()
): AuditRecord {
  const slo = result.worst
  return {
    time: now.toISOString(),
    ...fields,
    status: result.status,
    budget_remaining:
      slo.budgetRemaining === null ? null : Number(fmt.percent(slo.budgetRemaining)),
    burn_rate: slo.burnRate === null ? null : Number(fmt.burn(slo.burnRate)),
    days_to_exhaustion:
      slo.daysToExhaustion === Infinity
        ? 'inf'
        : slo.daysToExhaustion === null
          ? null
          : Number(fmt.days(slo.daysToExhaustion)),
    slo: slo.name,
    repository: run.repo ? `${run.repo.owner}/${run.repo.repo}` : '',
    ref: run.ref,
    sha: run.sha ?? '',
    workflow: run.workflow,
    run_url: run.runUrl ?? null,
    event: run.eventName
  }
}

/** The record as Markdown (issue comment, job summary); the reason is user text and is escaped. */
export function renderAuditMarkdown(record: AuditRecord): string {
  const icon = record.decision === 'granted' ? '🔓' : '⛔'
  const rows: [string, string][] = [
    ['Time (UTC)', record.time],
    ['Actor', `\`${record.actor.replace(/`/g, '')}\``],
    ['Permission', record.permission ?? 'none'],
    [
      'Required',
      `${escapeMarkdown(record.required_permission)} (by ${escapeMarkdown(record.required_by)})`
    ],
    ['Decision', `**${record.decision}**: ${escapeMarkdown(record.explanation)}`],
    ['Reason', escapeMarkdown(record.reason)],
    [
      'Status',
      `${record.status} (${record.slo === DEFAULT_SLO_NAME ? '' : `${escapeMarkdown(record.slo)}, `}budget ${fmt.shownPercent(record.budget_remaining)}, burn ${fmt.shownBurn(record.burn_rate)}, ${fmt.toExhaustion(record.days_to_exhaustion === 'inf' ? Infinity : record.days_to_exhaustion)})`
    ],
    // A branch name may hold a backtick, `|`, `@` and `www.` (git allows them): escaped, not in a code span.
    [
      'Repository',
      `${escapeMarkdown(record.repository)} @ ${escapeMarkdown(record.ref)} (${record.sha.slice(0, 12)})`
    ],
    [
      'Workflow',
      `${escapeMarkdown(record.workflow)}, event \`${record.event}\`${record.run_url ? `, [run](${record.run_url})` : ''}`
    ]
  ]
  return [
    `### ${icon} Deploy override ${record.decision}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ''
  ].join('\n')
}

/** One JSON line; the file is in the repository, so it is never written through a link. */
export function appendAuditLog(file: string, record: AuditRecord, workspace?: string): void {
  appendRepositoryFile(file, JSON.stringify(record) + '\n', workspace)
}

/** The open issue labelled deploy-override-audit, created (with the label) when there is none. */
async function auditIssueNumber(client: GitHubClient, repo: RepoRef): Promise<number> {
  const { data } = await client.rest.issues.listForRepo({
    ...repo,
    labels: AUDIT_LABEL,
    state: 'open',
    per_page: 1
  })
  if (data[0]) return data[0].number
  const created = await client.rest.issues.create({
    ...repo,
    title: 'Deploy override audit trail',
    body: 'Every deploy override attempted through error-budget-gate, granted or denied, is recorded here as a comment. Keep this issue open.',
    labels: [AUDIT_LABEL]
  })
  return created.data.number
}

/** Where a record was written on the audit issue (a postmortem links it, and edits it to link back). */
export interface AuditComment {
  id: number
  url: string
}

/** Comments the record on the audit issue. Throws when it cannot. */
export async function commentAuditIssue(
  client: GitHubClient,
  repo: RepoRef,
  issue: 'auto' | number,
  record: AuditRecord
): Promise<AuditComment> {
  const number = issue === 'auto' ? await auditIssueNumber(client, repo) : issue
  const { data } = await client.rest.issues.createComment({
    ...repo,
    issue_number: number,
    body: renderAuditMarkdown(record)
  })
  return { id: data.id, url: data.html_url }
}
