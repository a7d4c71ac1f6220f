/**
 * A real Prometheus for the tests: OpenMetrics written from the scenario model, backfilled with
 * promtool, and served by Debian's prometheus binary on a free loopback port.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  LATENCY_BUCKETS,
  LATENCY_SERVICE,
  LATENCY_SLOW_FRACTION,
  REQUESTS_PER_SECOND,
  SCENARIOS
} from './scenarios.js'

const run = promisify(execFile)

export const DATA_DAYS = 40
/** The last day is sampled every minute (5m burn windows need it); older data every 10 minutes. */
const DENSE_SECONDS = 86400
const DENSE_STEP = 60
const SPARSE_STEP = 600
/** Counters start high so that increase() never meets its extrapolate-to-zero limit. */
const COUNTER_OFFSET = 1e9

export function sampleTimes(endUnixSeconds: number, days = DATA_DAYS): number[] {
  const times: number[] = []
  const denseStart = endUnixSeconds - DENSE_SECONDS
  for (let t = endUnixSeconds - days * 86400; t < denseStart; t += SPARSE_STEP) times.push(t)
  for (let t = denseStart; t <= endUnixSeconds; t += DENSE_STEP) times.push(t)
  return times
}

/** Errors per second integrated minute by minute over (from, to], for a ratio model. */
function errorsBetween(
  ratioAt: (secondsBeforeEnd: number) => number,
  requestsPerSecond: number,
  end: number,
  from: number,
  to: number
): number {
  let errors = 0
  for (let t = from; t < to; t += 60) errors += requestsPerSecond * 60 * ratioAt(end - t - 30)
  return errors
}

/** Writes every scenario's counters and the latency histogram as OpenMetrics text. */
export function writeOpenMetrics(file: string, endUnixSeconds: number, days = DATA_DAYS): number {
  const times = sampleTimes(endUnixSeconds, days)
  const lines: string[] = ['# HELP http_requests Requests served.', '# TYPE http_requests counter']
  for (const scenario of SCENARIOS) {
    let total = COUNTER_OFFSET
    let errors = COUNTER_OFFSET
    const ok: string[] = []
    const bad: string[] = []
    const rate = scenario.requestsPerSecond ?? REQUESTS_PER_SECOND
    for (let i = 0; i < times.length; i++) {
      if (i > 0) {
        const step = errorsBetween(
          scenario.errorRatioAt,
          rate,
          endUnixSeconds,
          times[i - 1],
          times[i]
        )
        total += rate * (times[i] - times[i - 1])
        errors += step
      }
      ok.push(
        `http_requests_total{service="${scenario.service}",status="200"} ${total - errors + COUNTER_OFFSET} ${times[i]}`
      )
      bad.push(
        `http_requests_total{service="${scenario.service}",status="500"} ${errors} ${times[i]}`
      )
    }
    lines.push(...ok, ...bad)
  }
  lines.push(
    '# HELP http_request_duration_seconds Request latency.',
    '# TYPE http_request_duration_seconds histogram'
  )
  const t0 = times[0]
  for (const t of times) {
    const count = COUNTER_OFFSET + REQUESTS_PER_SECOND * (t - t0)
    const served = count - COUNTER_OFFSET
    for (const [le, fraction] of LATENCY_BUCKETS) {
      lines.push(
        `http_request_duration_seconds_bucket{service="${LATENCY_SERVICE}",le="${le}"} ${COUNTER_OFFSET + served * fraction} ${t}`
      )
    }
    lines.push(`http_request_duration_seconds_count{service="${LATENCY_SERVICE}"} ${count} ${t}`)
    lines.push(
      `http_request_duration_seconds_sum{service="${LATENCY_SERVICE}"} ${served * (0.1 + LATENCY_SLOW_FRACTION)} ${t}`
    )
  }
  lines.push('# EOF', '')
  fs.writeFileSync(file, lines.join('\n'))
  return times.length
}

/** The number of series writeOpenMetrics produces for http_requests_total. */
export const REQUEST_SERIES = SCENARIOS.length * 2

