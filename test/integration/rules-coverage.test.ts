/**
 * What the recorded series cover, against the real Prometheus: raw data written from models,
 * the rules `error-budget rules` generates, backfilled with promtool as the docs say, and the
 * gate reading them. A gap in the recorded series is doubt, never the average; rules that stopped
 * are told; rules for a 30-minute scrape interval record series the gate reads; a query's
 * characters reach the recorded expression unchanged.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readGateConfig } from '../../src/engine/config.js'
import { evaluateGate } from '../../src/engine/evaluate.js'
import type { GateResult } from '../../src/engine/result.js'
import { renderRuleFile } from '../../src/engine/rule-file.js'
import { sloFromInputs, type SloSpec } from '../../src/engine/slo.js'
import { parseSloDocuments } from '../../src/specs/index.js'
import type { QueryClient, QueryRange } from '../../src/prometheus/api.js'
import { PrometheusClient } from '../../src/prometheus/client.js'
import { remainingFor } from '../helpers/evaluate.js'
import {
  backfillOpenMetrics,
  backfillRules,
  samplesTouched,
  writeSeries,
  type SeriesShape
} from '../helpers/many-series.js'
import { startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js'
import { modelErrorRatio } from '../helpers/scenarios.js'

const HOUR = 3600
const DAY = 86400
const endTime = Math.floor(Date.now() / 3600000) * 3600
/** Recorded every 5m: promtool's time grows with the blocks and rules it evaluates. */
const INTERVAL = '5m'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-rules-coverage-'))

/** 0.01 % errors, and 50 % for the day from 36h to 12h before the end, when Prometheus was down. */
const outage = {
  errorRatioAt: (s: number) => (s >= 12 * HOUR && s < 36 * HOUR ? 0.5 : 0.0001)
}
const steady = { errorRatioAt: () => 0.0001 }
/** 0.06 % errors: 40 % of a 99.9 % budget left. */
const batch = { errorRatioAt: () => 0.0006 }
/** A label value with a NEL (U+0085): YAML 1.1 reads a raw one as a line break. */
const NEL_SERVICE = 'nel\u0085svc'

const shape = (service: string, model: SeriesShape['model'], step = 120): SeriesShape => ({
  service,
  model,
  shards: ['instance="a"', 'instance="b"'],
  good: ['200'],
  bad: ['500'],
  stepSeconds: step
})

const queries = (service: string) => ({
  error_query: `sum(increase(http_requests_total{service=${JSON.stringify(service)},status=~"5.."}[{{window}}]))`,
  total_query: `sum(increase(http_requests_total{service=${JSON.stringify(service)}}[{{window}}]))`
})
const sloOf = (name: string, service: string, window: string): SloSpec => {
  // The 30d burn factors on these short windows: the levels are those of the budget.
  const inputs: Record<string, string> = {
    ...queries(service),
    time_window: window,
    fast_burn_threshold: '14.4',
    slow_burn_threshold: '6'
  }
  return sloFromInputs(key => inputs[key] ?? '', name)
}
const outageSlo = sloOf('outage', 'outage', '2d')
const steadySlo = sloOf('steady', 'steady', '3d')
const nelSlo = sloOf('nel', NEL_SERVICE, '1d')
/** Scraped every 30 minutes, from our config format: its rate, tiers and burn window fit it. */
const [batchSlo] = parseSloDocuments(
  [
    'slos:',
    '  - name: batch',
    `    error_query: ${JSON.stringify(queries('batch').error_query)}`,
    `    total_query: ${JSON.stringify(queries('batch').total_query)}`,
    '    time_window: 3d',
    '    scrape_interval: 30m',
    '    burn_rate_window: 6h',
    '    burn_tiers:',
    '      - { long: 1d, short: 6h, factor: 6, escalate_to: WARNING }'
  ].join('\n'),
  'slos.yaml',
  () => ''
)

let prometheus: RunningPrometheus

