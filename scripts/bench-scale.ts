/**
 * `npm run bench:scale`: issue 26's measurement, reduced to what the project keeps. 2,000 series
 * of realistic counters (`http_requests_total{service,instance,method,route,status}`: 50
 * instances × 2 methods × 5 routes × 4 statuses) × 31 days at 60 s, each instance restarting
 * every 2-5 days, an exact 5xx share (0.04 %: 60.00 % of a 99.9 % budget left, known in
 * advance). It builds the data, backfills the rules `error-budget rules` generates with promtool
 * (as docs/recording-rules.md says), and prints raw against rules: wall time, requests, samples
 * and Prometheus time (of the coverage probe and of the figures), and the figures against the
 * expected ones. Exits 1 when a check fails, so that a regression shows. Not part of npm test.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { readGateConfig } from '../src/engine/config.js'
import { evaluateGate } from '../src/engine/evaluate.js'
import type { GateResult } from '../src/engine/result.js'
import { renderRuleFile } from '../src/engine/rule-file.js'
import { expandQuery } from '../src/engine/rules.js'
import { sloFromInputs, type SloSpec } from '../src/engine/slo.js'
import type { QueryClient, QueryRange } from '../src/prometheus/api.js'
import { PrometheusClient } from '../src/prometheus/client.js'
import { remainingFor } from '../test/helpers/evaluate.js'
import {
  backfillOpenMetrics,
  evaluationCost,
  queryCost,
  writeSeries,
  type QueryCost,
  type SeriesShape
} from '../test/helpers/many-series.js'
import { startPrometheus, type RunningPrometheus } from '../test/helpers/prometheus.js'
import { modelErrorRatio } from '../test/helpers/scenarios.js'

const run = promisify(execFile)
/** Smaller runs for a quick look: BENCH_SCALE_DAYS, BENCH_SCALE_INSTANCES. */
const DAYS = Number(process.env.BENCH_SCALE_DAYS ?? 31)
/** The SLO window; the data reaches a day further back for the rules' first rates. */
const WINDOW_DAYS = DAYS - 1
const STEP = 60
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const ERROR_SHARE = 0.0004
/** The checks of issue 26's "done when". */
const MAX_POINTS_FROM_RAW = 0.05

const instances = Array.from(
  { length: Number(process.env.BENCH_SCALE_INSTANCES ?? 50) },
  (_, i) => `10.0.${Math.floor(i / 10)}.${i % 10}:8080`
)
const shards = instances.flatMap(instance =>
  ['GET', 'POST'].flatMap(method =>
    ['/', '/cart', '/checkout', '/orders', '/search'].map(
      route => `instance="${instance}",method="${method}",route="${route}"`
    )
  )
)
/** 5,000 requests a minute per instance, method and route: whole counts per status and scrape. */
const model = { errorRatioAt: () => ERROR_SHARE, requestsPerSecond: (5000 * 500) / 60 }

/** Each instance restarts every 2-5 days (a fixed pseudo-random sequence): its counters reset. */
function restarts(shard: number, steps: number): Set<number> {
  let seed = 1 + Math.floor(shard / 10)
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647
  const at = new Set<number>()
  for (let i = Math.floor(next() * 2 * 1440); i < steps; i += Math.floor((2 + 3 * next()) * 1440))
    at.add(i)
  return at
}

const shape: SeriesShape = {
  service: 'checkout',
  model,
  shards,
  good: ['200', '404'],
  bad: ['500', '503'],
  stepSeconds: STEP,
  restarts
}

const inputs = {
  error_query: 'sum(increase(http_requests_total{service="checkout",status=~"5.."}[{{window}}]))',
  total_query: 'sum(increase(http_requests_total{service="checkout"}[{{window}}]))'
}
const slo: SloSpec = sloFromInputs(
  name => (({ ...inputs, time_window: `${WINDOW_DAYS}d` }) as Record<string, string>)[name] ?? '',
  'checkout'
)

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const n = (value: number): string => Math.round(value).toLocaleString('en')

