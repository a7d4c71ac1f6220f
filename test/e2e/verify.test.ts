/**
 * `mode: verify` end to end: the bundled action and CLI against the real test Prometheus (a
 * deploy after which errors rise, a healthy one), the fake GitHub (the run's deployment, the
 * merged PR's sticky comment) and Slack. The figures come from the generator.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  startFakeGitHub,
  pullRequestEvent,
  pushEvent,
  type FakeGitHub
} from '../helpers/fake-github.js'
import { mermaidBlocks, parseMermaid } from '../helpers/mermaid.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceFlags, serviceQueries } from '../helpers/queries.js'
import { parse } from 'yaml'
import { REPO_ROOT, runAction, type ActionRun } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'
import { BAD_DEPLOY, expectedEvents } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()
const SHA = 'd3ad10c'.padEnd(40, 'b')
const TOKEN = 'ghs_fake_token_123'
const JOB_URL = 'https://github.example.com/acme/shop/actions/runs/4242/job/77'
const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString()
let fake: FakeGitHub

beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(async () => {
  expect(fake.schemaErrors).toEqual([])
  await fake.close()
})

/** A deploy `deployedBefore` seconds before the end of the data, verified at the end. */
function verify(
  service: string,
  deployedBefore: number,
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    inputs: {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      github_token: TOKEN,
      slack_webhook_url: fake.slackUrl,
      ...serviceQueries(service),
      mode: 'verify',
      deployed_at: iso(prometheus.endTime - deployedBefore),
      verify_for: '0',
      ...inputs
    },
    env: { GITHUB_API_URL: fake.url, GITHUB_SHA: SHA },
    eventName: 'push',
    event: pushEvent(SHA)
  })
}

/** The gate on PR 7 of the commit: its sticky comment. */
const gateOnPullRequest = (service: string): Promise<ActionRun> =>
  runAction({
    inputs: {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      github_token: TOKEN,
      ...serviceQueries(service)
    },
    env: { GITHUB_API_URL: fake.url },
    eventName: 'pull_request',
    event: pullRequestEvent(7, SHA)
  })

const modelled = (service: string, deployedBefore: number) => {
  const since = expectedEvents(service, deployedBefore)
  const before = expectedEvents(service, 2 * deployedBefore, deployedBefore)
  const windowTotal = expectedEvents(service, 30 * 86400).total
  return {
    burn: since.errors / since.total / 0.001,
    baseline: before.errors / before.total / 0.001,
    spent: (since.errors / (0.001 * windowTotal)) * 100
  }
}

