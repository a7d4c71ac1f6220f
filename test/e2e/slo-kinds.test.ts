/**
 * The new SLO inputs through the bundled action (INPUT_*) and the built CLI's flags: burn tiers,
 * low traffic, exclusions and calendar windows reach the summary, the report and the exit code.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceFlags, serviceQueries } from '../helpers/queries.js'
import { REPO_ROOT, runAction } from '../helpers/run-action.js'
import { expectedEvents } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()
const HOUR = 3600
const at = (secondsBeforeEnd: number) =>
  new Date((prometheus.endTime - secondsBeforeEnd) * 1000).toISOString().replace('.000Z', 'Z')

describe('the bundled action with the new SLO inputs', () => {
  it('exclude (two lines), burn_tiers and time_window: 7d reach the summary and the report', async () => {
    const r = await runAction({
      inputs: {
        prometheus_url: prometheus.url,
        evaluation_time: String(prometheus.endTime),
        ...serviceQueries('incident'),
        time_window: '7d',
        burn_tiers: 'page,ticket',
        exclude: `${at(72 * HOUR)}/${at(71 * HOUR)} INC-7 first hour\n${at(71 * HOUR)}/PT1H INC-7 second hour`
      }
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.budget_status).toBe('NORMAL')
    const removed = expectedEvents('incident', 72 * HOUR, 71 * HOUR)
    expect(r.summary).toContain(
      `| ${at(72 * HOUR)} – ${at(71 * HOUR)} | INC-7 first hour | ${removed.errors} | ${removed.total} |`
    )
    expect(r.summary).toMatch(/\| ticket slow burn \| 3d \/ 6h \| 10% \| 0\.23x \|/)
    const slo = (r.report as { slos: Record<string, unknown>[] }).slos[0]
    expect((slo.exclusions as unknown[]).length).toBe(2)
    expect((slo.burn_tiers as { factor: number }[]).map(t => t.factor)).toEqual([
      3.36, 1.4, 0.7, 0.2333333333
    ])
  })

  it('a bad exclude line fails the step before any query, naming the line', async () => {
    const r = await runAction({
      inputs: {
        prometheus_url: prometheus.url,
        ...serviceQueries('healthy'),
        exclude: `${at(3 * HOUR)}/PT1H fine\n2026-13-01T00:00:00Z/PT1H bad month`
      }
    })
    expect(r.exitCode).not.toBe(0)
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.stdout).toMatch(/Input exclude: line 2: "2026-13-01T00:00:00Z" is not a time/)
  })
})

describe('the CLI flags', () => {
  const cli = promisify(execFile)
  it('--time-window month --time-zone, --exclude (repeatable), --min-events, --low-traffic', async () => {
    const q = serviceQueries('trickle')
    const args = [
      path.join(REPO_ROOT, 'dist/cli/index.js'),
      'check',
      '--json',
      ...serviceFlags(prometheus, q),
      '--time-window',
      'week',
      '--time-zone',
      'Asia/Kolkata',
      '--exclude',
      `${at(5 * HOUR)}/PT1H one`,
      '--exclude',
      `${at(3 * HOUR)}/PT1H two`,
      '--slo-target',
      '99.99',
      '--min-events',
      '100000',
      '--low-traffic',
      'allow',
      '--burn-tiers',
      'page'
    ]
    const { stdout } = await cli(process.execPath, args, { cwd: REPO_ROOT }).catch(
      (error: { stdout: string }) => error
    )
    const report = JSON.parse(stdout)
    const [slo] = report.slos
    expect(slo.window).toBe('week (Asia/Kolkata)')
    expect(slo.period).toMatchObject({ unit: 'week', time_zone: 'Asia/Kolkata' })
    expect(slo.exclusions.map((x: { reason: string }) => x.reason)).toEqual(['one', 'two'])
    expect(slo.min_events).toBe(100000)
    expect(slo.low_traffic).toMatchObject({ min_events: 100000, allowed: true })
    expect(report.can_deploy).toBe(true)
  })
})
