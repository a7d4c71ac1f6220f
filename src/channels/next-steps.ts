/**
 * What the reader of a blocked run can do, in one text for the job summary and the PR comment:
 * the level's policy, then how to override it with the action's own inputs.
 */
import type { GateResult } from '../engine/result.js'
import { MIN_REASON_LENGTH, STATUS_POLICY } from '../engine/status.js'

/** How an override is asked for: the inputs of action.yml that readOverrideConfig reads. */
export const OVERRIDE_HINT = `**How to override:** run the deploy workflow again on an event listed in \`override_events\` (by default \`workflow_dispatch\`: Actions tab, Run workflow) with the gate's \`override\` input set to true and an \`override_reason\` of at least ${MIN_REASON_LENGTH} characters. The level decides the repository role needed (\`override_warning_permission\`, \`override_freeze_permission\`, \`override_exhausted_permission\`), and every attempt is recorded in the audit trail.`

/** Empty when the deploy may go out; else what to do now and how to override, as Markdown lines. */
export function nextSteps(result: GateResult, canDeploy: boolean): string[] {
  if (canDeploy) return []
  return [`**What to do:** ${STATUS_POLICY[result.status]}`, '', OVERRIDE_HINT, '']
}
