/**
 * The forecast where it shows: outputs, the JSON report, the summary's and the PR comment's
 * headline, the chart drawn past today (checked by Mermaid's own parser), Slack, the App's
 * comment and the CLI. SLO names from a policy reach the sentence escaped for each destination.
 */
import { evaluateGate } from '../../../src/engine/evaluate.js'
import type { GateResult } from '../../../src/engine/result.js'
import { buildReport, gateOutputs, renderSummary } from '../../../src/channels/report.js'
import { renderComment } from '../../../src/channels/pr-comment.js'
import { gateMessage } from '../../../src/channels/slack.js'
import { aboutTime, forecastSentence } from '../../../src/channels/forecast-text.js'
import { gateComment } from '../../../src/app/comment.js'
import { renderHuman } from '../../../src/cli/render.js'
import { escapeMarkdown, escapeSlack } from '../../../src/text/escape.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'
import { mermaidBlocks, parseMermaid } from '../../helpers/mermaid.js'

const NOW = Date.parse('2026-12-01T12:00:00Z')
const HOUR = 3600_000

async function result(errorsOnDay: (day: number) => number, extra: Record<string, string> = {}) {
  return evaluateGate(fakeConfig(extra), { client: fakeClient(dayModel(errorsOnDay)) })
}

/** The date as people read it, through toLocaleString (not the code under test). */
function shown(iso: string): string {
  const at = new Date(iso)
  const part = (options: Intl.DateTimeFormatOptions) =>
    at.toLocaleString('en-GB', { timeZone: 'UTC', ...options })
  return `${part({ weekday: 'short' })} ${at.getUTCDate()} ${part({ month: 'short' })} about ${part({ hour: '2-digit', hourCycle: 'h23' })}:00 UTC`
}

let leak: GateResult
let incident: GateResult
beforeAll(async () => {
  leak = await result(() => 600)
  incident = await result(day => (day === 5 ? 20000 : 100))
})

describe('the forecast in words and outputs', () => {
  it('a steady leak: never at this burn, a date if errors stop', () => {
    const outputs = gateOutputs(leak)
    expect(outputs.unblocks_at).toBe('never')
    expect(outputs.unblocks_at_if_errors_stop).toMatch(/^2026-12-0\dT\d{2}:00:00Z$/)
    expect(forecastSentence(leak)).toBe(
      `at the current burn the budget is not back above 50 % within the 30d window; if errors stop now, on ${shown(outputs.unblocks_at_if_errors_stop)}`
    )
  })

  it('an incident that ages out: the date, and how much sooner if errors stop', () => {
    const outputs = gateOutputs(incident)
    const current = Date.parse(outputs.unblocks_at)
    const stopped = Date.parse(outputs.unblocks_at_if_errors_stop)
    expect(current).toBeGreaterThan(NOW + 4 * 24 * HOUR)
    const hours = Math.round((current - stopped) / HOUR)
    const sooner = hours === 0 ? 'the same' : hours < 24 ? `${hours} hours sooner` : /days sooner/
    expect(forecastSentence(incident)).toMatch(
      `at the current burn the budget is back above 50 % on ${shown(outputs.unblocks_at)}, `
    )
    expect(forecastSentence(incident)).toMatch(
      typeof sooner === 'string' ? `${sooner} if errors stop now` : sooner
    )
  })

  it('is empty when not blocked, unknown when blocked without a forecast', async () => {
    const healthy = await result(() => 100)
    expect(gateOutputs(healthy)).toMatchObject({ unblocks_at: '', unblocks_at_if_errors_stop: '' })
    expect(forecastSentence(healthy)).toBeUndefined()
    expect(buildReport(healthy, fakeConfig()).forecast).toBeNull()
    const off = await result(() => 600, { forecast: 'false' })
    expect(gateOutputs(off)).toMatchObject({
      unblocks_at: 'unknown',
      unblocks_at_if_errors_stop: 'unknown'
    })
    expect(buildReport(off, fakeConfig()).forecast).toMatchObject({
      unknown_because: 'the forecast is off'
    })
  })

  it('goes into the JSON report, for the gate and for each SLO', () => {
    const report = buildReport(incident, fakeConfig())
    const outputs = gateOutputs(incident)
    expect(report.forecast).toEqual({
      unblocks_at: outputs.unblocks_at,
      unblocks_at_if_errors_stop: outputs.unblocks_at_if_errors_stop,
      sentence: forecastSentence(incident),
      last_slo: 'default',
      unknown_because: null
    })
    expect((report.slos as { forecast: unknown }[])[0].forecast).toEqual({
      unblocks_at: outputs.unblocks_at,
      unblocks_at_if_errors_stop: outputs.unblocks_at_if_errors_stop,
      threshold: 50,
      budget_blocks: true,
      horizon: '2026-12-31T12:00:00Z',
      step_seconds: 3600
    })
  })

  it('rounds to the nearest hour and names the year only when it is not the evaluation’s', () => {
    const now = new Date(NOW)
    expect(aboutTime(new Date('2026-12-09T13:40:00Z'), now)).toBe('Wed 9 Dec about 14:00 UTC')
    expect(aboutTime(new Date('2027-01-04T00:10:00Z'), now)).toBe('Mon 4 Jan 2027 about 00:00 UTC')
  })
})

