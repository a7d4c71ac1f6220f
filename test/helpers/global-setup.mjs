// Starts one real Prometheus for the whole test run (see test/helpers/prometheus.ts).
// Plain ESM loading the TypeScript helper through tsx: jest's module mapping does not apply to
// global setup files.
import fs from 'node:fs'
import { tsImport } from 'tsx/esm/api'

export default async function globalSetup(globalConfig) {
  const { createTestPrometheus, SHARED_STATE_FILE } = await tsImport(
    './prometheus.ts',
    import.meta.url
  )
  const { noteTiming, TIMINGS_VARIABLE } = await tsImport('./timings.ts', import.meta.url)
  // A verbose run (`npm test -- --verbose`) shows how long the fixtures took; a plain one is quiet.
  if (globalConfig?.verbose) process.env[TIMINGS_VARIABLE] = '1'
  const prometheus = await createTestPrometheus()
  const { writeMs, backfillMs, startMs } = prometheus.timings
  noteTiming(
    `test Prometheus at ${prometheus.url}: data written in ${writeMs} ms, backfilled in ${backfillMs} ms, ready in ${startMs} ms`
  )
  fs.writeFileSync(
    SHARED_STATE_FILE,
    JSON.stringify({
      url: prometheus.url,
      endTime: prometheus.endTime,
      pid: prometheus.pid,
      dir: prometheus.dir,
      timings: prometheus.timings
    })
  )
  process.env.TEST_PROMETHEUS_URL = prometheus.url
  process.env.TEST_PROMETHEUS_END = String(prometheus.endTime)
  globalThis.__testPrometheus = prometheus
  globalThis.__testPrometheusStateFile = SHARED_STATE_FILE
}