/** The gate over one SLO at the data's end; `wrap` may record what its client is asked. */
async function gate(
  source: string,
  slo: SloSpec,
  wrap: (client: PrometheusClient) => QueryClient = client => client
): Promise<GateResult> {
  const values: Record<string, string> = {
    prometheus_url: prometheus.url,
    evaluation_time: String(endTime),
    // Neither the chart's nor the forecast's range queries: the range query is the probe.
    chart: 'false',
    forecast: 'false'
  }
  const config = readGateConfig(
    name => values[name] ?? '',
    [{ ...slo, querySource: source as SloSpec['querySource'] }]
  )
  const client = new PrometheusClient(config.prometheus)
  try {
    return await evaluateGate(config, { client: wrap(client) })
  } finally {
    client.close()
  }
}

beforeAll(async () => {
  const data = path.join(dir, 'data.om.txt')
  const dataDir = path.join(dir, 'data')
  const down = (t: number) => t > endTime - 36 * HOUR && t <= endTime - 12 * HOUR
  const written = writeSeries(
    data,
    [
      { ...shape('outage', outage), missing: down },
      shape('steady', steady),
      shape('batch', batch, 1800),
      shape(NEL_SERVICE, steady)
    ],
    { days: 4.5, endTime }
  )
  await backfillOpenMetrics(data, dataDir)
  const raw = await startPrometheus({
    dataDir,
    ready: { query: 'count(http_requests_total)', value: written.series, time: endTime }
  })
  const blocks = (name: string) => path.join(dir, `blocks-${name}`)
  // promtool stops before --end: one interval more, so that the rules are evaluated at the end.
  const end = endTime + 300
  const backfills: [string, SloSpec[], number, number][] = [
    ['outage', [outageSlo], endTime - 2 * DAY - 3 * HOUR, end],
    // The ruler went away two days ago.
    ['steady', [steadySlo], endTime - 4 * DAY, endTime - 2 * DAY],
    // The rules of a 30m scrape interval, and the default 5m ones beside them.
    ['batch', [batchSlo], endTime - 3 * DAY - 3 * HOUR, end],
    ['batch5m', [{ ...batchSlo, scrapeInterval: undefined }], endTime - 3 * DAY - 3 * HOUR, end],
    ['nel', [nelSlo], endTime - DAY - 3 * HOUR, end]
  ]
  try {
    await Promise.all(
      backfills.map(async ([name, slos, start, stop]) => {
        const ruleFile = path.join(dir, `${name}.yml`)
        fs.writeFileSync(ruleFile, renderRuleFile(slos, { interval: INTERVAL, alerts: false }))
        await backfillRules({ url: raw.url, ruleFile, outputDir: blocks(name), start, end: stop })
      })
    )
  } finally {
    await raw.stop()
  }
  for (const [name] of backfills)
    for (const block of fs.existsSync(blocks(name)) ? fs.readdirSync(blocks(name)) : [])
      fs.renameSync(path.join(blocks(name), block), path.join(dataDir, block))
  prometheus = await startPrometheus({
    dataDir,
    ready: {
      query: 'count(ebg_slo:total:rate5m) + count(ebg_slo:total:rate2h)',
      // outage, nel and the batch rate2h at the end; steady's rules stopped two days ago.
      value: 3,
      time: endTime
    }
  })
}, 240000)

