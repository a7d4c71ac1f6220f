/**
 * The action's run() in-process, with a typed fake of @actions/core (test/fixtures/core.ts)
 * and its own environment, against the real test Prometheus. (The bundle is run as the runner
 * runs it in test/e2e/action.test.ts, and through GitHub's local-action in local-action.test.ts.)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import * as core from '../../fixtures/core.js'
import { sharedPrometheus } from '../../helpers/prometheus.js'
import { serviceQueries } from '../../helpers/queries.js'
import { expectedErrorRatio } from '../../helpers/scenarios.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../../src/action/main.js')

const prometheus = sharedPrometheus()
const savedEnv = { ...process.env }
let runnerTemp: string
beforeEach(() => {
  runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-main-'))
  process.env.RUNNER_TEMP = runnerTemp
  process.env.GITHUB_WORKSPACE = runnerTemp
})
afterEach(() => {
  process.env = { ...savedEnv }
  fs.rmSync(runnerTemp, { recursive: true, force: true })
})

async function runFor(service: string, inputs: Record<string, string> = {}) {
  const recorded = core.resetCore({
    prometheus_url: prometheus.url,
    evaluation_time: String(prometheus.endTime),
    ...serviceQueries(service),
    ...inputs
  })
  await run()
  return recorded
}

describe('run()', () => {
  it('healthy: outputs, report file in RUNNER_TEMP, summary, and no failure', async () => {
    const core = await runFor('healthy')
    const remaining = 100 * (1 - expectedErrorRatio('healthy', 30 * 86400) / 0.001)
    expect(core.failed).toBeUndefined()
    expect(core.outputs.can_deploy).toBe('true')
    expect(core.outputs.budget_status).toBe('NORMAL')
    expect(Number(core.outputs.budget_remaining)).toBeCloseTo(remaining, 1)
    expect(core.outputs.report_file).toBe(path.join(runnerTemp, 'error-budget-report.json'))
    const report = JSON.parse(fs.readFileSync(core.outputs.report_file, 'utf8'))
    expect(report.can_deploy).toBe(true)
    expect(core.summaryText).toMatch(/NORMAL/)
  })

  it('exhausted: fails the step with the one-line summary', async () => {
    const core = await runFor('exhausted')
    expect(core.outputs.can_deploy).toBe('false')
    expect(core.outputs.budget_status).toBe('EXHAUSTED')
    expect(core.failed).toMatch(/^Deploy blocked: .*EXHAUSTED/)
  })

  it('a bad input fails before any query, naming the input, with can_deploy=false', async () => {
    const core = await runFor('healthy', {
      slo_target: '1000',
      prometheus_url: 'http://127.0.0.1:9'
    })
    expect(core.outputs).toEqual({ can_deploy: 'false', budget_status: 'ERROR' })
    expect(core.failed).toMatch(/slo_target/)
  })

  it('masks the token before anything else is said', async () => {
    const core = await runFor('healthy', { prometheus_token: 'tok_sec*ret[1' })
    expect(core.calls[0]).toBe('secret')
    expect(core.secrets).toContain('tok_sec*ret[1')
  })

  it('dry run on a blocked budget: can_deploy true, a notice, no failure', async () => {
    const core = await runFor('freeze', { dry_run: 'true' })
    expect(core.outputs.can_deploy).toBe('true')
    expect(core.outputs.budget_status).toBe('FREEZE')
    expect(core.failed).toBeUndefined()
    expect(core.calls).toContain(
      'notice: dry_run: the deploy would have been blocked; nothing was failed'
    )
    expect(core.outputs.would_block).toBe('true')
    expect(core.summaryText).toMatch(/^> \*\*dry run: would have blocked\.\*\*/)
  })

  it('names the freeze file relative to the workspace, never by its absolute path', async () => {
    fs.mkdirSync(path.join(runnerTemp, 'ops'))
    fs.writeFileSync(path.join(runnerTemp, 'ops', 'freeze'), 'reason: incident 7\n')
    const core = await runFor('healthy', { freeze_file: './ops/../ops/freeze' })
    expect(core.outputs.budget_status).toBe('FREEZE')
    expect(core.outputs.reasons).toMatch(
      /^freeze file ops\/freeze is present: reason: incident 7$/m
    )
    // report_file is RUNNER_TEMP's path by design (here the same directory as the workspace).
    const everything = [core.summaryText, ...Object.values(core.outputs), ...core.calls]
      .filter(text => !text.endsWith('error-budget-report.json'))
      .join('\n')
    expect(everything).not.toContain(runnerTemp)
  })

  it('would_block tells a blocked budget from an open one, dry run or not', async () => {
    const blocked = await runFor('freeze')
    expect(blocked.outputs.would_block).toBe('true')
    expect(blocked.summaryText).not.toMatch(/dry run/)
    const open = await runFor('healthy', { dry_run: 'true' })
    expect(open.outputs.would_block).toBe('false')
    expect(open.outputs.can_deploy).toBe('true')
    expect(open.summaryText).not.toMatch(/would have blocked/)
  })

  it('never throws: an unexpected failure fails the step with can_deploy=false', async () => {
    // RUNNER_TEMP is a file: the report cannot be written, after the budget was read.
    const notADirectory = path.join(runnerTemp, 'file')
    fs.writeFileSync(notADirectory, '')
    process.env.RUNNER_TEMP = notADirectory
    const recorded = await runFor('healthy', { prometheus_token: 'tok_in_the_path' })
    expect(recorded.outputs.can_deploy).toBe('false')
    expect(recorded.outputs.budget_status).toBe('ERROR')
    expect(recorded.failed).toMatch(/^error-budget-gate failed unexpectedly: ENOTDIR/)
  })
})
