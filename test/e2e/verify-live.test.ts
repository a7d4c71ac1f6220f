/**
 * `error-budget verify` live: a second real Prometheus scrapes, every second, a small loopback
 * exporter whose error rate changes in the middle of the watch. The checks before the change are
 * within the limits; the first check once the change is scraped fails, within one interval of it.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { freePort, startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js'
import { runCli } from '../helpers/run-cli.js'

const REQUESTS_PER_SECOND = 100
const INTERVAL = 5
/** When the error rate changes, in seconds after the deploy: between the 3rd and the 4th check. */
const CHANGE_AFTER = 17

/** Counters computed from the wall clock at each scrape: all good until `failFrom`, then all bad. */
function startExporter(): Promise<{
  url: string
  failFrom: { at?: number }
  close(): Promise<void>
}> {
  const started = Date.now() / 1000
  const failFrom: { at?: number } = {}
  const server = http.createServer((_req, res) => {
    const now = Date.now() / 1000
    const total = REQUESTS_PER_SECOND * (now - started)
    const bad =
      failFrom.at === undefined || now < failFrom.at ? 0 : REQUESTS_PER_SECOND * (now - failFrom.at)
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    res.end(
      [
        '# TYPE http_requests_total counter',
        `http_requests_total{status="200"} ${total - bad}`,
        `http_requests_total{status="500"} ${bad}`,
        ''
      ].join('\n')
    )
  })
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `127.0.0.1:${(server.address() as AddressInfo).port}`,
        failFrom,
        close: () => new Promise(done => server.close(() => done()))
      })
    )
  )
}

let dir: string
let exporter: Awaited<ReturnType<typeof startExporter>>
let prometheus: RunningPrometheus

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-live-'))
  fs.mkdirSync(path.join(dir, 'data'))
  exporter = await startExporter()
  prometheus = await startPrometheus({
    dataDir: path.join(dir, 'data'),
    port: await freePort(),
    config: [
      'global:',
      '  scrape_interval: 1s',
      'scrape_configs:',
      '  - job_name: exporter',
      '    static_configs:',
      `      - targets: ['${exporter.url}']`,
      ''
    ].join('\n'),
    ready: { query: 'up{job="exporter"}', value: 1 }
  })
})

afterAll(async () => {
  await prometheus?.stop()
  await exporter?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

it('sees the verdict change within one interval of the error rate', async () => {
  // A few scrapes before the deploy, for the baseline.
  await new Promise(resolve => setTimeout(resolve, 3000))
  const deployed = Math.floor(Date.now() / 1000)
  exporter.failFrom.at = deployed + CHANGE_AFTER
  const run = await runCli(
    [
      'verify',
      '--prometheus-url',
      prometheus.url,
      '--error-query',
      'sum(increase(http_requests_total{job="exporter",status="500"}[{{window}}]))',
      '--total-query',
      'sum(increase(http_requests_total{job="exporter"}[{{window}}]))',
      '--slo-target',
      '99',
      '--deployed-at',
      new Date(deployed * 1000).toISOString(),
      '--verify-for',
      '40s',
      '--verify-interval',
      `${INTERVAL}s`,
      '--verify-max-burn',
      '2',
      // The window holds only the seconds the exporter has run: its budget says little here.
      '--verify-max-spend',
      '0'
    ],
    { cwd: dir, timeoutMs: 55000 }
  )
  const checks = [
    ...run.stdout.matchAll(/^verify (\S+) \((\S+) after the deploy\): ([^:]+):/gm)
  ].map(([, at, , state]) => ({ after: new Date(at).getTime() / 1000 - deployed, state }))
  expect(run.code).toBe(1)
  // Every check before the change (and its scrape) held; the first one after it failed, and ended the watch.
  const failed = checks.findIndex(c => c.state === 'FAILED')
  expect(failed).toBeGreaterThan(0)
  expect(checks.slice(0, failed).every(c => c.state === 'within the limits')).toBe(true)
  expect(checks.slice(0, failed).map(c => c.after)).toEqual(
    Array.from({ length: failed }, (_, i) => (i + 1) * INTERVAL)
  )
  expect(checks.at(-1)!.state).toBe('FAILED')
  expect(checks.at(-1)!.after - CHANGE_AFTER).toBeGreaterThan(0)
  expect(checks.at(-1)!.after - CHANGE_AFTER).toBeLessThanOrEqual(INTERVAL)
  expect(run.stdout).toMatch(/: failed \(burn above 2x\)$/m)
}, 60000)
