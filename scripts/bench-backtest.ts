/**
 * The cost of `error-budget backtest --since 90d` (hourly steps, one SLO with the default
 * policy) against the same number of instant evaluations of the gate, one per step: requests
 * sent, samples Prometheus touched (its own stats=all counter), and wall time, on a Prometheus
 * holding 120 days of the test data (the range and the 30-day window before it).
 */
import { runBacktest } from '../src/engine/backtest-run.js'
import { stepTimes } from '../src/engine/backtest.js'
import { limiter } from '../src/engine/concurrency.js'
import { readGateConfig } from '../src/engine/config.js'
import { evaluateGate } from '../src/engine/evaluate.js'
import type { QueryClient, QueryRange } from '../src/prometheus/api.js'
import { PrometheusClient } from '../src/prometheus/client.js'
import { samplesTouched } from '../test/helpers/many-series.js'
import { createTestPrometheus } from '../test/helpers/prometheus.js'
import { serviceQueries } from '../test/helpers/queries.js'

interface Sent {
  promql: string
  time?: Date
  range?: QueryRange
}

/** A client that keeps every request it sends. */
function recording(client: PrometheusClient): { client: QueryClient; sent: Sent[] } {
  const sent: Sent[] = []
  return {
    sent,
    client: {
      queryScalar: (promql, time, signal) => (
        sent.push({ promql, time }),
        client.queryScalar(promql, time, signal)
      ),
      queryVector: (promql, time, signal) => (
        sent.push({ promql, time }),
        client.queryVector(promql, time, signal)
      ),
      queryRange: (promql, range, signal) => (
        sent.push({ promql, range }),
        client.queryRange(promql, range, signal)
      )
    }
  }
}

async function samplesOf(url: string, sent: Sent[]): Promise<number> {
  const slots = limiter(8)
  const counts = await Promise.all(
    sent.map(q => slots(() => samplesTouched(url, q.promql, q.range ?? q.time)))
  )
  return counts.reduce((a, b) => a + b, 0)
}

export async function backtestBench(): Promise<void> {
  // The data ends now (to the minute): the readiness check queries the present.
  const endTime = Math.floor(Date.now() / 60000) * 60
  const prometheus = await createTestPrometheus(endTime, 120)
  try {
    const inputs: Record<string, string> = {
      prometheus_url: prometheus.url,
      query_source: 'raw',
      ...serviceQueries('incident')
    }
    const config = readGateConfig(name => inputs[name] ?? '')
    const real = new PrometheusClient(config.prometheus)
    const backtest = recording(real)
    let started = performance.now()
    const result = await runBacktest(config, {
      client: backtest.client,
      sinceSeconds: 90 * 86400,
      until: new Date(endTime * 1000),
      stepSeconds: 3600
    })
    const backtestMs = performance.now() - started
    const steps = stepTimes(result.range)
    // The same policy, evaluated once per step as the gate would: no chart, no forecast.
    const instant = recording(real)
    started = performance.now()
    for (const at of steps)
      await evaluateGate(
        { ...config, chart: false, forecast: false, evaluationTime: new Date(at * 1000) },
        { client: instant.client }
      )
    const instantMs = performance.now() - started
    real.close()
    const [backtestSamples, instantSamples] = [
      await samplesOf(prometheus.url, backtest.sent),
      await samplesOf(prometheus.url, instant.sent)
    ]
    const n = (value: number) => Math.round(value).toLocaleString('en')
    console.log(
      `\nBacktest over 90 days, hourly (${steps.length} steps), 1 SLO (30d window, page tiers), 120 days of 10-minute samples\n`
    )
    console.log('| | requests | samples touched | wall time |\n|---|---:|---:|---:|')
    console.log(
      `| error-budget backtest --since 90d | ${backtest.sent.length} | ${n(backtestSamples)} | ${n(backtestMs)} ms |`
    )
    console.log(
      `| ${steps.length} instant evaluations, one per step | ${instant.sent.length} | ${n(instantSamples)} | ${n(instantMs)} ms |`
    )
    console.log(
      `| ratio | 1 : ${n(instant.sent.length / backtest.sent.length)} | 1 : ${n(instantSamples / backtestSamples)} | |`
    )
  } finally {
    await prometheus.stop()
  }
}
