/** The status levels, their order, and what each means for deploys. */

export const STATUSES = ['NORMAL', 'CAUTION', 'WARNING', 'FREEZE', 'EXHAUSTED', 'ERROR'] as const
export type Status = (typeof STATUSES)[number]

/** Severity for "worst of": ERROR ranks above everything when it blocks, below NORMAL otherwise. */
export function severity(status: Status, errorBlocks = true): number {
  if (status === 'ERROR') return errorBlocks ? 5 : -1
  return STATUSES.indexOf(status)
}

/** The more severe of two budget statuses (ERROR is not handled here). */
export function atLeast(current: Status, floor: Status): Status {
  return severity(current) >= severity(floor) ? current : floor
}

export const STATUS_ICON: Record<Status, string> = {
  NORMAL: '✅',
  CAUTION: '🟡',
  WARNING: '⚠️',
  FREEZE: '🧊',
  EXHAUSTED: '🚫',
  ERROR: '❓'
}

/** What each level means for deploys: the policy of the shell-script freeze this gate replaces. */
export const STATUS_POLICY: Record<Status, string> = {
  NORMAL: 'Budget healthy: deploy at normal velocity.',
  CAUTION:
    'Deploys allowed with caution: prefer small, reversible changes and watch the burn rate.',
  WARNING:
    'Reliability focus: emergency fixes only, no new features. Review all changes carefully.',
  FREEZE: 'Deploy freeze: only fixes that restore reliability, with an override by a maintainer.',
  EXHAUSTED:
    'Error budget exhausted, the SLO is violated: no deploys but SLO fixes, with an admin override and a postmortem.',
  ERROR:
    'The budget could not be evaluated: the gate fails closed unless on_error is allow. Fix the query or the connection.'
}

/** Exit codes of the CLI, from the shell-script freeze: 0 deploy, 1-3 blocked by level, 99 unknown. */
export const EXIT_CODE: Record<Status, number> = {
  NORMAL: 0,
  CAUTION: 0,
  WARNING: 1,
  FREEZE: 2,
  EXHAUSTED: 3,
  ERROR: 99
}

export function parseStatus(text: string): Status | undefined {
  const upper = text.trim().toUpperCase()
  return (STATUSES as readonly string[]).includes(upper) ? (upper as Status) : undefined
}

/** An override (Actions UI or CLI) must say why in at least this many characters. */
export const MIN_REASON_LENGTH = 10
