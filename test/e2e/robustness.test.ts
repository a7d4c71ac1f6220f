/**
 * Robustness end to end (issue 9, items 10-17): the bundled action and CLI against the real test
 * Prometheus, the hostile loopback server (gzip bomb, endless body, slow 504, hang) and the
 * forwarding proxy that counts requests.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, workflowDispatchEvent, type FakeGitHub } from '../helpers/fake-github.js'
import { startHostileServer, type HostileServer } from '../helpers/hostile-server.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { startProxy } from '../helpers/proxy.js'
import { serviceFlags, serviceQueries } from '../helpers/queries.js'
import { runForService, type ActionRun, type RunActionOptions } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const prometheus = sharedPrometheus()
let hostile: HostileServer
beforeAll(async () => {
  hostile = await startHostileServer({ delayMs: 300 })
})
afterAll(async () => hostile.close())

const run = (
  service: string,
  inputs: Record<string, string> = {},
  extra: Partial<RunActionOptions> = {}
): Promise<ActionRun> => runForService(prometheus, service, inputs, extra)

/** A config file of `count` SLOs, each with queries of its own (so one request pair per SLO). */
function manySlos(count: number): string {
  const slos = Array.from({ length: count }, (_, i) => {
    const q = serviceQueries('healthy')
    return [
      `  - name: slo-${i}`,
      `    error_query: '${q.error_query.replace('}', `,slo="${i}"}`)}'`,
      `    total_query: '${q.total_query.replace('}', `,slo="${i}"}`)}'`
    ].join('\n')
  })
  return `slos:\n${slos.join('\n')}\n`
}

/** The step failed as a bad input: before any query, outputs set, the message naming `input`. */
function expectBadInput(r: ActionRun, input: string): void {
  expect(r.exitCode).toBe(1)
  expect(r.outputs.can_deploy).toBe('false')
  expect(r.outputs.budget_status).toBe('ERROR')
  expect(r.stdout).toMatch(new RegExp(`::error::Input ${input}: `))
  expect(r.stdout).not.toMatch(/failed unexpectedly/)
}

describe('10. response bodies are capped', () => {
  it('a gzip bomb is refused at the 10 MB limit (decoded), as ERROR', async () => {
    const r = await run('healthy', {
      prometheus_url: hostile.url('gzip-bomb'),
      prometheus_retries: '0'
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.outputs.reasons).toMatch(/answered with a body over the 10 MB limit \(decoded\)/)
  })

  it('an endless body is cut at the limit, long before the request timeout', async () => {
    const started = Date.now()
    const r = await run('healthy', {
      prometheus_url: hostile.url('endless'),
      prometheus_timeout: '20',
      prometheus_retries: '0'
    })
    expect(Date.now() - started).toBeLessThan(10000)
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.reasons).toMatch(/over the 10 MB limit/)
    expect(r.outputs.reasons).not.toMatch(/timed out/)
  })
})

describe('11. an unavailable endpoint and the overall deadline', () => {
  it('after a slow 504 has used up the retries, the queries not yet sent are not sent', async () => {
    const before = hostile.requests['slow-504']
    const started = Date.now()
    const r = await run(
      'healthy',
      {
        prometheus_url: hostile.url('slow-504'),
        config_file: 'slos.yaml',
        prometheus_timeout: '5',
        prometheus_retries: '1',
        max_concurrency: '2'
      },
      { workspaceFiles: { 'slos.yaml': manySlos(20) } }
    )
    const elapsed = Date.now() - started
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.can_deploy).toBe('false')
    // Two batches in flight, two attempts each; the other 38 batches (of 40) never went out.
    expect(hostile.requests['slow-504'] - before).toBeLessThanOrEqual(4)
    expect(r.outputs.reasons).toMatch(/HTTP 504 with an HTML page titled "504 Gateway Time-out"/)
    expect(r.outputs.reasons).toMatch(/not sent: an earlier query found the endpoint unavailable/)
    // Without the skip: 20 rounds of 300 ms + 0.5 s backoff + 300 ms.
    expect(elapsed).toBeLessThan(8000)
  })

  it('no SLO count makes the evaluation outlast timeout x (retries + 1) + margin', async () => {
    const before = hostile.requests['slow-400']
    const started = Date.now()
    // Every query is refused after 300 ms (not retried, not "unavailable"), one at a time: 40
    // batches would take 12 s; the deadline is the client's wait (1 s + 2 s) x 1 + 2 s.
    const r = await run(
      'healthy',
      {
        prometheus_url: hostile.url('slow-400'),
        config_file: 'slos.yaml',
        prometheus_timeout: '1',
        prometheus_retries: '0',
        max_concurrency: '1'
      },
      { workspaceFiles: { 'slos.yaml': manySlos(20) } }
    )
    const elapsed = Date.now() - started
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.outputs.reasons).toMatch(/slow refusal/)
    expect(r.outputs.reasons).toMatch(/the evaluation passed its deadline of 5s/)
    expect(hostile.requests['slow-400'] - before).toBeLessThan(40)
    expect(elapsed).toBeLessThan(9000)
  })
})

