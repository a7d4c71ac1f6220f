/**
 * The CI job that runs the action the way users do (`uses: ./`, job `action` in
 * .github/workflows/ci.yml), against a Prometheus started in the job:
 *
 *   tsx scripts/self-test.ts prepare DIR   40 days of the test data model, backfilled into DIR/data
 *                                          by promtool; end_time goes to GITHUB_OUTPUT
 *   tsx scripts/self-test.ts check         the steps' outcomes and outputs (STEPS = toJSON(steps))
 *                                          compared with the figures the model predicts
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { backfill, writeOpenMetrics } from '../test/helpers/prometheus.js'
import { expectedErrorRatio } from '../test/helpers/scenarios.js'

export interface SelfTestCase {
  /** The step id in ci.yml. */
  step: string
  service: string
  status: string
  canDeploy: 'true' | 'false'
  wouldBlock: 'true' | 'false'
  /** A blocked deploy fails its step (continue-on-error keeps the job going). */
  outcome: 'success' | 'failure'
}

export const SELF_TEST_CASES: SelfTestCase[] = [
  {
    step: 'healthy',
    service: 'healthy',
    status: 'NORMAL',
    canDeploy: 'true',
    wouldBlock: 'false',
    outcome: 'success'
  },
  {
    step: 'blocked',
    service: 'freeze',
    status: 'FREEZE',
    canDeploy: 'false',
    wouldBlock: 'true',
    outcome: 'failure'
  },
  {
    step: 'dry_run',
    service: 'exhausted',
    status: 'EXHAUSTED',
    canDeploy: 'true',
    wouldBlock: 'true',
    outcome: 'success'
  }
]

export type Steps = Record<string, { outcome?: string; outputs?: Record<string, string> }>

/** Every way the steps differ from the model; empty when the action behaved. */
export function checkSteps(steps: Steps): string[] {
  const problems: string[] = []
  for (const expected of SELF_TEST_CASES) {
    const step = steps[expected.step]
    if (!step) {
      problems.push(`${expected.step}: no such step`)
      continue
    }
    const outputs = step.outputs ?? {}
    const remaining = (1 - expectedErrorRatio(expected.service, 30 * 86400) / 0.001) * 100
    const checks: [string, unknown, unknown][] = [
      ['outcome', step.outcome, expected.outcome],
      ['budget_status', outputs.budget_status, expected.status],
      ['can_deploy', outputs.can_deploy, expected.canDeploy],
      ['would_block', outputs.would_block, expected.wouldBlock]
    ]
    for (const [name, got, want] of checks)
      if (got !== want)
        problems.push(`${expected.step}: ${name} is ${String(got)}, expected ${want}`)
    const shown = Number(outputs.budget_remaining)
    if (!(Math.abs(shown - remaining) <= 0.05))
      problems.push(
        `${expected.step}: budget_remaining is ${outputs.budget_remaining}, the model says ${remaining.toFixed(2)}`
      )
  }
  return problems
}

async function main(): Promise<void> {
  const [command, dir] = process.argv.slice(2)
  if (command === 'prepare' && dir) {
    const endTime = Math.floor(Date.now() / 60000) * 60
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, 'data.om.txt')
    writeOpenMetrics(file, endTime)
    await backfill(file, path.join(dir, 'data'))
    fs.rmSync(file)
    if (process.env.GITHUB_OUTPUT)
      fs.appendFileSync(process.env.GITHUB_OUTPUT, `end_time=${endTime}\n`)
    console.log(`data in ${dir}/data up to ${new Date(endTime * 1000).toISOString()}`)
  } else if (command === 'check') {
    const problems = checkSteps(JSON.parse(process.env.STEPS ?? '{}') as Steps)
    for (const problem of problems) console.log(`::error::${problem}`)
    if (problems.length) process.exit(1)
    console.log(`the action behaved in all ${SELF_TEST_CASES.length} steps`)
  } else {
    console.error('usage: tsx scripts/self-test.ts prepare DIR | check')
    process.exit(64)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(error => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
