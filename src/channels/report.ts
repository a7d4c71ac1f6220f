/** Everything the gate says about a result: outputs, the JSON report and the Markdown summary. */
import { escapeMarkdown } from '../text/escape.js'
import type { GateResult, SloResult } from '../engine/evaluate.js'
import * as fmt from '../text/format.js'
import type { GateConfig } from '../engine/config.js'
import { redactUrl } from '../prometheus/api.js'
import { STATUS_ICON, STATUS_POLICY, STATUSES } from '../engine/status.js'

/** The decision in words; `canDeploy` differs from the result's only after an override. */
export function decisionText(result: GateResult, canDeploy = result.canDeploy): string {
  if (!result.blocked) return 'deploy allowed'
  if (result.dryRun) return 'deploy would be blocked (dry run)'
  return canDeploy ? 'deploy allowed by override' : 'deploy blocked'
}

/** One line: status, budget, burn, forecast and the decision. */
export function oneLineSummary(result: GateResult, canDeploy = result.canDeploy): string {
  const slo = result.worst
  const decision = decisionText(result, canDeploy)
  const figures =
    slo.budgetRemaining === null
      ? `budget unknown (${slo.error ?? 'not evaluated'})`
      : `${fmt.percent(slo.budgetRemaining)}% of the error budget left (SLO ${slo.target}% over ${slo.window}), burn ${fmt.shownBurn(slo.burnRate)} over ${slo.spec.burnRateWindow}, ${fmt.shownDays(slo.daysToExhaustion)} to exhaustion`
  const which = result.slos.length > 1 ? ` [worst of ${result.slos.length} SLOs: ${slo.name}]` : ''
  return `${result.status}: ${figures}${which}: ${decision}`
}

function sloJson(slo: SloResult) {
  return {
    name: slo.name,
    status: slo.status,
    blocks: slo.blocks,
    target: slo.target,
    window: slo.window,
    budget_remaining: slo.budgetRemaining,
    budget_consumed: slo.budgetConsumed,
    error_ratio: slo.errorRatio,
    availability: slo.availability,
    burn_rate: slo.burnRate,
    burn_rate_window: slo.spec.burnRateWindow,
    days_to_exhaustion: slo.daysToExhaustion === Infinity ? 'inf' : slo.daysToExhaustion,
    windows: slo.windows.map(w => ({
      window: w.window,
      errors: w.errors,
      total: w.total,
      error_ratio: w.errorRatio,
      burn_rate: w.burnRate
    })),
    reasons: slo.reasons,
    error: slo.error ?? null,
    data_since: slo.dataSince,
    query_source: slo.querySource,
    thresholds: slo.spec.thresholds,
    block_on: slo.spec.blockOn,
    error_query: slo.spec.errorQuery,
    total_query: slo.spec.totalQuery
  }
}

/** The `slos` output: every SLO with its figures, worst first. */
export function slosOutput(result: GateResult): string {
  return JSON.stringify(
    result.slos.map(s => ({
      name: s.name,
      status: s.status,
      budget_remaining: s.budgetRemaining === null ? null : Number(fmt.percent(s.budgetRemaining)),
      burn_rate: s.burnRate === null ? null : Number(fmt.burn(s.burnRate)),
      days_to_exhaustion: fmt.days(s.daysToExhaustion) || null,
      query_source: s.querySource,
      reasons: s.reasons
    }))
  )
}

/** The JSON report: all figures, every window, the inputs less secrets, the evaluation time. */
export function buildReport(result: GateResult, config: GateConfig): Record<string, unknown> {
  const p = config.prometheus
  return {
    tool: 'error-budget-gate',
    evaluation_time: result.evaluationTime.toISOString(),
    status: result.status,
    can_deploy: result.canDeploy,
    blocked: result.blocked,
    dry_run: result.dryRun,
    summary: oneLineSummary(result),
    reasons: result.reasons,
    warnings: result.warnings,
    freeze: result.freeze ?? null,
    policy: STATUS_POLICY[result.status],
    worst_slo: result.worst.name,
    slos: result.slos.map(sloJson),
    request_count: result.requestCount,
    duration_ms: result.durationMs,
    inputs: {
      prometheus_url: redactUrl(p.url),
      auth: p.token ? 'bearer' : p.username || p.password ? 'basic' : 'none',
      prometheus_headers: Object.keys(p.headers),
      prometheus_ca_cert: Boolean(p.caCert),
      prometheus_timeout: p.timeoutSeconds,
      prometheus_retries: p.retries,
      freeze_file: config.freezeFile,
      on_error: config.onError,
      fail_on_block: config.failOnBlock,
      dry_run: config.dryRun,
      evaluation_time: config.evaluationTime?.toISOString() ?? null,
      max_concurrency: config.maxConcurrency,
      query_source: [...new Set(config.slos.map(s => s.querySource ?? 'raw'))].join(',')
    }
  }
}

