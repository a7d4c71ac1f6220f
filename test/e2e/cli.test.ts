/** The built CLI as a subprocess against the real test Prometheus. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceFlags, serviceQueries } from '../helpers/queries.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { runCli, type CliRun } from '../helpers/run-cli.js'

const prometheus = sharedPrometheus()

let cwd: string
beforeEach(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-cli-'))
})

function cli(
  args: string[],
  env: Record<string, string> = {},
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void
): Promise<CliRun> {
  return runCli(args, { cwd, env, onStdout })
}

const target = (service: string): string[] => serviceFlags(prometheus, serviceQueries(service))

describe('error-budget check', () => {
  it.each([
    ['healthy', 0, 'NORMAL'],
    ['caution', 0, 'CAUTION'],
    ['warning', 1, 'WARNING'],
    ['freeze', 2, 'FREEZE'],
    ['exhausted', 3, 'EXHAUSTED'],
    ['ghost', 99, 'ERROR']
  ])('%s exits %d (%s)', async (service, code, status) => {
    const r = await cli(['check', ...target(service)])
    expect(r.code).toBe(code)
    expect(r.stdout).toContain(`Error budget: ${status}`)
    expect(r.stdout).not.toContain('\u001b[')
  })

  it('exits 99 when Prometheus is unreachable', async () => {
    const r = await cli([
      'check',
      '--prometheus-url',
      'http://127.0.0.1:9',
      '--prometheus-retries',
      '0'
    ])
    expect(r.code).toBe(99)
    // Said first, under the headline: which host, and why.
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'Error budget: ERROR (deploy blocked)',
      expect.stringMatching(
        /^ {2}cannot reach 127\.0\.0\.1:9: connection refused, nothing listens on that port \(ECONNREFUSED; request to http:\/\/127\.0\.0\.1:9\/api\/v1\/query(_range)?\)$/
      )
    ])
  })

  it('names the SLO of the flags with --slo-name in every message', async () => {
    const r = await cli(['check', '--json', ...target('warning'), '--slo-name', 'checkout'])
    const report = JSON.parse(r.stdout)
    expect(report.worst_slo).toBe('checkout')
    expect(report.reasons[0]).toMatch(/^checkout: 40\.00% of the error budget left/)
    expect(r.stdout).not.toMatch(/\bdefault\b/)
    const bad = await cli(['check', ...target('warning'), '--slo-name', 'a\u001bb'])
    expect(bad.code).toBe(64)
    expect(bad.stderr).toMatch(/^error-budget: --slo-name: .*has control characters/)
  })

  it('--json prints only the parsable report', async () => {
    const r = await cli(['check', '--json', ...target('warning')])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    expect(report.status).toBe('WARNING')
    expect(report.can_deploy).toBe(false)
    expect(report.slos[0].budget_remaining).toBeCloseTo(40, 1)
  })

  it('reads the environment when flags are absent; flags win', async () => {
    const q = serviceQueries('caution')
    const env = {
      PROMETHEUS_URL: prometheus.url,
      SLO_TARGET: '99.95',
      CAUTION_THRESHOLD: '90',
      WARNING_THRESHOLD: '75',
      FREEZE_THRESHOLD: '30'
    }
    const args = [
      'check',
      '--json',
      '--evaluation-time',
      String(prometheus.endTime),
      '--error-query',
      q.error_query,
      '--total-query',
      q.total_query
    ]
    const fromEnv = JSON.parse((await cli(args, env)).stdout)
    // 0.03% errors against a 0.05% budget: 40% left, below WARNING_THRESHOLD=75 and above 30.
    expect(fromEnv.slos[0].target).toBe(99.95)
    expect(fromEnv.slos[0].thresholds).toEqual({ caution: 90, warning: 75, freeze: 30 })
    expect(fromEnv.status).toBe('WARNING')
    const flagWins = JSON.parse((await cli([...args, '--slo-target', '99.9'], env)).stdout)
    expect(flagWins.slos[0].target).toBe(99.9)
  })

  it('reads PROMETHEUS_TOKEN and never prints it', async () => {
    const r = await cli(['check', '--json', ...target('healthy')], {
      PROMETHEUS_TOKEN: 'tok-secret-123'
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).inputs.auth).toBe('bearer')
    expect(r.stdout + r.stderr).not.toContain('tok-secret-123')
  })

  it('every usage error exits 64, an unknown flag as much as a bad value; 99 is kept for ERROR', async () => {
    expect((await cli(['check', '--no-such-flag'])).code).toBe(64)
    expect((await cli(['deploy'])).code).toBe(64)
    expect((await cli([])).code).toBe(64)
    const badValue = await cli(['check', ...target('healthy'), '--slo-target', '0.999'])
    expect(badValue.code).toBe(64)
    expect(badValue.stderr).toMatch(/--slo-target: 0\.999 looks like a ratio/)
    const missingUrl = await cli(['check'])
    expect(missingUrl.code).toBe(64)
    expect(missingUrl.stderr).toMatch(/--prometheus-url: is required/)
  })

  it('a typo in a flag suggests the flag and points at the help of its command', async () => {
    const r = await cli(['status', ...target('healthy'), '--slo-targt', '99.5'])
    expect(r.code).toBe(64)
    expect(r.stderr.trim().split('\n')).toEqual([
      'error-budget: unknown flag --slo-targt; did you mean --slo-target?',
      'Run "error-budget status --help" for the flags of status.'
    ])
  })

  it('accepts --no-chart on check, which never draws a chart', async () => {
    const r = await cli(['check', '--no-chart', ...target('healthy')])
    expect(r.code).toBe(0)
  })

  it('--help on every command', async () => {
    for (const command of ['check', 'status', 'freeze', 'unfreeze']) {
      const r = await cli([command, '--help'])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`error-budget ${command}`)
    }
    expect((await cli(['check', '--help'])).stdout).toMatch(
      /--slo-target VALUE +SLO target in percent, 0 < x < 100 \(default 99\.9\) \[env SLO_TARGET\]/
    )
  })

  it('help, --help, -h and help COMMAND print usage and exit 0; nothing at all exits 64', async () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const r = await cli(args)
      expect([args, r.code]).toEqual([args, 0])
      expect(r.stdout).toMatch(/^Usage: error-budget COMMAND/m)
    }
    const helpCheck = await cli(['help', 'check'])
    expect(helpCheck.code).toBe(0)
    expect(helpCheck.stdout).toContain('--config-file FILE, --config FILE')
    const bare = await cli([])
    expect(bare.code).toBe(64)
    expect(bare.stderr).toMatch(/^Usage: error-budget COMMAND/m)
  })

  it('--config-file and --config both read the SLO file', async () => {
    fs.copyFileSync(path.join(REPO_ROOT, 'examples/slos.yaml'), path.join(cwd, 'slos.yaml'))
    const base = [
      '--prometheus-url',
      prometheus.url,
      '--evaluation-time',
      String(prometheus.endTime)
    ]
    const long = await cli(['status', '--json', '--config-file', 'slos.yaml', ...base])
    const short = await cli(['status', '--json', '--config', 'slos.yaml', ...base])
    expect(long.code).toBe(0)
    const names = (run: CliRun) => JSON.parse(run.stdout).slos.map((s: { name: string }) => s.name)
    expect(names(long).length).toBeGreaterThan(1)
    expect(names(short)).toEqual(names(long))
  })

  it('a bad value is named where it came from: the variable, the flag, the config file', async () => {
    const fromEnv = await cli(['check', ...target('healthy')], { SLO_TARGET: 'abc' })
    expect(fromEnv.code).toBe(64)
    expect(fromEnv.stderr).toMatch(
      /^error-budget: SLO_TARGET \(environment variable\): "abc" is not a number/
    )
    const fromFlag = await cli(['check', ...target('healthy'), '--slo-target', 'abc'], {
      SLO_TARGET: '99'
    })
    expect(fromFlag.stderr).toMatch(/^error-budget: --slo-target: "abc" is not a number/)
    fs.writeFileSync(path.join(cwd, 'bad.yaml'), 'slos:\n  - name: a\n    target: abc\n')
    const fromFile = await cli(['check', '--config', 'bad.yaml', ...target('healthy')])
    expect(fromFile.code).toBe(64)
    expect(fromFile.stderr).toMatch(
      /^error-budget: --config: bad\.yaml, document 1 \(a\), field slos\[0\]\.target/
    )
  })
})

describe('freeze and unfreeze', () => {
  it('writes the freeze file that check and the action treat as FREEZE, and removes it', async () => {
    const frozen = await cli(['freeze', '--reason', 'incident 42: payments down', '--by', 'alice'])
    expect(frozen.code).toBe(0)
    const text = fs.readFileSync(path.join(cwd, '.deploy-freeze'), 'utf8')
    expect(text).toMatch(
      /^reason: incident 42: payments down\nby: alice\nat: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\n$/
    )
    const checked = await cli(['check', ...target('healthy')])
    expect(checked.code).toBe(2)
    expect(checked.stdout).toMatch(/freeze file .* is present: reason: incident 42/)
    expect((await cli(['unfreeze'])).stdout).toMatch(/Freeze lifted/)
    expect(fs.existsSync(path.join(cwd, '.deploy-freeze'))).toBe(false)
    expect((await cli(['check', ...target('healthy')])).code).toBe(0)
    expect((await cli(['unfreeze'])).stdout).toMatch(/No freeze/)
  })

  it('needs a reason and honours --file', async () => {
    expect((await cli(['freeze'])).code).toBe(64)
    fs.mkdirSync(path.join(cwd, 'ops'))
    expect(
      (await cli(['freeze', '--reason', 'release train', '--file', 'ops/freeze.txt'])).code
    ).toBe(0)
    expect(
      (await cli(['check', ...target('healthy'), '--freeze-file', 'ops/freeze.txt'])).code
    ).toBe(2)
  })
})

describe('overrides outside GitHub', () => {
  const reason = 'hotfix for incident 42, approved by the CTO'
  const readLog = (): Record<string, unknown>[] =>
    fs
      .readFileSync(path.join(cwd, 'deploy-freeze-overrides.log'), 'utf8')
      .trim()
      .split('\n')
      .map(line => JSON.parse(line))

  it.each([
    ['OVERRIDE_DEPLOY', 'warning', 0],
    ['OVERRIDE_DEPLOY', 'freeze', 2],
    ['OVERRIDE_DEPLOY_FREEZE', 'warning', 0],
    ['OVERRIDE_DEPLOY_FREEZE', 'freeze', 0],
    ['OVERRIDE_DEPLOY_FREEZE', 'exhausted', 3],
    ['OVERRIDE_BUDGET_EXHAUSTED', 'exhausted', 0],
    ['OVERRIDE_BUDGET_EXHAUSTED', 'freeze', 0]
  ])('%s on %s exits %d and is logged', async (variable, service, code) => {
    const r = await cli(['check', ...target(service)], {
      [variable]: 'true',
      OVERRIDE_REASON: reason,
      GITLAB_USER_LOGIN: 'bob',
      CI_PIPELINE_URL: 'https://gitlab.example.com/acme/shop/-/pipelines/9'
    })
    expect(r.code).toBe(code)
    const [record] = readLog()
    expect(record).toMatchObject({
      user: 'bob',
      host: os.hostname(),
      override: variable,
      decision: code === 0 ? 'granted' : 'denied',
      reason,
      status: service.toUpperCase(),
      pipeline_url: 'https://gitlab.example.com/acme/shop/-/pipelines/9'
    })
    expect(typeof record.budget_remaining).toBe('number')
    expect(Date.parse(record.time as string)).not.toBeNaN()
    expect(r.stdout).toContain(JSON.stringify(record))
  })

  it('refuses without a reason of 10+ characters, and logs the refusal', async () => {
    const r = await cli(['check', ...target('warning')], {
      OVERRIDE_DEPLOY: 'true',
      OVERRIDE_REASON: 'because'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /Override refused: OVERRIDE_REASON must say why in at least 10 characters/
    )
    expect(readLog()[0]).toMatchObject({ decision: 'denied', user: 'tester' })
  })

  it('does nothing (and logs nothing) when the deploy is not blocked', async () => {
    const r = await cli(['check', ...target('healthy')], {
      OVERRIDE_DEPLOY: 'true',
      OVERRIDE_REASON: reason
    })
    expect(r.code).toBe(0)
    expect(fs.existsSync(path.join(cwd, 'deploy-freeze-overrides.log'))).toBe(false)
  })

  it('honours --audit-log and keeps --json parsable', async () => {
    const r = await cli(['check', '--json', '--audit-log', 'audit.jsonl', ...target('warning')], {
      OVERRIDE_DEPLOY: 'true',
      OVERRIDE_REASON: reason,
      BUILD_USER_ID: 'jenkins-carol',
      BUILD_URL: 'https://jenkins.example.com/job/shop/7/'
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).can_deploy).toBe(true)
    const record = JSON.parse(fs.readFileSync(path.join(cwd, 'audit.jsonl'), 'utf8'))
    expect(record).toMatchObject({
      user: 'jenkins-carol',
      pipeline_url: 'https://jenkins.example.com/job/shop/7/'
    })
    expect(r.stderr).toMatch(/OVERRIDE by OVERRIDE_DEPLOY/)
  })
})

describe('error-budget status', () => {
  it('prints the budget and exits 0 even when blocked', async () => {
    const r = await cli(['status', ...target('warning')])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Budget remaining\s+40\.00%/)
    const json = await cli(['status', '--json', ...target('freeze')])
    expect(JSON.parse(json.stdout).status).toBe('FREEZE')
  })

  it('--watch redraws every interval and exits 0 on SIGINT', async () => {
    let interrupted = false
    const r = await cli(
      ['status', '--watch', '--interval', '1', ...target('caution')],
      {},
      (stdout, child) => {
        if (!interrupted && (stdout.match(/Error budget: CAUTION/g) ?? []).length >= 2) {
          interrupted = true
          child.kill('SIGINT')
        }
      }
    )
    expect(interrupted).toBe(true)
    expect(r.code).toBe(0)
    expect((r.stdout.match(/^--- \d{4}-/gm) ?? []).length).toBeGreaterThanOrEqual(2)
  })

  it('strips control characters from user text', async () => {
    fs.writeFileSync(path.join(cwd, '.deploy-freeze'), 'reason: \u001b[2J\u001b]0;pwned\u0007 evil')
    const r = await cli(['status', ...target('healthy')])
    expect(r.stdout).not.toContain('\u001b')
    expect(r.stdout).not.toContain('\u0007')
  })

  it('draws the burn-down chart in plain ASCII when stdout is not a TTY; --json carries slos[].daily', async () => {
    const r = await cli(['status', ...target('warning')])
    const chart = r.stdout.slice(r.stdout.indexOf('default: budget left over 30d (%)'))
    expect(chart).toMatch(/^ +100 {2}[+|]/m)
    expect(chart).toMatch(/dotted: caution 80%, warning 50%, freeze 20%, exhausted 0%/)
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).toMatch(/^[\x0a\x20-\x7e]*$/)
    const json = JSON.parse((await cli(['status', '--json', ...target('warning')])).stdout)
    expect(json.slos[0].daily).toHaveLength(31)
    expect(json.slos[0].daily[0]).toEqual({
      time: new Date((prometheus.endTime - 30 * 86400) * 1000).toISOString(),
      budget_remaining: 100
    })
    expect(json.slos[0].daily.at(-1).budget_remaining).toBe(json.slos[0].budget_remaining)
  })

  it('--no-chart and check draw no chart and send no range query', async () => {
    // warning blocks: without --no-forecast, its forecast adds two range queries.
    const quiet = ['--no-forecast', '--json', ...target('warning')]
    const none = await cli(['status', '--no-chart', ...quiet])
    // The probe for recorded series, the two batches and the coverage check: no range query.
    expect(JSON.parse(none.stdout)).toMatchObject({ request_count: 4, slos: [{ daily: null }] })
    const check = await cli(['check', ...quiet])
    expect(JSON.parse(check.stdout)).toMatchObject({ request_count: 4, slos: [{ daily: null }] })
    const forecast = await cli(['check', '--json', ...target('warning')])
    expect(JSON.parse(forecast.stdout)).toMatchObject({
      request_count: 6,
      forecast: { unblocks_at: 'never' }
    })
    expect((await cli(['status', '--no-chart', ...target('warning')])).stdout).not.toContain(
      'budget left over 30d (%)'
    )
  })
})

describe('error-budget backtest', () => {
  it('runs from the bundle: a timeline, then --json with the fields a script reads', async () => {
    const flags = [
      '--since',
      '2d',
      '--until',
      String(prometheus.endTime),
      '--time-window',
      '7d',
      '--query-source',
      'raw',
      // Data older than a day is sampled every 10 minutes: no 5m window (the gate would say ERROR).
      '--fast-burn-threshold',
      '0',
      ...target('oldincident').filter(
        (_, i, all) => all[i] !== '--evaluation-time' && all[i - 1] !== '--evaluation-time'
      )
    ]
    const human = await cli(['backtest', ...flags])
    expect(human.code).toBe(0)
    expect(human.stdout).toMatch(/^Backtest .* UTC, every 1h: blocked 0\.0 % of the judged time/)
    expect(human.stdout).toMatch(/^ {2}gate {9}\|\.+\|$/m)
    const json = await cli(['backtest', '--json', ...flags])
    expect(JSON.parse(json.stdout)).toMatchObject({
      step_seconds: 3600,
      steps: 49,
      blocked_share: 0,
      intervals: [],
      requests: 4
    })
    const missing = await cli(['backtest', ...flags.slice(2)])
    expect(missing.code).toBe(64)
    expect(missing.stderr).toMatch(/backtest needs --since DURATION/)
  })
})

describe('error-budget rules', () => {
  it('prints a rule file for the flags that promtool accepts, with alerts and the interval asked for', async () => {
    const r = await cli(['rules', '--alerts', '--interval', '30s', ...serviceQueryFlags()])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^groups:$/m)
    expect(r.stdout).toMatch(/interval: "30s"/)
    expect(r.stdout).toMatch(/record: "ebg_slo:errors:rate5m"/)
    expect(r.stdout).toMatch(/alert: "ErrorBudgetFastBurn"/)
    const file = path.join(cwd, 'rules.yml')
    fs.writeFileSync(file, r.stdout)
    const check = await new Promise<{ code: number | null; out: string }>(resolve => {
      const child = spawn('promtool', ['check', 'rules', file])
      let out = ''
      child.stdout.on('data', chunk => (out += chunk))
      child.on('close', code => resolve({ code, out }))
    })
    expect(check.code).toBe(0)
    expect(check.out).toMatch(/SUCCESS: 4 rules found/)
  })

  it('reads --config in any format: one group per SLO of a Sloth file', async () => {
    const sloth = path.join(REPO_ROOT, 'test/fixtures/specs/sloth-k8s-multifile.yaml')
    const r = await cli(['rules', '--config', sloth])
    expect(r.code).toBe(0)
    expect((r.stdout.match(/- name: "error-budget-gate:/g) ?? []).length).toBeGreaterThan(1)
  })

  it('refuses an interval that is not a duration, naming the flag', async () => {
    const r = await cli(['rules', '--interval', 'soon'])
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(/--interval/)
  })

  it('--scrape-interval 30m: rates over four scrapes, and a warning for each burn window they make meaningless', async () => {
    const r = await cli(['rules', '--scrape-interval', '30m', ...serviceQueryFlags()])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/record: "ebg_slo:total:rate2h"/)
    expect(r.stdout).toContain('[2h]))) / 7200')
    expect(r.stdout).not.toContain('[5m]')
    // The default page tiers read 5m, 30m and 1h: each shorter than the 2h rate.
    for (const window of ['short window 5m', 'long window 1h', 'short window 30m'])
      expect(r.stderr).toContain(`tier's ${window} is shorter than the 2h rate the rules record`)
    expect(r.stderr).toMatch(/burn_rate_window 1h is shorter than the 2h rate/)
  })

  it('takes the scrape interval per SLO from our config format, with tiers that fit it: no warning', async () => {
    const file = path.join(cwd, 'slos.yaml')
    const q = serviceQueries('healthy')
    fs.writeFileSync(
      file,
      [
        'slos:',
        '  - name: batch',
        `    error_query: ${JSON.stringify(q.error_query)}`,
        `    total_query: ${JSON.stringify(q.total_query)}`,
        '    scrape_interval: 30m',
        '    burn_rate_window: 6h',
        '    burn_tiers:',
        '      - { long: 1d, short: 6h, factor: 6, escalate_to: WARNING }',
        '  - name: api',
        `    error_query: ${JSON.stringify(q.error_query)}`,
        `    total_query: ${JSON.stringify(q.total_query)}`
      ].join('\n')
    )
    const r = await cli(['rules', '--config', file])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(/record: "ebg_slo:total:rate2h"\n.*\n.*\n {10}slo: "batch"/)
    expect(r.stdout).toMatch(/record: "ebg_slo:total:rate5m"\n.*\n.*\n {10}slo: "api"/)
  })

  it.each([
    [
      'rules evaluated less often than their rate',
      ['--interval', '10m'],
      /--interval: default: rules evaluated every 10m over a 5m rate would never record the events between two evaluations/
    ],
    [
      'a rate window longer than the SLO window',
      ['--scrape-interval', '12h', '--time-window', '1d'],
      /--scrape-interval: default: a 12h scrape interval needs a rate window of 2d \(4 scrapes\), longer than the SLO window 1d: nothing the rules record could measure it/
    ]
  ])('refuses rules that would record nothing: %s', async (_name, flags, message) => {
    const r = await cli(['rules', ...flags, ...serviceQueryFlags()])
    // A bad value of a flag is a usage error (64), as for every command.
    expect(r.code).toBe(64)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
  })
})

function serviceQueryFlags(): string[] {
  const q = serviceQueries('healthy')
  return ['--error-query', q.error_query, '--total-query', q.total_query]
}
