/**
 * The burn-down chart's Mermaid text, checked by Mermaid's own parser: values, axes, reference
 * lines, and SLO names that try to break out of the title, the block or the Markdown fence.
 */
import { evaluateGate } from '../../../src/engine/evaluate.js'
import type { GateResult } from '../../../src/engine/result.js'
import { escapeMermaid } from '../../../src/text/escape.js'
import { gateOutputs, renderSummary } from '../../../src/channels/report.js'
import { renderComment } from '../../../src/channels/pr-comment.js'
import { MAX_CHARTS } from '../../../src/channels/chart.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'
import { mermaidBlocks, parseMermaid } from '../../helpers/mermaid.js'

const PALETTE = { themeVariables: { xyChart: { plotColorPalette: expect.any(String) } } }
const LINES = ['budget left', 'caution 80', 'warning 50', 'freeze 20', 'exhausted 0']

/**
 * One SLO per name, each on its own queries of the linear model (600 errors a day: 40% left).
 * The chart alone: the forecast drawn past today is checked in forecast-channels.test.ts.
 */
async function resultFor(names: string[], extra: Record<string, string> = {}, days = 30) {
  const config = fakeConfig({ time_window: `${days}d`, forecast: 'false', ...extra })
  config.slos = names.map(name => ({ ...config.slos[0], name }))
  return evaluateGate(config, { client: fakeClient(dayModel(() => 600, days)) })
}

const HOSTILE = [
  'quote " ] line "pwn" [1, 2, 3]',
  'newline\n  line "injected" [5, 5]\n  title "owned"',
  '%%{init: {"securityLevel": "loose", "theme": "dark"}}%%',
  '%% a comment that would eat the rest of the title',
  'fence\n```\n<img src=x onerror=alert(1)>\n```mermaid',
  '[brackets] {braces} <b>bold</b> #quot; &amp; ; back\\slash `tick`',
  'separator\u2028line\u2029and\rcarriage',
  'x'.repeat(500)
]

