/**
 * The postmortem an exhausted budget (or an incident that spent more than a fifth of it) requires:
 * with `postmortem: true` the action opens one issue per SLO and incident, found again by its
 * hidden marker as the sticky comment is, links it from the override's audit record and the PR
 * comment, and opens a new one only once the old one is closed and the incident is over. A
 * failure here is a warning: it never changes the decision.
 */
import path from 'node:path'
import {
  DEFAULT_INCIDENT_PERCENT,
  isNewCause,
  postmortemCause,
  type PostmortemCause
} from '../engine/incidents.js'
import { InputError, parseBoolean, parseNumber, type InputSource } from '../engine/inputs.js'
import { expandLink, linkValues } from '../engine/links.js'
import type { GateResult, SloResult } from '../engine/result.js'
import { windowSeconds } from '../engine/tiers.js'
import { httpStatusOf, type GitHubClient, type RepoRef } from '../github/client.js'
import type { RunContext } from '../github/run-context.js'
import { renderAuditMarkdown, type AuditComment, type AuditRecord } from '../override/audit.js'
import { escapeMarkdown } from '../text/escape.js'
import { readRepositoryFile } from '../workspace/read.js'
import type { Logger } from './notify.js'
import {
  POSTMORTEM_LABEL,
  postmortemMarker,
  postmortemTitle,
  readCauseMarker,
  renderPostmortem,
  type PostmortemContext
} from './postmortem-body.js'

export interface PostmortemConfig {
  enabled: boolean
  /** Path of the repository's template, relative to the workspace; the built-in one when unset. */
  template?: string
  /** Percent of the budget an incident must spend (more than) to need a postmortem. */
  incidentPercent: number
}

export function readPostmortemConfig(get: InputSource): PostmortemConfig {
  const enabled = parseBoolean('postmortem', get('postmortem').trim() || 'false')
  const threshold = get('postmortem_threshold').trim() || String(DEFAULT_INCIDENT_PERCENT)
  const incidentPercent = parseNumber('postmortem_threshold', threshold, 'a percentage 0 < x < 100')
  if (!(incidentPercent > 0 && incidentPercent < 100))
    throw new InputError(
      'postmortem_threshold',
      `${threshold} is not a share of the budget; expected a percentage 0 < x < 100 (default ${DEFAULT_INCIDENT_PERCENT})`
    )
  return { enabled, template: get('postmortem_template').trim() || undefined, incidentPercent }
}

/** A template larger than this is not read (the body must stay under GitHub's 65,536 characters). */
const MAX_TEMPLATE_BYTES = 32 * 1024

/** The repository's template as a regular file inside the workspace, or why it is not used. */
export function readTemplate(
  file: string,
  workspace: string
): { text: string } | { refusal: string } {
  const full = path.resolve(workspace, file)
  const inside = path.relative(path.resolve(workspace), full)
  if (inside.startsWith('..') || path.isAbsolute(inside))
    return { refusal: 'lies outside the workspace' }
  const read = readRepositoryFile(full, { maxBytes: MAX_TEMPLATE_BYTES, workspace })
  if (read.kind === 'text') return { text: read.text }
  return { refusal: read.kind === 'missing' ? 'does not exist' : read.why }
}

/** Every SLO of a result that needs a postmortem, with its cause. */
export function postmortemsNeeded(
  result: GateResult,
  incidentPercent: number
): { slo: SloResult; cause: PostmortemCause }[] {
  return result.slos.flatMap(slo => {
    const cause = postmortemCause(
      slo,
      incidentPercent,
      windowSeconds(slo.spec),
      result.evaluationTime
    )
    return cause ? [{ slo, cause }] : []
  })
}

interface IssueRef {
  number: number
  html_url: string
}

type Listed = IssueRef & {
  state?: string
  body?: string | null
  user?: { type?: string } | null
  pull_request?: unknown
}

/** Our postmortems of one SLO, newest first: the exact marker as the first line, by a bot. */
async function ourPostmortems(
  client: GitHubClient,
  repo: RepoRef,
  marker: string
): Promise<Listed[]> {
  const issues: Listed[] = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    labels: POSTMORTEM_LABEL,
    state: 'all',
    per_page: 100
  })
  return issues
    .filter(
      issue =>
        !issue.pull_request &&
        issue.user?.type === 'Bot' &&
        (issue.body ?? '').split('\n', 1)[0] === marker
    )
    .sort((a, b) => b.number - a.number)
}

/**
 * The open postmortem of the SLO, or a new one when none is open and the cause is not the one
 * the last closed postmortem covered. The create is never retried blindly: after a failure the
 * issues are listed again, and it is made only if it is still missing.
 */
