/**
 * Everything a verify says about a deploy: its outputs, the JSON report, the job summary (with
 * the burn since the deploy drawn beside the baseline), Slack, and a progress line per check.
 * Every text a user or a server influenced is escaped for where it goes.
 */
import { formatDuration } from '../engine/duration.js'
import type { GateConfig } from '../engine/config.js'
import type { DeployCheck, Verdict } from '../engine/verify.js'
import type { VerifyResult } from '../engine/verify-run.js'
import { aboutLine, PACKAGE_HOME, type GateHome } from '../text/about.js'
import { escapeMarkdown, escapeMermaid, escapeSlack } from '../text/escape.js'
import * as fmt from '../text/format.js'
import {
  receiptMarkdown,
  receiptSlack,
  receiptText,
  durationWords,
  type Receipt
} from './receipt.js'
import { reportInputs } from './report.js'
import { link, truncate, type SlackLinks, type SlackMessage } from './slack.js'

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', inconclusive: '❓' }
const VERDICT_WORDS: Record<Verdict, string> = {
  pass: 'verified',
  fail: 'failed its verification',
  inconclusive: 'not verified'
}

/** A share of the budget with the precision small spends need. */
const share = (value: number | null): string =>
  value === null ? '' : String(Number(value.toFixed(4)))

/** The action's outputs in mode verify (report_file is added once written). */
export function verifyOutputs(result: VerifyResult, receipt: Receipt): Record<string, string> {
  const slo = result.worst
  return {
    verdict: result.verdict,
    budget_spent_by_deploy: share(slo.spent),
    burn_since_deploy: fmt.burn(slo.burn),
    baseline_burn: fmt.burn(slo.baselineBurn),
    verified_for: String(result.verifiedFor),
    summary: receiptText(receipt),
    reasons: result.reasons.join('\n')
  }
}

function checkJson(c: DeployCheck) {
  return {
    name: c.name,
    target: c.target,
    window: c.window,
    at: c.at.toISOString(),
    seconds: c.seconds,
    verdict: c.verdict,
    causes: c.causes,
    unknown: c.unknown ?? null,
    errors: c.errors,
    total: c.total,
    burn: c.burn,
    baseline_errors: c.baselineErrors,
    baseline_total: c.baselineTotal,
    baseline_burn: c.baselineBurn,
    budget_spent: c.spent,
    budget_events: c.budgetEvents,
    max_burn: c.maxBurn,
    max_spend: c.maxSpend,
    min_events: c.minEvents,
    preexisting: c.preexisting,
    reasons: c.reasons
  }
}

/** The JSON report of a verify: the receipt, every SLO of the last check, every check's worst. */
export function verifyReport(
  result: VerifyResult,
  config: GateConfig,
  receipt: Receipt
): Record<string, unknown> {
  const s = result.settings
  return {
    tool: 'error-budget-gate',
    mode: 'verify',
    verdict: result.verdict,
    failing: result.failing,
    receipt: receiptText(receipt),
    commit: receipt.sha ?? null,
    deployed_at: s.deployedAt.toISOString(),
    started_at: result.startedAt.toISOString(),
    verified_for: result.verifiedFor,
    verify_for: s.forSeconds,
    verify_interval: s.intervalSeconds,
    verify_max_burn: s.maxBurn,
    verify_max_spend: s.maxSpend,
    on_inconclusive: s.onInconclusive,
    reasons: result.reasons,
    warnings: result.warnings,
    worst_slo: result.worst.name,
    slos: result.slos.map(checkJson),
    checks: result.checks.map(slos => {
      const w = slos[0]
      return {
        at: w.at.toISOString(),
        seconds: w.seconds,
        verdict: w.verdict,
        burn: w.burn,
        baseline_burn: w.baselineBurn,
        budget_spent: w.spent
      }
    }),
    request_count: result.requestCount,
    duration_ms: result.durationMs,
    inputs: reportInputs(config)
  }
}

/** One line a check, for the log and the terminal. */
export function progressLine(slos: DeployCheck[]): string {
  const w = slos[0]
  const state =
    w.verdict === 'pass' ? 'within the limits' : w.verdict === 'fail' ? 'FAILED' : 'cannot tell yet'
  const spent = w.spent === null ? 'unknown' : `${share(w.spent)}%`
  const which = slos.length > 1 ? ` [worst of ${slos.length}: ${w.name}]` : ''
  return `verify ${w.at.toISOString()} (${formatDuration(w.seconds)} after the deploy): ${state}: burn ${fmt.shownBurn(w.burn)}, ${fmt.shownBurn(w.baselineBurn)} before, ${spent} of the budget spent${which}`
}

/** At most this many checks are drawn; a longer watch is drawn at evenly spaced checks. */
const MAX_POINTS = 60

/**
 * The burn since the deploy beside the baseline: bars for a single check, lines over the checks
 * of a watch, with the limit as a line. Checks without a burn are left out (never drawn as 0).
 */
