/**
 * `npm run bench`: the action's wall time against the time of the bare Prometheus queries it
 * makes, on the local test Prometheus, for 1 SLO and then 1, 10 and 50 SLOs, each without and
 * with the burn-down chart (its range queries). Medians of runs. Then raw queries against
 * recording rules on a many-series data set it builds itself.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { limiter } from '../src/engine/concurrency.js'
import { batchQuery, planBatches, type QueryBatch } from '../src/engine/plan.js'
import { evaluateGate } from '../src/engine/evaluate.js'
import { expandQuery } from '../src/engine/rules.js'
import { readGateConfig, type GateConfig } from '../src/engine/config.js'
import type { SloSpec } from '../src/engine/slo.js'
import { queriesFingerprint } from '../src/engine/rules.js'
import { apiUrl } from '../src/prometheus/api.js'
import { PrometheusClient } from '../src/prometheus/client.js'
import { createTestPrometheus } from '../test/helpers/prometheus.js'
import { serviceQueries } from '../test/helpers/queries.js'
import { runAction } from '../test/helpers/run-action.js'
import {
  appendRecordedSeries,
  backfillOpenMetrics,
  evaluationCost,
  writeManySeries
} from '../test/helpers/many-series.js'
import { startPrometheus } from '../test/helpers/prometheus.js'
import { backtestBench } from './bench-backtest.js'
import type { QueryRange } from '../src/prometheus/api.js'
import { recordingClient, type SentQuery } from './recording-client.js'
import { verifyBench } from './bench-verify.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const SERVICES = [
  'healthy',
  'caution',
  'warning',
  'freeze',
  'exhausted',
  'recovering',
  'fastburn',
  'slowburn',
  'oldoutage'
]

async function median(task: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await task()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

/**
 * Without and with the chart, run in turns so that a loaded machine slows both alike: the medians
 * of each, and the median of the per-turn ratios (the added time).
 */
async function paired(
  without: () => Promise<unknown>,
  withChart: () => Promise<unknown>
): Promise<{ without: number; withChart: number; added: number }> {
  const a: number[] = []
  const b: number[] = []
  const time = async (task: () => Promise<unknown>): Promise<number> => {
    const started = performance.now()
    await task()
    return performance.now() - started
  }
  for (let i = 0; i < RUNS; i++) {
    a.push(await time(without))
    b.push(await time(withChart))
  }
  const mid = (values: number[]): number =>
    [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]
  return { without: mid(a), withChart: mid(b), added: mid(b.map((t, i) => t / a[i] - 1)) }
}

