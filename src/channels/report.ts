/** Everything the gate says about a result: outputs, the JSON report and the Markdown summary. */
import { aboutLine, PACKAGE_HOME, type GateHome } from '../text/about.js'
import { escapeMarkdown, oneLine } from '../text/escape.js'
import type { GateResult, SloResult } from '../engine/result.js'
import * as fmt from '../text/format.js'
import type { GateConfig } from '../engine/config.js'
import { redactUrl } from '../prometheus/api.js'
import { iso } from '../engine/exclusions.js'
import { STATUS_ICON, STATUS_POLICY, STATUSES } from '../engine/status.js'
import { isDrawable } from '../engine/daily.js'
import { chartSection } from './chart.js'
import { nextSteps } from './next-steps.js'
import {
  forecastJson,
  forecastOutputs,
  forecastSentence,
  sloForecastJson
} from './forecast-text.js'

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
      ? `budget unknown (${result.unavailable ?? slo.error ?? 'not evaluated'})`
      : `${fmt.percent(slo.budgetRemaining)}% of the error budget left (SLO ${slo.target}% over ${slo.window}), burn ${fmt.shownBurn(slo.burnRate)} over ${slo.spec.burnRateWindow}, ${fmt.toExhaustion(slo.daysToExhaustion)}`
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
    burn_tiers: slo.tiers.map(t => ({
      name: t.check.name,
      long_window: t.check.longWindow,
      short_window: t.check.shortWindow,
      budget_share: t.check.budgetShare ?? null,
      factor: t.check.threshold,
      escalate_to: t.check.escalateTo,
      long_burn: t.longBurn,
      short_burn: t.shortBurn,
      fired: t.fired,
      too_few_events: t.tooFewEvents ?? null
    })),
    burn_tiers_source: slo.spec.burnTiersSource ?? null,
    min_events: slo.minEvents,
    low_traffic: slo.lowTraffic
      ? {
          events: slo.lowTraffic.events,
          min_events: slo.lowTraffic.minEvents,
          allowed: slo.lowTraffic.allowed
        }
      : null,
    period: slo.period
      ? {
          unit: slo.period.unit,
          time_zone: slo.period.timeZone,
          start: slo.period.start,
          end: slo.period.end,
          hours: slo.period.hours,
          elapsed_days: slo.period.elapsedDays,
          days_left: slo.period.daysLeft,
          budget_lasts_to_end: slo.period.lastsToEnd,
          early: slo.period.early
        }
      : null,
    exclusions: slo.exclusions.map(x => ({
      start: iso(x.exclusion.start),
      end: iso(x.exclusion.end),
      reason: x.exclusion.reason,
      source: x.exclusion.source,
      errors_removed: x.errors,
      total_removed: x.total
    })),
    reasons: slo.reasons,
    error: slo.error ?? null,
    data_since: slo.dataSince,
    query_source: slo.querySource,
    // The burn-down chart's points (null when the chart is off or cannot be drawn, and then why).
    daily: isDrawable(slo.daily)
      ? slo.daily.points.map(p => ({ time: p.at.toISOString(), budget_remaining: p.remaining }))
      : null,
    daily_notes: isDrawable(slo.daily) ? slo.daily.notes : [],
    daily_unavailable: slo.daily && !isDrawable(slo.daily) ? slo.daily.unavailable : null,
    // When it stops blocking (null when it does not block or the forecast is off).
    forecast: sloForecastJson(slo),
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

/**
 * The JSON report: all figures, every window, the inputs less secrets, the evaluation time.
 * `canDeploy` is the final decision (it differs from the result's after a granted override).
 */
export function buildReport(
  result: GateResult,
  config: GateConfig,
  canDeploy = result.canDeploy
): Record<string, unknown> {
  return {
    tool: 'error-budget-gate',
    evaluation_time: result.evaluationTime.toISOString(),
    status: result.status,
    can_deploy: canDeploy,
    decision: decisionText(result, canDeploy),
    blocked: result.blocked,
    dry_run: result.dryRun,
    summary: oneLineSummary(result, canDeploy),
    reasons: result.reasons,
    warnings: result.warnings,
    freeze: result.freeze ?? null,
    policy: STATUS_POLICY[result.status],
    worst_slo: result.worst.name,
    forecast: forecastJson(result),
    slos: result.slos.map(sloJson),
    request_count: result.requestCount,
    duration_ms: result.durationMs,
    inputs: reportInputs(config)
  }
}

