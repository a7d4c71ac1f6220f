/** The burn-down chart in the terminal: asciichart in colour on a TTY, plain ASCII otherwise. */
import { terminalCharts, yAxis } from '../../../src/cli/chart.js'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'

async function linearResult(
  names = ['checkout'],
  errorsOnDay: (day: number) => number = () => 600,
  inputs: Record<string, string> = {}
) {
  const config = fakeConfig(inputs)
  config.slos = names.map(name => ({ ...config.slos[0], name }))
  return evaluateGate(config, { client: fakeClient(dayModel(errorsOnDay)) })
}

/** The plotted rows of a plain chart: the axis label, and what is drawn right of the axis. */
function plotted(lines: string[]): { label: number; cells: string }[] {
  return lines
    .join('\n')
    .split('\n')
    .flatMap(line => {
      const row = /^ +(-?[\d.]+) {2}[+|](.*)$/.exec(line)
      return row ? [{ label: Number(row[1]), cells: row[2] }] : []
    })
}

describe('terminalCharts', () => {
  it('draws plain ASCII without colour: the line from 100 down to 40, dotted reference lines', async () => {
    const lines = terminalCharts(await linearResult(), false)
    const text = lines.join('\n')
    // eslint-disable-next-line no-control-regex
    expect(text).toMatch(/^[\x0a\x20-\x7e]*$/)
    expect(lines).toContain('checkout: budget left over 30d (%)')
    const rows = text.split('\n').filter(line => /^ +-?\d+ {2}[+|]/.test(line))
    expect(rows).toHaveLength(21)
    // The line starts at the top row and ends on the 40 row; the 50 row is a dotted reference.
    expect(rows[0]).toMatch(/^ +100 {2}\|-/)
    expect(rows[12]).toMatch(/^ +40 {2}\|.*-$/)
    expect(rows[10]).toMatch(/^ +50 {2}\|\.{10,}/)
    expect(rows[20]).toMatch(/^ +0 {2}\+\.{10,}/)
    expect(text).toContain('2026-11-01 12:00 UTC')
    expect(text).toMatch(/dotted: caution 80%, warning 50%, freeze 20%, exhausted 0%/)
  })

  it('colours the lines on a TTY', async () => {
    const text = terminalCharts(await linearResult(), true).join('\n')
    expect(text).toContain('\u001b[34m')
    expect(text).toContain('\u001b[33m')
  })

  it('keeps control characters of an SLO name out of the terminal, and names the SLOs not drawn', async () => {
    const names = ['evil\u001b]0;pwned\u0007', 'b', 'c', 'd', 'e', 'f']
    const text = terminalCharts(await linearResult(names), false).join('\n')
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(text.match(/budget left over 30d \(%\)/g)).toHaveLength(5)
    expect(text).toContain("1 more SLO not drawn; --json has every SLO's daily points.")
  })

  it.each([
    ['0 to 100', () => 600, {}],
    ['an overspent budget (-45 to 100)', (day: number) => (day === 20 ? 11000 : 1100), {}],
    ['far overspent (-300 to 100)', () => 4000, {}],
    [
      'custom thresholds 75/45/15, overspent',
      (day: number) => (day === 20 ? 11000 : 1100),
      { caution_threshold: '75', warning_threshold: '45', freeze_threshold: '15' }
    ],
    [
      'thresholds of a half step (82.5/50/12.5)',
      () => 600,
      { caution_threshold: '82.5', warning_threshold: '50', freeze_threshold: '12.5' }
    ]
  ])(
    'draws each reference line on the row labelled with its level: %s',
    async (_, errorsOnDay, inputs) => {
      const result = await linearResult(['checkout'], errorsOnDay, inputs)
      const t = result.worst.spec.thresholds
      const levels = [t.caution, t.warning, t.freeze, 0]
      const rows = plotted(terminalCharts(result, false))
      expect(rows.length).toBeGreaterThan(10)
      expect(rows.length).toBeLessThanOrEqual(41)
      // Dotted rows are exactly the levels' rows (the line may cross them, never the reverse).
      const dotted = rows.filter(row => /\.{10,}/.test(row.cells)).map(row => row.label)
      expect(dotted).toEqual(levels)
    }
  )

  it('draws a steady leak as a slope: a new row every few columns, not a stair of 10', async () => {
    const rows = plotted(terminalCharts(await linearResult(), false))
    const line = rows.filter(row => /[-\\/]/.test(row.cells))
    // 100 % down to 40 %: the line crosses at least a row per 5 % of the budget.
    expect(line.length).toBeGreaterThanOrEqual(12)
    const longestRun = Math.max(
      ...line.map(row => Math.max(...(row.cells.match(/-+/g) ?? ['']).map(run => run.length)))
    )
    expect(longestRun).toBeLessThanOrEqual(6)
  })

  it('keeps levels no step can hold on the nearest row, within the row limit', () => {
    const axis = yAxis([100, 40], [83, 47, 13, 0])
    expect(axis.rows).toBeLessThanOrEqual(40)
    expect(axis.min).toBe(0)
    expect(axis.max).toBe(100)
  })
})
