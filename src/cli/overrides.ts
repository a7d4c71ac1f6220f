/** Overrides outside GitHub: environment variables, a reason, and a JSON line per attempt. */
import os from 'node:os'
import type { GateResult } from '../engine/result.js'
import { MIN_REASON_LENGTH, type Status } from '../engine/status.js'
import { appendRepositoryFile } from '../workspace/read.js'

/** Which variable opens which levels: each opens its own level and those below it. */
export const OVERRIDE_VARIABLES: { variable: string; opens: Status[] }[] = [
  { variable: 'OVERRIDE_BUDGET_EXHAUSTED', opens: ['EXHAUSTED', 'FREEZE', 'WARNING'] },
  { variable: 'OVERRIDE_DEPLOY_FREEZE', opens: ['FREEZE', 'WARNING'] },
  { variable: 'OVERRIDE_DEPLOY', opens: ['WARNING'] }
]

export interface OverrideAttempt {
  variable: string
  granted: boolean
  /** Why it was refused, when it was. */
  refusal?: string
  reason: string
}

const isTrue = (value: string | undefined): boolean => /^(true|1|yes)$/i.test(value?.trim() ?? '')

/**
 * Pure: the override the environment asks for, and whether it opens this status. Undefined when
 * no override variable is set (or the deploy is not blocked: nothing to override).
 */
export function decideOverride(
  status: Status,
  blocked: boolean,
  env: NodeJS.ProcessEnv
): OverrideAttempt | undefined {
  const requested = OVERRIDE_VARIABLES.filter(o => isTrue(env[o.variable]))
  if (!blocked || requested.length === 0) return undefined
  const reason = (env.OVERRIDE_REASON ?? '').trim()
  const opening = requested.find(o => o.opens.includes(status))
  const variable = (opening ?? requested[0]).variable
  if (!opening) {
    const needed = OVERRIDE_VARIABLES.filter(o => o.opens.includes(status)).map(o => o.variable)
    const refusal =
      status === 'ERROR'
        ? 'an ERROR cannot be overridden: the budget is unknown; fix the evaluation or use --on-error allow'
        : `${variable} does not open ${status}; that needs ${needed.reverse().join(' or ')}`
    return { variable, granted: false, refusal, reason }
  }
  if (reason.length < MIN_REASON_LENGTH) {
    return {
      variable,
      granted: false,
      refusal: `OVERRIDE_REASON must say why in at least ${MIN_REASON_LENGTH} characters`,
      reason
    }
  }
  return { variable, granted: true, reason }
}

/**
 * The level an override must open: the result's status, but ERROR whenever any blocking SLO is in
 * ERROR, whatever else is true (a freeze file, a worse SLO): an unknown budget is never opened.
 */
export function levelToOpen(result: GateResult): Status {
  return result.slos.some(s => s.status === 'ERROR' && s.blocks) ? 'ERROR' : result.status
}

/** Who is overriding: GitLab, Jenkins, then the shell user. */
export function overridingUser(env: NodeJS.ProcessEnv): string {
  return env.GITLAB_USER_LOGIN || env.BUILD_USER_ID || env.USER || os.userInfo().username
}

export function auditRecord(
  attempt: OverrideAttempt,
  result: GateResult,
  env: NodeJS.ProcessEnv,
  now = new Date()
): Record<string, unknown> {
  const slo = result.worst
  return {
    time: now.toISOString(),
    user: overridingUser(env),
    host: os.hostname(),
    override: attempt.variable,
    decision: attempt.granted ? 'granted' : 'denied',
    refusal: attempt.refusal ?? null,
    reason: attempt.reason,
    status: result.status,
    slo: slo.name,
    budget_remaining: slo.budgetRemaining,
    burn_rate: slo.burnRate,
    days_to_exhaustion: slo.daysToExhaustion === Infinity ? 'inf' : slo.daysToExhaustion,
    evaluation_time: result.evaluationTime.toISOString(),
    pipeline_url: env.CI_PIPELINE_URL || env.BUILD_URL || null
  }
}

/** Appends one JSON line; the file is the durable record, so a failure to write is fatal. */
export function appendAuditLine(
  file: string,
  record: Record<string, unknown>,
  workspace?: string
): string {
  const line = JSON.stringify(record)
  appendRepositoryFile(file, line + '\n', workspace)
  return line
}
