/**
 * Every panel of the error-budget dashboard, run against a real Prometheus: each query's value at
 * the evaluation time is the figure the gate reports for that SLO (budget left, days to
 * exhaustion, burn per window, status), and the figure the data generator says. Raw series on the
 * shared test Prometheus (our example file and a Sloth file); the recorded series of
 * `error-budget rules` on a Prometheus with the rules backfilled, as recording-rules.md says.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildDashboard } from '../../src/channels/dashboard.js'
import type { PanelSource } from '../../src/channels/dashboard-queries.js'
import { parseDuration } from '../../src/engine/duration.js'
import { RECORD } from '../../src/engine/rules.js'
import { renderRuleFile } from '../../src/engine/rule-file.js'
import type { GateResult, SloResult } from '../../src/engine/result.js'
import { sloFromInputs, type SloSpec } from '../../src/engine/slo.js'
import { STATUSES } from '../../src/engine/status.js'
import { loadSlosFromFile } from '../../src/specs/index.js'
import { evaluateWith, remainingFor } from '../helpers/evaluate.js'
import { backfillOpenMetrics, backfillRules, writeManySeries } from '../helpers/many-series.js'
import { sharedPrometheus, startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { expectedErrorRatio, LATENCY_BUCKETS } from '../helpers/scenarios.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** One instant query: the value of each series, keyed by its `slo` label ('' without one). */
async function instant(url: string, expr: string, time: number): Promise<Map<string, number>> {
  const response = await fetch(`${url}/api/v1/query`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query: expr, time: String(time) })
  })
  const body = (await response.json()) as Json
  if (body.status !== 'success') throw new Error(`${body.error}: ${expr}`)
  const values = new Map<string, number>()
  for (const series of body.data.result as Json[])
    values.set(series.metric.slo ?? '', Number(series.value[1]))
  return values
}

/** The one value of a panel's query (it must return exactly one series). */
async function single(url: string, expr: string, time: number): Promise<number> {
  const values = await instant(url, expr, time)
  expect(values.size).toBe(1)
  return [...values.values()][0]
}

/** Each panel's queries, by panel title, for one SLO's row. */
function panelsOf(dashboard: Json, slo: string): Map<string, Json[]> {
  const panels = dashboard.panels as Json[]
  const start = panels.findIndex(p => p.type === 'row' && p.title === slo)
  const end = panels.findIndex((p, i) => i > start && p.type === 'row')
  const mine = panels.slice(start + 1, end < 0 ? undefined : end)
  return new Map(mine.map(p => [String(p.title).replace(/ \(.*\)$/, ''), p.targets as Json[]]))
}

/** Every panel of every SLO against the gate's own figures for it. */
async function expectPanelsToMatch(
  url: string,
  time: number,
  slos: SloSpec[],
  result: GateResult,
  source: PanelSource
): Promise<void> {
  const dashboard = JSON.parse(JSON.stringify(buildDashboard(slos, { source }))) as Json
  const table = (dashboard.panels as Json[]).find(p => p.type === 'table')!.targets as Json[]
  const [status, budget, burn] = await Promise.all(table.map(t => instant(url, t.expr, time)))
  for (const slo of result.slos) {
    const panels = panelsOf(dashboard, slo.name)
    const at = (title: string, i = 0): Promise<number> =>
      single(url, panels.get(title)![i].expr, time)
    expect([slo.name, status.get(slo.name)]).toEqual([slo.name, STATUSES.indexOf(slo.status)])
    expect(budget.get(slo.name)).toBeCloseTo(slo.budgetRemaining!, 6)
    expect(burn.get(slo.name)).toBeCloseTo(slo.burnRate!, 6)
    expect(await at('Budget remaining')).toBeCloseTo(slo.budgetRemaining!, 6)
    expect(await at('Budget left over time')).toBeCloseTo(slo.budgetRemaining!, 6)
    const days = await at('Days to exhaustion')
    if (slo.daysToExhaustion === Infinity) expect(days).toBe(Infinity)
    else expect(days).toBeCloseTo(slo.daysToExhaustion!, 4)
    for (const target of panels.get('Burn rate over the burn windows')!) {
      const window = slo.windows.find(
        w => parseDuration(w.window) === parseDuration(target.legendFormat)
      )!
      expect([target.legendFormat, await single(url, target.expr, time)]).toEqual([
        target.legendFormat,
        expect.closeTo(window.burnRate!, 6)
      ])
    }
    expect(panels.get('Burn rate over the burn windows')).toHaveLength(slo.windows.length - 1)
  }
}

/** The gate's result for these SLOs at this time, from this source. */
const gate = (url: string, time: number, slos: SloSpec[], source: string): Promise<GateResult> =>
  evaluateWith(
    { prometheus_url: url, evaluation_time: String(time), chart: 'false' },
    slos.map(s => ({ ...s, querySource: source as SloSpec['querySource'] }))
  )

const sloOf = (service: string, extra: Record<string, string> = {}): SloSpec => {
  const inputs: Record<string, string> = { ...serviceQueries(service), ...extra }
  return sloFromInputs(name => inputs[name] ?? '', service)
}

