/** Human output for the terminal: colours on a TTY only, no control characters from user text. */
import type { GateResult } from '../engine/result.js'
import { decisionText, periodLine, sourceText } from '../channels/report.js'
import * as fmt from '../text/format.js'
import { oneLine } from '../text/escape.js'
import { STATUS_POLICY, type Status } from '../engine/status.js'

const COLOR: Record<Status, string> = {
  NORMAL: '32',
  CAUTION: '33',
  WARNING: '33;1',
  FREEZE: '36;1',
  EXHAUSTED: '31;1',
  ERROR: '35;1'
}

/**
 * Text from servers, files or users must not move the cursor, recolour the terminal or, when the
 * CLI runs inside GitHub Actions, start a workflow command: one line, no control characters.
 */
export const plain = oneLine

export function renderHuman(
  result: GateResult,
  color: boolean,
  canDeploy = result.canDeploy
): string {
  const paint = (code: string, text: string): string =>
    color ? `\u001b[${code}m${text}\u001b[0m` : text
  const slo = result.worst
  const decision = decisionText(result, canDeploy)
  const row = (label: string, value: string): string => `  ${label.padEnd(20)} ${value}`
  const lines = [
    `Error budget: ${paint(COLOR[result.status], result.status)} (${decision})`,
    // Why it is unknown comes first: an unreachable endpoint before a table of unknowns.
    ...(result.status === 'ERROR'
      ? [`  ${plain(result.unavailable ?? result.reasons[0] ?? '')}`]
      : []),
    '',
    row('SLO', `${plain(slo.name)}: ${slo.target}% over ${slo.window}`),
    row('Budget remaining', fmt.shownPercent(slo.budgetRemaining)),
    row('Budget consumed', fmt.shownPercent(slo.budgetConsumed)),
    row('Error ratio', fmt.shownRatio(slo.errorRatio)),
    row('Availability', fmt.shownAvailability(slo.availability)),
    row(`Burn rate (${slo.spec.burnRateWindow})`, fmt.shownBurn(slo.burnRate)),
    row('Days to exhaustion', fmt.shownDays(slo.daysToExhaustion)),
    row('Read from', sourceText(slo))
  ]
  if (slo.windows.length)
    lines.push(
      row('Burn rates', slo.windows.map(w => `${w.window} ${fmt.shownBurn(w.burnRate)}`).join('  '))
    )
  if (slo.tiers.length)
    lines.push(
      row(
        'Burn tiers',
        slo.tiers.map(t => `${plain(t.check.name)} ${fmt.burn(t.check.threshold)}x`).join('  ')
      )
    )
  const period = periodLine(slo)
  if (period) lines.push(row('Period', plain(period)))
  if (result.slos.length > 1) {
    lines.push('', 'SLOs (worst first):')
    for (const s of result.slos) {
      lines.push(
        `  ${paint(COLOR[s.status], s.status.padEnd(9))} ${plain(s.name).padEnd(24)} ${fmt.shownPercent(s.budgetRemaining).padStart(9)}  burn ${fmt.shownBurn(s.burnRate)}`
      )
    }
  }
  lines.push('', 'Reasons:', ...result.reasons.map(r => `  - ${plain(r)}`))
  if (result.warnings.length)
    lines.push('', 'Warnings:', ...result.warnings.map(w => `  - ${plain(w)}`))
  lines.push(
    '',
    `Policy: ${STATUS_POLICY[result.status]}`,
    `Evaluated at ${result.evaluationTime.toISOString()}`
  )
  return lines.join('\n')
}