afterAll(async () => {
  await prometheus?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('a gap in the recorded series is doubt, not the average', () => {
  it('a day without samples during a 50 % incident: raw says EXHAUSTED, auto reads raw and says why, rules is ERROR', async () => {
    const expected = remainingFor(modelErrorRatio(outage, 2 * DAY))
    const raw = await gate('raw', outageSlo)
    expect(raw.status).toBe('EXHAUSTED')
    expect(raw.worst.budgetRemaining!).toBeCloseTo(expected, -1)
    const auto = await gate('auto', outageSlo)
    expect(auto.status).toBe('EXHAUSTED')
    expect(auto.worst.querySource).toBe('raw')
    expect(auto.worst.budgetRemaining).toBe(raw.worst.budgetRemaining)
    const at = new Date((endTime - 36 * HOUR) * 1000).toISOString().replace('.000Z', '')
    expect(auto.warnings.join('\n')).toMatch(
      new RegExp(
        `outage: its recorded series have a gap of 2[45]\\.0 h at ${at}.*longer than their 5m rate window: the events in it are unknown; raw queries used until they cover it \\(backfill it with "promtool tsdb create-blocks-from rules --start \\d+ --end \\d+"`
      )
    )
    const rules = await gate('rules', outageSlo)
    expect(rules.status).toBe('ERROR')
    expect(rules.canDeploy).toBe(false)
    expect(rules.worst.error).toMatch(/^query_source rules: its recorded series have a gap of/)
  })

  it('rules that stopped two days ago: auto reads raw and says when they stopped, rules is ERROR', async () => {
    const auto = await gate('auto', steadySlo)
    expect([auto.status, auto.worst.querySource, auto.worst.error]).toEqual([
      'NORMAL',
      'raw',
      undefined
    ])
    const at = new Date((endTime - 2 * DAY) * 1000).toISOString().replace('.000Z', 'Z')
    expect(auto.warnings.join('\n')).toContain(
      `steady: its recorded series stop at ${at}, 48.0 h before the evaluation: their rules no longer run (is the rule file still loaded into Prometheus or the ruler?); raw queries used until they cover it (load the rule file into Prometheus again`
    )
    const rules = await gate('rules', steadySlo)
    expect(rules.status).toBe('ERROR')
    expect(rules.worst.error).toContain('query_source rules: its recorded series stop at')
  })
})

describe('rules for a 30-minute scrape interval', () => {
  it('the default 5m rate records nothing from series scraped every 30 minutes', async () => {
    const recorded = await fetch(
      `${prometheus.url}/api/v1/query?query=${encodeURIComponent('count_over_time(ebg_slo:total:rate5m{slo="batch"}[4d])')}&time=${endTime}`
    ).then(r => r.json() as Promise<{ data: { result: unknown[] } }>)
    expect(recorded.data.result).toEqual([])
  })

  it('rates over four scrapes record series the gate reads, with the figures of raw and of the model', async () => {
    expect(batchSlo.scrapeInterval).toBe('30m')
    const expected = remainingFor(modelErrorRatio(batch, 3 * DAY))
    const raw = await gate('raw', batchSlo)
    expect(raw.status).toBe('WARNING')
    expect(raw.worst.budgetRemaining!).toBeCloseTo(expected, 1)
    for (const source of ['rules', 'auto']) {
      const rules = await gate(source, batchSlo)
      expect([rules.status, rules.worst.querySource, rules.worst.error]).toEqual([
        'WARNING',
        'rules',
        undefined
      ])
      expect(rules.warnings.join('\n')).not.toMatch(/recorded|rate/)
      expect(Math.abs(rules.worst.budgetRemaining! - expected)).toBeLessThan(0.5)
    }
  })
})

describe('the characters of a query', () => {
  it('a NEL inside a label value reaches the recorded expression unchanged (YAML 1.1 would fold it)', async () => {
    const rules = await gate('rules', nelSlo)
    expect([rules.status, rules.worst.querySource, rules.worst.error]).toEqual([
      'NORMAL',
      'rules',
      undefined
    ])
    expect(rules.worst.budgetRemaining!).toBeCloseTo(remainingFor(0.0001), 0)
  })
})

describe('what the probe costs', () => {
  it('reads no more samples than the figures it proves', async () => {
    // The probe is one range query; the figures' queries are instant ones at the evaluation time.
    const asked: { query: string; at: Date | QueryRange }[] = []
    const result = await gate('rules', batchSlo, real => ({
      queryScalar: (query, time) => (
        asked.push({ query, at: time! }),
        real.queryScalar(query, time)
      ),
      queryVector: (query, time) => (
        asked.push({ query, at: time! }),
        real.queryVector(query, time)
      ),
      queryRange: (query, range) => (
        asked.push({ query, at: range }),
        real.queryRange(query, range)
      )
    }))
    expect(result.worst.querySource).toBe('rules')
    let probe = 0
    let figures = 0
    for (const { query, at } of asked) {
      const samples = await samplesTouched(prometheus.url, query, at)
      if (at instanceof Date) figures += samples
      else probe += samples
    }
    expect(probe).toBeGreaterThan(0)
    expect(probe).toBeLessThanOrEqual(figures)
  })
})
