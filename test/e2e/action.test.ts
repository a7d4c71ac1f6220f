/**
 * The bundled action run as the runner runs it (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
 * against the real test Prometheus, directly or through an authenticating, fault-playing proxy.
 */
import fs from 'node:fs'
import path from 'node:path'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { startProxy, type TestProxy } from '../helpers/proxy.js'
import {
  REPO_ROOT,
  runAction,
  runForService,
  type ActionRun,
  type RunActionOptions
} from '../helpers/run-action.js'

const prometheus = sharedPrometheus()
const OUTPUTS = [
  'can_deploy',
  'budget_status',
  'budget_remaining',
  'budget_consumed',
  'error_ratio',
  'availability',
  'burn_rate',
  'days_to_exhaustion',
  'reasons',
  'report_file',
  'summary'
]

const run = (
  service: string,
  inputs: Record<string, string> = {},
  extra: Partial<RunActionOptions> = {}
): Promise<ActionRun> => runForService(prometheus, service, inputs, extra)

/** Everything the run printed or wrote, less the runner's own mask commands. */
const everything = (r: ActionRun): string =>
  [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.report)]
    .join('\n')
    .replace(/::add-mask::.*\n/g, '')

describe('the bundled action', () => {
  it('allows a healthy service: exit 0, every output, summary and report', async () => {
    const r = await run('healthy')
    expect(r.exitCode).toBe(0)
    for (const name of OUTPUTS) expect(r.outputs).toHaveProperty(name)
    expect(r.outputs.can_deploy).toBe('true')
    expect(r.outputs.budget_status).toBe('NORMAL')
    expect(Number(r.outputs.budget_remaining)).toBeCloseTo(90, 0)
    expect(r.outputs.budget_remaining).toMatch(/^\d+\.\d{2}$/)
    expect(r.outputs.days_to_exhaustion).toMatch(/^\d+\.\d$/)
    expect(r.summary).toMatch(/Error budget: NORMAL, deploy allowed/)
    expect(r.summary).toMatch(/\| Budget remaining \| 90\.\d\d% \|/)
    expect(r.summary).toMatch(/Burn rate per window/)
    expect(r.summary).toMatch(/Deploy policy/)
    expect(r.report?.evaluation_time).toBe(new Date(prometheus.endTime * 1000).toISOString())
    const slos = r.report?.slos as { windows: { window: string }[] }[]
    expect(slos[0].windows.map(w => w.window)).toEqual(['30d', '1h', '5m', '6h', '30m'])
  })

  it('blocks WARNING: the step fails after setting every output', async () => {
    const r = await run('warning')
    expect(r.exitCode).toBe(1)
    for (const name of OUTPUTS) expect(r.outputs).toHaveProperty(name)
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.outputs.budget_status).toBe('WARNING')
    expect(r.stdout).toMatch(/::error::Deploy blocked: WARNING/)
    expect(r.outputs.reasons).toMatch(/warning threshold 50%/)
  })

  it('reports without failing when fail_on_block is false, and never blocks in a dry run', async () => {
    const quiet = await run('exhausted', { fail_on_block: 'false' })
    expect(quiet.exitCode).toBe(0)
    expect(quiet.outputs.can_deploy).toBe('false')
    expect(quiet.outputs.budget_status).toBe('EXHAUSTED')
    const dry = await run('exhausted', { dry_run: 'true' })
    expect(dry.exitCode).toBe(0)
    expect(dry.outputs.can_deploy).toBe('true')
    expect(dry.outputs.summary).toMatch(/would be blocked \(dry run\)/)
  })

  it('freezes when the freeze file exists and shows its text escaped', async () => {
    const r = await run(
      'healthy',
      {},
      { workspaceFiles: { '.deploy-freeze': 'reason: <b>incident</b> @here\nby: alice\n' } }
    )
    expect(r.exitCode).toBe(1)
    expect(r.outputs.budget_status).toBe('FREEZE')
    expect(r.summary).toContain('&lt;b&gt;incident&lt;/b&gt;')
    expect(r.summary).not.toContain('<b>incident')
  })

  it('fails a bad input before any query, naming the input, never can_deploy=true', async () => {
    const proxy = await startProxy({ target: prometheus.url })
    try {
      const r = await run('healthy', { prometheus_url: proxy.url, slo_target: '0.999' })
      expect(r.exitCode).toBe(1)
      expect(r.stdout).toMatch(/::error::Input slo_target: 0\.999 looks like a ratio/)
      expect(r.outputs.can_deploy).toBe('false')
      expect(proxy.requests).toHaveLength(0)
      const noWindow = await run('healthy', { prometheus_url: proxy.url, error_query: 'sum(x)' })
      expect(noWindow.stdout).toMatch(/Input error_query: has no \{\{window\}\}/)
      expect(proxy.requests).toHaveLength(0)
    } finally {
      await proxy.close()
    }
  })
})

