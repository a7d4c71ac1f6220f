/**
 * GitHub's own local runner for JavaScript actions (@github/local-action) runs src/action/main.ts
 * with its stand-ins for @actions/core and @actions/github: the action must run there, and give
 * the outputs that the bundle gives under the runner's protocol (test/helpers/run-action.ts).
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { REPO_ROOT, runForService } from '../helpers/run-action.js'

const run = promisify(execFile)
const prometheus = sharedPrometheus()
const LOCAL_ACTION = path.join(REPO_ROOT, 'node_modules/.bin/local-action')

/** local-action reports outputs as `::set-output name=<name>::<value>`, escaped as @actions/core escapes. */
function setOutputs(stdout: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const [, name, value] of stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm))
    outputs[name] = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  return outputs
}

async function viaLocalAction(
  service: string
): Promise<{ outputs: Record<string, string>; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-local-action-'))
  const summary = path.join(dir, 'summary.md')
  fs.writeFileSync(summary, '')
  const inputs = {
    PROMETHEUS_URL: prometheus.url,
    EVALUATION_TIME: String(prometheus.endTime),
    ...Object.fromEntries(
      Object.entries(serviceQueries(service)).map(([name, value]) => [name.toUpperCase(), value])
    )
  }
  const env = [
    ...Object.entries(inputs).map(([name, value]) => `INPUT_${name}='${value}'`),
    `RUNNER_TEMP=${dir}`,
    `GITHUB_WORKSPACE=${dir}`,
    `GITHUB_STEP_SUMMARY=${summary}`
  ].join('\n')
  fs.writeFileSync(path.join(dir, '.env'), `${env}\n`)
  const { stdout } = await run(
    LOCAL_ACTION,
    ['run', REPO_ROOT, 'src/action/main.ts', path.join(dir, '.env')],
    {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, NO_COLOR: '1' },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024
    }
  ).catch((error: { stdout?: string; code?: number }) => {
    // A blocked deploy fails the step: local-action exits non-zero, the outputs are still there.
    if (error.stdout === undefined) throw error
    return { stdout: error.stdout }
  })
  return { outputs: setOutputs(stdout), dir }
}

describe('the action under @github/local-action', () => {
  it.each(['healthy', 'exhausted'])(
    '%s: the same outputs as the bundle under the runner',
    async service => {
      const local = await viaLocalAction(service)
      const bundled = await runForService(prometheus, service)
      // Paths of the per-run temporary directories differ, nothing else.
      const { report_file: localReport, ...localOutputs } = local.outputs
      const { report_file: bundledReport, ...bundledOutputs } = bundled.outputs
      expect(Object.keys(localOutputs).length).toBeGreaterThan(10)
      expect(localOutputs).toEqual(bundledOutputs)
      expect(path.dirname(localReport)).toBe(local.dir)
      // The same report (the evaluation time is an input), but for how long the run took.
      const report = (file: string) => {
        const read = JSON.parse(fs.readFileSync(file, 'utf8'))
        delete read.duration_ms
        return read
      }
      expect(report(localReport)).toEqual(report(bundledReport))
      expect(fs.readFileSync(path.join(local.dir, 'summary.md'), 'utf8')).toContain(
        bundledOutputs.budget_status
      )
    },
    180_000
  )
})
