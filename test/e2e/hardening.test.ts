/**
 * Issue 9, items 1-9, end to end through the bundled action and CLI: the gate never opens on an
 * unknown budget, never shows a secret in any channel, never reads through a link, and never lets
 * text it did not write start a workflow command. Hostile answers come from test/helpers/hostile.ts,
 * budgets from the real test Prometheus, GitHub and Slack from the fake.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { startFakeGitHub, workflowDispatchEvent, type FakeGitHub } from '../helpers/fake-github.js'
import {
  executesInjected,
  INJECTED,
  startHostileServer,
  type HostileServer
} from '../helpers/hostile.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceFlags, serviceQueries } from '../helpers/queries.js'
import { runAction, type ActionRun, type RunActionOptions } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const prometheus = sharedPrometheus()
const SHA = 'feed'.padEnd(40, '0')
const REASON = 'hotfix for INC-42, approved by the on-call lead'
let fake: FakeGitHub
let hostile: HostileServer

beforeEach(async () => {
  fake = await startFakeGitHub()
  hostile = await startHostileServer()
})
afterEach(async () => {
  expect(fake.schemaErrors).toEqual([])
  await fake.close()
  await hostile.close()
})

function action(options: Partial<RunActionOptions> & { inputs: Record<string, string> }) {
  return runAction({
    eventName: 'push',
    ...options,
    inputs: {
      evaluation_time: String(prometheus.endTime),
      github_token: 'ghs_fake_token_123',
      pr_comment: 'never',
      prometheus_retries: '0',
      ...options.inputs
    },
    env: { GITHUB_API_URL: fake.url, GITHUB_SHA: SHA, ...options.env }
  })
}

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-hard-'))

// ---------------------------------------------------------------------------------------------
describe('1. a freeze file never makes an unknown budget overridable (CLI)', () => {
  it.each(['OVERRIDE_DEPLOY_FREEZE', 'OVERRIDE_BUDGET_EXHAUSTED', 'OVERRIDE_DEPLOY'])(
    '%s with .deploy-freeze and Prometheus unavailable: refused, exit 99',
    async variable => {
      const cwd = tempDir()
      fs.writeFileSync(path.join(cwd, '.deploy-freeze'), 'reason: incident 42\nby: alice\n')
      const r = await runCli(
        ['check', '--prometheus-url', `${hostile.url}/unavailable`, '--prometheus-retries', '0'],
        { cwd, env: { [variable]: 'true', OVERRIDE_REASON: REASON } }
      )
      expect(r.code).toBe(99)
      expect(r.stdout).toMatch(/^Error budget: ERROR \(deploy blocked\)/)
      expect(r.stdout).toContain('freeze file')
      expect(r.stdout).toMatch(/Override refused: an ERROR cannot be overridden/)
      const audit = JSON.parse(
        fs.readFileSync(path.join(cwd, 'deploy-freeze-overrides.log'), 'utf8').trim()
      )
      expect(audit).toMatchObject({ decision: 'denied', status: 'ERROR', override: variable })
    }
  )

  it('with the freeze file and a readable budget, OVERRIDE_DEPLOY_FREEZE still opens the freeze', async () => {
    const cwd = tempDir()
    fs.writeFileSync(path.join(cwd, '.deploy-freeze'), 'reason: incident 42\n')
    const q = serviceQueries('healthy')
    const r = await runCli(['check', ...serviceFlags(prometheus, q)], {
      cwd,
      env: { OVERRIDE_DEPLOY_FREEZE: 'true', OVERRIDE_REASON: REASON }
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/OVERRIDE by OVERRIDE_DEPLOY_FREEZE: deploy allowed despite FREEZE/)
  })

  it('the action: freeze file + unknown budget stays ERROR, not FREEZE', async () => {
    const r = await action({
      inputs: { prometheus_url: `${hostile.url}/unavailable` },
      workspaceFiles: { '.deploy-freeze': 'reason: incident 42\n' }
    })
    expect(r.outputs.budget_status).toBe('ERROR')
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.outputs.reasons).toMatch(/freeze file .* is present: reason: incident 42/)
  })
})

// ---------------------------------------------------------------------------------------------
describe('2. the override needs the highest permission any blocking SLO requires', () => {
  const config = [
    'slos:',
    '  - name: checkout',
    `    error_query: '${serviceQueries('exhausted').error_query}'`,
    `    total_query: '${serviceQueries('exhausted').total_query}'`,
    '  - name: ghost',
    `    error_query: 'sum(increase(no_such_metric_total{status=~"5.."}[{{window}}]))'`,
    `    total_query: 'sum(increase(no_such_metric_total[{{window}}]))'`
  ].join('\n')

  it.each([
    ['maintain', false],
    ['admin', true]
  ] as const)('EXHAUSTED + ERROR, actor with %s: granted=%s', async (role, granted) => {
    fake.permissions.set('alice', role)
    const r = await action({
      inputs: {
        prometheus_url: prometheus.url,
        config_file: 'slos.yaml',
        override: 'true',
        override_reason: REASON,
        slack_webhook_url: fake.slackUrl,
        slack_notify: 'never'
      },
      env: { GITHUB_ACTOR: 'alice' },
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({ override_freeze: true, override_reason: REASON }),
      workspaceFiles: { 'slos.yaml': config }
    })
    expect(r.outputs.budget_status).toBe('ERROR')
    const record = JSON.parse(r.outputs.audit_record)
    expect(record).toMatchObject({
      decision: granted ? 'granted' : 'denied',
      required_permission: 'admin',
      required_by: 'SLO checkout',
      permission: role
    })
    expect(record.explanation).toMatch(
      /"admin" (permission|the level needs) \(required by SLO checkout\)/
    )
    expect(r.outputs.can_deploy).toBe(String(granted))
    expect(r.exitCode).toBe(granted ? 0 : 1)
    const comment = fake.comments.find(c => fake.issues.some(i => i.number === c.issue))
    expect(comment?.body).toMatch(/\| Required \| admin \(by SLO checkout\) \|/)
    expect(JSON.stringify(fake.slackMessages)).toContain('*Required:* admin (by SLO checkout)')
  })

  it('a freeze file beside a WARNING budget needs the freeze permission, named in the record', async () => {
    fake.permissions.set('alice', 'write')
    const r = await action({
      inputs: {
        prometheus_url: prometheus.url,
        ...serviceQueries('warning'),
        override: 'true',
        override_reason: REASON
      },
      env: { GITHUB_ACTOR: 'alice' },
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({ override_freeze: true, override_reason: REASON }),
      workspaceFiles: { '.deploy-freeze': 'reason: release freeze\n' }
    })
    const record = JSON.parse(r.outputs.audit_record)
    expect(record).toMatchObject({ decision: 'denied', required_permission: 'maintain' })
    expect(record.required_by).toMatch(/^freeze file .*\.deploy-freeze$/)
    expect(r.outputs.can_deploy).toBe('false')
  })
})

// ---------------------------------------------------------------------------------------------
describe('3. block_on that names nothing is a bad input; EXHAUSTED and ERROR always block', () => {
  it.each([',', ' , ', 'NORMAL', 'WARNING,NORMAL', 'SOMETIMES'])(
    'block_on %j fails naming block_on before any query',
    async blockOn => {
      const r = await action({
        inputs: { prometheus_url: `${hostile.url}/unavailable`, block_on: blockOn }
      })
      expect(r.exitCode).toBe(1)
      expect(r.stdout).toMatch(/::error::Input block_on: /)
      expect(r.outputs).toMatchObject({ can_deploy: 'false', budget_status: 'ERROR' })
      expect(hostile.requests).toHaveLength(0)
    }
  )

  it.each(['[]', '""', 'NORMAL', "' , '"])(
    'block_on: %s in a config file fails naming the file and block_on',
    async value => {
      const r = await action({
        inputs: { prometheus_url: `${hostile.url}/unavailable`, config_file: 'slos.yaml' },
        workspaceFiles: {
          'slos.yaml': `slos:\n  - name: api\n    block_on: ${value}\n`
        }
      })
      expect(r.exitCode).toBe(1)
      expect(r.stdout).toMatch(
        /::error::Input config_file: slos.yaml, document 1 \(api\), .*block_on/
      )
      expect(hostile.requests).toHaveLength(0)
    }
  )

  it('EXHAUSTED blocks even when block_on names only WARNING; dry_run still reports', async () => {
    const inputs = {
      prometheus_url: prometheus.url,
      ...serviceQueries('exhausted'),
      block_on: 'WARNING'
    }
    const r = await action({ inputs })
    expect(r.outputs).toMatchObject({ budget_status: 'EXHAUSTED', can_deploy: 'false' })
    expect(r.exitCode).toBe(1)
    const dry = await action({ inputs: { ...inputs, dry_run: 'true' } })
    expect(dry.outputs).toMatchObject({ budget_status: 'EXHAUSTED', can_deploy: 'true' })
    expect(dry.exitCode).toBe(0)
  })

  it('ERROR blocks with on_error: block whatever block_on says', async () => {
    const r = await action({
      inputs: { prometheus_url: `${hostile.url}/unavailable`, block_on: 'CAUTION' }
    })
    expect(r.outputs).toMatchObject({ budget_status: 'ERROR', can_deploy: 'false' })
  })
})

// ---------------------------------------------------------------------------------------------
/** Every form a secret must never be shown in: raw, Markdown-escaped, URL- and JSON-encoded. */
function forbiddenForms(secret: string): string[] {
  return [
    secret,
    secret.replace(/([\\`*_[\]])/g, '\\$1'),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1)
  ]
}

/** The log without the ::add-mask:: lines, which carry the secrets to the runner by design. */
const logOf = (r: { stdout: string; stderr: string }): string =>
  (r.stdout + '\n' + r.stderr)
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')

const base64 = (text: string): string => Buffer.from(text).toString('base64')

interface SecretCase {
  name: string
  /** prometheus_url, built from the hostile server's URL. */
  url: (base: string) => string
  inputs: Record<string, string>
  cliArgs: string[]
  /** Values whose every form must stay hidden. */
  secrets: string[]
  /** Forms the gate must register with core.setSecret. */
  masked: string[]
}

const TOKEN = 'tok_en*x[42]-bearer'
const HEADER = 'hdr_k*y[7]-value'
const QUERY = 'qk_v*l[9]-query'
const USER = 'grafana_ops'
const PASS = 'pa_ss*w[rd]-basic'

const CASES: SecretCase[] = [
  {
    name: 'bearer token, header value and query credential echoed in a 401 JSON error',
    url: base => `${base}/echo-auth?api_key=${QUERY}`,
    inputs: { prometheus_token: TOKEN, prometheus_headers: `X-Api-Key: ${HEADER}` },
    cliArgs: ['--prometheus-token', TOKEN, '--prometheus-header', `X-Api-Key: ${HEADER}`],
    secrets: [TOKEN, HEADER, QUERY],
    masked: [TOKEN, HEADER, QUERY, encodeURIComponent(TOKEN)]
  },
  {
    name: 'basic auth from the URL userinfo, echoed as base64 and the whole header',
    url: base => base.replace('//', `//${USER}:${encodeURIComponent(PASS)}@`) + '/echo-auth',
    inputs: {},
    cliArgs: [],
    secrets: [PASS, base64(`${USER}:${PASS}`), `${USER}:${PASS}`],
    masked: [PASS, base64(`${USER}:${PASS}`), `Basic ${base64(`${USER}:${PASS}`)}`]
  },
  {
    name: 'bearer token in the <title> of a 401 HTML page',
    url: base => `${base}/echo-auth-html`,
    inputs: { prometheus_token: TOKEN },
    cliArgs: ['--prometheus-token', TOKEN],
    secrets: [TOKEN],
    masked: [TOKEN]
  }
]

describe('4-7. no secret in any channel, in any encoding', () => {
  it.each(CASES.map(c => [c.name, c] as const))('action: %s', async (_, c) => {
    fake.permissions.set('alice', 'admin')
    fake.commitPulls.set(SHA, [7])
    // Slack answers the gate message with its own path, as a misrouted webhook front end does.
    fake.slackResponses.push({
      status: 404,
      body: `Cannot POST ${new URL(fake.slackUrl).pathname}`
    })
    const reason = `${REASON}; pasted by mistake: ${c.secrets[0]}`
    const r: ActionRun = await action({
      inputs: {
        prometheus_url: c.url(hostile.url),
        ...c.inputs,
        pr_comment: 'always',
        slack_webhook_url: fake.slackUrl,
        slack_notify: 'always',
        override: 'true',
        override_reason: reason,
        audit_log_file: 'audit/overrides.jsonl'
      },
      env: { GITHUB_ACTOR: 'alice' },
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({ override_freeze: true, override_reason: reason })
    })
    expect(r.outputs.budget_status).toBe('ERROR')
    const reportText = fs.readFileSync(r.outputs.report_file, 'utf8')
    const auditFile = fs.readFileSync(path.join(r.dir, 'workspace/audit/overrides.jsonl'), 'utf8')
    const auditIssue = fake.comments.filter(c2 => fake.issues.some(i => i.number === c2.issue))
    const prComment = fake.comments.filter(c2 => c2.issue === 7)
    const channels: Record<string, string> = {
      log: logOf(r),
      summary: r.summary,
      outputs: JSON.stringify(r.outputs),
      report: reportText,
      'audit log file': auditFile,
      'PR comment': prComment.map(x => x.body).join('\n'),
      'audit issue': auditIssue.map(x => x.body).join('\n'),
      Slack: JSON.stringify(fake.slackMessages)
    }
    // Each channel really carried the hostile text (or the reason), so the checks below can fail.
    expect(prComment).toHaveLength(1)
    expect(auditIssue).toHaveLength(1)
    expect(fake.slackMessages).toHaveLength(2)
    for (const name of ['log', 'summary', 'outputs', 'report', 'PR comment', 'Slack'])
      expect([name, channels[name]]).toEqual([
        name,
        expect.stringMatching(/401 for|Unauthorized request/)
      ])
    for (const name of ['audit log file', 'audit issue', 'Slack'])
      expect([name, channels[name]]).toEqual([name, expect.stringContaining('pasted by mistake')])

    const leaks: string[] = []
    for (const [name, text] of Object.entries(channels)) {
      for (const secret of c.secrets)
        for (const form of forbiddenForms(secret))
          if (text.includes(form)) leaks.push(`${name}: ${form}`)
      // The webhook's path and its secret last segment, echoed by Slack's 404.
      if (text.includes('XXXXSECRETXXXX')) leaks.push(`${name}: the webhook's secret segment`)
    }
    expect(leaks).toEqual([])
    expect(channels.log).toMatch(
      /Slack (audit message|notification) failed: Slack answered HTTP 404 \(Cannot POST \*\*\*\)/
    )
    const maskLines = r.stdout.split('\n').filter(line => line.startsWith('::add-mask::'))
    // The toolkit escapes command data: % becomes %25.
    for (const form of c.masked)
      expect(maskLines).toContain(`::add-mask::${form.replace(/%/g, '%25')}`)
    if (c.url(hostile.url).includes('?'))
      expect(r.report?.inputs).toMatchObject({
        prometheus_url: expect.stringContaining('api_key=REDACTED')
      })
  })

  it.each(CASES.map(c => [c.name, c] as const))('CLI: %s', async (_, c) => {
    const cwd = tempDir()
    const reason = `${REASON}; pasted by mistake: ${c.secrets[0]}`
    const env = { OVERRIDE_DEPLOY_FREEZE: 'true', OVERRIDE_REASON: reason }
    const args = ['--prometheus-url', c.url(hostile.url), '--prometheus-retries', '0', ...c.cliArgs]
    const human = await runCli(['check', ...args], { cwd, env })
    const json = await runCli(['check', '--json', ...args], { cwd, env })
    const status = await runCli(['status', '--json', ...args], { cwd })
    expect([human.code, json.code, status.code]).toEqual([99, 99, 99])
    const audit = fs.readFileSync(path.join(cwd, 'deploy-freeze-overrides.log'), 'utf8')
    const channels: Record<string, string> = {
      'check output': human.stdout + human.stderr,
      'check --json': json.stdout + json.stderr,
      'status --json': status.stdout + status.stderr,
      'audit log': audit
    }
    for (const [name, text] of Object.entries(channels))
      expect([name, text]).toEqual([
        name,
        expect.stringMatching(/401 for|Unauthorized request|pasted/)
      ])
    const leaks = Object.entries(channels).flatMap(([name, text]) =>
      c.secrets
        .flatMap(forbiddenForms)
        .filter(form => text.includes(form))
        .map(f => `${name}: ${f}`)
    )
    expect(leaks).toEqual([])
  })

  it('a Slack front end that echoes only the path from /services/ on is masked too', async () => {
    const secretPath = new URL(fake.slackUrl).pathname.replace(/^\/slack/, '')
    fake.slackResponses.push({ status: 404, body: `no_service: ${secretPath}` })
    const r = await action({
      inputs: {
        prometheus_url: prometheus.url,
        ...serviceQueries('warning'),
        slack_webhook_url: fake.slackUrl
      }
    })
    expect(r.stdout).toMatch(/Slack notification failed: Slack answered HTTP 404 \(no_service: /)
    expect(logOf(r)).not.toContain('XXXXSECRETXXXX')
  })
})

// ---------------------------------------------------------------------------------------------
describe('8. repository files: no links, regular files only, capped, freeze fields only', () => {
  const healthy = () => ({ prometheus_url: prometheus.url, ...serviceQueries('healthy') })

  it('.deploy-freeze -> /proc/self/environ is refused, still freezes, and shows no environment', async () => {
    const r = await action({
      inputs: { ...healthy(), prometheus_token: '' },
      env: { INPUT_PROMETHEUS_PASSWORD: '', CANARY_VARIABLE: 'canary-value-in-environ' },
      prepare: ws => fs.symlinkSync('/proc/self/environ', path.join(ws, '.deploy-freeze'))
    })
    expect(r.outputs).toMatchObject({ budget_status: 'FREEZE', can_deploy: 'false' })
    expect(r.outputs.reasons).toMatch(
      /freeze file .*\.deploy-freeze is present: reason: \(present but not read: it is a symbolic link to "\/proc\/self\/environ"; only regular files are read/
    )
    for (const text of [r.stdout, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.report)]) {
      expect(text).not.toContain('canary-value-in-environ')
      expect(text).not.toContain('GITHUB_WORKSPACE=')
    }
  })

  it('a freeze file under a symlinked directory is refused, naming the link', async () => {
    const outside = tempDir()
    fs.writeFileSync(path.join(outside, 'freeze'), 'reason: from outside the workspace\n')
    const r = await action({
      inputs: { ...healthy(), freeze_file: 'ops/freeze' },
      prepare: ws => fs.symlinkSync(outside, path.join(ws, 'ops'))
    })
    expect(r.outputs.budget_status).toBe('FREEZE')
    expect(r.outputs.reasons).toMatch(/lies under "ops", a symbolic link/)
    expect(r.summary).not.toContain('from outside the workspace')
  })

  it('a FIFO as freeze file does not hang the step; a huge one is not read', async () => {
    const fifo = await action({
      inputs: healthy(),
      prepare: ws => execFileSync('mkfifo', [path.join(ws, '.deploy-freeze')]),
      timeoutMs: 20000
    })
    expect(fifo.outputs.reasons).toMatch(/it is a named pipe, not a regular file/)
    const big = await action({
      inputs: healthy(),
      workspaceFiles: { '.deploy-freeze': `reason: ${'x'.repeat(100_000)}\n` }
    })
    expect(big.outputs.budget_status).toBe('FREEZE')
    expect(big.outputs.reasons).toMatch(/is 100009 bytes; the limit is 16384/)
  })

  it('only the reason:, by: and at: fields of a freeze file are shown', async () => {
    const r = await action({
      inputs: healthy(),
      workspaceFiles: {
        '.deploy-freeze':
          'PROMETHEUS_TOKEN=leaked-from-a-dotenv\nreason: incident 42\nby: alice\nat: 2026-12-01T10:00:00.000Z\nnotes: call me\n'
      }
    })
    expect(r.summary).toContain('> reason: incident 42')
    expect(r.summary).toContain('> by: alice')
    expect(r.summary).toContain('> at: 2026-12-01T10:00:00.000Z')
    for (const text of [r.stdout, r.summary, JSON.stringify(r.outputs), JSON.stringify(r.report)]) {
      expect(text).not.toContain('leaked-from-a-dotenv')
      expect(text).not.toContain('call me')
    }
  })

  it.each([
    [
      'a symlink',
      (ws: string) => fs.symlinkSync('/proc/self/environ', path.join(ws, 'slos.yaml')),
      /slos.yaml is a symbolic link to "\/proc\/self\/environ"/
    ],
    [
      'a FIFO',
      (ws: string) => execFileSync('mkfifo', [path.join(ws, 'slos.yaml')]),
      /slos.yaml is a named pipe, not a regular file/
    ],
    [
      'a directory',
      (ws: string) => fs.mkdirSync(path.join(ws, 'slos.yaml')),
      /slos.yaml is a directory/
    ],
    [
      'over 1 MiB',
      (ws: string) => fs.writeFileSync(path.join(ws, 'slos.yaml'), `# ${'x'.repeat(1_100_000)}\n`),
      /slos.yaml is 1100003 bytes; the limit is 1048576/
    ]
  ])('config_file that is %s is a bad input naming config_file', async (_, prepare, message) => {
    const r = await action({
      inputs: { prometheus_url: `${hostile.url}/unavailable`, config_file: 'slos.yaml' },
      prepare,
      timeoutMs: 20000
    })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/::error::Input config_file: /)
    expect(r.stdout).toMatch(message)
    expect(r.outputs).toMatchObject({ can_deploy: 'false', budget_status: 'ERROR' })
    expect(hostile.requests).toHaveLength(0)
  })

  it('the CLI refuses a symlinked --config and a symlinked freeze file the same way', async () => {
    const cwd = tempDir()
    fs.symlinkSync('/proc/self/environ', path.join(cwd, 'slos.yaml'))
    const config = await runCli(
      ['check', '--prometheus-url', `${hostile.url}/unavailable`, '--config', 'slos.yaml'],
      { cwd }
    )
    expect(config.code).toBe(64)
    expect(config.stderr).toMatch(/--config: slos.yaml is a symbolic link/)
    fs.symlinkSync('/proc/self/environ', path.join(cwd, '.deploy-freeze'))
    const q = serviceQueries('healthy')
    const frozen = await runCli(['check', ...serviceFlags(prometheus, q)], {
      cwd,
      env: { CANARY_VARIABLE: 'canary-value-in-environ' }
    })
    expect(frozen.code).toBe(2)
    expect(frozen.stdout).toMatch(/is a symbolic link/)
    expect(frozen.stdout).not.toContain('canary-value-in-environ')
  })
})

describe('8b. files the gate writes in the repository are never written through a link', () => {
  it('audit_log_file pointing at a file outside: not written, the step says why', async () => {
    fake.permissions.set('alice', 'admin')
    const victim = path.join(tempDir(), 'profile')
    fs.writeFileSync(victim, 'original\n')
    const r = await action({
      inputs: {
        prometheus_url: prometheus.url,
        ...serviceQueries('freeze'),
        override: 'true',
        override_reason: REASON,
        audit_log_file: 'audit.jsonl'
      },
      env: { GITHUB_ACTOR: 'alice' },
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({ override_freeze: true, override_reason: REASON }),
      prepare: ws => fs.symlinkSync(victim, path.join(ws, 'audit.jsonl'))
    })
    expect(r.stdout).toMatch(
      /::warning::could not append to audit_log_file audit.jsonl: it is a symbolic link; nothing is written through it/
    )
    expect(fs.readFileSync(victim, 'utf8')).toBe('original\n')
  })

  it('the CLI: neither the override log nor the freeze file is written through a link', async () => {
    const cwd = tempDir()
    const victim = path.join(tempDir(), 'profile')
    fs.writeFileSync(victim, 'original\n')
    fs.symlinkSync(victim, path.join(cwd, 'deploy-freeze-overrides.log'))
    const q = serviceQueries('warning')
    const check = await runCli(['check', ...serviceFlags(prometheus, q)], {
      cwd,
      env: { OVERRIDE_DEPLOY: 'true', OVERRIDE_REASON: REASON }
    })
    expect(check.code).toBe(99)
    expect(check.stderr).toMatch(/symbolic link; nothing is written through it/)
    fs.symlinkSync(victim, path.join(cwd, '.deploy-freeze'))
    const freeze = await runCli(['freeze', '--reason', 'incident 42'], { cwd })
    expect(freeze.code).toBe(99)
    expect(freeze.stderr).toMatch(
      /\.deploy-freeze is a symbolic link; the freeze file is not written/
    )
    expect(fs.readFileSync(victim, 'utf8')).toBe('original\n')
  })

  it('a harmless query parameter is not a secret: outputs keep "true" and "false"', async () => {
    const r = await action({
      inputs: {
        prometheus_url: `${prometheus.url}?dedup=true&partial_response=false`,
        ...serviceQueries('warning')
      }
    })
    expect(r.outputs).toMatchObject({ budget_status: 'WARNING', can_deploy: 'false' })
    expect(r.report?.inputs).toMatchObject({
      prometheus_url: expect.stringContaining('dedup=REDACTED&partial_response=REDACTED')
    })
  })
})

// ---------------------------------------------------------------------------------------------
describe('9. text from outside never starts a workflow command', () => {
  it.each(['inject', 'inject-title', 'inject-warnings', 'inject-labels'])(
    'action: /%s',
    async route => {
      const r = await action({
        inputs: { prometheus_url: `${hostile.url}/${route}` },
        workspaceFiles: { '.deploy-freeze': `reason: frozen${INJECTED}by: x\n` }
      })
      expect(r.outputs.can_deploy).toBe('false')
      // The hostile text reached the log, on our lines.
      expect(r.stdout).toContain('::stop-commands::pwned')
      expect(executesInjected(r.stdout)).toBe(false)
      // The failure annotation is one command: its data cannot close it or start another.
      const errors = r.stdout.split('\n').filter(line => line.startsWith('::error::'))
      expect(errors).toHaveLength(1)
      expect(errors[0]).not.toMatch(/\r/)
    }
  )

  it('action: an SLO name with a line break is refused, its text JSON-quoted on one line', async () => {
    const r = await action({
      inputs: { prometheus_url: prometheus.url, config_file: 'slos.yaml' },
      workspaceFiles: {
        'slos.yaml': [
          'slos:',
          `  - name: ${JSON.stringify(`api${INJECTED}`)}`,
          `    error_query: '${serviceQueries('warning').error_query}'`,
          `    total_query: '${serviceQueries('warning').total_query}'`
        ].join('\n')
      }
    })
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.stdout).toMatch(/config_file: .*has control characters or line breaks/)
    expect(executesInjected(r.stdout)).toBe(false)
  })

  it('action: text from a config file, a freeze file and an override reason', async () => {
    fake.permissions.set('alice', 'admin')
    const reason = `${REASON}${INJECTED}`
    const r = await action({
      inputs: {
        prometheus_url: prometheus.url,
        config_file: 'slos.yaml',
        override: 'true',
        override_reason: reason
      },
      env: { GITHUB_ACTOR: 'alice' },
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({ override_freeze: true, override_reason: reason }),
      workspaceFiles: {
        'slos.yaml': [
          'slos:',
          '  - name: api',
          `    error_query: '${serviceQueries('warning').error_query} # ${INJECTED.replace(/\n/g, ' ')}'`,
          `    total_query: '${serviceQueries('warning').total_query}'`
        ].join('\n'),
        '.deploy-freeze': `reason: frozen${INJECTED}\n`
      }
    })
    expect(r.stdout).toContain('::stop-commands::pwned')
    expect(executesInjected(r.stdout)).toBe(false)
    expect(JSON.parse(r.outputs.audit_record).decision).toBe('granted')
  })

  it('CLI inside Actions: the same answers never start a command on stdout or stderr', async () => {
    const cwd = tempDir()
    fs.writeFileSync(path.join(cwd, '.deploy-freeze'), `reason: frozen${INJECTED}\n`)
    for (const route of ['inject', 'inject-title', 'inject-warnings', 'inject-labels']) {
      const args = ['--prometheus-url', `${hostile.url}/${route}`, '--prometheus-retries', '0']
      for (const command of [['check'], ['status']]) {
        const r = await runCli([...command, ...args], { cwd, env: { GITHUB_ACTIONS: 'true' } })
        expect(r.code).toBe(99)
        expect(r.stdout).toContain('::stop-commands::pwned')
        expect([route, command[0], executesInjected(r.stdout + '\n' + r.stderr)]).toEqual([
          route,
          command[0],
          false
        ])
      }
    }
  })

  it('a bad config file quoted in a CLI error stays one line', async () => {
    const cwd = tempDir()
    fs.writeFileSync(
      path.join(cwd, 'slos.yaml'),
      `slos:\n  - name: ${JSON.stringify(`api${INJECTED}`)}\n    target: nope\n`
    )
    const r = await runCli(
      ['check', '--prometheus-url', `${hostile.url}/unavailable`, '--config', 'slos.yaml'],
      {
        cwd,
        env: { GITHUB_ACTIONS: 'true' }
      }
    )
    expect(r.code).toBe(64)
    expect(r.stderr).toContain('::stop-commands::pwned')
    expect(executesInjected(r.stderr)).toBe(false)
  })
})