describe('what a newcomer reads', () => {
  it('links the docs at the repository and ref the action was run from', async () => {
    const r = await run(
      'healthy',
      {},
      {
        env: {
          GITHUB_ACTION_REPOSITORY: 'octo-org/error-budget-gate',
          GITHUB_ACTION_REF: 'v1'
        }
      }
    )
    // GITHUB_SERVER_URL of the run (a GHES host here), not github.com.
    expect(r.summary).toContain(
      '[error-budget-gate](https://github.example.com/octo-org/error-budget-gate/tree/v1)'
    )
    expect(r.summary).toContain(
      '(https://github.example.com/octo-org/error-budget-gate/blob/v1/README.md#what-each-status-means)'
    )
  })

  it('names the single SLO slo_name says, in the outputs, the reasons and the summary', async () => {
    const r = await run('warning', { slo_name: 'checkout' })
    expect(r.outputs.reasons.split('\n')[0]).toMatch(/^checkout: 40\.00% of the error budget left/)
    expect(JSON.parse(r.outputs.slos)[0].name).toBe('checkout')
    expect(r.summary).toContain('| SLO | checkout: 99.9% over 30d |')
    expect(r.summary + r.outputs.reasons).not.toMatch(/\bdefault(: |, 99| \()/)
    const bad = await run('warning', { slo_name: 'checkout\n::error::forged' })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toMatch(/::error::Input slo_name: .*has control characters or line breaks/)
  })

  it('says in the summary of a blocked run what to do and how to override', async () => {
    const r = await run('freeze')
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.summary).toContain('**What to do:** Deploy freeze:')
    expect(r.summary).toMatch(/\*\*How to override:\*\* .*`override` input .*`override_reason`/)
    const open = await run('healthy')
    expect(open.summary).not.toMatch(/How to override/)
  })
})

describe('faults', () => {
  let proxy: TestProxy
  afterEach(async () => proxy?.close())

  it('unreachable port: ERROR, blocked, message names the URL', async () => {
    const r = await run('healthy', {
      prometheus_url: 'http://127.0.0.1:9/prometheus',
      prometheus_retries: '0'
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.can_deploy).toBe('false')
    // The first request (auto's probe of the recorded series, a range query) found it down.
    expect(r.outputs.reasons).toMatch(
      /^cannot reach 127\.0\.0\.1:9: connection refused, nothing listens on that port \(ECONNREFUSED; request to http:\/\/127\.0\.0\.1:9\/prometheus\/api\/v1\/query(_range)?\)\n/
    )
  })

  it('on_error=allow lets an ERROR through without failing', async () => {
    const r = await run('healthy', {
      prometheus_url: 'http://127.0.0.1:9',
      prometheus_retries: '0',
      on_error: 'allow'
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.can_deploy).toBe('true')
    expect(r.stdout).toMatch(/::error::Error budget could not be evaluated/)
  })

  it('401 from an authenticating proxy: ERROR naming the status and the credentials', async () => {
    proxy = await startProxy({ target: prometheus.url, bearer: 'right-token' })
    const r = await run('healthy', { prometheus_url: proxy.url, prometheus_token: 'wrong-token' })
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.reasons).toMatch(/HTTP 401.*check the credentials/)
    expect(everything(r)).not.toContain('wrong-token')
  })

  it('503 then success: retried, and the answer is right', async () => {
    proxy = await startProxy({ target: prometheus.url })
    proxy.faults.push({ status: 503, body: 'busy' })
    const r = await run('healthy', { prometheus_url: proxy.url, prometheus_retries: '2' })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.budget_status).toBe('NORMAL')
    // The probe for recorded series (the one retried), errors and totals (all windows in each),
    // the coverage check of the total query at the window's start, the chart's range query.
    expect(proxy.requests.length).toBe(6)
  })

  it('an HTML login page is not Prometheus JSON', async () => {
    proxy = await startProxy({ target: prometheus.url })
    for (let i = 0; i < 10; i++) {
      proxy.faults.push({
        status: 200,
        body: '<html><title>Log in to SSO</title></html>',
        headers: { 'Content-Type': 'text/html' }
      })
    }
    const r = await run('healthy', { prometheus_url: proxy.url })
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.reasons).toMatch(/HTML page titled "Log in to SSO", not Prometheus JSON/)
  })

  it('bad PromQL shows the server error; no data says so', async () => {
    const bad = await run('healthy', { error_query: 'sum(rate(x[{{window}}]' })
    expect(bad.outputs.budget_status).toBe('ERROR')
    expect(bad.outputs.reasons).toMatch(/bad_data.*parse error/)
    const none = await run('ghost')
    expect(none.outputs.budget_status).toBe('ERROR')
    expect(none.outputs.reasons).toMatch(/no data/)
  })

  it('a timeout is not retried, and the queries not yet sent are skipped', async () => {
    proxy = await startProxy({ target: prometheus.url })
    for (let i = 0; i < 30; i++) proxy.faults.push({ delayMs: 6000 })
    const started = Date.now()
    const r = await run('healthy', {
      prometheus_url: proxy.url,
      prometheus_timeout: '1',
      prometheus_retries: '2'
    })
    const elapsed = Date.now() - started
    expect(r.outputs.budget_status).toBe('ERROR')
    // The server was asked to stop at 1s; the client waits 3s, then gives up for good.
    expect(r.outputs.reasons).toMatch(
      /timed out after 3s without an answer.*raise prometheus_timeout/
    )
    expect(proxy.requests).toHaveLength(1)
    expect(elapsed).toBeLessThan(5900)
  })
})

