/** The burn-down chart as a Mermaid `xychart-beta` block, for the job summary and the PR comment. */
import { isDrawable, type DailySeries } from '../engine/daily.js'
import { withForecast } from './forecast-chart.js'
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
/** The forecast's second line, drawn after the budget's when there is a forecast. */
const STOPPED = { name: 'if errors stop now', color: '#1a7f37', colorName: 'green' }

/** The colour of each level's line (caution, warning, freeze, exhausted): the dashboard's too. */
export const LEVEL_COLORS: Record<string, string> = Object.fromEntries(
  LINES.slice(1).map(line => [line.name, line.color])
)

const init = (colors: string[]): string =>
  JSON.stringify({ themeVariables: { xyChart: { plotColorPalette: colors.join(', ') } } })

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
  const partial = steps.findIndex(s => s < step - 1000)
  const days = (steps.length * step) / DAY_MS
  const since = new Date(start).toISOString().slice(0, 16).replace('T', ' ')
  const which = partial === steps.length - 1 ? 'The last step, up to' : 'The step up to'
  return {
    axis: `x-axis "days since ${since} UTC" 0 --> ${days}`,
    note:
      partial >= 0 && steps.length > 1
        ? `${which} the evaluation, is shorter than ${step / DAY_MS} day(s) but drawn as wide.`
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
export function mermaidChart(slo: SloResult, past: DailySeries): string[] {
  const { series, stopped } = withForecast(slo, past)
  const values = series.points.map(p => p.remaining)
  const all = [...values, ...(stopped ?? [])]
  // Round to tens, but -50.0000001 (float noise) is still -50.
  const low = Math.floor(Math.min(0, ...all) / 10 + 1e-6) * 10
  const high = Math.ceil(Math.max(100, ...all) / 10 - 1e-6) * 10
  const [line, ...references] = LINES.map(l => l.color)
  const line2 = (values: number[]) => values.map(v => fmt.percent(v)).join(', ')
  return [
    '```mermaid',
    `%%{init: ${init(stopped ? [line, STOPPED.color, ...references] : [line, ...references])}}%%`,
    'xychart-beta',
    `  title "${escapeMermaid(slo.name)}: budget left over ${slo.window}${stopped ? ', and forecast' : ''}"`,
    `  ${xAxis(series).axis}`,
    `  y-axis "budget left (%)" ${low} --> ${high}`,
    `  line "budget left" [${line2(values)}]`,
    ...(stopped ? [`  line "${STOPPED.name}" [${line2(stopped)}]`] : []),
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
  const { series: drawn, stopped, now } = withForecast(slo, series)
  const step = xAxis(drawn).note
  const notes = [
    ...series.notes.map(note => ` ${escapeMarkdown(note)}.`),
    step ? ` ${step}` : ''
  ].join('')
  const forecast = stopped
    ? `, then from day ${now} (now) its forecast at the current burn; ${STOPPED.colorName}: the forecast ${STOPPED.name}`
    : ''
  return `<sub>${line.colorName}: ${line.name} at the end of each day, against the whole window's budget${forecast}; ${refs.join(', ')}.${notes}</sub>`
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
