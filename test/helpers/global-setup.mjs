// Starts one real Prometheus for the whole test run (see test/helpers/prometheus.ts).
// Plain ESM loading the TypeScript helper through tsx: jest's module mapping does not apply to
// global setup files.
import fs from 'node:fs'
import { tsImport } from 'tsx/esm/api'

export default async function globalSetup() {
  const { createTestPrometheus, SHARED_STATE_FILE } = await tsImport(
    './prometheus.ts',
    import.meta.url
  )
  const prometheus = await createTestPrometheus()
  const { writeMs, backfillMs, startMs } = prometheus.timings
  console.log(
    `\ntest Prometheus at ${prometheus.url}: data written in ${writeMs} ms, backfilled in ${backfillMs} ms, ready in ${startMs} ms`
  )
  fs.writeFileSync(
    SHARED_STATE_FILE,
    JSON.stringify({
      url: prometheus.url,
      endTime: prometheus.endTime,
      pid: prometheus.pid,
      dir: prometheus.dir
    })
  )
  process.env.TEST_PROMETHEUS_URL = prometheus.url
  process.env.TEST_PROMETHEUS_END = String(prometheus.endTime)
  globalThis.__testPrometheus = prometheus
  globalThis.__testPrometheusStateFile = SHARED_STATE_FILE
}