async function findOrOpen(
  client: GitHubClient,
  repo: RepoRef,
  slo: SloResult,
  cause: PostmortemCause,
  context: PostmortemContext,
  redact: (text: string) => string
): Promise<{ issue: IssueRef; action: 'opened' | 'open already' } | { skipped: string }> {
  const marker = postmortemMarker(context.tag, slo.name)
  for (let attempt = 0; ; attempt++) {
    const ours = await ourPostmortems(client, repo, marker)
    const open = ours.find(issue => issue.state === 'open')
    if (open) return { issue: open, action: 'open already' }
    const closed = ours[0]
    const recorded = closed && readCauseMarker(closed.body ?? '')
    const points = slo.daily && 'points' in slo.daily ? slo.daily.points : undefined
    if (closed && (!recorded || !isNewCause(cause, recorded, points)))
      return {
        skipped: `postmortem #${closed.number} of ${slo.name} is closed and this is the same incident (the budget has not recovered since)`
      }
    try {
      const { data } = await client.rest.issues.create({
        ...repo,
        title: redact(postmortemTitle(slo, cause)),
        body: redact(renderPostmortem(slo, cause, context)),
        labels: [POSTMORTEM_LABEL],
        request: { retries: 0 }
      })
      return { issue: data, action: 'opened' }
    } catch (error) {
      const status = httpStatusOf(error)
      if ((status !== undefined && status < 500) || attempt >= 2) throw error
    }
  }
}

export interface PostmortemDeps {
  config: PostmortemConfig
  github?: GitHubClient
  run: RunContext
  /** The gate's comment_tag: several gates in one repository keep their postmortems apart. */
  tag: string
  canDeploy: boolean
  override?: { record?: AuditRecord; auditComment?: AuditComment }
  dashboardUrl?: string
  workspace: string
  log: Logger
  /** The last pass on the issue's text: no secret in it, whatever the template holds. */
  redact: (text: string) => string
}

export interface PostmortemOutcome {
  /** Lines for the PR comment and the job summary, already escaped. */
  notes: string[]
  urls: string[]
}

/** Opens (or finds) the postmortem of every SLO that needs one. Never throws. */
export async function openPostmortems(
  result: GateResult,
  deps: PostmortemDeps
): Promise<PostmortemOutcome> {
  const outcome: PostmortemOutcome = { notes: [], urls: [] }
  if (!deps.config.enabled) return outcome
  const needed = postmortemsNeeded(result, deps.config.incidentPercent)
  if (needed.length === 0) return outcome
  const repo = deps.run.repo
  if (!deps.github || !repo) {
    deps.log.warning(
      'postmortem: a postmortem is needed, but there is no github_token or repository to open it in'
    )
    return outcome
  }
  let template: string | undefined
  if (deps.config.template) {
    const read = readTemplate(deps.config.template, deps.workspace)
    if ('text' in read) template = read.text
    else
      deps.log.warning(
        `postmortem_template ${deps.config.template} ${read.refusal}: the built-in template is used`
      )
  }
  const opened: IssueRef[] = []
  for (const { slo, cause } of needed) {
    const context: PostmortemContext = {
      tag: deps.tag,
      canDeploy: deps.canDeploy,
      override: deps.override?.record,
      template,
      incidentPercent: deps.config.incidentPercent,
      links: {
        runUrl: deps.run.runUrl,
        dashboardUrl: deps.dashboardUrl,
        auditUrl: deps.override?.auditComment?.url,
        runbookUrl: slo.spec.runbookUrl && expandLink(slo.spec.runbookUrl, linkValues(slo.spec))
      }
    }
    try {
      const found = await findOrOpen(deps.github, repo, slo, cause, context, deps.redact)
      if ('skipped' in found) {
        deps.log.info(`postmortem: ${found.skipped}: none opened`)
        continue
      }
      const { issue, action } = found
      deps.log.info(`postmortem ${action} for ${slo.name}: ${issue.html_url}`)
      outcome.urls.push(issue.html_url)
      outcome.notes.push(
        `**Postmortem** (${escapeMarkdown(slo.name)}): [#${issue.number}](${issue.html_url}), ${action}`
      )
      opened.push(issue)
    } catch (error) {
      const status = httpStatusOf(error)
      deps.log.warning(
        `postmortem for ${slo.name} not opened (${status ? `HTTP ${status}` : (error as Error).message}); the token needs "issues: write"`
      )
    }
  }
  try {
    await linkFromAudit(deps.github, repo, deps.override, opened)
  } catch (error) {
    const status = httpStatusOf(error)
    deps.log.warning(
      `postmortem: the audit record could not be linked to it (${status ? `HTTP ${status}` : (error as Error).message})`
    )
  }
  return outcome
}

/** The override's audit comment gains a line that links the postmortems. */
async function linkFromAudit(
  client: GitHubClient,
  repo: RepoRef,
  override: PostmortemDeps['override'],
  issues: IssueRef[]
): Promise<void> {
  if (!override?.record || !override.auditComment || issues.length === 0) return
  const links = issues.map(issue => `[#${issue.number}](${issue.html_url})`).join(', ')
  await client.rest.issues.updateComment({
    ...repo,
    comment_id: override.auditComment.id,
    body: `${renderAuditMarkdown(override.record)}\n**Postmortem:** ${links}\n`
  })
}
