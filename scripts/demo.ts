/**
 * `npm run demo`: starts a local Prometheus with 40 days of sample data (installing Debian's
 * package when it is missing and we are root), runs the bundled action against several
 * services as the runner would, and prints their summaries.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createTestPrometheus } from '../test/helpers/prometheus.js'
import { serviceQueries } from '../test/helpers/queries.js'
import { runAction } from '../test/helpers/run-action.js'

function ensurePrometheus(): void {
  const has = (cmd: string): boolean => {
    try {
      execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  }
  if (has('prometheus') && has('promtool')) return
  if (process.getuid?.() !== 0) {
    throw new Error(
      "Prometheus is not installed: run 'sudo apt-get install prometheus' and try again"
    )
  }
  console.log("Installing Debian's prometheus package...")
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'prometheus'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
}

const SERVICES = ['healthy', 'caution', 'warning', 'freeze', 'exhausted', 'fastburn', 'slowburn']

async function main(): Promise<void> {
  ensurePrometheus()
  const started = Date.now()
  const prometheus = await createTestPrometheus()
  console.log(
    `Prometheus with 40 days of sample data at ${prometheus.url} (ready in ${Date.now() - started} ms)\n`
  )
  try {
    for (const service of SERVICES) {
      const run = await runAction({
        inputs: { prometheus_url: prometheus.url, ...serviceQueries(service) }
      })
      const icon = run.outputs.can_deploy === 'true' ? 'deploy' : 'BLOCK '
      console.log(`[${icon}] ${service.padEnd(10)} exit ${run.exitCode}  ${run.outputs.summary}`)
      if (service === 'warning') {
        console.log('\n----- job summary of the "warning" service -----\n')
        console.log(run.summary)
        console.log('----- JSON report: ' + run.outputs.report_file + ' -----\n')
        console.log(fs.readFileSync(run.outputs.report_file, 'utf8').slice(0, 1200) + '...\n')
      }
    }
  } finally {
    await prometheus.stop()
  }
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
