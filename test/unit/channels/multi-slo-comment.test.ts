/**
 * A PR comment about several SLOs reads top-down: the decision, a table that fits the conversation
 * column, the reasons and what to do, then the charts folded away. Figures have one precision.
 */
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { gateOutputs, oneLineSummary, renderSummary } from '../../../src/channels/report.js'
import { renderComment } from '../../../src/channels/pr-comment.js'
import { gateComment } from '../../../src/app/comment.js'
import { gateMessage } from '../../../src/channels/slack.js'
import { renderHuman } from '../../../src/cli/render.js'
import * as fmt from '../../../src/text/format.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'

/** SLOs of the 30-day linear model: `errorsPerDay` bad of 1e6 events a day (600: 40 % left). */
async function resultFor(names: string[], errorsPerDay = 600) {
  const config = fakeConfig()
  config.slos = names.map(name => ({ ...config.slos[0], name }))
  return evaluateGate(config, { client: fakeClient(dayModel(() => errorsPerDay)) })
}

/** Table rows of a Markdown text whose first cell starts with one of the names. */
const rowsOf = (text: string, names: string[]): string[] =>
  text.split('\n').filter(line => names.some(name => line.startsWith(`| ${name}`)))

describe('a PR comment about several SLOs', () => {
  const names = ['checkout-availability', 'search-latency-p99', 'payments-api']

  it('says the reasons and what to do before the charts, and folds the charts', async () => {
    const result = await resultFor(names)
    expect(result.slos.every(s => s.daily && 'points' in s.daily)).toBe(true)
    const comment = renderComment(result, { tag: 't', canDeploy: false })
    const at = (text: string): number => comment.indexOf(text)
    expect(at('**Reasons**')).toBeGreaterThan(0)
    expect(at('**What to do:**')).toBeGreaterThan(at('**Reasons**'))
    expect(at('```mermaid')).toBeGreaterThan(at('**How to override:**'))
    // Every chart is inside one <details> block, opened by a summary line.
    expect(at('<details>')).toBeLessThan(at('```mermaid'))
    expect(comment.lastIndexOf('```')).toBeLessThan(at('</details>'))
    expect(comment).toContain('<details>\n<summary>Budget burn-down of the 3 SLOs</summary>\n\n')
  })

  it('has a table of at most five columns whose rows fit a PR conversation (90 characters)', async () => {
    const comment = renderComment(await resultFor(names), { tag: 't', canDeploy: false })
    const rows = rowsOf(comment, names)
    expect(rows).toHaveLength(3)
    for (const row of rows) {
      expect(row.split(' | ')).toHaveLength(5)
      // What GitHub shows: the cells without the pipes and the padding.
      expect(row.replace(/ ?\| ?/g, '  ').trim().length).toBeLessThanOrEqual(90)
    }
  })

  it("keeps a single SLO's chart in the open", async () => {
    const comment = renderComment(await resultFor(['checkout']), { tag: 't', canDeploy: false })
    expect(comment).toContain('```mermaid')
    expect(comment).not.toContain('<details>')
    expect(comment.indexOf('**Reasons**')).toBeLessThan(comment.indexOf('```mermaid'))
  })
})

describe('error ratios', () => {
  it('have four significant digits, trailing zeros kept, never e-notation', () => {
    expect(fmt.ratio(0.02)).toBe('0.02000')
    expect(fmt.ratio(0.000127639)).toBe('0.0001276')
    expect(fmt.ratio(0.00341667)).toBe('0.003417')
    expect(fmt.ratio(0.00099996)).toBe('0.001000')
    expect(fmt.ratio(1.2e-9)).toBe('0.000000001200')
    expect(fmt.ratio(0)).toBe('0')
    expect(fmt.shownRatio(null)).toBe('unknown')
  })

  it("read so in the output, the summary's window table and the CLI alike", async () => {
    const result = await resultFor(['checkout'])
    expect(gateOutputs(result).error_ratio).toBe('0.0006000')
    const ratios = (text: string): string[] =>
      [...text.matchAll(/(?<![\d.])(0\.\d+)(?![\d%x])/g)].map(m => m[1])
    const summary = renderSummary(result)
    const windowRows = summary.split('\n').filter(line => /^\| \d+[dhm] \|/.test(line))
    expect(windowRows.length).toBeGreaterThan(1)
    const cells = windowRows.map(row => row.split(' | ')[3])
    for (const cell of [...cells, ...ratios(renderHuman(result, false))])
      expect(cell).toMatch(/^0\.0*[1-9]\d{3}$/)
  })
})

describe('a spent budget', () => {
  it('runs out "exhausted", never in "0.0 days", in every channel', async () => {
    const result = await resultFor(['checkout', 'search'], 2000)
    expect(result.worst.daysToExhaustion).toBe(0)
    const texts = {
      summary: renderSummary(result),
      comment: renderComment(result, { tag: 't', canDeploy: false }),
      cli: renderHuman(result, false),
      slack: JSON.stringify(gateMessage(result, false, {})),
      app: gateComment({
        verdict: 'rejected',
        environment: 'p',
        sha: 'a'.repeat(40),
        result,
        secrets: []
      })
    }
    for (const [channel, text] of Object.entries(texts)) {
      expect([channel, text]).not.toEqual([channel, expect.stringMatching(/\b0\.0 days/)])
      expect([channel, text]).toEqual([channel, expect.stringContaining('exhausted')])
    }
    expect(oneLineSummary(result)).toMatch(/burn [\d.]+x over 1h, budget exhausted \[worst of 2/)
    expect(rowsOf(texts.comment, ['checkout'])[0]).toMatch(/\| exhausted \|$/)
  })
})
