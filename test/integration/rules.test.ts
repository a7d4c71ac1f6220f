/**
 * Recording rules end to end: many series per SLO, the rules `error-budget rules` generates,
 * backfilled with `promtool tsdb create-blocks-from rules` as the README says, and Prometheus
 * restarted with the new blocks. Raw, rules and auto must agree; rules must touch a small fraction
 * of the samples (Prometheus's own `stats=all` counter).
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseDuration } from '../../src/engine/duration.js'
import { coveragePointQuery } from '../../src/engine/coverage.js'
import { isForecast } from '../../src/engine/forecast.js'
import { evaluateGate } from '../../src/engine/evaluate.js'
import { expandQuery } from '../../src/engine/rules.js'
import { windowsFor } from '../../src/engine/windows.js'
import type { GateResult } from '../../src/engine/result.js'
import { readGateConfig } from '../../src/engine/config.js'
import { sloFromInputs, type SloSpec } from '../../src/engine/slo.js'
import { expandQuery as fill } from '../../src/engine/rules.js'
import { parseSloDocuments } from '../../src/specs/index.js'
import { RECORD } from '../../src/engine/rules.js'
import { renderRuleFile } from '../../src/engine/rule-file.js'
import type { QueryClient, QueryRange } from '../../src/prometheus/api.js'
import { PrometheusClient } from '../../src/prometheus/client.js'
import {
  backfillOpenMetrics,
  backfillRules,
  samplesTouched,
  writeManySeries
} from '../helpers/many-series.js'
import { startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js'
import { startProxy, type TestProxy } from '../helpers/proxy.js'
import { serviceQueries } from '../helpers/queries.js'
import { remainingFor } from '../helpers/evaluate.js'
import { expectedErrorRatio } from '../helpers/scenarios.js'
import { noteTiming } from '../helpers/timings.js'

const run = promisify(execFile)

const LEVELS: [string, string][] = [
  ['healthy', 'NORMAL'],
  ['caution', 'CAUTION'],
  ['warning', 'WARNING'],
  ['freeze', 'FREEZE'],
  ['exhausted', 'EXHAUSTED'],
  ['fastburn', 'FREEZE']
]
const endTime = Math.floor(Date.now() / 3600000) * 3600
const INSTANCES = 4
/**
 * A 1d SLO window over 2 days of data: promtool backfills rules in 2h blocks, one rule at a time
 * (about 70 ms a block on a loaded 2-core machine), so 30 days of 12 rules would take minutes.
 * The bench runs the 30d window.
 */
const DAYS = 2
const WINDOW = '1d'
/** The rules reach back a little more than the window: auto must read them for 1d, not for 2d. */
const RULES_SINCE = endTime - 86400 - 3 * 3600
/** Rules evaluated every 5m here (the bench uses 1m): also exercises --interval. */
const INTERVAL = '5m'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-rules-'))
const ruleFile = path.join(dir, 'rules.yml')

const sloOf = (service: string): SloSpec => {
  // The 30d burn factors on the short test window, so that the levels are those of the budget
  // (window-scaled factors on 1d would escalate every level: 0.48 for the fast tier).
  const inputs: Record<string, string> = {
    ...serviceQueries(service),
    time_window: WINDOW,
    fast_burn_threshold: '14.4',
    slow_burn_threshold: '6'
  }
  return sloFromInputs(name => inputs[name] ?? '', service)
}
const slos = LEVELS.map(([service]) => sloOf(service))

/** A Sloth spec over the caution service, and the rules Sloth generates for it (its format). */
const [slothSlo] = parseSloDocuments(
  [
    'version: prometheus/v1',
    'service: shop',
    'slos:',
    '  - name: caution',
    '    objective: 99.9',
    '    sli:',
    '      events:',
    '        error_query: sum(rate(http_requests_total{service="caution",status=~"5.."}[{{.window}}]))',
    '        total_query: sum(rate(http_requests_total{service="caution"}[{{.window}}]))'
  ].join('\n'),
  'sloth.yaml',
  // The 30d burn factors on the short window, as for the other SLOs here.
  name =>
    ({ time_window: WINDOW, fast_burn_threshold: '14.4', slow_burn_threshold: '6' })[name] ?? ''
)
const slothRuleFile = path.join(dir, 'sloth-rules.yml')
const slothRules = (): string =>
  [
    'groups:',
    '  - name: sloth-slo-sli-recordings-shop-caution',
    `    interval: ${INTERVAL}`,
    '    rules:',
    ...['5m', '30m', '1h', '6h', '1d'].flatMap(w => [
      `      - record: slo:sli_error:ratio_rate${w}`,
      `        expr: ${JSON.stringify(`(${fill(slothSlo.errorQuery, w)}) / (${fill(slothSlo.totalQuery, w)})`)}`,
      '        labels:',
      '          sloth_id: shop-caution',
      '          sloth_service: shop',
      '          sloth_slo: caution',
      `          sloth_window: ${w}`
    ])
  ].join('\n') + '\n'

