/** The burn-down chart as a Mermaid `xychart-beta` block, for the job summary and the PR comment. */
import { isDrawable, type DailySeries } from '../engine/daily.js'
import type { GateResult, SloResult } from '../engine/evaluate.js'
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

const INIT = JSON.stringify({
  themeVariables: { xyChart: { plotColorPalette: LINES.map(l => l.color).join(', ') } }
})

/** `MM-DD` of each point; the first is the window's start, the last the evaluation. */
const dayLabel = (at: Date): string => at.toISOString().slice(5, 10)

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
  const low = Math.floor(Math.min(0, ...values) / 10) * 10
  const high = Math.ceil(Math.max(100, ...values) / 10) * 10
  const flat = (level: number): string => values.map(() => String(level)).join(', ')
  return [
    '```mermaid',
    `%%{init: ${INIT}}%%`,
    'xychart-beta',
    `  title "${escapeMermaid(slo.name)}: budget left over ${slo.window}"`,
    `  x-axis [${series.points.map(p => `"${dayLabel(p.at)}"`).join(', ')}]`,
    `  y-axis "budget left (%)" ${low} --> ${high}`,
    `  line "budget left" [${values.map(v => fmt.percent(v)).join(', ')}]`,
    ...levels(slo).map(([name, level]) => `  line "${name} ${level}" [${flat(level)}]`),
    '```'
  ]
}

/** Under each chart: what the lines are (no Mermaid legend on every renderer), then the notes. */
function legend(slo: SloResult, series: DailySeries): string {
  const [line, ...references] = LINES
  const refs = levels(slo).map(
    ([name, level], i) => `${name} ${level}% (${references[i].colorName})`
  )
  const notes = series.notes.map(note => ` ${escapeMarkdown(note)}.`).join('')
  return `<sub>${line.colorName}: ${line.name} at the end of each day, against the whole window's budget; ${refs.join(', ')}.${notes}</sub>`
}

/**
 * The charts of the worst SLOs, or why each is missing. Empty when the chart is off (no SLO
 * carries daily points). `heading` is the Markdown line that opens the section.
 */
export function chartSection(result: GateResult, heading: string): string[] {
  if (result.slos.every(slo => slo.daily === undefined)) return []
  const lines = [heading, '']
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