describe('authentication through a proxy, with a path prefix', () => {
  let proxy: TestProxy
  afterEach(async () => proxy?.close())

  it('bearer token', async () => {
    proxy = await startProxy({
      target: prometheus.url,
      prefix: '/prometheus',
      bearer: 's3cret-bearer-token'
    })
    const r = await run('caution', {
      prometheus_url: proxy.url,
      prometheus_token: 's3cret-bearer-token'
    })
    expect(r.outputs.budget_status).toBe('CAUTION')
    expect(r.stdout).toContain('::add-mask::s3cret-bearer-token')
    expect(everything(r)).not.toContain('s3cret-bearer-token')
  })

  it('basic auth, also from the URL userinfo', async () => {
    proxy = await startProxy({
      target: prometheus.url,
      prefix: '/prometheus',
      basic: { username: '123456', password: 'glc_p@ss' }
    })
    const direct = await run('healthy', {
      prometheus_url: proxy.url,
      prometheus_username: '123456',
      prometheus_password: 'glc_p@ss'
    })
    expect(direct.outputs.budget_status).toBe('NORMAL')
    const inUrl = await run('healthy', {
      prometheus_url: proxy.url.replace('http://', 'http://123456:glc_p%40ss@')
    })
    expect(inUrl.outputs.budget_status).toBe('NORMAL')
    for (const r of [direct, inUrl]) {
      expect(everything(r)).not.toMatch(/glc_p(@|%40)ss/)
    }
  })

  it('tenant header', async () => {
    proxy = await startProxy({
      target: prometheus.url,
      requiredHeaders: { 'X-Scope-OrgID': 'team-a' }
    })
    const denied = await run('healthy', { prometheus_url: proxy.url })
    expect(denied.outputs.budget_status).toBe('ERROR')
    const r = await run('healthy', {
      prometheus_url: proxy.url,
      prometheus_headers: 'X-Scope-OrgID: team-a'
    })
    expect(r.outputs.budget_status).toBe('NORMAL')
    expect(proxy.requests.at(-1)?.headers['x-scope-orgid']).toBe('team-a')
  })
})