/**
 * Pyrra specs over the warning and caution services, and the rules Pyrra generates for them (its
 * format: `http_requests:increase<period>` grouped by the label that picks the errors, and
 * `http_requests:burnrate<window>`, labelled with `slo` and the total's equality matchers). Pyrra
 * derives its alert windows from the period (5m, 30m, 1h, 2h, 6h, 1d, 4d for 28d); here they are
 * the windows the gate needs on this short period, and "partial" lacks the longest one.
 */
const pyrraSpec = (name: string, service: string): string =>
  [
    'apiVersion: pyrra.dev/v1alpha1',
    'kind: ServiceLevelObjective',
    `metadata: { name: ${name} }`,
    'spec:',
    '  target: "99.9"',
    `  window: ${WINDOW}`,
    '  indicator:',
    '    ratio:',
    `      errors: { metric: 'http_requests_total{service="${service}",status=~"5.."}' }`,
    `      total: { metric: 'http_requests_total{service="${service}"}' }`
  ].join('\n')
const pyrraSlos = parseSloDocuments(
  [pyrraSpec('checkout', 'warning'), pyrraSpec('partial', 'caution')].join('\n---\n'),
  'pyrra.yaml',
  () => ''
)
const pyrraRuleFile = path.join(dir, 'pyrra-rules.yml')
const pyrraRules = (): string => {
  const lines = ['groups:']
  for (const [slo, service] of [
    [pyrraSlos[0], 'warning'],
    [pyrraSlos[1], 'caution']
  ] as const) {
    const total = `http_requests_total{service="${service}"}`
    const errors = `http_requests_total{service="${service}",status=~"5.."}`
    const labels = [
      '        labels:',
      `          slo: ${slo.name}`,
      `          service: ${service}`
    ]
    lines.push(
      `  - name: ${slo.name}-increase`,
      `    interval: ${INTERVAL}`,
      '    rules:',
      `      - record: http_requests:increase${WINDOW}`,
      `        expr: ${JSON.stringify(`sum by (status) (increase(${total}[${WINDOW}]))`)}`,
      ...labels,
      `  - name: ${slo.name}`,
      `    interval: ${INTERVAL}`,
      '    rules:'
    )
    const windows = windowsFor(slo).filter(w => w !== WINDOW)
    for (const w of slo.name === 'partial' ? windows.slice(0, -1) : windows)
      lines.push(
        `      - record: http_requests:burnrate${w}`,
        `        expr: ${JSON.stringify(`sum(rate(${errors}[${w}])) / sum(rate(${total}[${w}]))`)}`,
        ...labels
      )
  }
  return lines.join('\n') + '\n'
}

let prometheus: RunningPrometheus

/** The engine's own client, recording every query it sends and at what time or over what range. */
function recording(
  client: Required<QueryClient>
): QueryClient & { asked: [string, (Date | QueryRange)?][] } {
  const asked: [string, (Date | QueryRange)?][] = []
  return {
    asked,
    queryScalar: (query, time) => (asked.push([query, time]), client.queryScalar(query, time)),
    queryVector: (query, time) => (asked.push([query, time]), client.queryVector(query, time)),
    queryRange: (query, range) => (asked.push([query, range]), client.queryRange(query, range))
  }
}

async function gate(
  source: string,
  specs: SloSpec[],
  inputs: Record<string, string> = {}
): Promise<{ result: GateResult; samples: number }> {
  const values: Record<string, string> = {
    prometheus_url: prometheus.url,
    evaluation_time: String(endTime),
    ...inputs
  }
  const config = readGateConfig(
    name => values[name] ?? '',
    specs.map(s => ({ ...s, querySource: source as SloSpec['querySource'] }))
  )
  const client = new PrometheusClient(config.prometheus)
  const recorder = recording(client)
  try {
    const result = await evaluateGate(config, { client: recorder })
    let samples = 0
    for (const [query, time] of recorder.asked)
      samples += await samplesTouched(prometheus.url, query, time)
    return { result, samples }
  } finally {
    client.close()
  }
}

