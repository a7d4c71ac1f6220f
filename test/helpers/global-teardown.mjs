// Stops the Prometheus of the global setup and removes its data.
import fs from 'node:fs'

export default async function globalTeardown() {
  await globalThis.__testPrometheus?.stop()
  if (globalThis.__testPrometheusStateFile)
    fs.rmSync(globalThis.__testPrometheusStateFile, { force: true })
}
