/**
 * The CI job `action` (`uses: ./` in .github/workflows/ci.yml): its steps must be the cases that
 * scripts/self-test.ts checks, and the check must pass on the bundle and fail on a wrong answer.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { checkSteps, SELF_TEST_CASES, type Steps } from '../../scripts/self-test.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { REPO_ROOT, runAction } from '../helpers/run-action.js'

interface Step {
  id?: string
  uses?: string
  run?: string
  'continue-on-error'?: boolean
  with?: Record<string, string>
}
const workflow = parse(fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/ci.yml'), 'utf8'))
const jobSteps = (job: string): Step[] => workflow.jobs[job].steps

describe('the workflow', () => {
  it('runs on pull requests, checks dist/ there and offers the fresh build when it is stale', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request')
    const test = jobSteps('test')
    expect(test.some(s => s.run?.includes('.ci/run'))).toBe(true)
    expect(fs.readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8')).toMatch(
      /git status --porcelain -- dist/
    )
    expect(test.find(s => s.uses?.startsWith('actions/upload-artifact'))).toMatchObject({
      if: 'failure()',
      with: { path: 'dist/' }
    })
  })

  it.each(SELF_TEST_CASES)('job action runs the action itself for step $step', expected => {
    const step = jobSteps('action').find(s => s.id === expected.step)!
    expect(step.uses).toBe('./')
    expect(step.with).toMatchObject({
      ...serviceQueries(expected.service),
      evaluation_time: '${{ steps.data.outputs.end_time }}'
    })
    expect(step.with?.dry_run === 'true').toBe(expected.step === 'dry_run')
    expect(Boolean(step['continue-on-error'])).toBe(expected.outcome === 'failure')
  })

  it('ends with the check of every step', () => {
    const last = jobSteps('action').at(-1)!
    expect(last.run).toBe('npx tsx scripts/self-test.ts check')
  })
})

describe('scripts/self-test.ts check', () => {
  const prometheus = sharedPrometheus()

  it('passes on the bundle and fails on a wrong answer', async () => {
    const steps: Steps = {}
    for (const expected of SELF_TEST_CASES) {
      const step = jobSteps('action').find(s => s.id === expected.step)!
      const run = await runAction({
        inputs: {
          ...step.with,
          prometheus_url: prometheus.url,
          evaluation_time: String(prometheus.endTime)
        }
      })
      steps[expected.step] = {
        outcome: run.exitCode === 0 ? 'success' : 'failure',
        outputs: run.outputs
      }
    }
    expect(checkSteps(steps)).toEqual([])
    const wrong = structuredClone(steps)
    wrong.dry_run.outputs!.would_block = 'false'
    wrong.healthy.outputs!.budget_remaining = '80.00'
    expect(checkSteps(wrong)).toEqual([
      'healthy: budget_remaining is 80.00, the model says 90.00',
      'dry_run: would_block is false, expected true'
    ])
  })
})