/** Runs a command under /usr/bin/time when it exists: wall time and peak memory. */
async function measured(command: string, args: string[]): Promise<{ ms: number; peakMb?: number }> {
  const started = Date.now()
  if (!fs.existsSync('/usr/bin/time')) {
    await run(command, args, { maxBuffer: 64 * 1024 * 1024 })
    return { ms: Date.now() - started }
  }
  const { stderr } = await run('/usr/bin/time', ['-f', 'peak-kb %M', command, ...args], {
    maxBuffer: 64 * 1024 * 1024
  })
  const kb = Number(/peak-kb (\d+)/.exec(stderr)?.[1])
  return { ms: Date.now() - started, peakMb: kb / 1024 }
}

interface Sent {
  query: string
  at?: Date | QueryRange
}

/** The engine's client, recording every request (instant at a time, or a range). */
function recording(client: PrometheusClient): QueryClient & { sent: Sent[] } {
  const sent: Sent[] = []
  return {
    sent,
    queryScalar: (query, time, signal) => (
      sent.push({ query, at: time }),
      client.queryScalar(query, time, signal)
    ),
    queryVector: (query, time, signal) => (
      sent.push({ query, at: time }),
      client.queryVector(query, time, signal)
    ),
    queryRange: (query, range, signal) => (
      sent.push({ query, at: range }),
      client.queryRange(query, range, signal)
    )
  }
}

interface Measured {
  result: GateResult
  wallMs: number
  probe: QueryCost
  figures: QueryCost
  requests: number
}

/** Median wall time of RUNS evaluations; then what each request of the last one cost. */
async function measure(prometheus: RunningPrometheus, source: 'raw' | 'rules', endTime: number) {
  const values: Record<string, string> = {
    prometheus_url: prometheus.url,
    evaluation_time: String(endTime),
    prometheus_timeout: '120',
    chart: 'false'
  }
  const config = readGateConfig(name => values[name] ?? '', [{ ...slo, querySource: source }])
  const walls: number[] = []
  let last: { result: GateResult; sent: Sent[] } | undefined
  for (let i = 0; i < RUNS; i++) {
    const client = new PrometheusClient(config.prometheus)
    const recorder = recording(client)
    const started = performance.now()
    const result = await evaluateGate(config, { client: recorder })
    walls.push(performance.now() - started)
    client.close()
    last = { result, sent: recorder.sent }
  }
  const { probe, figures } = await evaluationCost(prometheus.url, last!.sent, endTime)
  const wallMs = [...walls].sort((a, b) => a - b)[Math.floor(walls.length / 2)]
  return { result: last!.result, wallMs, probe, figures, requests: last!.result.requestCount }
}