export async function backfill(openMetricsFile: string, dataDir: string): Promise<void> {
  await run(
    'promtool',
    [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '--max-block-duration=240h',
      openMetricsFile,
      dataDir
    ],
    {
      maxBuffer: 16 * 1024 * 1024
    }
  )
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface RunningPrometheus {
  url: string
  port: number
  pid: number
  stop(): Promise<void>
}

async function waitUntilLoaded(
  url: string,
  child: ChildProcess,
  stderr: () => string,
  timeoutMs: number,
  loaded: ReadyCheck
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`prometheus exited with ${child.exitCode}:\n${stderr().slice(-2000)}`)
    try {
      const ready = await fetch(`${url}/-/ready`)
      if (ready.ok) {
        const at = loaded.time === undefined ? '' : `&time=${loaded.time}`
        const answer = await fetch(
          `${url}/api/v1/query?query=${encodeURIComponent(loaded.query)}${at}`
        )
        const body = (await answer.json()) as { data?: { result?: { value: [number, string] }[] } }
        if (Number(body.data?.result?.[0]?.value[1]) === loaded.value) return
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  throw new Error(
    `prometheus at ${url} was not ready within ${timeoutMs} ms:\n${stderr().slice(-2000)}`
  )
}

/** Prometheus is ready when this query answers this value (every backfilled series is loaded). */
export interface ReadyCheck {
  query: string
  value: number
  /** Unix seconds to evaluate at (data that ends in the past); now when unset. */
  time?: number
}

export async function startPrometheus(options: {
  dataDir: string
  port?: number
  extraArgs?: string[]
  ready?: ReadyCheck
  /** Outlives this process (`npm run demo -- --keep`): its own process group, stderr to a file. */
  detached?: boolean
  /** prometheus.yml; by default no scraping (the data is backfilled). */
  config?: string
}): Promise<RunningPrometheus> {
  const port = options.port ?? (await freePort())
  const configFile = path.join(options.dataDir, '..', 'prometheus.yml')
  const logFile = path.join(options.dataDir, '..', 'prometheus.log')
  fs.writeFileSync(
    configFile,
    options.config ?? 'global:\n  scrape_interval: 1m\nscrape_configs: []\n'
  )
  const child = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${options.dataDir}`,
      '--storage.tsdb.retention.time=10y',
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
      ...(options.extraArgs ?? [])
    ],
    options.detached
      ? { detached: true, stdio: ['ignore', 'ignore', fs.openSync(logFile, 'a')] }
      : { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let piped = ''
  child.stderr?.on('data', chunk => (piped += chunk))
  const stderr = (): string => (options.detached ? fs.readFileSync(logFile, 'utf8') : piped)
  const url = `http://127.0.0.1:${port}`
  // The data is thrown away after the tests, so there is nothing to shut down cleanly.
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise(resolve => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  try {
    await waitUntilLoaded(
      url,
      child,
      stderr,
      60000,
      options.ready ?? { query: 'count(http_requests_total)', value: REQUEST_SERIES }
    )
  } catch (error) {
    await stop()
    throw error
  }
  // A detached server no longer keeps this process alive: it runs on when the caller exits.
  if (options.detached) child.unref()
  return { url, port, pid: child.pid ?? -1, stop }
}

export interface TestPrometheus extends RunningPrometheus {
  /** Unix seconds of the last sample; evaluate at this time for exact answers. */
  endTime: number
  dir: string
  timings: { writeMs: number; backfillMs: number; startMs: number }
}

/** Writes the data, backfills it and starts Prometheus in a fresh temp dir. */
export async function createTestPrometheus(
  endTime = Math.floor(Date.now() / 60000) * 60,
  days = DATA_DAYS,
  options: { detached?: boolean } = {}
): Promise<TestPrometheus> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-prometheus-'))
  const dataDir = path.join(dir, 'data')
  const file = path.join(dir, 'data.om.txt')
  let mark = Date.now()
  writeOpenMetrics(file, endTime, days)
  const writeMs = Date.now() - mark
  mark = Date.now()
  await backfill(file, dataDir)
  const backfillMs = Date.now() - mark
  mark = Date.now()
  const running = await startPrometheus({ dataDir, detached: options.detached })
  const startMs = Date.now() - mark
  return {
    ...running,
    endTime,
    dir,
    timings: { writeMs, backfillMs, startMs },
    stop: async () => {
      await running.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * Where the jest global setup records the shared server for the test files: one file per checkout,
 * so that test runs in two clones at once never read each other's server (EBG_TEST_STATE_FILE
 * names another, for a jest run inside a jest run).
 */
export const SHARED_STATE_FILE =
  process.env.EBG_TEST_STATE_FILE ||
  path.join(
    os.tmpdir(),
    `error-budget-gate-test-prometheus-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}.json`
  )

/** The Prometheus that the jest global setup started for this run. */
export function sharedPrometheus(): { url: string; endTime: number } {
  const state = JSON.parse(fs.readFileSync(SHARED_STATE_FILE, 'utf8')) as {
    url: string
    endTime: number
  }
  return { url: state.url, endTime: state.endTime }
}