describe('config_file with several SLOs', () => {
  const examples = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8')

  it('evaluates every SLO, reports the worst and lists all of them worst first', async () => {
    const r = await runAction({
      inputs: {
        prometheus_url: prometheus.url,
        evaluation_time: String(prometheus.endTime),
        config_file: 'slo/all.yaml'
      },
      workspaceFiles: {
        'slo/all.yaml': [examples('slos.yaml'), examples('sloth.yaml')].join('\n---\n')
      }
    })
    expect(r.outputs.budget_status).toBe('FREEZE')
    expect(r.exitCode).toBe(1)
    expect(Number(r.outputs.budget_remaining)).toBeCloseTo(10, 1)
    const slos = JSON.parse(r.outputs.slos) as { name: string; status: string }[]
    expect(slos.map(s => [s.name, s.status])).toEqual([
      ['payments-requests-availability', 'FREEZE'],
      ['search-availability', 'WARNING'],
      ['checkout-availability', 'CAUTION'],
      ['checkout-latency', 'CAUTION'],
      ['payments-requests-ratio', 'NORMAL']
    ])
    expect(r.summary).toMatch(/SLOs \(worst first\)/)
    const rows = r.summary
      .split('\n')
      .filter(line => /^\| (payments|search|checkout)-[a-z-]+ \| /.test(line))
    expect(rows).toHaveLength(5)
    expect(rows[0]).toMatch(/^\| payments-requests-availability \| 🧊 FREEZE/)
  })

  it('refuses two SLOs with one name', async () => {
    const r = await runAction({
      inputs: { prometheus_url: 'http://127.0.0.1:9', config_file: 'all.yaml' },
      workspaceFiles: {
        'all.yaml': [examples('slos.yaml'), examples('openslo.yaml')].join('\n---\n')
      }
    })
    expect(r.stdout).toMatch(
      /Input config_file: all\.yaml: two SLOs are named "search-availability"/
    )
  })

  it('a broken file fails before any query, naming the file, document and field', async () => {
    const r = await runAction({
      inputs: { prometheus_url: 'http://127.0.0.1:9', config_file: 'slos.yaml' },
      workspaceFiles: {
        'slos.yaml': 'slos:\n  - name: a\n---\nslos:\n  - name: b\n    target: 150\n'
      }
    })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(
      /::error::Input config_file: slos\.yaml, document 2 \(b\), field slos\[0\]\.target: 150 is out of range/
    )
    expect(r.outputs.can_deploy).toBe('false')
    const missing = await runAction({
      inputs: { prometheus_url: 'http://127.0.0.1:9', config_file: 'nope.yaml' }
    })
    expect(missing.stdout).toMatch(/Input config_file: nope\.yaml cannot be read \(ENOENT\)/)
  })
})

describe('the burn-down chart in the job summary', () => {
  it('draws it by default, ending on budget_remaining, with the daily points in the report', async () => {
    // warning blocks: its forecast, drawn past today, is in the next describe.
    const r = await run('warning', { forecast: 'false' })
    const block = /```mermaid\n([\s\S]*?)```/.exec(r.summary)?.[1] ?? ''
    expect(block).toMatch(/^xychart-beta$/m)
    const values = /line "budget left" \[(.*)\]/.exec(block)![1].split(', ')
    expect(values).toHaveLength(31)
    expect(values.at(-1)).toBe(r.outputs.budget_remaining)
    const slos = r.report?.slos as { daily: { time: string; budget_remaining: number }[] }[]
    expect(slos[0].daily).toHaveLength(31)
    expect(slos[0].daily.at(-1)!.budget_remaining.toFixed(2)).toBe(r.outputs.budget_remaining)
    // The probe for recorded series, the two batches, the coverage check and the range query.
    expect(r.summary).toMatch(/with 5 Prometheus requests/)
  })

  it('chart: false draws nothing and sends no range query; a bad value fails naming the input', async () => {
    const off = await run('warning', { chart: 'false', forecast: 'false' })
    expect(off.summary).not.toContain('mermaid')
    expect(off.summary).toMatch(/with 4 Prometheus requests/)
    expect(off.outputs.budget_status).toBe('WARNING')
    const bad = await run('warning', { chart: 'maybe' })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toMatch(/Input chart: "maybe" is not a boolean/)
  })
})

describe('the recovery forecast through the bundled action', () => {
  it('a blocked deploy gets unblocks_at, the headline, the chart past today and the report', async () => {
    const r = await run('warning')
    expect(r.outputs.unblocks_at).toBe('never')
    // A steady leak at 40 % left: back above 50 % once a sixth of the window has aged out.
    const stop = Date.parse(r.outputs.unblocks_at_if_errors_stop) / 1000
    expect(Math.abs(stop - (prometheus.endTime + 121 * 3600))).toBeLessThanOrEqual(3600)
    expect(r.summary.split('\n')[0]).toMatch(
      /^## ⚠️ Error budget: WARNING, deploy blocked; at the current burn the budget is not back above 50 % within the 30d window; if errors stop now, on \w{3} \d+ \w{3} about \d\d:00 UTC$/
    )
    expect(r.summary).toMatch(/line "if errors stop now" \[/)
    expect(r.report?.forecast).toMatchObject({
      unblocks_at: 'never',
      unblocks_at_if_errors_stop: r.outputs.unblocks_at_if_errors_stop
    })
    // The probe, the two batches, the coverage check, the chart's and the forecast's two.
    expect(r.summary).toMatch(/with 7 Prometheus requests/)
  })

  it('is empty when not blocked, and a bad forecast value fails naming the input', async () => {
    const healthy = await run('healthy')
    expect(healthy.outputs).toMatchObject({ unblocks_at: '', unblocks_at_if_errors_stop: '' })
    const bad = await run('warning', { forecast: 'maybe' })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toMatch(/Input forecast: "maybe" is not a boolean/)
  })
})