async function bareQuery(
  url: string,
  query: string,
  time: number,
  range?: QueryRange
): Promise<void> {
  const form = new URLSearchParams({ query, time: String(time) })
  if (range) {
    form.delete('time')
    form.set('start', String(range.start.getTime() / 1000))
    form.set('end', String(range.end.getTime() / 1000))
    form.set('step', String(range.stepSeconds))
  }
  const response = await fetch(apiUrl(url, range ? '/api/v1/query_range' : '/api/v1/query'), {
    method: 'POST',
    // Uncompressed, as the gate asks: fetch's default gzip would make the bare floor higher.
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Accept-Encoding': 'identity'
    },
    body: form
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`)
  await response.json()
}

/**
 * Every request one evaluation sends, in rounds: a request joins the round after the latest one
 * that had answered before it was sent (the source probe comes first, the rest wait for it).
 */
async function requestRounds(config: GateConfig): Promise<SentQuery[][]> {
  const { client, sent } = recordingClient(config)
  await evaluateGate(config, { client })
  client.close()
  const round = new Map<SentQuery, number>()
  for (const query of sent)
    round.set(
      query,
      Math.max(0, ...sent.filter(q => q.ended <= query.started).map(q => round.get(q)! + 1))
    )
  const rounds: SentQuery[][] = []
  for (const [query, n] of round) (rounds[n] ??= []).push(query)
  return rounds
}

/** N SLOs over the test services; a never-matching label keeps every SLO's queries distinct. */
function manySlos(template: SloSpec, count: number): SloSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const match = `service="${SERVICES[i % SERVICES.length]}",bench!="${i}"`
    return {
      ...template,
      name: `slo-${i}`,
      errorQuery: `sum(increase(http_requests_total{${match},status=~"5.."}[{{window}}]))`,
      totalQuery: `sum(increase(http_requests_total{${match}}[{{window}}]))`
    }
  })
}

const perWindow = (batches: QueryBatch[]): string[] =>
  batches.flatMap(b => b.windows.map(w => expandQuery(b.template, w)))

async function engine(config: GateConfig): Promise<void> {
  const client = new PrometheusClient(config.prometheus)
  await evaluateGate(config, { client })
  client.close()
}

const ms = (value: number): string => `${value.toFixed(1)} ms`

/** What the recovery forecast adds to an evaluation of 10 SLOs: requests and time, once they block. */
async function forecastCost(config: GateConfig): Promise<void> {
  const many = { ...config, chart: false, slos: manySlos(config.slos[0], 10) }
  const run = async (forecast: boolean) => {
    const client = new PrometheusClient(config.prometheus)
    const result = await evaluateGate({ ...many, forecast }, { client })
    client.close()
    return result
  }
  const [off, on] = [await run(false), await run(true)]
  const blocking = on.slos.filter(s => s.blocks).length
  const cost = await paired(
    () => run(false),
    () => run(true)
  )
  console.log(
    `\nRecovery forecast, 10 SLOs of which ${blocking} block: ${off.requestCount} requests without it, ${on.requestCount} with it; ${ms(cost.without)} against ${ms(cost.withChart)} ${added(cost.added)}`
  )
}
const added = (share: number): string => `(${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)} %)`

async function main(): Promise<void> {
  const prometheus = await createTestPrometheus()
  const bare = (queries: string[], limit: number) =>
    median(() => {
      const slots = limiter(limit)
      return Promise.all(
        queries.map(q => slots(() => bareQuery(prometheus.url, q, prometheus.endTime)))
      )
    })
  try {
    const inputs: Record<string, string> = {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      ...serviceQueries('healthy')
    }
    const config = readGateConfig(name => inputs[name] ?? '')
    const noChart = { ...config, chart: false }
    const batches = planBatches(config.slos)
    const requests = batches.map(batchQuery)
    const windows = perWindow(batches)

    // Warm up Prometheus, the engine's connection pool and fetch's, so the first row is fair.
    await engine(config)
    await engine(noChart)
    await bare(requests, 8)
    const emptyScript = path.join(os.tmpdir(), 'ebg-bench-empty.mjs')
    fs.writeFileSync(emptyScript, '')
    const inProcess = await paired(
      () => engine(noChart),
      () => engine(config)
    )
    const action = await paired(
      () => runAction({ inputs: { ...inputs, chart: 'false' } }),
      () => runAction({ inputs })
    )
    // What the action sends, replayed bare in its rounds: the goal compares against these.
    const replay = async (chart: boolean) => {
      const rounds = await requestRounds({ ...config, chart })
      const time = await median(async () => {
        for (const round of rounds)
          await Promise.all(
            round.map(q =>
              bareQuery(prometheus.url, q.promql, (q.time ?? new Date()).getTime() / 1000, q.range)
            )
          )
      })
      const count = rounds.flat().length
      return { time, label: `${count} requests in ${rounds.length} rounds` }
    }
    const sent = await replay(false)
    const sentWithChart = await replay(true)
    const emptyNode = await median(() => runAction({ inputs: {}, entry: emptyScript }))
    const rows: [string, number][] = [
      [
        `bare: the gate's ${requests.length} requests (all windows each), at once`,
        await bare(requests, 8)
      ],
      [`bare: what the action sends, chart: false (${sent.label})`, sent.time],
      [`bare: what the action sends, with the chart (${sentWithChart.label})`, sentWithChart.time],
      [`bare: ${windows.length} one-window queries, at once`, await bare(windows, 8)],
      [`bare: ${windows.length} one-window queries, one after another`, await bare(windows, 1)],
      ['gate engine in-process (evaluateGate), chart: false', inProcess.without],
      [`gate engine in-process, with the chart ${added(inProcess.added)}`, inProcess.withChart],
      ['bundled action, whole process (dist/index.js), chart: false', action.without],
      [`bundled action, whole process, with the chart ${added(action.added)}`, action.withChart],
      ['  of which: starting an empty node process', emptyNode]
    ]
    console.log(`\nerror-budget-gate bench: 1 SLO, 5 windows, median of ${RUNS} runs\n`)
    for (const [label, value] of rows) console.log(`${label.padEnd(72)} ${ms(value).padStart(10)}`)
    // Issue 20's bound: the action's own overhead (@actions/core, @actions/github, node-fetch),
    // beside node's start and its bare requests.
    for (const [name, wall, queries] of [
      ['chart: false', action.without, sent.time],
      ['with the chart', action.withChart, sentWithChart.time]
    ] as const) {
      const goal = emptyNode + queries + 150
      const verdict = wall <= goal ? 'met' : 'NOT met'
      console.log(
        `goal, ${name}: action ${ms(wall)} <= node start + bare + 150 ms = ${ms(goal)}: ${verdict} (own overhead ${ms(wall - emptyNode - queries)})`
      )
    }

    console.log(
      `\nSeveral SLOs, distinct queries each, max_concurrency ${config.maxConcurrency}, median of ${RUNS} runs\n`
    )
    console.log(
      [
        'SLOs'.padEnd(6),
        'requests'.padStart(9),
        'bare requests'.padStart(15),
        'gate engine'.padStart(13),
        'per SLO'.padStart(10),
        'unbatched bare'.padStart(16),
        'with chart'.padStart(13),
        'added'.padStart(9)
      ].join('')
    )
    for (const count of [1, 10, 50]) {
      // The decision's queries, as the bare column sends them; the forecast is measured below.
      const many = { ...noChart, forecast: false, slos: manySlos(config.slos[0], count) }
      const manyBatches = planBatches(many.slos)
      const bareTime = await bare(manyBatches.map(batchQuery), config.maxConcurrency)
      const chart = await paired(
        () => engine(many),
        () => engine({ ...many, chart: true })
      )
      const unbatched = await bare(perWindow(manyBatches), config.maxConcurrency)
      console.log(
        [
          String(count).padEnd(6),
          String(manyBatches.length).padStart(9),
          ms(bareTime).padStart(15),
          ms(chart.without).padStart(13),
          ms(chart.without / count).padStart(10),
          ms(unbatched).padStart(16),
          ms(chart.withChart).padStart(13),
          added(chart.added).padStart(10)
        ].join('')
      )
    }
    await forecastCost(noChart)
    await verifyBench(prometheus, serviceQueries('healthy'))
  } finally {
    await prometheus.stop()
  }
}

