/** The burn-down chart as a Mermaid `xychart-beta` block, for the job summary and the PR comment. */
import { isDrawable, type DailySeries } from '../engine/daily.js'
import type { GateResult, SloResult } from '../engine/result.js'
import { escapeMarkdown, escapeMermaid } from '../text/escape.js'
import * as fmt from '../text/format.js'

/** Charts per summary or comment: the worst SLOs; the others are named in a sentence. */
export const MAX_CHARTS = 5

/** The line, then the reference lines, in the order Mermaid takes its palette. */
const LINES = [
  { name: 'budget left', color: '#0969da', colorName: 'blue' },
  { name: 'caution', color: '#bf8700', colorName: 'yellow' },
  { name: 'warning', color: '#e16f24', colorName: 'orange' },
  { name: 'freeze', color: '#1b7c83', colorName: 'teal' },
  { name: 'exhausted', color: '#cf222e', colorName: 'red' }
] as const

/** The colour of each level's line (caution, warning, freeze, exhausted): the dashboard's too. */
export const LEVEL_COLORS: Record<string, string> = Object.fromEntries(
  LINES.slice(1).map(line => [line.name, line.color])
)

const INIT = JSON.stringify({
  themeVariables: { xyChart: { plotColorPalette: LINES.map(l => l.color).join(', ') } }
})

const DAY_MS = 86400000

/**
 * The x-axis in days since the window's start. Mermaid spreads a line's values evenly over a
 * numeric axis, so the days need no labels of their own and a reference line needs two values.
 * When the last step is a partial day (a 1d12h window) it is drawn one step wide, and said so.
 */
function xAxis(series: DailySeries): { axis: string; note?: string } {
  const [start, ...rest] = series.points.map(p => p.at.getTime())
  const steps = rest.map((at, i) => at - (i ? rest[i - 1] : start))
  const step = steps[0] ?? DAY_MS
  const partial = steps.length > 1 && steps[steps.length - 1] < step - 1000
  const days = (steps.length * step) / DAY_MS
  const since = new Date(start).toISOString().slice(0, 16).replace('T', ' ')
  return {
    axis: `x-axis "days since ${since} UTC" 0 --> ${days}`,
    note: partial
      ? `The last step, up to the evaluation, is shorter than ${step / DAY_MS} day(s) but drawn as wide.`
      : undefined
  }
}

/** The reference levels of an SLO, highest first. */
function levels(slo: SloResult): [string, number][] {
  const t = slo.spec.thresholds
  return [
    ['caution', t.caution],
    ['warning', t.warning],
    ['freeze', t.freeze],
    ['exhausted', 0]
  ]
}

/** The fenced Mermaid block of one SLO. Values have the outputs' precision (2 decimals). */
export function mermaidChart(slo: SloResult, series: DailySeries): string[] {
  const values = series.points.map(p => p.remaining)
  // Round to tens, but -50.0000001 (float noise) is still -50.
  const low = Math.floor(Math.min(0, ...values) / 10 + 1e-6) * 10
  const high = Math.ceil(Math.max(100, ...values) / 10 - 1e-6) * 10
  return [
    '```mermaid',
    `%%{init: ${INIT}}%%`,
    'xychart-beta',
    `  title "${escapeMermaid(slo.name)}: budget left over ${slo.window}"`,
    `  ${xAxis(series).axis}`,
    `  y-axis "budget left (%)" ${low} --> ${high}`,
    `  line "budget left" [${values.map(v => fmt.percent(v)).join(', ')}]`,
    ...levels(slo).map(([name, level]) => `  line "${name} ${level}" [${level}, ${level}]`),
    '```'
  ]
}

/** Under each chart: what the lines are (no Mermaid legend on every renderer), then the notes. */
function legend(slo: SloResult, series: DailySeries): string {
  const [line, ...references] = LINES
  const refs = levels(slo).map(
    ([name, level], i) => `${name} ${level}% (${references[i].colorName})`
  )
  const step = xAxis(series).note
  const notes = [
    ...series.notes.map(note => ` ${escapeMarkdown(note)}.`),
    step ? ` ${step}` : ''
  ].join('')
  return `<sub>${line.colorName}: ${line.name} at the end of each day, against the whole window's budget; ${refs.join(', ')}.${notes}</sub>`
}

/**
 * The charts of the worst SLOs, or why each is missing. Empty when the chart is off (no SLO
 * carries daily points). `heading` is the Markdown line that opens the section, if any.
 */
export function chartSection(result: GateResult, heading?: string): string[] {
  if (result.slos.every(slo => slo.daily === undefined)) return []
  const lines = heading ? [heading, ''] : []
  for (const slo of result.slos.slice(0, MAX_CHARTS)) {
    if (isDrawable(slo.daily))
      lines.push(...mermaidChart(slo, slo.daily), legend(slo, slo.daily), '')
    else if (slo.daily)
      lines.push(
        `No chart for ${escapeMarkdown(slo.name)}: ${escapeMarkdown(slo.daily.unavailable)}. The status stands.`,
        ''
      )
  }
  const more = result.slos.length - MAX_CHARTS
  if (more > 0) {
    lines.push(
      `${more} more SLO${more > 1 ? 's are' : ' is'} not drawn (only the worst ${MAX_CHARTS} are); the JSON report has the daily points of every SLO (slos[].daily).`,
      ''
    )
  }
  return lines
}