describe('12. config files', () => {
  /** Nine to the fifth (59,049) nodes from a few lines: the shape of a billion-laughs file. */
  const ALIAS_BOMB = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    'slos: [*e]',
    ''
  ].join('\n')

  it('an alias bomb is a bad config_file input with the outputs set', async () => {
    const r = await run(
      'healthy',
      { config_file: 'bomb.yaml' },
      { workspaceFiles: { 'bomb.yaml': ALIAS_BOMB } }
    )
    expectBadInput(r, 'config_file')
    expect(r.stdout).toMatch(/bomb\.yaml, document 1: not usable YAML: Excessive alias count/)
  })

  it('CLI: the same file is a bad --config (64, a usage error), not an unexpected failure', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-rob-'))
    fs.writeFileSync(path.join(cwd, 'bomb.yaml'), ALIAS_BOMB)
    const r = await runCli(['check', '--config', 'bomb.yaml', '--prometheus-url', prometheus.url], {
      cwd
    })
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(/^error-budget: --config: bomb\.yaml, document 1: not usable YAML/)
  })

  it('a YAML syntax error is a bad config_file input with the outputs set', async () => {
    const r = await run(
      'healthy',
      { config_file: 'broken.yaml' },
      { workspaceFiles: { 'broken.yaml': 'slos:\n  - name: [unclosed\n' } }
    )
    expectBadInput(r, 'config_file')
    expect(r.stdout).toMatch(/broken\.yaml, document 1: not valid YAML/)
  })

  it('YAML merge keys (<<: *base) work', async () => {
    const q = serviceQueries('healthy')
    const file = [
      'slos:',
      '  - &base',
      '    name: first',
      '    target: 99.9',
      `    error_query: '${q.error_query}'`,
      `    total_query: '${q.total_query}'`,
      '  - <<: *base',
      '    name: second',
      '    target: 99.5',
      ''
    ].join('\n')
    const r = await run(
      'healthy',
      { config_file: 'slos.yaml' },
      { workspaceFiles: { 'slos.yaml': file } }
    )
    expect(r.exitCode).toBe(0)
    expect(r.outputs.budget_status).toBe('NORMAL')
    const slos = JSON.parse(r.outputs.slos) as { name: string }[]
    expect(slos.map(s => s.name).sort()).toEqual(['first', 'second'])
    const targets = (r.report?.slos as { name: string; target: number }[]).map(s => s.target)
    expect(targets.sort()).toEqual([99.5, 99.9])
  })
})

