/**
 * What a backtest found, for machines (`--json`) and for a PR or an issue (`--markdown`, with a
 * Mermaid chart of the budget left over the range). Text a server or a config influenced (SLO
 * names, reasons) is escaped for Markdown and Mermaid.
 */
import type { BacktestResult } from '../engine/backtest-run.js'
import type { DailySeries } from '../engine/daily.js'
import { formatDuration } from '../engine/duration.js'
import { iso } from '../engine/exclusions.js'
import type { SloResult } from '../engine/result.js'
import { STATUS_ICON, STATUSES } from '../engine/status.js'
import { escapeMarkdown } from '../text/escape.js'
import { MAX_CHARTS, mermaidChart } from './chart.js'

/** Columns of the chart: a 90-day range hourly is drawn as 120 points, each the lowest of its steps. */
export const CHART_POINTS = 120

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`

export function backtestJson(result: BacktestResult): Record<string, unknown> {
  const { range, summary } = result
  const time = (seconds: number | null | undefined) =>
    seconds === null || seconds === undefined ? null : iso(seconds)
  return {
    tool: 'error-budget-gate',
    command: 'backtest',
    from: iso(range.from),
    to: iso(range.to),
    step_seconds: range.step,
    steps: summary.steps,
    judged_steps: summary.judged,
    not_judged_share: summary.steps ? 1 - summary.judged / summary.steps : 0,
    blocked_share: summary.blockedShare,
    status_share: summary.statusShare,
    intervals: summary.intervals.map(i => ({
      start: iso(i.start),
      end: iso(i.end),
      ongoing: i.ongoing,
      worst_status: i.worst,
      reasons: i.reasons
    })),
    deploys: summary.deploys.map(d => ({
      time: iso(d.time),
      status: d.status,
      blocked: d.blocked,
      could_go_at: time(d.couldGoAt),
      note: d.note ?? null
    })),
    slos: result.slos.map((slo, i) => ({
      name: slo.name,
      target: slo.target,
      window: slo.window,
      data_begins: time(result.dataBegins[i])
    })),
    // The status at every step (null: not judged), from `from` every step_seconds.
    timeline: result.steps.map(s => s.status),
    warnings: result.warnings,
    requests: result.requests
  }
}

/** The lowest budget left per column of steps, for one SLO: the dips stay visible. */
export function budgetColumns(result: BacktestResult, slo: number): DailySeries | undefined {
  const values = result.steps.map(s => {
    const step = s.slos[slo]
    return step && 'result' in step ? step.result.budgetRemaining : null
  })
  const width = Math.max(1, Math.ceil(values.length / CHART_POINTS))
  const points: DailySeries['points'] = []
  let carried = 0
  for (let first = 0; first < values.length; first += width) {
    const known = values.slice(first, first + width).filter((v): v is number => v !== null)
    const at = new Date(result.steps[Math.min(values.length, first + width) - 1].at * 1000)
    if (known.length) points.push({ at, remaining: Math.min(...known) })
    else if (points.length) {
      carried++
      points.push({ at, remaining: points[points.length - 1].remaining })
    }
  }
  if (points.length < 2) return undefined
  const notes = carried
    ? [
        `${carried} point${carried > 1 ? 's' : ''} without a figure (ERROR or not judged) drawn at the one before`
      ]
    : []
  return { points, notes }
}

/** The last result an SLO had: its name, window and thresholds for the chart. */
function lastResult(result: BacktestResult, slo: number): SloResult | undefined {
  for (let i = result.steps.length - 1; i >= 0; i--) {
    const step = result.steps[i].slos[slo]
    if (step && 'result' in step) return step.result
  }
  return undefined
}

const duration = (seconds: number): string => formatDuration(seconds) || '0s'

export function backtestMarkdown(result: BacktestResult): string {
  const { range, summary } = result
  const lines = [
    `## Backtest: blocked ${percent(summary.blockedShare)} of the time from ${iso(range.from)} to ${iso(range.to)}`,
    '',
    '| | |',
    '|---|---|',
    `| Range | ${iso(range.from)} – ${iso(range.to)}, every ${duration(range.step)}: ${summary.steps} steps, ${summary.judged} judged |`,
    `| Blocked | ${percent(summary.blockedShare)} of the judged time, in ${summary.intervals.length} interval${summary.intervals.length === 1 ? '' : 's'} |`,
    `| Per status | ${STATUSES.filter(s => summary.statusShare[s] > 0)
      .map(s => `${STATUS_ICON[s]} ${s} ${percent(summary.statusShare[s])}`)
      .join(', ')} |`,
    `| SLOs | ${result.slos.map(s => `${escapeMarkdown(s.name)}: ${s.target}% over ${s.window}`).join('; ')} |`,
    `| Prometheus requests | ${result.requests} |`,
    ''
  ]
  if (summary.intervals.length) {
    lines.push(
      '### Blocked intervals',
      '',
      '| Start (UTC) | End (UTC) | Lasted | Worst | Why |',
      '|---|---|---:|---|---|',
      ...summary.intervals.map(
        i =>
          `| ${iso(i.start)} | ${i.ongoing ? `${iso(i.end)} (still blocked)` : iso(i.end)} | ${duration(i.end - i.start)} | ${STATUS_ICON[i.worst]} ${i.worst} | ${i.reasons.map(escapeMarkdown).join('<br>')} |`
      ),
      ''
    )
  }
  if (summary.deploys.length) {
    lines.push(
      '### Deploys',
      '',
      '| Deploy (UTC) | Status | Blocked | Could have gone |',
      '|---|---|---|---|',
      ...summary.deploys.map(
        d =>
          `| ${iso(d.time)} | ${d.status ? `${STATUS_ICON[d.status]} ${d.status}` : escapeMarkdown(d.note ?? 'not judged')} | ${d.blocked === null ? '—' : d.blocked ? '**blocked**' : 'no'} | ${d.couldGoAt === null ? (d.blocked ? 'not within the range' : '—') : iso(d.couldGoAt)} |`
      ),
      ''
    )
  }
  const charts = result.slos.slice(0, MAX_CHARTS).flatMap((_, i) => {
    const series = budgetColumns(result, i)
    const slo = lastResult(result, i)
    if (!series || !slo) return []
    const width =
      series.points.length > 1
        ? (series.points[1].at.getTime() - series.points[0].at.getTime()) / 1000
        : range.step
    return [
      ...mermaidChart(slo, series),
      `<sub>blue: the lowest budget left in each ${duration(width)}, against the whole window's budget; the reference lines are the thresholds.${series.notes.map(n => ` ${escapeMarkdown(n)}.`).join('')}</sub>`,
      ''
    ]
  })
  if (charts.length) lines.push('### Budget left', '', ...charts)
  // Why steps were not judged, each reason once (without the instant it names).
  const notJudged = new Map<string, number>()
  for (const why of result.steps.flatMap(s => (s.status === null ? s.reasons : []))) {
    const key = why.replace(/ending at \S+ /, '')
    notJudged.set(key, (notJudged.get(key) ?? 0) + 1)
  }
  if (notJudged.size)
    lines.push(
      '### Not judged',
      '',
      ...[...notJudged].map(
        ([why, count]) => `- ${count} step${count > 1 ? 's' : ''}: ${escapeMarkdown(why)}`
      ),
      ''
    )
  if (result.warnings.length)
    lines.push('### Warnings', '', ...result.warnings.map(w => `- ${escapeMarkdown(w)}`), '')
  return lines.join('\n')
}