/** The action's outputs for a result (report_file is added by the caller once written). */
export function gateOutputs(
  result: GateResult,
  canDeploy = result.canDeploy
): Record<string, string> {
  const slo = result.worst
  return {
    can_deploy: String(canDeploy),
    budget_status: result.status,
    budget_remaining: fmt.percent(slo.budgetRemaining),
    budget_consumed: fmt.percent(slo.budgetConsumed),
    error_ratio: fmt.ratio(slo.errorRatio),
    availability: fmt.availability(slo.availability),
    burn_rate: fmt.burn(slo.burnRate),
    days_to_exhaustion: fmt.days(slo.daysToExhaustion),
    reasons: result.reasons.join('\n'),
    summary: oneLineSummary(result, canDeploy),
    slos: slosOutput(result)
  }
}

export function headline(result: GateResult, canDeploy = result.canDeploy): string {
  return `${STATUS_ICON[result.status]} Error budget: ${result.status}, ${decisionText(result, canDeploy)}`
}

/** Where the figures came from, in words. */
export function sourceText(slo: SloResult): string {
  if (slo.querySource === 'sloth') return "Sloth's recording rules"
  return slo.querySource === 'rules' ? 'recording rules' : 'raw series'
}

function figuresTable(slo: SloResult): string[] {
  return [
    '| | |',
    '|---|---|',
    `| SLO | ${escapeMarkdown(slo.name)}: ${slo.target}% over ${slo.window} |`,
    `| Budget remaining | ${fmt.shownPercent(slo.budgetRemaining)} |`,
    `| Budget consumed | ${fmt.shownPercent(slo.budgetConsumed)} |`,
    `| Error ratio | ${slo.errorRatio === null ? 'n/a' : fmt.ratio(slo.errorRatio)} |`,
    `| Availability | ${slo.availability === null ? 'n/a' : `${fmt.availability(slo.availability)}%`} |`,
    `| Burn rate (${slo.spec.burnRateWindow}) | ${fmt.shownBurn(slo.burnRate)} |`,
    `| Days to exhaustion | ${fmt.shownDays(slo.daysToExhaustion)} |`,
    `| Read from | ${sourceText(slo)} |`
  ]
}

function burnTable(slo: SloResult): string[] {
  if (slo.windows.length === 0) return []
  return [
    '| Window | Errors | Total | Error ratio | Burn rate |',
    '|---|---:|---:|---:|---:|',
    ...slo.windows.map(
      w =>
        `| ${w.window} | ${fmt.count(w.errors)} | ${fmt.count(w.total)} | ${w.errorRatio === null ? 'n/a' : fmt.ratio(w.errorRatio)} | ${fmt.shownBurn(w.burnRate)} |`
    )
  ]
}

export function slosTable(result: GateResult): string[] {
  return [
    '| SLO | Status | Target | Remaining | Burn | Days left | Read from |',
    '|---|---|---|---:|---:|---:|---|',
    ...result.slos.map(
      s =>
        `| ${escapeMarkdown(s.name)} | ${STATUS_ICON[s.status]} ${s.status} | ${s.target}% / ${s.window} | ${fmt.shownPercent(s.budgetRemaining)} | ${fmt.shownBurn(s.burnRate)} | ${fmt.shownDays(s.daysToExhaustion)} | ${sourceText(s)} |`
    )
  ]
}

export function policyTable(current: GateResult['status']): string[] {
  return [
    '| Level | What it means for deploys |',
    '|---|---|',
    ...STATUSES.map(status => {
      const label = `${STATUS_ICON[status]} ${status}`
      return status === current
        ? `| **${label}** (now) | **${STATUS_POLICY[status]}** |`
        : `| ${label} | ${STATUS_POLICY[status]} |`
    })
  ]
}

/** The job summary as Markdown. Every text a user or a server influenced is escaped. */
export function renderSummary(result: GateResult, canDeploy = result.canDeploy): string {
  const slo = result.worst
  const lines = [
    `## ${headline(result, canDeploy)}`,
    '',
    `**${escapeMarkdown(oneLineSummary(result, canDeploy))}**`,
    ''
  ]
  if (result.slos.length > 1) lines.push('### SLOs (worst first)', '', ...slosTable(result), '')
  lines.push(
    `### Figures${result.slos.length > 1 ? ` of the worst SLO (${escapeMarkdown(slo.name)})` : ''}`,
    '',
    ...figuresTable(slo),
    ''
  )
  const burn = burnTable(slo)
  if (burn.length) lines.push('### Burn rate per window', '', ...burn, '')
  lines.push('### Reasons', '', ...result.reasons.map(r => `- ${escapeMarkdown(r)}`), '')
  if (result.freeze) {
    const quoted = result.freeze.text.split('\n').map(line => `> ${escapeMarkdown(line)}`)
    lines.push('### Freeze notice', '', ...quoted, '')
  }
  if (result.warnings.length)
    lines.push('### Warnings', '', ...result.warnings.map(w => `- ${escapeMarkdown(w)}`), '')
  lines.push('### Deploy policy', '', ...policyTable(result.status), '')
  lines.push(
    `<sub>Evaluated at ${result.evaluationTime.toISOString()} with ${result.requestCount} Prometheus requests in ${result.durationMs} ms.</sub>`,
    ''
  )
  return lines.join('\n')
}
