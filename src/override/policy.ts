/**
 * Overrides from the Actions UI: who may open which level, checked against the repository
 * permission GitHub reports for the actor. Nothing the workflow's inputs claim replaces that check.
 */
import path from 'node:path'
import {
  appendAuditLog,
  buildAuditRecord,
  commentAuditIssue,
  type AuditComment,
  type AuditRecord
} from './audit.js'
import { escapeMarkdown } from '../text/escape.js'
import type { GateResult } from '../engine/result.js'
import { httpStatusOf, type GitHubClient, type RepoRef } from '../github/client.js'
import type { RunContext } from '../github/run-context.js'
import { InputError, parseBoolean, type InputSource } from '../engine/inputs.js'
import { MIN_REASON_LENGTH, type Status } from '../engine/status.js'

export const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'] as const
export type Role = (typeof ROLES)[number]

export interface OverrideConfig {
  requested: boolean
  reason: string
  events: string[]
  permissions: { warning: Role; freeze: Role; exhausted: Role }
  approvers: string[]
  /** 'auto', 'none', or an issue number. */
  auditIssue: 'auto' | 'none' | number
  auditLogFile?: string
}

function parseRole(input: string, text: string, fallback: Role): Role {
  const value = (text.trim() || fallback).toLowerCase()
  if ((ROLES as readonly string[]).includes(value)) return value as Role
  throw new InputError(
    input,
    `"${text}" is not a repository role; expected one of ${ROLES.join(', ')}`
  )
}

/** Validated before any query; a missing reason fails only when the override would be honoured. */
export function readOverrideConfig(get: InputSource, eventName: string): OverrideConfig {
  const requested = parseBoolean('override', get('override').trim() || 'false')
  const reason = get('override_reason').trim()
  const events = (get('override_events').trim() || 'workflow_dispatch')
    .split(/[\s,]+/)
    .filter(Boolean)
  const auditText = get('audit_issue').trim() || 'auto'
  if (!/^(auto|none|[1-9]\d*)$/.test(auditText)) {
    throw new InputError(
      'audit_issue',
      `"${auditText}" is not allowed; expected auto, none or an issue number`
    )
  }
  const approvers = get('freeze_approvers')
    .split(/[\s,]+/)
    .map(login => login.trim().replace(/^@/, ''))
    .filter(Boolean)
  for (const login of approvers) {
    if (!/^[A-Za-z0-9-]+(\[bot\])?$/.test(login))
      throw new InputError('freeze_approvers', `"${login}" is not a GitHub login`)
  }
  if (requested && events.includes(eventName) && reason.length < MIN_REASON_LENGTH) {
    throw new InputError(
      'override_reason',
      `an override needs a reason of at least ${MIN_REASON_LENGTH} characters (who approved it, which incident)`
    )
  }
  return {
    requested,
    reason,
    events,
    permissions: {
      warning: parseRole(
        'override_warning_permission',
        get('override_warning_permission'),
        'write'
      ),
      freeze: parseRole(
        'override_freeze_permission',
        get('override_freeze_permission'),
        'maintain'
      ),
      exhausted: parseRole(
        'override_exhausted_permission',
        get('override_exhausted_permission'),
        'admin'
      )
    },
    approvers,
    auditIssue: auditText === 'auto' || auditText === 'none' ? auditText : Number(auditText),
    auditLogFile: get('audit_log_file').trim() || undefined
  }
}

export interface Requirement {
  permission: Role
  /** Logins allowed to override, when freeze_approvers applies to the level. */
  approvers?: string[]
  /** What set the requirement (`SLO checkout`, `freeze file .deploy-freeze`), for the explanation. */
  requiredBy?: string
}

/** What overriding a blocked status needs. FREEZE's permission also governs ERROR. */
export function requirementFor(status: Status, config: OverrideConfig): Requirement {
  const strict = status === 'FREEZE' || status === 'EXHAUSTED' || status === 'ERROR'
  const permission =
    status === 'EXHAUSTED'
      ? config.permissions.exhausted
      : strict
        ? config.permissions.freeze
        : config.permissions.warning
  return { permission, approvers: strict && config.approvers.length ? config.approvers : undefined }
}