/** The inputs of the report, less secrets (the gate's and the verify's report). */
export function reportInputs(config: GateConfig): Record<string, unknown> {
  const p = config.prometheus
  return {
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
    chart: config.chart,
    forecast: config.forecast,
    query_source: [...new Set(config.slos.map(s => s.querySource ?? 'raw'))].join(',')
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
    would_block: String(result.blocked),
    budget_status: result.status,
    budget_remaining: fmt.percent(slo.budgetRemaining),
    budget_consumed: fmt.percent(slo.budgetConsumed),
    error_ratio: fmt.ratio(slo.errorRatio),
    availability: fmt.availability(slo.availability),
    burn_rate: fmt.burn(slo.burnRate),
    days_to_exhaustion: fmt.days(slo.daysToExhaustion),
    // One reason a line, and a one-line summary, whatever a server or a file put in them.
    reasons: result.reasons.map(oneLine).join('\n'),
    summary: oneLine(oneLineSummary(result, canDeploy)),
    slos: slosOutput(result),
    ...forecastOutputs(result)
  }
}

/** The summary's first line: the status, the decision and, when blocked, when it unblocks. */
export function headline(result: GateResult, canDeploy = result.canDeploy): string {
  const forecast = forecastSentence(result, escapeMarkdown)
  return `${STATUS_ICON[result.status]} Error budget: ${result.status}, ${decisionText(result, canDeploy)}${forecast ? `; ${forecast}` : ''}`
}

/** Where the figures came from, in words. */
export function sourceText(slo: SloResult): string {
  if (slo.querySource === 'sloth') return "Sloth's recording rules"
  if (slo.querySource === 'pyrra') return "Pyrra's recording rules"
  return slo.querySource === 'rules' ? 'recording rules' : 'raw series'
}

function figuresTable(slo: SloResult): string[] {
  return [
    '| | |',
    '|---|---|',
    `| SLO | ${escapeMarkdown(slo.name)}: ${slo.target}% over ${slo.window} |`,
    `| Budget remaining | ${fmt.shownPercent(slo.budgetRemaining)} |`,
    `| Budget consumed | ${fmt.shownPercent(slo.budgetConsumed)} |`,
    `| Error ratio | ${fmt.shownRatio(slo.errorRatio)} |`,
    `| Availability | ${fmt.shownAvailability(slo.availability)} |`,
    `| Burn rate (${slo.spec.burnRateWindow}) | ${fmt.shownBurn(slo.burnRate)} |`,
    `| Days to exhaustion | ${fmt.shownDays(slo.daysToExhaustion)} |`,
    `| Read from | ${sourceText(slo)} |`,
    ...periodRows(slo)
  ]
}

/** A calendar window's period, the days left in it and whether the budget lasts that long. */
export function periodLine(slo: SloResult): string | undefined {
  const p = slo.period
  if (!p) return undefined
  const lasts =
    p.lastsToEnd === null
      ? 'unknown'
      : p.lastsToEnd
        ? 'the budget lasts to its end at the current burn'
        : slo.daysToExhaustion === 0
          ? 'the budget is already exhausted'
          : `at the current burn the budget runs out ${fmt.shownDays(slo.daysToExhaustion)} from now, before the period ends`
  const early = p.early
    ? ' ⏳ Less than a day into the period: the figures rest on a few hours of data.'
    : ''
  return `${p.unit} ${p.start} – ${p.end} (${p.timeZone}, ${Number(p.hours.toFixed(2))} h): ${fmt.days(p.daysLeft)} days left; ${lasts}.${early}`
}

function periodRows(slo: SloResult): string[] {
  const p = slo.period
  if (!p) return []
  return [
    `| Period | ${p.unit} ${p.start} – ${p.end} (${escapeMarkdown(p.timeZone)}, ${Number(p.hours.toFixed(2))} h)${p.early ? ' ⏳ less than a day elapsed: early figures' : ''} |`,
    `| Days left in the period | ${fmt.days(p.daysLeft)} |`,
    `| Budget lasts to the period's end | ${p.lastsToEnd === null ? 'unknown' : p.lastsToEnd ? 'yes, at the current burn' : 'no, at the current burn'} |`
  ]
}

function burnTable(slo: SloResult): string[] {
  if (slo.windows.length === 0) return []
  return [
    '| Window | Errors | Total | Error ratio | Burn rate |',
    '|---|---:|---:|---:|---:|',
    ...slo.windows.map(
      w =>
        `| ${w.window} | ${fmt.count(w.errors)} | ${fmt.count(w.total)} | ${fmt.shownRatio(w.errorRatio)} | ${fmt.shownBurn(w.burnRate)} |`
    )
  ]
}

