/**
 * `npm run demo`: starts a local Prometheus with 40 days of sample data (installing Debian's
 * package when it is missing and we are root), runs the bundled action against several
 * services as the runner would, and prints their summaries. `npm run demo -- --keep` leaves that
 * Prometheus running and prints the CLI commands to try on it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createTestPrometheus, type TestPrometheus } from '../test/helpers/prometheus.js'
import { serviceFlags, serviceQueries } from '../test/helpers/queries.js'
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

/** A word for a POSIX shell: as is when it is plain, else in single quotes. */
const shellWord = (word: string): string =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`

/** What to do with the Prometheus that --keep left running: the CLI on it, and how to stop it. */
function keptInstructions(prometheus: TestPrometheus): string[] {
  const cli = (command: string, service: string, extra: string[] = []): string =>
    `  node dist/cli/index.js ${command} ${[...serviceFlags(prometheus, serviceQueries(service)), ...extra].map(shellWord).join(' ')}`
  return [
    `Prometheus keeps running at ${prometheus.url} (pid ${prometheus.pid}; data and log in ${prometheus.dir}).`,
    `The sample data ends at ${new Date(prometheus.endTime * 1000).toISOString()}: --evaluation-time keeps the windows on it.`,
    '',
    'Try the CLI on it (from this directory):',
    cli('status', 'warning'),
    cli('check', 'fastburn'),
    `  echo "exit $?"   # 2: FREEZE (0 deploy, 1 WARNING, 2 FREEZE, 3 EXHAUSTED, 99 unknown)`,
    cli('status', 'oldincident', ['--watch', '--interval', '10']),
    cli('rules', 'healthy', ['--alerts']),
    '',
    `Stop it with: kill ${prometheus.pid} && rm -rf ${shellWord(prometheus.dir)}`
  ]
}

async function main(): Promise<void> {
  const keep = process.argv.slice(2).includes('--keep')
  ensurePrometheus()
  const started = Date.now()
  const prometheus = await createTestPrometheus(undefined, undefined, { detached: keep })
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
  } catch (error) {
    await prometheus.stop()
    throw error
  }
  if (keep) console.log(keptInstructions(prometheus).join('\n'))
  else await prometheus.stop()
}

main().catch(error => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