export function burnChart(result: VerifyResult): string[] {
  const name = result.worst.name
  const known = result.checks
    .map(slos => slos.find(c => c.name === name)!)
    .filter(c => c.burn !== null)
  if (known.length === 0) return []
  const step = Math.ceil(known.length / MAX_POINTS)
  const drawn = known.filter((_, i) => i % step === 0 || i === known.length - 1)
  const last = drawn.at(-1)!
  const limit = last.maxBurn
  const values = drawn.flatMap(c => [c.burn!, c.baselineBurn ?? 0])
  const top = Math.max(1, limit, ...values) * 1.1
  const title = `  title "${escapeMermaid(name)}: burn since the deploy and before it"`
  const axis = `  y-axis "burn rate (x)" 0 --> ${Number(top.toPrecision(3))}`
  const n = (v: number): string => String(Number(v.toFixed(4)))
  const lines =
    drawn.length === 1
      ? [
          `  x-axis ["before the deploy", "since the deploy"]`,
          axis,
          `  bar [${n(last.baselineBurn ?? 0)}, ${n(last.burn!)}]`,
          ...(limit > 0 ? [`  line [${n(limit)}, ${n(limit)}]`] : [])
        ]
      : [
          `  x-axis "time since the deploy" [${drawn.map(c => `"${formatDuration(c.seconds)}"`).join(', ')}]`,
          axis,
          `  line [${drawn.map(c => n(c.burn!)).join(', ')}]`,
          `  line [${drawn.map(c => n(c.baselineBurn ?? 0)).join(', ')}]`,
          ...(limit > 0 ? [`  line [${drawn.map(() => n(limit)).join(', ')}]`] : [])
        ]
  const unknownBaseline = drawn.some(c => c.baselineBurn === null)
    ? ' The baseline is unknown where it is drawn at 0 (no events before the deploy).'
    : ''
  const legend =
    drawn.length === 1
      ? `<sub>Bars: the burn over the ${durationWords(last.seconds)} before the deploy, and since it; line: verify_max_burn ${n(limit)}x.${unknownBaseline}</sub>`
      : `<sub>First line: the burn since the deploy at each check; second: over as long before the deploy (the baseline); third: verify_max_burn ${n(limit)}x.${unknownBaseline}</sub>`
  return ['```mermaid', 'xychart-beta', title, ...lines, '```', legend, '']
}

/** The job summary of a verify, in Markdown; `home` is where its footer links the gate. */
export function renderVerifySummary(
  result: VerifyResult,
  receipt: Receipt,
  home: GateHome = PACKAGE_HOME
): string {
  const w = result.worst
  const s = result.settings
  const limit = (value: number, unit: string): string => (value > 0 ? `${value}${unit}` : 'off')
  const lines = [
    `## ${VERDICT_ICON[result.verdict]} Deploy ${VERDICT_WORDS[result.verdict]}`,
    '',
    `**${receiptMarkdown(receipt)}**`,
    '',
    '| | |',
    '|---|---|',
    `| SLO | ${escapeMarkdown(w.name)}: ${w.target}% over ${escapeMarkdown(w.window)} |`,
    `| Deployed at | ${s.deployedAt.toISOString()} |`,
    `| Watched | ${durationWords(result.verifiedFor)} after the deploy, ${result.checks.length} check${result.checks.length === 1 ? '' : 's'} (verify_for ${formatDuration(s.forSeconds) || '0'}, every ${formatDuration(s.intervalSeconds)}) |`,
    `| Burn since the deploy | ${fmt.shownBurn(w.burn)} (limit ${limit(w.maxBurn, 'x')}) |`,
    `| Burn before it (baseline) | ${fmt.shownBurn(w.baselineBurn)} |`,
    `| Budget spent by the deploy | ${w.spent === null ? fmt.UNKNOWN : `${share(w.spent)}%`} (limit ${limit(w.maxSpend, '%')}) |`,
    `| Events since the deploy | ${fmt.count(w.errors)} bad of ${fmt.count(w.total)} (min_events ${w.minEvents}) |`,
    ''
  ]
  const chart = burnChart(result)
  if (chart.length) lines.push('### Burn since the deploy beside the baseline', '', ...chart)
  if (result.slos.length > 1) {
    lines.push(
      '### SLOs (worst first)',
      '',
      '| SLO | Verdict | Burn since | Before | Spent |',
      '|---|---|---:|---:|---:|',
      ...result.slos.map(
        c =>
          `| ${escapeMarkdown(c.name)} | ${VERDICT_ICON[c.verdict]} ${c.verdict} | ${fmt.shownBurn(c.burn)} | ${fmt.shownBurn(c.baselineBurn)} | ${c.spent === null ? fmt.UNKNOWN : `${share(c.spent)}%`} |`
      ),
      ''
    )
  }
  lines.push('### Reasons', '', ...result.reasons.map(r => `- ${escapeMarkdown(r)}`), '')
  if (result.warnings.length)
    lines.push('### Warnings', '', ...result.warnings.map(r => `- ${escapeMarkdown(r)}`), '')
  lines.push(
    `<sub>Verified from ${result.startedAt.toISOString()} with ${result.requestCount} Prometheus requests in ${result.durationMs} ms by ${aboutLine(home)}.</sub>`,
    ''
  )
  return lines.join('\n')
}

/** The receipt for Slack. Every text a user or a query influenced is escaped. */
export function receiptSlackMessage(
  result: VerifyResult,
  receipt: Receipt,
  links: SlackLinks,
  mention?: string
): SlackMessage {
  const headline = `${VERDICT_ICON[result.verdict]} Deploy ${VERDICT_WORDS[result.verdict]} (${links.repository || 'deploy'})`
  const prefix = result.verdict !== 'pass' && mention ? `${mention} ` : ''
  const reasons = result.reasons.map(r => `• ${escapeSlack(r)}`).join('\n')
  const linkLine = [
    links.run && link(links.run, 'workflow run'),
    links.pullRequest && link(links.pullRequest.url, `PR #${links.pullRequest.number}`),
    links.dashboard && link(links.dashboard, 'dashboard')
  ]
    .filter(Boolean)
    .join(' · ')
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(headline, 150), emoji: true } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(`${prefix}${receiptSlack(receipt)}`) }
    },
    { type: 'section', text: { type: 'mrkdwn', text: truncate(`*Reasons*\n${reasons}`) } }
  ]
  if (linkLine) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: linkLine }] })
  return { text: truncate(`${prefix}${escapeSlack(headline)}: ${receiptSlack(receipt)}`), blocks }
}
