/** The burn-down chart in the terminal, drawn by asciichart: coloured on a TTY, plain ASCII otherwise. */
import * as asciichart from 'asciichart'
import { isDrawable, type DailySeries } from '../engine/daily.js'
import type { GateResult, SloResult } from '../engine/result.js'
import { MAX_CHARTS } from '../channels/chart.js'
import { plain } from './render.js'

const HEIGHT = 10
/** About this many columns for the window, whatever its number of days. */
const WIDTH = 60
const AXIS = 8

type Symbols = NonNullable<asciichart.PlotConfig['symbols']>
const ASCII: Symbols = ['+', '|', '-', '-', '-', '\\', '/', '\\', '/', '|']
/** The reference lines in plain mode: dots, so they never look like the budget's own line. */
const DOTS: Symbols = ['+', '|', '.', '.', '.', '.', '.', '.', '.', '.']

/** Each point held for `columns` columns: the budget left at the end of a day, until the next. */
function widen(values: number[], columns: number): number[] {
  return values.flatMap((value, i) =>
    i === values.length - 1 ? [value] : Array<number>(columns).fill(value)
  )
}

/** Two plain charts of the same grid, cell by cell: the line wins over the reference lines. */
function overlay(top: string, bottom: string): string {
  const under = bottom.split('\n')
  return top
    .split('\n')
    .map((row, r) => [...row].map((c, i) => (c === ' ' ? (under[r]?.[i] ?? ' ') : c)).join(''))
    .join('\n')
}

export function terminalChart(slo: SloResult, series: DailySeries, color: boolean): string[] {
  const t = slo.spec.thresholds
  const levels: [string, number, string][] = [
    ['caution', t.caution, asciichart.yellow],
    ['warning', t.warning, asciichart.lightred],
    ['freeze', t.freeze, asciichart.cyan],
    ['exhausted', 0, asciichart.red]
  ]
  const values = series.points.map(p => p.remaining)
  const columns = Math.max(1, Math.floor(WIDTH / Math.max(1, values.length - 1)))
  const line = widen(values, columns)
  const references = levels.map(([, level]) => line.map(() => level))
  const config: asciichart.PlotConfig = {
    height: HEIGHT,
    min: Math.min(0, ...values),
    max: Math.max(100, ...values),
    format: (x: number) => `${x.toFixed(0).padStart(AXIS - 2)} `
  }
  const chart = color
    ? asciichart.plot([...references, line], {
        ...config,
        colors: [...levels.map(([, , c]) => c), asciichart.blue]
      })
    : overlay(
        asciichart.plot(line, { ...config, symbols: ASCII }),
        asciichart.plot(references, { ...config, symbols: DOTS })
      )
  const start = series.points[0].at.toISOString().slice(0, 16).replace('T', ' ')
  const days = `${start} UTC`.padEnd(line.length - 3) + 'now'
  const key = color
    ? levels.map(([name, level, c]) => asciichart.colored(`${name} ${level}%`, c)).join(', ')
    : `dotted: ${levels.map(([name, level]) => `${name} ${level}%`).join(', ')}`
  return [
    `${plain(slo.name)}: budget left over ${slo.window} (%)`,
    chart.replace(/ +$/gm, ''),
    `${' '.repeat(AXIS)}${days}`,
    `${' '.repeat(AXIS)}line: budget left at the end of each day; ${key}`,
    ...series.notes.map(note => `${' '.repeat(AXIS)}${plain(note)}`)
  ]
}

/** The charts of the worst SLOs, as in the job summary; why a chart is missing, when it is. */
export function terminalCharts(result: GateResult, color: boolean): string[] {
  if (result.slos.every(slo => slo.daily === undefined)) return []
  const lines: string[] = []
  for (const slo of result.slos.slice(0, MAX_CHARTS)) {
    lines.push('')
    if (isDrawable(slo.daily)) lines.push(...terminalChart(slo, slo.daily, color))
    else if (slo.daily)
      lines.push(`No chart for ${plain(slo.name)}: ${plain(slo.daily.unavailable)}`)
  }
  const more = result.slos.length - MAX_CHARTS
  if (more > 0)
    lines.push(
      '',
      `${more} more SLO${more > 1 ? 's' : ''} not drawn; --json has every SLO's daily points.`
    )
  return lines
}