describe('13. inputs', () => {
  it.each([
    [
      'a multi-line prometheus_token',
      { prometheus_token: 'tok-line-1\ntok-line-2' },
      'prometheus_token'
    ],
    ['a date not on the calendar', { evaluation_time: '2026-02-30T00:00:00Z' }, 'evaluation_time'],
    ['hour 24', { evaluation_time: '2026-01-31T24:00:00Z' }, 'evaluation_time'],
    ['a window that overflows', { time_window: '99999999999999999999y' }, 'time_window'],
    ['a burn window that overflows', { burn_rate_window: '300y' }, 'burn_rate_window'],
    ['caution below warning', { caution_threshold: '10' }, 'caution_threshold'],
    ['warning above caution', { warning_threshold: '85' }, 'warning_threshold'],
    ['freeze above warning', { freeze_threshold: '60' }, 'freeze_threshold'],
    ['on_error in mixed case', { on_error: 'aLLow' }, 'on_error'],
    ['block_on in mixed case', { block_on: 'wArNiNg' }, 'block_on'],
    ['pr_comment in mixed case', { pr_comment: 'nEVER' }, 'pr_comment'],
    ['a boolean in mixed case', { dry_run: 'tRUE' }, 'dry_run']
  ])('%s is a bad input naming it, before any query', async (_, inputs, input) => {
    const proxy = await startProxy({ target: prometheus.url })
    try {
      const r = await run('healthy', { prometheus_url: proxy.url, ...inputs })
      expectBadInput(r, input)
      expect(proxy.requests).toHaveLength(0)
      // Masked (the add-mask line), never shown.
      const shown = r.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
      expect(shown.join('\n')).not.toContain('tok-line')
    } finally {
      await proxy.close()
    }
  })

  it('the threshold-order error names the value out of order', async () => {
    const r = await run('healthy', { caution_threshold: '10' })
    expect(r.stdout).toMatch(
      /::error::Input caution_threshold: thresholds must be strictly decreasing: caution \(10\) > warning \(50\) > freeze \(20\), but caution_threshold \(10\) is not above warning_threshold \(50\)/
    )
  })

  it('words follow the getBooleanInput rule: lower, Capitalised or UPPER case', async () => {
    const allowed = await run('exhausted', {
      on_error: 'Allow',
      block_on: 'warning,Freeze,EXHAUSTED',
      pr_comment: 'NEVER',
      slack_notify: 'Never',
      fail_on_block: 'False',
      dry_run: 'FALSE'
    })
    expect(allowed.exitCode).toBe(0)
    expect(allowed.outputs.budget_status).toBe('EXHAUSTED')
    expect(allowed.outputs.can_deploy).toBe('false')
    expect(allowed.report?.inputs).toMatchObject({ on_error: 'allow', fail_on_block: false })
    const unreachable = await run('healthy', {
      prometheus_url: 'http://127.0.0.1:9',
      prometheus_retries: '0',
      on_error: 'ALLOW'
    })
    expect(unreachable.outputs.budget_status).toBe('ERROR')
    expect(unreachable.outputs.can_deploy).toBe('true')
  })
})

describe('14. the report states the final decision after a granted override', () => {
  let fake: FakeGitHub
  beforeEach(async () => {
    fake = await startFakeGitHub()
  })
  afterEach(async () => fake.close())

  it('action: report summary and decision say "deploy allowed by override"', async () => {
    const reason = 'hotfix for INC-42, approved by the on-call lead'
    fake.permissions.set('alice', 'admin')
    const r = await run(
      'warning',
      {
        github_token: 'ghs_fake_token_123',
        pr_comment: 'never',
        override: 'true',
        override_reason: reason
      },
      {
        env: { GITHUB_API_URL: fake.url, GITHUB_ACTOR: 'alice' },
        eventName: 'workflow_dispatch',
        event: workflowDispatchEvent({ override_freeze: true, override_reason: reason })
      }
    )
    expect(r.outputs.override_applied).toBe('true')
    expect(r.outputs.can_deploy).toBe('true')
    expect(r.report).toMatchObject({
      can_deploy: true,
      decision: 'deploy allowed by override',
      override_applied: true
    })
    expect(r.report?.summary).toMatch(/: deploy allowed by override$/)
    expect(r.report?.summary).not.toMatch(/deploy blocked/)
  })

  it('CLI: check --json says "deploy allowed by override" and names the override', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-rob-'))
    const q = serviceQueries('warning')
    const r = await runCli(['check', '--json', ...serviceFlags(prometheus, q)], {
      cwd,
      env: { OVERRIDE_DEPLOY: 'true', OVERRIDE_REASON: 'hotfix for INC-42 approved' }
    })
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as Record<string, unknown>
    expect(report).toMatchObject({
      status: 'WARNING',
      can_deploy: true,
      decision: 'deploy allowed by override',
      override: { variable: 'OVERRIDE_DEPLOY', granted: true }
    })
    expect(report.summary).toMatch(/: deploy allowed by override$/)
  })
})