/** What a tier found, in words: fired, too few events, no traffic, or quiet. */
export function tierState(t: SloResult['tiers'][number], minEvents: number): string {
  if (t.fired) return `fired: at least ${t.check.escalateTo}`
  if (t.tooFewEvents !== undefined)
    return `cannot escalate: too few events over ${t.check.longWindow} (${Math.round(t.tooFewEvents)} < ${minEvents})`
  if (t.longBurn === null || t.shortBurn === null) return 'no traffic'
  return 'below the factor'
}

/** Each tier's factor (derived from its share of the budget, or fixed) beside the measured burns. */
function tiersTable(slo: SloResult): string[] {
  if (slo.tiers.length === 0) return []
  const source = slo.spec.burnTiersSource
    ? [`Burn tiers from ${escapeMarkdown(slo.spec.burnTiersSource)}.`, '']
    : []
  return [
    ...source,
    '| Tier | Long / short window | Share of budget | Factor | Burn (long / short) | Escalates to | State |',
    '|---|---|---:|---:|---:|---|---|',
    ...slo.tiers.map(
      t =>
        `| ${escapeMarkdown(t.check.name)} | ${t.check.longWindow} / ${t.check.shortWindow} | ${t.check.budgetShare === undefined ? 'fixed' : `${Number((t.check.budgetShare * 100).toPrecision(6))}%`} | ${fmt.burn(t.check.threshold)}x | ${fmt.shownBurn(t.longBurn)} / ${fmt.shownBurn(t.shortBurn)} | ${t.check.escalateTo} | ${tierState(t, slo.minEvents)} |`
    )
  ]
}

/** Every excluded interval with its reason and the events it set aside: the reviewer's view. */
export function exclusionsTable(slo: SloResult): string[] {
  if (slo.exclusions.length === 0) return []
  return [
    '| Excluded interval (UTC) | Reason | Bad events removed | Events removed |',
    '|---|---|---:|---:|',
    ...slo.exclusions.map(
      x =>
        `| ${iso(x.exclusion.start)} – ${iso(x.exclusion.end)} | ${escapeMarkdown(x.exclusion.reason)} | ${x.total === null ? 'outside the window' : fmt.count(x.errors)} | ${x.total === null ? '—' : fmt.count(x.total)} |`
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

/** First in the summary and the PR comment: a dry run lets through what the gate would block. */
export function dryRunNotice(result: GateResult): string[] {
  if (!result.dryRun || !result.blocked) return []
  return [
    '> **dry run: would have blocked.** `can_deploy` is true only because `dry_run` is set; the output `would_block` is true.',
    ''
  ]
}

/**
 * The job summary as Markdown. Every text a user or a server influenced is escaped. `home` is
 * where the footer links to (the gate's repository and ref, from the run's RunContext).
 */
export function renderSummary(
  result: GateResult,
  canDeploy = result.canDeploy,
  home: GateHome = PACKAGE_HOME
): string {
  const slo = result.worst
  const lines = [
    ...dryRunNotice(result),
    `## ${headline(result, canDeploy)}`,
    '',
    `**${escapeMarkdown(oneLineSummary(result, canDeploy))}**`,
    '',
    ...nextSteps(result, canDeploy)
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
  const tiers = tiersTable(slo)
  if (tiers.length) lines.push('### Burn tiers', '', ...tiers, '')
  lines.push(...chartSection(result, '### Budget burn-down'))
  for (const s of result.slos) {
    const excluded = exclusionsTable(s)
    const of = result.slos.length > 1 ? ` (${escapeMarkdown(s.name)})` : ''
    if (excluded.length) lines.push(`### Excluded intervals${of}`, '', ...excluded, '')
  }
  lines.push('### Reasons', '', ...result.reasons.map(r => `- ${escapeMarkdown(r)}`), '')
  if (result.freeze) {
    const quoted = result.freeze.text.split('\n').map(line => `> ${escapeMarkdown(line)}`)
    lines.push('### Freeze notice', '', ...quoted, '')
  }
  if (result.warnings.length)
    lines.push('### Warnings', '', ...result.warnings.map(w => `- ${escapeMarkdown(w)}`), '')
  lines.push('### Deploy policy', '', ...policyTable(result.status), '')
  lines.push(
    `<sub>Evaluated at ${result.evaluationTime.toISOString()} with ${result.requestCount} Prometheus requests in ${result.durationMs} ms by ${aboutLine(home)}.</sub>`,
    ''
  )
  return lines.join('\n')
}