describe('the action in mode verify', () => {
  it('fails a bad deploy and leaves its receipt everywhere people look', async () => {
    fake.mergedPulls.set(SHA, [7])
    const deployment = fake.addDeployment(SHA, 'production', [['in_progress', '', JOB_URL]])
    // Another run's deployment of the same commit is left alone.
    const other = fake.addDeployment(SHA, 'staging', [
      ['in_progress', '', 'https://github.example.com/acme/shop/actions/runs/99/job/1']
    ])
    const gate = await gateOnPullRequest('healthy')
    expect(gate.exitCode).toBe(0)

    const run = await verify('baddeploy', BAD_DEPLOY)
    const expected = modelled('baddeploy', BAD_DEPLOY)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(Number(run.outputs.burn_since_deploy)).toBeCloseTo(expected.burn, 1)
    expect(Number(run.outputs.baseline_burn)).toBeCloseTo(expected.baseline, 2)
    expect(Number(run.outputs.budget_spent_by_deploy)).toBeCloseTo(expected.spent, 2)
    expect(run.outputs.verified_for).toBe(String(BAD_DEPLOY))
    const receipt = `d3ad10c spent ${expected.spent.toFixed(1)} % of the budget in its first 30 minutes (burn ${expected.burn.toFixed(1)}x; ${expected.baseline.toFixed(1)}x before): failed (burn above 14.4x, spend above 2 %)`
    expect(run.outputs.summary).toBe(receipt)
    expect(run.stdout).toContain(receipt)
    // Workflow commands escape % as %25.
    expect(run.stdout).toContain(`::error::Deploy not verified: ${receipt.replace(/%/g, '%25')}`)

    // The job summary: the receipt, the figures, the burn drawn beside the baseline.
    expect(run.summary).toContain(`**\`d3ad10c\` ${receipt.slice(8)}**`)
    const [chart] = parseMermaid(mermaidBlocks(run.summary))
    expect(chart.ok).toBe(true)
    expect(chart.plots?.map(p => p.type)).toEqual(['bar', 'line'])
    expect(chart.plots?.[0].data.map(([, v]) => v)).toEqual([
      Number(expected.baseline.toFixed(4)),
      expect.closeTo(expected.burn, 1)
    ])
    expect(run.report).toMatchObject({
      mode: 'verify',
      verdict: 'fail',
      receipt,
      commit: 'd3ad10c'
    })

    // The run's deployment gets the receipt as a status; the other one nothing.
    expect(deployment.statuses.at(-1)).toMatchObject({ state: 'failure', description: receipt })
    expect(deployment.statuses.at(-1)!.log_url).toBe(
      'https://github.example.com/acme/shop/actions/runs/4242'
    )
    expect(other.statuses).toHaveLength(1)

    // The merged PR's one sticky comment gets a Deploys section, which the next gate keeps.
    const comments = fake.comments.filter(c => c.issue === 7)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain('## ✅ Error budget: NORMAL')
    expect(comments[0].body).toContain(`### Deploys`)
    expect(comments[0].body).toContain(`· \`d3ad10c\` ${receipt.slice(8)}`)
    const again = await gateOnPullRequest('warning')
    expect(again.exitCode).toBe(1)
    expect(fake.comments.filter(c => c.issue === 7)).toHaveLength(1)
    expect(comments[0].body).toContain('Error budget: WARNING')
    expect(comments[0].body).toContain(`· \`d3ad10c\` ${receipt.slice(8)}`)

    // Slack: blocked-only by default, and a failed verify is one.
    expect(fake.slackMessages).toHaveLength(1)
    expect(String(fake.slackMessages[0].text)).toContain(`\`d3ad10c\` ${receipt.slice(8)}`)
  })

  it('passes a healthy deploy: exit 0, a success status, no Slack message', async () => {
    const deployment = fake.addDeployment(SHA, 'production', [['in_progress', '', JOB_URL]])
    const run = await verify('healthy', 15 * 60)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(run.outputs.summary).toMatch(
      /^d3ad10c spent 0\.0035 % of the budget in its first 15 minutes \(burn 0\.1x; 0\.1x before\): verified$/
    )
    expect(deployment.statuses.at(-1)).toMatchObject({ state: 'success' })
    expect(fake.slackMessages).toHaveLength(0)
  })

  it('lets the workflow decide with fail_on_block: false, and on_inconclusive: pass', async () => {
    const reported = await verify('baddeploy', BAD_DEPLOY, {
      fail_on_block: 'false',
      pr_comment: 'never'
    })
    expect(reported.exitCode).toBe(0)
    expect(reported.outputs.verdict).toBe('fail')
    const quiet = await verify('trickle', 15 * 60, { slo_target: '99' })
    expect(quiet.exitCode).toBe(1)
    expect(quiet.outputs.verdict).toBe('inconclusive')
    expect(quiet.outputs.summary).toMatch(/: not verified \(too few events\)$/)
    const allowed = await verify('trickle', 15 * 60, { slo_target: '99', on_inconclusive: 'pass' })
    expect(allowed.exitCode).toBe(0)
    expect(allowed.outputs.verdict).toBe('inconclusive')
  })

  it('runs the gate with every default action.yml gives, as the runner passes them', async () => {
    const { inputs } = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    const defaults = Object.fromEntries(
      Object.entries(inputs).map(([name, input]) => [name, input.default ?? ''])
    )
    const run = await runAction({
      inputs: {
        ...defaults,
        github_token: '',
        prometheus_url: prometheus.url,
        evaluation_time: String(prometheus.endTime),
        ...serviceQueries('healthy')
      }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.can_deploy).toBe('true')
  })

  it('refuses verify inputs in gate mode, and a deploy in the future', async () => {
    const gate = await verify('healthy', 60, { mode: 'gate' })
    expect(gate.exitCode).toBe(1)
    expect(gate.stdout).toContain(
      '::error::Input deployed_at: is an input of mode verify, but mode is gate'
    )
    const future = await verify('healthy', -60)
    expect(future.stdout).toMatch(/::error::Input deployed_at: .* is after the evaluation time/)
    expect(fake.requests).toEqual([])
  })

  it('never shows a secret, and escapes what a server said, in every channel', async () => {
    const secret = 'tok_supersecret_1234567'
    fake.mergedPulls.set(SHA, [7])
    const deployment = fake.addDeployment(SHA, 'production', [['in_progress', '', JOB_URL]])
    const run = await verify('healthy', 15 * 60, {
      prometheus_token: secret,
      // Prometheus quotes the unexpected token of a query it cannot parse.
      error_query: `sum(increase(http_requests_total{service="healthy",status=~"5.."}[{{window}}])) ${secret}`
    })
    expect(run.outputs.verdict).toBe('inconclusive')
    const channels = [
      // The masks themselves aside: the runner reads them and never shows them.
      run.stdout.replace(/^::add-mask::.*$/gm, ''),
      run.summary,
      JSON.stringify(run.outputs),
      JSON.stringify(run.report),
      ...fake.comments.map(c => c.body),
      ...fake.slackMessages.map(m => JSON.stringify(m)),
      ...deployment.statuses.map(s => s.description)
    ].join('\n')
    expect(channels).toContain('cannot verify')
    expect(channels).not.toContain(secret)
    expect(channels).toContain('unexpected identifier "***"')
    // The server's text is escaped for Markdown in the summary, as the gate's reasons are.
    expect(run.summary).toContain('error\\_query over the 15m since the deploy')
    expect(run.summary).toContain('(bad\\_data)')
  })
})

describe('error-budget verify', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-verify-cli-'))
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))
  const cli = (service: string, deployedBefore: number, extra: string[] = []) =>
    runCli(
      [
        'verify',
        ...serviceFlags(prometheus, serviceQueries(service)),
        '--deployed-at',
        iso(prometheus.endTime - deployedBefore),
        '--verify-for',
        '0',
        ...extra
      ],
      { cwd: tmp, env: { CI_COMMIT_SHA: SHA } }
    )

  it('exits 1 on a failed deploy, 0 on a verified one and 2 when it cannot tell, printing the receipt', async () => {
    const bad = await cli('baddeploy', BAD_DEPLOY)
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/^verify .* \(30m after the deploy\): FAILED: burn 50\.\d\dx/m)
    expect(bad.stdout).toMatch(
      /^d3ad10c spent 3\.5 % of the budget in its first 30 minutes .*: failed/m
    )
    const good = await cli('healthy', 15 * 60)
    expect(good.code).toBe(0)
    expect(good.stdout).toMatch(/: verified$/m)
    const quiet = await cli('trickle', 15 * 60, ['--slo-target', '99'])
    expect(quiet.code).toBe(2)
    const allowed = await cli('trickle', 15 * 60, [
      '--slo-target',
      '99',
      '--on-inconclusive',
      'pass'
    ])
    expect(allowed.code).toBe(0)
  })

  it('--json prints only the report, the check lines on stderr', async () => {
    const run = await cli('baddeploy', BAD_DEPLOY, ['--json', '--commit', 'abcdef0123'])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    expect(report).toMatchObject({ mode: 'verify', verdict: 'fail', commit: 'abcdef0' })
    expect(run.stderr).toMatch(/^verify .*FAILED/m)
  })

  it('refuses a bad value by its flag', async () => {
    const run = await cli('healthy', 60, ['--verify-interval', '1s'])
    expect(run.code).toBe(64)
    expect(run.stderr).toContain(
      '--verify-interval: 1s is out of range; expected a duration from 5s to 1h'
    )
  })
})