describe('15. one report file per step', () => {
  it('two gate steps in one job keep two reports, each output pointing at its own', async () => {
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-job-'))
    const first = await run(
      'healthy',
      {},
      { env: { RUNNER_TEMP: runnerTemp, GITHUB_ACTION: 'gate-a' } }
    )
    const second = await run(
      'exhausted',
      {},
      { env: { RUNNER_TEMP: runnerTemp, GITHUB_ACTION: 'gate-b' } }
    )
    // Two unnamed steps of the same action: the runner's names differ, and a clash gets a counter.
    const third = await run(
      'healthy',
      {},
      { env: { RUNNER_TEMP: runnerTemp, GITHUB_ACTION: '__acme_gate' } }
    )
    const fourth = await run(
      'warning',
      {},
      { env: { RUNNER_TEMP: runnerTemp, GITHUB_ACTION: '__acme_gate' } }
    )
    const files = [first, second, third, fourth].map(r => r.outputs.report_file)
    expect(new Set(files).size).toBe(4)
    for (const file of files) expect(path.dirname(file)).toBe(runnerTemp)
    expect(path.basename(files[0])).toBe('error-budget-report-gate-a.json')
    expect(path.basename(files[3])).toBe('error-budget-report-__acme_gate-2.json')
    const statuses = files.map(
      f => (JSON.parse(fs.readFileSync(f, 'utf8')) as { status: string }).status
    )
    expect(statuses).toEqual(['NORMAL', 'EXHAUSTED', 'NORMAL', 'WARNING'])
  })
})

describe('16. CLI: Ctrl-C and --watch --json', () => {
  let cwd: string
  beforeEach(() => {
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-rob-'))
  })

  it('the first SIGINT aborts the request in flight and exits 130 at once', async () => {
    const before = hostile.requests.hang
    let spawned: ChildProcess | undefined
    const child = runCli(
      ['check', '--prometheus-url', hostile.url('hang'), '--prometheus-timeout', '20'],
      { cwd, onSpawn: c => (spawned = c) }
    )
    // Interrupt once the request is at the server (it never answers).
    const started = Date.now()
    while (hostile.requests.hang === before && Date.now() - started < 10000)
      await new Promise(resolve => setTimeout(resolve, 20))
    expect(hostile.requests.hang).toBeGreaterThan(before)
    const sentAt = Date.now()
    spawned?.kill('SIGINT')
    const r = await child
    expect(Date.now() - sentAt).toBeLessThan(3000)
    expect(r.code).toBe(130)
    expect(r.stderr).toMatch(/error-budget: interrupted/)
    expect(r.stdout).not.toMatch(/Error budget:/)
  })

  it('status --watch --json prints one JSON document per line', async () => {
    const q = serviceQueries('caution')
    let interrupted = false
    const r = await runCli(
      ['status', '--watch', '--json', '--interval', '1', ...serviceFlags(prometheus, q)],
      {
        cwd,
        onStdout: (stdout, child) => {
          if (!interrupted && stdout.split('\n').length > 2) {
            interrupted = true
            child.kill('SIGINT')
          }
        }
      }
    )
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n').filter(line => line !== '')
    expect(lines.length).toBeGreaterThanOrEqual(2)
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ status: 'CAUTION' })
  })
})

describe('17. freeze reasons are one line', () => {
  it.each([
    [['--reason', 'incident\nby: the-cto']],
    [['--reason', 'incident\rby: the-cto']],
    [['--reason', 'incident INC-42', '--by', 'alice\nat: 1999-01-01']]
  ])('freeze %j is refused and writes nothing', async args => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-rob-'))
    const r = await runCli(['freeze', ...args], { cwd })
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(/must be one line of text/)
    expect(fs.existsSync(path.join(cwd, '.deploy-freeze'))).toBe(false)
  })
})