beforeAll(async () => {
  const started = Date.now()
  const data = path.join(dir, 'data.om.txt')
  const dataDir = path.join(dir, 'data')
  writeManySeries(data, {
    services: LEVELS.map(([service]) => service),
    instances: INSTANCES,
    stepSeconds: 120,
    days: DAYS,
    endTime
  })
  await backfillOpenMetrics(data, dataDir)
  fs.rmSync(data)
  const series = LEVELS.length * INSTANCES * 2
  const ready = { query: 'count(http_requests_total)', value: series, time: endTime }
  const raw = await startPrometheus({ dataDir, ready })
  fs.writeFileSync(ruleFile, renderRuleFile(slos, { interval: INTERVAL, alerts: true }))
  const blocks = path.join(dir, 'rule-blocks')
  try {
    await backfillRules({
      url: raw.url,
      ruleFile,
      outputDir: blocks,
      start: RULES_SINCE,
      // promtool stops before --end: one interval more, so that the rules are evaluated at the
      // data's last instant too, as a running Prometheus would.
      end: endTime + parseDuration(INTERVAL)
    })
    fs.writeFileSync(slothRuleFile, slothRules())
    await backfillRules({
      url: raw.url,
      ruleFile: slothRuleFile,
      outputDir: blocks,
      start: RULES_SINCE,
      end: endTime + parseDuration(INTERVAL)
    })
    fs.writeFileSync(pyrraRuleFile, pyrraRules())
    await backfillRules({
      url: raw.url,
      ruleFile: pyrraRuleFile,
      outputDir: blocks,
      start: RULES_SINCE,
      end: endTime + parseDuration(INTERVAL)
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
  noteTiming(`rules test data: ${series} series, ready in ${Date.now() - started} ms`)
}, 180000)

afterAll(async () => {
  await prometheus?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('error-budget rules, backfilled and read', () => {
  it('writes a rule file that promtool accepts (recording rules and burn-rate alerts)', async () => {
    const { stdout } = await run('promtool', ['check', 'rules', ruleFile])
    expect(stdout).toMatch(new RegExp(`SUCCESS: ${slos.length * 4} rules found`))
  })

  it.each(LEVELS)(
    '%s: rules and auto give %s with the figures of raw, from a small fraction of the samples',
    async (service, status) => {
      // Recorded series lag by up to one evaluation interval (promtool picks its own offset:
      // 2-5 min before the end here), so a 2 % burst in the last hour counts up to 5 minutes short
      // over a 1d window: at most 6.9 points, and a tenth of the 1h burn. Constant error ratios
      // agree exactly; over 30d at 1m the lag is worth a few hundredths of a point.
      const tolerance = service === 'fastburn' ? 7.5 : 0.1
      const slo = sloOf(service)
      const raw = await gate('raw', [slo])
      const rules = await gate('rules', [slo])
      const auto = await gate('auto', [slo])
      const expected = remainingFor(expectedErrorRatio(service, parseDuration(WINDOW)))
      expect(raw.result.status).toBe(status)
      expect(raw.result.worst.querySource).toBe('raw')
      expect(raw.result.worst.budgetRemaining).toBeCloseTo(expected, 1)
      for (const other of [rules, auto]) {
        expect(other.result.status).toBe(status)
        expect(other.result.worst.querySource).toBe('rules')
        expect(other.result.warnings).toEqual([])
        expect(
          Math.abs(other.result.worst.budgetRemaining! - raw.result.worst.budgetRemaining!)
        ).toBeLessThanOrEqual(tolerance)
        for (const w of other.result.worst.windows) {
          const rawBurn = raw.result.worst.windows.find(r => r.window === w.window)!.burnRate!
          expect(Math.abs(w.burnRate! - rawBurn)).toBeLessThanOrEqual(
            service === 'fastburn' ? Math.max(0.05, rawBurn * 0.1) : Math.max(0.02, rawBurn * 0.02)
          )
        }
        expect(other.samples).toBeLessThan(raw.samples * 0.15)
      }
    }
  )

  it('forecasts a blocked SLO read from rules as from raw series, to the step', async () => {
    const forecastOf = async (source: string) => {
      const config = readGateConfig(
        name => ({ prometheus_url: prometheus.url, evaluation_time: String(endTime) })[name] ?? '',
        [{ ...sloOf('warning'), querySource: source as SloSpec['querySource'] }]
      )
      const client = new PrometheusClient(config.prometheus)
      try {
        const result = await evaluateGate(config, { client })
        const forecast = result.worst.forecast
        if (!isForecast(forecast)) throw new Error(`${source}: ${forecast?.unavailable}`)
        return { source: result.worst.querySource, forecast }
      } finally {
        client.close()
      }
    }
    const [raw, rules] = [await forecastOf('raw'), await forecastOf('rules')]
    expect([raw.source, rules.source]).toEqual(['raw', 'rules'])
    expect(rules.forecast.atCurrentBurn.at).toBe('never')
    const stop = (f: typeof raw) => (f.forecast.ifErrorsStop.at as Date).getTime()
    expect(Math.abs(stop(rules) - stop(raw))).toBeLessThanOrEqual(3600_000)
  })

  it("a Sloth SLO reads Sloth's own recording rules (rules and auto), with the figures of raw", async () => {
    expect(slothSlo.slothId).toBe('shop-caution')
    const raw = await gate('raw', [slothSlo])
    expect(raw.result.status).toBe('CAUTION')
    for (const source of ['rules', 'auto']) {
      const sloth = await gate(source, [slothSlo])
      expect([sloth.result.status, sloth.result.worst.error]).toEqual(['CAUTION', undefined])
      expect(sloth.result.worst.querySource).toBe('sloth')
      expect(
        Math.abs(sloth.result.worst.budgetRemaining! - raw.result.worst.budgetRemaining!)
      ).toBeLessThanOrEqual(0.1)
      expect(sloth.samples).toBeLessThan(raw.samples * 0.15)
    }
  })

  it("a Pyrra SLO reads Pyrra's own recording rules (rules and auto), with the figures of raw", async () => {
    const [checkout] = pyrraSlos
    expect(checkout.pyrra).toEqual({
      totalMetric: 'http_requests_total',
      errorsMetric: 'http_requests_total',
      errorMatchers: ['status=~"5.."'],
      totalLabels: ['service="warning"']
    })
    await run('promtool', ['check', 'rules', pyrraRuleFile])
    const raw = await gate('raw', [checkout])
    expect(raw.result.status).toBe('FREEZE')
    for (const source of ['rules', 'auto']) {
      const pyrra = await gate(source, [checkout])
      expect([pyrra.result.status, pyrra.result.worst.error]).toEqual(['FREEZE', undefined])
      expect(pyrra.result.worst.querySource).toBe('pyrra')
      expect(pyrra.result.warnings).toEqual([])
      expect(
        Math.abs(pyrra.result.worst.budgetRemaining! - raw.result.worst.budgetRemaining!)
      ).toBeLessThanOrEqual(0.1)
      for (const w of pyrra.result.worst.windows) {
        const rawBurn = raw.result.worst.windows.find(r => r.window === w.window)!.burnRate!
        expect(Math.abs(w.burnRate! - rawBurn)).toBeLessThanOrEqual(Math.max(0.02, rawBurn * 0.02))
      }
      expect(pyrra.samples).toBeLessThan(raw.samples * 0.15)
    }
  })

  it("a same-named Pyrra SLO over other series never reads checkout's recorded series", async () => {
    // Another team's "checkout" (or this one before its selector changed) counts the caution
    // service: Pyrra's checkout series carry service="warning" and are not its figures.
    const [other] = parseSloDocuments(pyrraSpec('checkout', 'caution'), 'pyrra.yaml', () => '')
    const auto = await gate('auto', [other])
    // The caution service read raw, as "partial" below (the 1d window's own burn factors).
    expect([auto.result.status, auto.result.worst.querySource]).toEqual(['WARNING', 'raw'])
    const rules = await gate('rules', [other])
    expect(rules.result.status).toBe('ERROR')
    expect(rules.result.worst.error).toMatch(/no recorded series for this SLO/)
  })

  it('a Pyrra SLO whose rules lack a window the gate needs: auto reads raw, rules is ERROR', async () => {
    const partial = pyrraSlos[1]
    const auto = await gate('auto', [partial, pyrraSlos[0]])
    expect(auto.result.slos.map(s => [s.name, s.status, s.querySource])).toEqual([
      ['checkout', 'FREEZE', 'pyrra'],
      ['partial', 'WARNING', 'raw']
    ])
    expect(auto.result.warnings.join('\n')).toMatch(
      /partial: Pyrra's recording rules lack burn-rate windows the gate needs \(it needs 1h, 5m, 6h, 30m;.*raw queries used/
    )
    const rules = await gate('rules', [partial])
    expect(rules.result.status).toBe('ERROR')
    expect(rules.result.worst.error).toMatch(
      /query_source rules: Pyrra's recording rules lack burn-rate windows the gate needs/
    )
  })

  it('the coverage check reads one point, not the window again', async () => {
    const slo = sloOf('healthy')
    const start = endTime - parseDuration(WINDOW)
    const point = await samplesTouched(
      prometheus.url,
      coveragePointQuery(slo.totalQuery),
      new Date((start + 3600) * 1000)
    )
    // What the gate reads of the window anyway (Prometheus 2.42 does not count subquery samples,
    // so the old probe's own scan cannot be measured the same way).
    const window = await samplesTouched(
      prometheus.url,
      expandQuery(slo.totalQuery, WINDOW),
      new Date(endTime * 1000)
    )
    expect(point).toBeGreaterThan(0)
    expect(point).toBeLessThan(window / 15)
  })

  it('rules that do not cover the window: auto reads raw and says so; rules is ERROR and says how far back they go', async () => {
    const long = { ...sloOf('healthy'), window: '2d' }
    const auto = await gate('auto', [long])
    expect(auto.result.worst.querySource).toBe('raw')
    expect(auto.result.warnings.join('\n')).toMatch(
      /healthy: its recorded series go back only to .* \(1\.\d days of the 2d window\); raw queries used until they cover it \(backfill them with "promtool tsdb create-blocks-from rules"/
    )
    const rules = await gate('rules', [long])
    expect(rules.result.status).toBe('ERROR')
    expect(rules.result.canDeploy).toBe(false)
    expect(rules.result.worst.error).toMatch(
      /query_source rules: its recorded series go back only to .*; backfill them with "promtool tsdb create-blocks-from rules"/
    )
  })

  it('an SLO without recorded series: auto reads raw, rules is ERROR naming the command', async () => {
    const other = { ...sloOf('warning'), name: 'not-recorded' }
    const auto = await gate('auto', [other, sloOf('healthy')])
    expect(auto.result.slos.map(s => [s.name, s.status, s.querySource])).toEqual([
      ['not-recorded', 'WARNING', 'raw'],
      ['healthy', 'NORMAL', 'rules']
    ])
    const rules = await gate('rules', [other])
    expect(rules.result.status).toBe('ERROR')
    expect(rules.result.worst.error).toMatch(
      /no recorded series for this SLO; generate them with "error-budget rules"/
    )
  })
})

describe('a raw query the server refuses for its size or time', () => {
  let proxy: TestProxy
  afterEach(async () => proxy?.close())

  it.each([
    [
      422,
      'execution',
      'query processing would load too many samples into memory in query execution'
    ],
    [503, 'timeout', 'query timed out in expression evaluation']
  ])('HTTP %d %s: ERROR that names the limit and the remedy', async (status, type, text) => {
    proxy = await startProxy({ target: prometheus.url })
    const body = JSON.stringify({ status: 'error', errorType: type, error: text })
    // Both batched requests of the SLO are refused; the coverage check still answers.
    proxy.faults.push({ status, body }, { status, body })
    const { result } = await gate('raw', [sloOf('healthy')], { prometheus_url: proxy.url })
    expect(result.status).toBe('ERROR')
    expect(result.canDeploy).toBe(false)
    expect(result.worst.error).toContain(text)
    expect(result.worst.error).toMatch(
      /the raw query exceeds .*read recording rules instead: generate them with "error-budget rules --config-file <your SLO file> > rules.yml" \(or this run's SLO flags\), load rules.yml into Prometheus, backfill them with "promtool tsdb create-blocks-from rules" and keep query_source auto/
    )
    // Refusals for size are final: no retry of the same query.
    expect(proxy.requests.filter(r => r.body.includes('label_replace'))).toHaveLength(2)
  })
})