describe('the Mermaid chart', () => {
  let result: GateResult
  beforeAll(async () => {
    result = await resultFor(['checkout'])
  })

  it('is a valid xychart: the budget line from 100 to budget_remaining, and four reference lines', () => {
    const summary = renderSummary(result)
    const blocks = mermaidBlocks(summary)
    expect(blocks).toHaveLength(1)
    const [chart] = parseMermaid(blocks)
    expect(chart).toMatchObject({ ok: true, type: 'xychart', config: PALETTE })
    expect(chart.title).toBe('checkout: budget left over 30d')
    expect(chart.xAxis).toMatchObject({ type: 'linear', min: 0, max: 30 })
    expect(chart.xAxis!.title).toMatch(/^days since 2026-11-01 12:00 UTC$/)
    expect(chart.yAxis).toMatchObject({
      type: 'linear',
      title: 'budget left (%)',
      min: 0,
      max: 100
    })
    expect(chart.plots!.map(p => [p.type, p.title])).toEqual(LINES.map(l => ['line', l]))
    const line = chart.plots![0].data.map(([, y]) => y)
    expect(line).toEqual(Array.from({ length: 31 }, (_, day) => 100 - 2 * day))
    for (const [i, level] of [80, 50, 20, 0].entries()) {
      expect(chart.plots![i + 1].data).toEqual([
        ['0', level],
        ['30', level]
      ])
    }
  })

  it('ends exactly on the budget_remaining output, at its precision', () => {
    const block = mermaidBlocks(renderSummary(result))[0]
    const values = /line "budget left" \[(.*)\]/.exec(block)![1].split(', ')
    expect(values.at(-1)).toBe(gateOutputs(result).budget_remaining)
    expect(values[0]).toBe('100.00')
  })

  it('says so when the last step is a partial day (a 1d12h window)', async () => {
    const config = fakeConfig({ time_window: '1d12h' })
    const client = fakeClient({ instant: q => (q.startsWith('total') ? 1e6 : 100) })
    const partial = await evaluateGate(config, { client })
    const summary = renderSummary(partial)
    const [chart] = parseMermaid(mermaidBlocks(summary))
    expect(chart.xAxis).toMatchObject({ min: 0, max: 2 })
    expect(chart.plots![0].data.map(([, y]) => y)).toEqual([100, expect.any(Number), 90])
    expect(summary).toContain('The last step, up to the evaluation, is shorter than 1 day(s)')
  })

  it('stretches the y axis below 0 for an overspent budget', async () => {
    const config = fakeConfig()
    const overspent = await evaluateGate(config, { client: fakeClient(dayModel(() => 1500)) })
    const [chart] = parseMermaid(mermaidBlocks(renderSummary(overspent)))
    expect(chart.yAxis).toMatchObject({ min: -50, max: 100 })
    expect(chart.plots![0].data.at(-1)![1]).toBe(-50)
  })

  it('keeps hostile SLO names inside the title: no new statement, directive, block or fence', async () => {
    const hostile = await resultFor(HOSTILE.slice(0, MAX_CHARTS))
    const more = await resultFor(HOSTILE.slice(MAX_CHARTS))
    for (const r of [hostile, more]) {
      const summary = renderSummary(r)
      const comment = renderComment(r, { tag: 't', canDeploy: false })
      for (const markdown of [summary, comment]) {
        // Each fence line is ours: an opening ```mermaid and its closing ``` per chart.
        const fences = markdown.split('\n').filter(line => line.trimStart().startsWith('```'))
        expect(fences).toEqual(r.slos.flatMap(() => ['```mermaid', '```']))
        const blocks = mermaidBlocks(markdown)
        expect(blocks).toHaveLength(r.slos.length)
        const parsed = parseMermaid(blocks)
        r.slos.forEach((slo, i) => {
          expect(parsed[i]).toMatchObject({ ok: true, type: 'xychart', config: PALETTE })
          expect(Object.keys(parsed[i].config!)).toEqual(['themeVariables'])
          expect(parsed[i].title).toBe(`${escapeMermaid(slo.name)}: budget left over 30d`)
          expect(parsed[i].plots!.map(p => p.title)).toEqual(LINES)
          expect(blocks[i].trimEnd().split('\n')).toHaveLength(10)
        })
      }
    }
  })

  it('escapes for Mermaid: one line, no quote, no %%, no brackets, no entity, at most 60 characters', () => {
    for (const name of HOSTILE) {
      const safe = escapeMermaid(name)
      expect(safe).not.toMatch(/["`%[\]{}<>#&;\\\n\r\u2028\u2029]/)
      expect([...safe].length).toBeLessThanOrEqual(60)
    }
    expect(escapeMermaid('checkout-api v2 (EU)')).toBe('checkout-api v2 (EU)')
    expect(escapeMermaid('99.9% "gold"')).toBe("99.9％ 'gold'")
  })
})

describe('the chart section', () => {
  it('draws the worst 5 SLOs and names the others; the PR comment stays far below 65,536', async () => {
    const names = Array.from({ length: 7 }, (_, i) => `slo-${i}-${'n'.repeat(250)}`)
    const result = await resultFor(names, {}, 90)
    const comment = renderComment(result, { tag: 'gate', canDeploy: false })
    expect(mermaidBlocks(comment)).toHaveLength(5)
    expect(comment).toContain(
      '2 more SLOs are not drawn (only the worst 5 are); the JSON report has the daily points of every SLO (slos[].daily).'
    )
    expect(comment.length).toBeLessThan(20000)
    const parsed = parseMermaid(mermaidBlocks(comment))
    expect(parsed.every(p => p.ok && p.plots![0].data.length === 91)).toBe(true)
  })

  it('says why a chart is missing, and nothing when the chart is off', async () => {
    const config = fakeConfig()
    const client = fakeClient({ instant: () => undefined, range: () => 1 })
    const unknown = await evaluateGate(config, { client })
    expect(unknown.status).toBe('ERROR')
    expect(renderSummary(unknown)).toContain(
      'No chart for default: the budget is unknown. The status stands.'
    )
    const off = await resultFor(['a'], { chart: 'false' })
    expect(renderSummary(off)).not.toMatch(/burn-down|No chart/)
    expect(renderComment(off, { tag: 'g', canDeploy: true })).not.toMatch(/burn-down|No chart/)
  })
})