describe('the panels on raw series (the shared test Prometheus)', () => {
  const prometheus = sharedPrometheus()
  const { url, endTime } = prometheus
  const load = (file: string): SloSpec[] =>
    loadSlosFromFile(path.join(REPO_ROOT, file), () => '', file, REPO_ROOT)
  const SERVICES = [
    'healthy',
    'caution',
    'warning',
    'freeze',
    'exhausted',
    'fastburn',
    'slowburn',
    'trickle',
    'incident'
  ]

  it('one SLO per service of the model: every panel shows what the gate reports', async () => {
    const slos = SERVICES.map(s => sloOf(s))
    const result = await gate(url, endTime, slos, 'raw')
    // Every status is there, from the budget and from the tiers (fastburn, slowburn).
    expect(new Set(result.slos.map(s => s.status))).toEqual(
      new Set(['NORMAL', 'CAUTION', 'WARNING', 'FREEZE', 'EXHAUSTED'])
    )
    await expectPanelsToMatch(url, endTime, slos, result, 'raw')
  })

  it.each([['examples/slos.yaml'], ['examples/sloth.yaml']])(
    '%s: every panel shows what the gate reports',
    async file => {
      const slos = load(file)
      const result = await gate(url, endTime, slos, 'raw')
      expect(result.slos.every(s => s.status !== 'ERROR')).toBe(true)
      await expectPanelsToMatch(url, endTime, slos, result, 'raw')
    }
  )

  it("the figures are the generator's: budget over 30d and 7d, the latency SLI and its p99", async () => {
    const [, latency] = load('examples/slos.yaml')
    const incident = sloOf('incident')
    const dashboard = JSON.parse(
      JSON.stringify(buildDashboard([incident, latency], { source: 'raw' }))
    )
    const history = panelsOf(dashboard, 'incident').get('Budget left over time')!
    expect(await single(url, history[0].expr, endTime)).toBeCloseTo(
      remainingFor(expectedErrorRatio('incident', 30 * 86400)),
      1
    )
    expect(await single(url, history[1].expr, endTime)).toBeCloseTo(
      remainingFor(expectedErrorRatio('incident', 7 * 86400)),
      1
    )
    const [sli, p99] = panelsOf(dashboard, latency.name).get(
      'Latency: requests within 0.5 s, and the p99'
    )!
    // 0.4 % of the requests are slower than 0.5 s: 99.6 % within.
    const within = LATENCY_BUCKETS.find(([le]) => le === '0.5')![1]
    expect(await single(url, sli.expr, endTime)).toBeCloseTo(100 * within, 6)
    // histogram_quantile interpolates linearly inside the bucket that holds the 99th percentile.
    const [[lowLe, low], [highLe, high]] = LATENCY_BUCKETS.slice(1, 3)
    const expected =
      Number(lowLe) + ((0.99 - low) / (high - low)) * (Number(highLe) - Number(lowLe))
    expect(await single(url, p99.expr, endTime)).toBeCloseTo(expected, 6)
  })
})

describe('the panels on the recorded series of "error-budget rules" (backfilled)', () => {
  const SERVICES = ['warning', 'fastburn', 'exhausted']
  const endTime = Math.floor(Date.now() / 3600000) * 3600
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-dashboard-'))
  // A 1d window over 2 days of data (as in rules.test.ts: promtool backfills rules slowly), with
  // the 30d burn factors so that the levels are those of the budget.
  const slos = SERVICES.map(s =>
    sloOf(s, { time_window: '1d', fast_burn_threshold: '14.4', slow_burn_threshold: '6' })
  )
  let prometheus: RunningPrometheus

  beforeAll(async () => {
    const data = path.join(dir, 'data.om.txt')
    const dataDir = path.join(dir, 'data')
    writeManySeries(data, { services: SERVICES, instances: 2, stepSeconds: 120, days: 2, endTime })
    await backfillOpenMetrics(data, dataDir)
    const series = SERVICES.length * 2 * 2
    const raw = await startPrometheus({
      dataDir,
      ready: { query: 'count(http_requests_total)', value: series, time: endTime }
    })
    const ruleFile = path.join(dir, 'rules.yml')
    fs.writeFileSync(ruleFile, renderRuleFile(slos, { interval: '5m', alerts: false }))
    const blocks = path.join(dir, 'blocks')
    try {
      await backfillRules({
        url: raw.url,
        ruleFile,
        outputDir: blocks,
        start: endTime - 86400 - 3 * 3600,
        end: endTime + 300
      })
    } finally {
      await raw.stop()
    }
    for (const block of fs.readdirSync(blocks))
      fs.renameSync(path.join(blocks, block), path.join(dataDir, block))
    prometheus = await startPrometheus({
      dataDir,
      ready: {
        query: `count(${RECORD.total}) + count(http_requests_total)`,
        value: slos.length + series,
        time: endTime
      }
    })
  }, 180000)

  afterAll(async () => {
    await prometheus?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('every panel shows what the gate reports from the same recorded series', async () => {
    const result = await gate(prometheus.url, endTime, slos, 'rules')
    expect(result.slos.map(s => [s.name, s.querySource, s.status])).toEqual([
      ['exhausted', 'rules', 'EXHAUSTED'],
      ['fastburn', 'rules', 'FREEZE'],
      ['warning', 'rules', 'WARNING']
    ])
    await expectPanelsToMatch(prometheus.url, endTime, slos, result, 'rules')
  })

  it("and the gate's figures from the rules are the generator's", async () => {
    const result = await gate(prometheus.url, endTime, slos, 'rules')
    const warning = result.slos.find((s: SloResult) => s.name === 'warning')!
    expect(warning.budgetRemaining).toBeCloseTo(
      remainingFor(expectedErrorRatio('warning', 86400)),
      1
    )
  })
})
