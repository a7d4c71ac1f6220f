/**
 * VictoriaMetrics (Debian's package) with the same data as the test Prometheus, imported through
 * /api/v1/import/prometheus, for running the core scenarios against a second engine.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort, REQUEST_SERIES, writeOpenMetrics } from './prometheus.js'

export interface TestVictoriaMetrics {
  url: string
  endTime: number
  stop(): Promise<void>
}

/** OpenMetrics (seconds) to the Prometheus text VictoriaMetrics imports (milliseconds). */
export function toImportFormat(openMetrics: string): string {
  return openMetrics
    .split('\n')
    .filter(line => line && !line.startsWith('#'))
    .map(line => {
      const at = line.lastIndexOf(' ')
      return `${line.slice(0, at)} ${Number(line.slice(at + 1)) * 1000}`
    })
    .join('\n')
}

export async function createTestVictoriaMetrics(
  endTime = Math.floor(Date.now() / 60000) * 60,
  days?: number
): Promise<TestVictoriaMetrics> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-vm-'))
  const file = path.join(dir, 'data.om.txt')
  writeOpenMetrics(file, endTime, days)
  const port = await freePort()
  const child = spawn(
    'victoria-metrics',
    [
      `-storageDataPath=${path.join(dir, 'data')}`,
      '-retentionPeriod=100y',
      `-httpListenAddr=127.0.0.1:${port}`,
      // VictoriaMetrics hides the newest 30 s by default; the data ends "now".
      '-search.latencyOffset=0s',
      '-search.disableCache',
      '-loggerLevel=ERROR'
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let stderr = ''
  child.stderr?.on('data', chunk => (stderr += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    const deadline = Date.now() + 30000
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`victoria-metrics exited: ${stderr.slice(-2000)}`)
      const ok = await fetch(`${url}/health`).then(
        r => r.ok,
        () => false
      )
      if (ok) break
      if (Date.now() > deadline)
        throw new Error(`victoria-metrics did not start: ${stderr.slice(-2000)}`)
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    const imported = await fetch(`${url}/api/v1/import/prometheus`, {
      method: 'POST',
      body: toImportFormat(fs.readFileSync(file, 'utf8'))
    })
    if (!imported.ok)
      throw new Error(`import failed: HTTP ${imported.status} ${await imported.text()}`)
    await fetch(`${url}/internal/force_flush`)
    // Wait until every series is searchable.
    for (;;) {
      const answer = (await fetch(
        `${url}/api/v1/query?query=${encodeURIComponent('count(http_requests_total)')}&time=${endTime}`
      ).then(r => r.json())) as {
        data?: { result?: { value: [number, string] }[] }
      }
      if (Number(answer.data?.result?.[0]?.value[1]) === REQUEST_SERIES) break
      if (Date.now() > deadline)
        throw new Error(`victoria-metrics did not index the data: ${JSON.stringify(answer)}`)
      await new Promise(resolve => setTimeout(resolve, 300))
    }
  } catch (error) {
    await stop()
    throw error
  }
  return { url, endTime, stop }
}
