/**
 * `npm run bench`, verify: what each check of a watch sends and the samples it touches, beside one
 * evaluation of the gate on the same SLO (raw series, no chart). A 15-minute watch at 1m over the
 * recorded data (on a clock the bench moves), and the longest span verify accepts (a quarter of
 * the window) checked once.
 */
import { readGateConfig, type GateConfig } from '../src/engine/config.js'
import { evaluateGate } from '../src/engine/evaluate.js'
import { verifyDeploy } from '../src/engine/verify-run.js'
import { samplesTouched } from '../test/helpers/many-series.js'
import { recordingClient, type SentQuery } from './recording-client.js'

const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString()

async function samplesOf(url: string, queries: SentQuery[]): Promise<number> {
  let samples = 0
  for (const { promql, time } of queries) samples += await samplesTouched(url, promql, time)
  return samples
}

/** Every check's requests (the ones sent since the check before) and their wall time. */
async function watch(
  url: string,
  config: GateConfig
): Promise<{ requests: number; samples: number; ms: number }[]> {
  const { client, sent } = recordingClient(config)
  let now = Date.now()
  let mark = 0
  let started = performance.now()
  const checks: SentQuery[][] = []
  const times: number[] = []
  await verifyDeploy(config, {
    client,
    now: () => new Date(now),
    sleep: async ms => {
      now += ms
      started = performance.now()
    },
    onCheck: () => {
      checks.push(sent.slice(mark))
      times.push(performance.now() - started)
      mark = sent.length
    }
  })
  client.close()
  const rows = []
  for (const [i, queries] of checks.entries())
    rows.push({ requests: queries.length, samples: await samplesOf(url, queries), ms: times[i] })
  return rows
}

export async function verifyBench(
  prometheus: { url: string; endTime: number },
  queries: { error_query: string; total_query: string }
): Promise<void> {
  const base: Record<string, string> = {
    prometheus_url: prometheus.url,
    evaluation_time: String(prometheus.endTime),
    query_source: 'raw',
    chart: 'false',
    ...queries
  }
  const gateConfig = readGateConfig(name => base[name] ?? '')
  const gate = recordingClient(gateConfig)
  const started = performance.now()
  await evaluateGate(gateConfig, { client: gate.client })
  const gateMs = performance.now() - started
  gate.client.close()
  const gateSamples = await samplesOf(prometheus.url, gate.sent)

  const deployed = prometheus.endTime - 900
  const verifying = (inputs: Record<string, string>) =>
    readGateConfig(name => ({ ...base, mode: 'verify', ...inputs })[name] ?? '')
  const watched = await watch(
    prometheus.url,
    verifying({ evaluation_time: String(deployed), deployed_at: iso(deployed), verify_for: '15m' })
  )
  const quarter = (30 * 86400) / 4
  const [longest] = await watch(
    prometheus.url,
    verifying({ deployed_at: iso(prometheus.endTime - quarter), verify_for: '0' })
  )
  const later = watched.slice(1)
  const most = (key: 'requests' | 'samples') => Math.max(...later.map(c => c[key]))
  const median = [...later.map(c => c.ms)].sort((a, b) => a - b)[Math.floor(later.length / 2)]
  const row = (label: string, requests: number | string, samples: number, ms?: number) =>
    console.log(
      `| ${label} | ${requests} | ${samples.toLocaleString('en')} | ${Math.round((samples / gateSamples) * 100)} % | ${ms === undefined ? '' : `${ms.toFixed(1)} ms`} |`
    )
  console.log(
    '\nVerify: each check beside one evaluation of the gate (1 SLO, raw series, no chart)\n'
  )
  console.log(
    "| what | requests | samples touched | of the gate's | wall time |\n|---|---:|---:|---:|---:|"
  )
  row('the gate: one evaluation', gate.sent.length, gateSamples, gateMs)
  row(
    `verify, 15m at 1m: the first check (window's events once)`,
    watched[0].requests,
    watched[0].samples,
    watched[0].ms
  )
  row(
    `verify, 15m at 1m: each later check (most of ${later.length}; median time)`,
    most('requests'),
    most('samples'),
    median
  )
  row(
    `verify, 15m at 1m: the whole watch (${watched.length} checks)`,
    watched.reduce((n, c) => n + c.requests, 0),
    watched.reduce((n, c) => n + c.samples, 0)
  )
  row(
    'verify, the longest span accepted (7d12h since the deploy), one check',
    longest.requests,
    longest.samples,
    longest.ms
  )
}
