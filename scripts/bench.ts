/**
 * `npm run bench`: the action's wall time against the time of the bare Prometheus queries it
 * makes, for one SLO, on the local test Prometheus. Prints medians of several runs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluateGate, expandQuery, windowsFor } from '../src/evaluate.js'
import { mapConcurrent } from '../src/concurrency.js'
import { readGateConfig, type SloSpec } from '../src/inputs.js'
import { apiUrl, PrometheusClient } from '../src/prometheus.js'
import { createTestPrometheus } from '../test/helpers/prometheus.js'
import { serviceQueries } from '../test/helpers/queries.js'
import { runAction } from '../test/helpers/run-action.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)

async function median(task: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await task()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

async function bareQuery(url: string, query: string, time: number): Promise<void> {
  const response = await fetch(apiUrl(url, '/api/v1/query'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query, time: String(time) })
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  await response.json()
}

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

/** N SLOs over the test services; a never-matching label keeps every SLO's queries distinct. */
function manySlos(template: SloSpec, count: number): SloSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const service = SERVICES[i % SERVICES.length]
    const match = `service="${service}",bench!="${i}"`
    return {
      ...template,
      name: `slo-${i}`,
      errorQuery: `sum(increase(http_requests_total{${match},status=~"5.."}[{{window}}]))`,
      totalQuery: `sum(increase(http_requests_total{${match}}[{{window}}]))`
    }
  })
}

async function main(): Promise<void> {
  const prometheus = await createTestPrometheus()
  try {
    const inputs: Record<string, string> = {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      ...serviceQueries('healthy')
    }
    const config = readGateConfig(name => inputs[name] ?? '')
    const slo = config.slos[0]
    const queries = windowsFor(slo).flatMap(w => [
      expandQuery(slo.errorQuery, w),
      expandQuery(slo.totalQuery, w)
    ])

    const sequential = await median(async () => {
      for (const q of queries) await bareQuery(prometheus.url, q, prometheus.endTime)
    })
    const concurrent = await median(() =>
      Promise.all(queries.map(q => bareQuery(prometheus.url, q, prometheus.endTime)))
    )
    const engine = await median(async () => {
      const client = new PrometheusClient(config.prometheus)
      await evaluateGate(config, { client })
      client.close()
    })
    const action = await median(() => runAction({ inputs }))
    const emptyScript = path.join(os.tmpdir(), 'ebg-bench-empty.mjs')
    fs.writeFileSync(emptyScript, '')
    const nodeStart = await median(() => runAction({ inputs: {}, entry: emptyScript }))

    const rows: [string, number][] = [
      [`bare queries, one after another (${queries.length})`, sequential],
      [`bare queries, all at once (${queries.length})`, concurrent],
      ['gate engine in-process (evaluateGate)', engine],
      ['bundled action, whole process (dist/index.js)', action],
      ['  of which: starting an empty node process', nodeStart]
    ]
    console.log(
      `\nerror-budget-gate bench: 1 SLO, ${queries.length} queries, median of ${RUNS} runs\n`
    )
    for (const [label, ms] of rows)
      console.log(`${label.padEnd(50)} ${ms.toFixed(1).padStart(8)} ms`)
    console.log(
      `\nengine overhead over the bare concurrent queries: ${(engine - concurrent).toFixed(1)} ms`
    )

    console.log(
      `\nSeveral SLOs (distinct queries each, max_concurrency ${config.maxConcurrency}), median of ${RUNS} runs\n`
    )
    console.log(
      `${'SLOs'.padEnd(6)}${'queries'.padStart(8)}${'bare queries'.padStart(16)}${'gate engine'.padStart(16)}${'per SLO'.padStart(12)}`
    )
    for (const count of [1, 10, 50]) {
      const slos = manySlos(slo, count)
      const many = { ...config, slos }
      const manyQueries = slos.flatMap(s =>
        windowsFor(s).flatMap(w => [expandQuery(s.errorQuery, w), expandQuery(s.totalQuery, w)])
      )
      const bare = await median(() =>
        mapConcurrent(manyQueries, config.maxConcurrency, q =>
          bareQuery(prometheus.url, q, prometheus.endTime)
        )
      )
      const gate = await median(async () => {
        const client = new PrometheusClient(many.prometheus)
        await evaluateGate(many, { client })
        client.close()
      })
      console.log(
        `${String(count).padEnd(6)}${String(manyQueries.length).padStart(8)}${`${bare.toFixed(1)} ms`.padStart(16)}${`${gate.toFixed(1)} ms`.padStart(16)}${`${(gate / count).toFixed(2)} ms`.padStart(12)}`
      )
    }
  } finally {
    await prometheus.stop()
  }
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})
