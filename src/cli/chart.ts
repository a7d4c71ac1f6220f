/** The burn-down chart in the terminal, drawn by asciichart: coloured on a TTY, plain ASCII otherwise. */
import * as asciichart from 'asciichart'
import { isDrawable, type DailySeries } from '../engine/daily.js'
import type { GateResult, SloResult } from '../engine/result.js'
import { MAX_CHARTS } from '../channels/chart.js'
import { plain } from './render.js'

/** About this many columns for the window, whatever its number of days. */
const WIDTH = 60
const AXIS = 8
/** Rows the chart aims at (a steady leak climbs a row every few columns), and never exceeds. */
const ROWS = 24
const MAX_ROWS = 40
/** Row steps, in percent of the budget; a reference level on a row when the step divides it. */
const STEPS = [1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000]

const divides = (step: number, level: number): boolean =>
  Math.abs(level / step - Math.round(level / step)) < 1e-9

/**
 * The y axis: bounds on whole steps around 0-100 and the values, and a step that puts every
 * reference level on a row of its own (so `caution 80` is drawn on the row labelled 80), with
 * as many rows as fit. Levels no step under MAX_ROWS can hold (e.g. 33 %) take the nearest row.
 */
export function yAxis(
  values: number[],
  levels: number[]
): { min: number; max: number; rows: number } {
  const bounds = (step: number) => {
    // -50.0000001 (float noise) is still -50.
    const min = Math.floor(Math.min(0, ...values) / step + 1e-9) * step
    const max = Math.ceil(Math.max(100, ...values) / step - 1e-9) * step
    return { min, max, rows: Math.round((max - min) / step) }
  }
  const exact = STEPS.filter(step => levels.every(level => divides(step, level)))
  const fits = (limit: number) => (step: number) => bounds(step).rows <= limit
  const step =
    exact.find(fits(ROWS)) ??
    exact.find(fits(MAX_ROWS)) ??
    STEPS.find(fits(ROWS)) ??
    STEPS[STEPS.length - 1]
  return bounds(step)
}

type Symbols = NonNullable<asciichart.PlotConfig['symbols']>
const ASCII: Symbols = ['+', '|', '-', '-', '-', '\\', '/', '\\', '/', '|']
/** The reference lines in plain mode: dots, so they never look like the budget's own line. */
const DOTS: Symbols = ['+', '|', '.', '.', '.', '.', '.', '.', '.', '.']

/** `columns` columns a day, joined straight from one day's end to the next: a leak is a slope. */
function widen(values: number[], columns: number): number[] {
  return values.flatMap((value, i) =>
    i === values.length - 1
      ? [value]
      : Array.from({ length: columns }, (_, k) => value + ((values[i + 1] - value) * k) / columns)
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
  const axis = yAxis(
    values,
    levels.map(([, level]) => level)
  )
  const config: asciichart.PlotConfig = {
    height: axis.rows,
    min: axis.min,
    max: axis.max,
    format: (x: number) => `${String(Number(x.toFixed(1))).padStart(AXIS - 2)} `
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
  // asciichart marks its origin on the row `max + min`, not on 0: put the mark on the 0 row.
  const zeroRow = Math.round(axis.max / ((axis.max - axis.min) / axis.rows))
  const axisMarked = chart
    .split('\n')
    .map((row, i) =>
      '+|┼┤'.includes(row[AXIS] ?? 'x')
        ? `${row.slice(0, AXIS)}${color ? (i === zeroRow ? '┼' : '┤') : i === zeroRow ? '+' : '|'}${row.slice(AXIS + 1)}`
        : row
    )
    .join('\n')
  const start = series.points[0].at.toISOString().slice(0, 16).replace('T', ' ')
  const days = `${start} UTC`.padEnd(line.length - 3) + 'now'
  const key = color
    ? levels.map(([name, level, c]) => asciichart.colored(`${name} ${level}%`, c)).join(', ')
    : `dotted: ${levels.map(([name, level]) => `${name} ${level}%`).join(', ')}`
  return [
    `${plain(slo.name)}: budget left over ${slo.window} (%)`,
    axisMarked.replace(/ +$/gm, ''),
    `${' '.repeat(AXIS)}${days}`,
    `${' '.repeat(AXIS)}line: budget left at the end of each day, days joined; ${key}`,
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