async function main(): Promise<number> {
  const endTime = Math.floor(Date.now() / 3600000) * 3600
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-bench-scale-'))
  const dataDir = path.join(dir, 'data')
  let prometheus: RunningPrometheus | undefined
  try {
    let mark = Date.now()
    // Two files, backfilled at once: promtool parses one line at a time, on one core.
    const parts = [0, 1].map(part => path.join(dir, `data-${part}.om.txt`))
    let series = 0
    let samples = 0
    parts.forEach((file, part) => {
      const written = writeSeries(file, [shape], { days: DAYS, endTime, part, parts: 2 })
      series += written.series
      samples += written.samples
    })
    const writeMs = Date.now() - mark
    mark = Date.now()
    await Promise.all(parts.map((file, i) => backfillOpenMetrics(file, `${dataDir}-${i}`)))
    fs.mkdirSync(dataDir)
    for (const [i] of parts.entries())
      for (const block of fs.readdirSync(`${dataDir}-${i}`))
        fs.renameSync(path.join(`${dataDir}-${i}`, block), path.join(dataDir, block))
    parts.forEach(file => fs.rmSync(file))
    const backfillMs = Date.now() - mark
    console.log(
      `\nbench:scale: ${n(series)} series × ${DAYS} days at ${STEP} s (${(samples / 1e6).toFixed(1)} M samples), counters restarting every 2-5 days, ${ERROR_SHARE * 100} % errors; written in ${seconds(writeMs)}, backfilled in ${seconds(backfillMs)}`
    )
    const ready = { query: 'count(http_requests_total)', value: series, time: endTime }
    prometheus = await startPrometheus({ dataDir, ready })

    // The bare query pair over the window, as a user would send it.
    const bare = { samples: 0, evalMs: 0 }
    for (const query of [slo.errorQuery, slo.totalQuery]) {
      const at = new Date(endTime * 1000)
      const cost = await queryCost(prometheus.url, expandQuery(query, slo.window), at)
      bare.samples += cost.samples
      bare.evalMs += cost.evalMs
    }

    // The rules, backfilled over 31 days as the docs say.
    const ruleFile = path.join(dir, 'rules.yml')
    fs.writeFileSync(ruleFile, renderRuleFile([slo], { interval: '1m', alerts: false }))
    const blocks = path.join(dir, 'rule-blocks')
    const rules = await measured('promtool', [
      'tsdb',
      'create-blocks-from',
      'rules',
      `--url=${prometheus.url}`,
      `--start=${endTime - DAYS * 86400}`,
      `--end=${endTime + 60}`,
      `--output-dir=${blocks}`,
      ruleFile
    ])
    console.log(
      `rules backfill (promtool tsdb create-blocks-from rules, 2 rules at 1m, ${DAYS} days): ${seconds(rules.ms)}${rules.peakMb ? `, ${n(rules.peakMb)} MB peak` : ''}`
    )
    await prometheus.stop()
    for (const block of fs.readdirSync(blocks))
      fs.renameSync(path.join(blocks, block), path.join(dataDir, block))
    prometheus = await startPrometheus({
      dataDir,
      ready: { query: 'count(ebg_slo:total:rate5m)', value: 1, time: endTime }
    })

    const expected = remainingFor(modelErrorRatio(model, WINDOW_DAYS * 86400))
    const raw = await measure(prometheus, 'raw', endTime)
    const ruled = await measure(prometheus, 'rules', endTime)
    const rows: [string, Measured][] = [
      ['raw', raw],
      ['rules', ruled]
    ]
    console.log(
      `\nbare ${slo.window} query pair: ${n(bare.samples)} samples, ${bare.evalMs.toFixed(1)} ms of Prometheus time\n`
    )
    console.log(
      '| source | status | budget left | wall time (median) | requests | probe samples | probe Prometheus time | figures samples | figures Prometheus time |\n|---|---|---:|---:|---:|---:|---:|---:|---:|'
    )
    for (const [name, m] of rows)
      console.log(
        `| ${name} | ${m.result.status}/${m.result.worst.querySource} | ${m.result.worst.budgetRemaining?.toFixed(4)} % | ${m.wallMs.toFixed(0)} ms | ${m.requests} | ${n(m.probe.samples)} | ${m.probe.evalMs.toFixed(1)} ms | ${n(m.figures.samples)} | ${m.figures.evalMs.toFixed(1)} ms |`
      )
    const left = (m: Measured): number => m.result.worst.budgetRemaining ?? NaN
    const checks: [string, boolean][] = [
      [
        `rules are read (query_source rules: ${ruled.result.worst.querySource}, no error)`,
        ruled.result.worst.querySource === 'rules' && ruled.result.worst.error === undefined
      ],
      [
        `the rules' probe touches no more samples than their figures (${n(ruled.probe.samples)} <= ${n(ruled.figures.samples)})`,
        ruled.probe.samples <= ruled.figures.samples
      ],
      [
        `rules agree with raw within ${MAX_POINTS_FROM_RAW} points of budget (${Math.abs(left(ruled) - left(raw)).toFixed(4)})`,
        Math.abs(left(ruled) - left(raw)) <= MAX_POINTS_FROM_RAW
      ],
      [
        `raw agrees with the expected ${expected.toFixed(2)} % within ${MAX_POINTS_FROM_RAW} points (${Math.abs(left(raw) - expected).toFixed(4)})`,
        Math.abs(left(raw) - expected) <= MAX_POINTS_FROM_RAW
      ],
      [
        `rules agree with the expected ${expected.toFixed(2)} % within ${MAX_POINTS_FROM_RAW} points (${Math.abs(left(ruled) - expected).toFixed(4)})`,
        Math.abs(left(ruled) - expected) <= MAX_POINTS_FROM_RAW
      ]
    ]
    console.log('')
    for (const [check, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${check}`)
    return checks.every(([, ok]) => ok) ? 0 : 1
  } finally {
    await prometheus?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main()
  .then(code => process.exit(code))
  .catch(error => {
    console.error(error)
    process.exit(1)
  })