/** Production-shaped: hundreds of series, 1-minute samples, 31 days. */
const MANY = { services: ['healthy', 'warning'], instances: 50, stepSeconds: 60, days: 31 }
/** Recorded every 5m (error-budget rules --interval 5m). */
const RULE_STEP = 300

async function rulesBench(): Promise<void> {
  const endTime = Math.floor(Date.now() / 3600000) * 3600
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-bench-many-'))
  const file = path.join(dir, 'data.om.txt')
  const counts = [1, 10, 50]
  // A never-matching label keeps every SLO's raw queries distinct, as real SLOs are.
  const queriesOf = (service: string, i: number) => ({
    errorQuery: `sum(increase(http_requests_total{service="${service}",bench!="${i}",status=~"5.."}[{{window}}]))`,
    totalQuery: `sum(increase(http_requests_total{service="${service}",bench!="${i}"}[{{window}}]))`
  })
  const sloNames = Array.from({ length: 50 }, (_, i) => {
    const service = MANY.services[i % MANY.services.length]
    return { name: `slo-${i}`, service, fingerprint: queriesFingerprint(queriesOf(service, i)) }
  })
  const mark = Date.now()
  const raw = writeManySeries(file, { ...MANY, endTime })
  const recorded = appendRecordedSeries(file, {
    slos: sloNames,
    stepSeconds: RULE_STEP,
    days: MANY.days,
    endTime
  })
  await backfillOpenMetrics(file, path.join(dir, 'data'))
  fs.rmSync(file)
  const prometheus = await startPrometheus({
    dataDir: path.join(dir, 'data'),
    ready: { query: 'count(http_requests_total)', value: raw.series, time: endTime }
  })
  console.log(
    `\nRaw queries against recording rules: ${raw.series} raw series (${MANY.instances} per service and status), 1-minute samples, ${MANY.days} days (${(raw.samples / 1e6).toFixed(1)} M samples) and ${(recorded / 1e6).toFixed(1)} M recorded samples (every ${RULE_STEP / 60}m); built and loaded in ${((Date.now() - mark) / 1000).toFixed(1)} s\n`
  )
  try {
    const runs = Math.min(RUNS, 3)
    console.log(
      '| SLOs | source | wall time | requests | samples touched | per SLO | probe samples | probe Prometheus time | figures samples | figures Prometheus time |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|'
    )
    for (const count of counts) {
      for (const source of ['raw', 'rules'] as const) {
        const inputs: Record<string, string> = {
          prometheus_url: prometheus.url,
          evaluation_time: String(endTime),
          prometheus_timeout: '120'
        }
        const base = readGateConfig(name => inputs[name] ?? '')
        const slos = sloNames.slice(0, count).map(({ name, service }, i) => ({
          ...base.slos[0],
          name,
          querySource: source,
          ...queriesOf(service, i)
        }))
        // The decision's queries only: the chart's range queries are measured above, and the
        // forecast of a blocking SLO (its range queries) is not part of the source's cost.
        const config = { ...base, slos, chart: false, forecast: false }
        let asked: SentQuery[] = []
        let requests = 0
        let status = ''
        const wall = await median(async () => {
          const { client, sent } = recordingClient(config)
          asked = sent
          const result = await evaluateGate(config, { client })
          client.close()
          requests = result.requestCount
          status = [...new Set(result.slos.map(s => `${s.status}/${s.querySource}`))].join(',')
        }, runs)
        const cost = await evaluationCost(
          prometheus.url,
          asked.map(q => ({ query: q.promql, at: q.range ?? q.time })),
          endTime
        )
        const samples = cost.probe.samples + cost.figures.samples
        const n = (value: number): string => Math.round(value).toLocaleString('en')
        console.log(
          `| ${count} | ${source} (${status}) | ${ms(wall)} | ${requests} | ${n(samples)} | ${n(samples / count)} | ${n(cost.probe.samples)} | ${ms(cost.probe.evalMs)} | ${n(cost.figures.samples)} | ${ms(cost.figures.evalMs)} |`
        )
      }
    }
  } finally {
    await prometheus.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main()
  .then(() => (process.env.BENCH_SKIP_RULES ? undefined : rulesBench()))
  .then(() => (process.env.BENCH_SKIP_BACKTEST ? undefined : backtestBench()))
  .catch(error => {
    console.error(error)
    process.exit(1)
  })