describe('the forecast in every channel', () => {
  it('heads the job summary and the PR comment', () => {
    const sentence = forecastSentence(incident, escapeMarkdown)!
    expect(renderSummary(incident).split('\n')[0]).toBe(
      `## ⚠️ Error budget: WARNING, deploy blocked; ${sentence}`
    )
    const comment = renderComment(incident, { tag: 'gate', canDeploy: false })
    expect(comment.split('\n')[1]).toBe(`## ⚠️ Error budget: WARNING: blocked; ${sentence}`)
  })

  it('is in Slack, the App’s review comment and the CLI', () => {
    const slack = gateMessage(incident, false, {})
    expect(JSON.stringify(slack.blocks)).toContain(
      JSON.stringify(`*When it unblocks*\n${forecastSentence(incident, escapeSlack)}`).slice(1, -1)
    )
    const review = gateComment({
      verdict: 'waiting',
      environment: 'production',
      result: incident,
      secrets: []
    })
    expect(review).toContain(`**When:** ${escapeMarkdown(forecastSentence(incident)!)}`)
    const human = renderHuman(incident, false)
    expect(human.split('\n')[1]).toBe(
      `  At the current burn${forecastSentence(incident)!.slice(19)}.`
    )
  })

  it('escapes an SLO name from a policy for each destination', async () => {
    const config = fakeConfig()
    const name = '<!channel> *ping* @team https://evil.example [x](y)'
    config.slos = [
      { ...config.slos[0], name: 'leak' },
      { ...config.slos[0], name, errorQuery: 'errors2[{{window}}]' }
    ]
    const leakModel = dayModel(() => 600)
    const old = dayModel(day => (day === 5 ? 25000 : 650))
    const both = await evaluateGate(config, {
      client: fakeClient({
        instant: q =>
          q.startsWith('errors2')
            ? old.instant(q.replace('errors2', 'errors'))
            : leakModel.instant(q),
        range: (q, at) =>
          q.startsWith('errors2')
            ? old.range!(q.replace('errors2', 'errors'), at)
            : leakModel.range!(q, at)
      })
    })
    expect(both.forecast?.last?.name).toBe(name)
    expect(forecastSentence(both)).toContain(`of ${name} (the last SLO to unblock)`)
    const summary = renderSummary(both).split('\n')[0]
    expect(summary).toContain(escapeMarkdown(name))
    expect(summary).not.toContain(name)
    const slack = JSON.stringify(gateMessage(both, false, {}).blocks)
    expect(slack).toContain(escapeSlack(name))
    expect(slack).not.toContain('<!channel>')
  })
})

describe('the chart drawn past today', () => {
  it('continues the budget line with the current burn and adds the line if errors stop', () => {
    const summary = renderSummary(leak)
    const [chart] = parseMermaid(mermaidBlocks(summary))
    expect(chart.ok).toBe(true)
    expect(chart.title).toBe('default: budget left over 30d, and forecast')
    expect(chart.plots!.map(p => p.title)).toEqual([
      'budget left',
      'if errors stop now',
      'caution 80',
      'warning 50',
      'freeze 20',
      'exhausted 0'
    ])
    const [current, stopped] = chart.plots!.map(p => p.data.map(([, y]) => y))
    // 31 days to now, then a day a point until the later unblock (never at this burn: 30 days).
    expect(current).toHaveLength(61)
    expect(stopped).toHaveLength(61)
    expect(current.slice(0, 31)).toEqual(stopped.slice(0, 31))
    expect(current.slice(31).every(v => Math.abs(v - 40) < 0.01)).toBe(true)
    expect(stopped.at(-1)).toBeCloseTo(100, 1)
    expect(chart.xAxis).toMatchObject({ min: 0, max: 60 })
    expect(summary).toContain(
      'then from day 30 (now) its forecast at the current burn; green: the forecast if errors stop now'
    )
  })
})