export const roleRank = (role: string | undefined): number => ROLES.indexOf(role as Role)

/** What overriding a whole result needs, and what required it (an SLO, or the freeze file). */
export interface ResultRequirement extends Requirement {
  status: Status
  requiredBy: string
}

/**
 * The most that anything blocking requires: every blocking SLO and the freeze file. Never the
 * worst status alone: an ERROR beside an EXHAUSTED SLO must not lower the bar to the freeze level.
 */
export function requirementOf(result: GateResult, config: OverrideConfig): ResultRequirement {
  const blocking: { status: Status; by: string }[] = result.slos
    .filter(slo => slo.blocks)
    .map(slo => ({ status: slo.status, by: `SLO ${slo.name}` }))
  if (result.freeze) blocking.push({ status: 'FREEZE', by: `freeze file ${result.freeze.file}` })
  if (blocking.length === 0)
    blocking.push({ status: result.status, by: `SLO ${result.worst.name}` })
  const needs = blocking.map(b => ({ ...requirementFor(b.status, config), ...b }))
  const highest = needs.reduce((a, b) => (roleRank(b.permission) > roleRank(a.permission) ? b : a))
  const approvers = needs.find(n => n.approvers)?.approvers
  return {
    permission: highest.permission,
    approvers,
    status: highest.status,
    requiredBy: highest.by
  }
}

export interface OverrideDecision {
  granted: boolean
  /** Why, in one sentence: what was held and what was needed. */
  explanation: string
}

/** Pure: the actor's role against the requirement. An unknown role (no access, API error) denies. */
export function decide(
  actor: string,
  role: string | undefined,
  requirement: Requirement
): OverrideDecision {
  const by = requirement.requiredBy ? ` (required by ${requirement.requiredBy})` : ''
  const needs = `needs the "${requirement.permission}" permission${by}${requirement.approvers ? ` and to be one of freeze_approvers (${requirement.approvers.join(', ')})` : ''}`
  if (roleRank(role) < 0)
    return {
      granted: false,
      explanation: `${actor} has no known permission on this repository; the override ${needs}`
    }
  if (roleRank(role) < roleRank(requirement.permission)) {
    return { granted: false, explanation: `${actor} has "${role}"; the override ${needs}` }
  }
  if (
    requirement.approvers &&
    !requirement.approvers.some(a => a.toLowerCase() === actor.toLowerCase())
  ) {
    return {
      granted: false,
      explanation: `${actor} has "${role}" but is not in freeze_approvers; the override ${needs}`
    }
  }
  return {
    granted: true,
    explanation: `${actor} has "${role}", which meets the "${requirement.permission}" the level needs${by}`
  }
}

/**
 * The actor's role from GitHub. `role_name` knows maintain and triage; the legacy `permission`
 * field is only a fallback for custom roles. Undefined (denied) on 404 or any API error.
 */
export async function actorRole(
  client: GitHubClient,
  repo: RepoRef,
  actor: string
): Promise<{ role?: string; error?: string }> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: actor
    })
    const role = (ROLES as readonly string[]).includes(data.role_name)
      ? data.role_name
      : data.permission
    return { role }
  } catch (error) {
    const status = httpStatusOf(error)
    return {
      error:
        status === 404
          ? `${actor} is not a collaborator (HTTP 404)`
          : `permission lookup failed (${status ? `HTTP ${status}` : (error as Error).message})`
    }
  }
}

export interface OverrideOutcome {
  canDeploy: boolean
  applied: boolean
  record?: AuditRecord
  /** The record's comment on the audit issue, when it was written there. */
  auditComment?: AuditComment
  /** Set when the override was refused: the step fails with it (unless dry_run). */
  denial?: string
  /** Lines for the PR comment, already escaped. */
  notes: string[]
}

export interface OverrideDeps {
  client?: GitHubClient
  run: RunContext
  /** The job's workspace: audit_log_file is relative to it. */
  workspace: string
  /** Announces the record in the team's channel (Slack); never throws. */
  announce?: (record: AuditRecord) => Promise<void>
  log: { info(text: string): void; warning(text: string): void }
}

/** Applies a requested override to a blocked result, and records the attempt everywhere. */
export async function applyOverride(
  result: GateResult,
  config: OverrideConfig,
  deps: OverrideDeps
): Promise<OverrideOutcome> {
  const unchanged: OverrideOutcome = { canDeploy: result.canDeploy, applied: false, notes: [] }
  if (!config.requested) return unchanged
  const event = deps.run.eventName
  if (!config.events.includes(event)) {
    deps.log.warning(
      `override ignored: it is honoured only on ${config.events.join(', ')}, and this run is a ${event || 'unknown'} event`
    )
    return unchanged
  }
  if (!result.blocked) {
    deps.log.info(
      `override requested, but the deploy is not blocked (${result.status}): nothing to override, nothing recorded`
    )
    return unchanged
  }

  const { actor, repo } = deps.run
  const requirement = requirementOf(result, config)
  let role: string | undefined
  let decision: OverrideDecision
  if (!deps.client || !repo) {
    decision = {
      granted: false,
      explanation: "no github_token or repository to check the actor's permission with"
    }
  } else {
    const lookup = await actorRole(deps.client, repo, actor)
    role = lookup.role
    decision = lookup.error
      ? {
          granted: false,
          explanation: `${lookup.error}; the override needs the "${requirement.permission}" permission (required by ${requirement.requiredBy})`
        }
      : decide(actor, role, requirement)
  }
  const recordOf = (d: OverrideDecision): AuditRecord =>
    buildAuditRecord(
      {
        actor,
        permission: role ?? null,
        decision: d.granted ? 'granted' : 'denied',
        explanation: d.explanation,
        reason: config.reason,
        required_permission: requirement.permission,
        required_by: requirement.requiredBy
      },
      result,
      deps.run
    )
  let record = recordOf(decision)
  let auditComment: AuditComment | undefined

  if (config.auditIssue !== 'none') {
    try {
      if (!deps.client || !repo) throw new Error('no github_token')
      auditComment = await commentAuditIssue(deps.client, repo, config.auditIssue, record)
      deps.log.info(`Override recorded on the audit issue: ${auditComment.url}`)
    } catch (error) {
      const status = httpStatusOf(error)
      const why = `the audit record could not be written to the audit issue (${status ? `HTTP ${status}` : (error as Error).message}; the token needs "issues: write")`
      deps.log.warning(why)
      if (decision.granted) {
        // A granted override must leave a durable record: fail closed.
        decision = {
          granted: false,
          explanation: `${why}; a granted override needs a durable record (or set audit_issue: none explicitly)`
        }
        record = recordOf(decision)
      }
    }
  }
  if (config.auditLogFile) {
    try {
      const { workspace } = deps
      appendAuditLog(path.resolve(workspace, config.auditLogFile), record, workspace)
    } catch (error) {
      deps.log.warning(
        `could not append to audit_log_file ${config.auditLogFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      )
    }
  }
  await deps.announce?.(record)

  const note = `**Override ${record.decision}** for ${escapeMarkdown(actor)}: ${escapeMarkdown(decision.explanation)}. Reason: ${escapeMarkdown(config.reason)}`
  if (decision.granted) {
    deps.log.warning(
      `Deploy override by ${actor} (${role}) opened ${result.status}. Reason: ${config.reason}`
    )
    return { canDeploy: true, applied: true, record, auditComment, notes: [note] }
  }
  return {
    canDeploy: result.canDeploy,
    applied: false,
    record,
    auditComment,
    denial: `Override denied: ${decision.explanation}`,
    notes: [note]
  }
}
