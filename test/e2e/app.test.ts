/**
 * The bundled App server (dist/app/index.js) as a process on loopback, against the fake GitHub API
 * (installation tokens for a JWT signed with a key made here, the contents API, the callback) and
 * the real test Prometheus behind a proxy that checks the datasource's token and pins the
 * evaluation time to the end of the test data.
 */
import { spawn } from 'node:child_process'
import http from 'node:http'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { remainingFor } from '../helpers/evaluate.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { startProxy, type TestProxy } from '../helpers/proxy.js'
import { serviceQueries } from '../helpers/queries.js'
import { deliver, sign, startApp, type AppProcess } from '../helpers/run-app.js'
import {
  protectionRuleEvent,
  webhookSchemaErrors,
  type DeploymentShape
} from '../helpers/webhook-payloads.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { expectedErrorRatio } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()
const WEBHOOK_SECRET = `whsec-${crypto.randomBytes(12).toString('hex')}`
const PROM_TOKEN = `prom-${crypto.randomBytes(12).toString('hex')}`
const APP_ID = '4242'
const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
// The form GitHub's "Generate a private key" downloads.
const PRIVATE_KEY = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
const DAYS30 = 30 * 86400

/** Queries for `service="<alias>"` go to the series named here: a Prometheus that can turn healthy. */
const aliases = new Map<string, string>()

let fake: FakeGitHub
let proxy: TestProxy
let app: AppProcess
let tmp: string
const servers: AppProcess[] = []
const answers: string[] = []

function serverEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    APP_ID,
    PRIVATE_KEY,
    WEBHOOK_SECRET,
    GITHUB_API_URL: fake.url,
    DATASOURCE_PROD_URL: proxy.url,
    DATASOURCE_PROD_TOKEN: PROM_TOKEN,
    DATASOURCE_PROD_RETRIES: '0',
    DATASOURCE_PROD_REPOSITORIES: 'acme/shop',
    DATASOURCE_DOWN_URL: 'http://127.0.0.1:9/prometheus?tenant=down-tenant',
    DATASOURCE_DOWN_RETRIES: '0',
    DATASOURCE_DOWN_REPOSITORIES: 'acme/*',
    // Another team's Prometheus (the same proxy here), and one bound to no repository.
    DATASOURCE_PAYMENTS_URL: proxy.url,
    DATASOURCE_PAYMENTS_TOKEN: PROM_TOKEN,
    DATASOURCE_PAYMENTS_REPOSITORIES: 'payments/*,acme/shop-payments',
    DATASOURCE_UNBOUND_URL: proxy.url,
    MIN_INTERVAL: '1s',
    STATE_FILE: path.join(tmp, `state-${crypto.randomUUID()}.json`),
    ...extra
  }
}

async function launch(extra: Record<string, string> = {}): Promise<AppProcess> {
  const started = await startApp(serverEnv(extra))
  servers.push(started)
  return started
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-app-'))
  fake = await startFakeGitHub()
  fake.app = { appId: APP_ID, publicKey }
  proxy = await startProxy({
    target: prometheus.url,
    bearer: PROM_TOKEN,
    rewrite: form => {
      if (form.has('time')) form.set('time', String(prometheus.endTime))
      const query = form.get('query')
      if (query)
        form.set(
          'query',
          query.replace(/service="(\w+)"/g, (all, name: string) =>
            aliases.has(name) ? `service="${aliases.get(name)}"` : all
          )
        )
    }
  })
  app = await launch()
})

afterAll(async () => {
  for (const server of servers) await server.stop()
  await proxy?.close()
  await fake?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

let nextRun = 9000
interface Deployment {
  runId: number
  sha: string
  environment: string
  shape: DeploymentShape
}
function deployment(
  policy: string | undefined,
  environment = 'production',
  shape: DeploymentShape = 'whole'
): Deployment {
  const runId = nextRun++
  const sha = crypto.randomBytes(20).toString('hex')
  if (policy !== undefined) fake.files.set(`acme/shop@${sha}:.github/error-budget.yml`, policy)
  return { runId, sha, environment, shape }
}

/** GitHub's published schema types `deployment` as a whole Deployment; deliveries do not. */
const BEYOND_THE_SCHEMA: DeploymentShape[] = ['null', 'id-and-environment']

function body(d: Deployment, edit: (payload: Record<string, unknown>) => void = () => {}): string {
  const payload = protectionRuleEvent({
    apiUrl: fake.url,
    runId: d.runId,
    sha: d.sha,
    environment: d.environment,
    deployment: d.shape
  })
  edit(payload)
  const complaints = webhookSchemaErrors(payload)
  // Every delivery fits GitHub's webhook schema, but for the deployment GitHub really sends.
  if (BEYOND_THE_SCHEMA.includes(d.shape))
    expect(complaints.every(c => c.startsWith('/deployment'))).toBe(true)
  else expect(complaints).toEqual([])
  return JSON.stringify(payload)
}

async function request(
  d: Deployment,
  target: AppProcess = app,
  id?: string,
  edit?: (payload: Record<string, unknown>) => void
) {
  const text = body(d, edit)
  const answer = await deliver(target, { body: text, signature: sign(WEBHOOK_SECRET, text), id })
  answers.push(answer.body)
  return answer
}

const reviews = (d: Deployment) => fake.gateReviews.filter(r => r.runId === d.runId)
const decisions = (d: Deployment) => reviews(d).filter(r => r.body.state !== undefined)

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

const decision = (d: Deployment, timeoutMs?: number) =>
  until('a decision', () => decisions(d)[0]?.body, timeoutMs)

function policyFor(service: string, extra = '', datasource = 'prod'): string {
  const q = serviceQueries(service)
  return [
    'environments:',
    '  production:',
    `    prometheus: ${datasource}`,
    extra,
    '    defaults: { target: 99.9, time_window: 30d }',
    '    slos:',
    '      - name: checkout',
    `        error_query: '${q.error_query}'`,
    `        total_query: '${q.total_query}'`
  ]
    .filter(Boolean)
    .join('\n')
}

const percentLeft = (service: string): string =>
  `${remainingFor(expectedErrorRatio(service, DAYS30)).toFixed(2)}%`

describe('error-budget serve: deployment protection rules', () => {
  it('approves a deploy when the budget is healthy, reading the policy at the sha with an installation token', async () => {
    const d = deployment(policyFor('healthy'))
    const answer = await request(d)
    expect(answer.status).toBe(202)
    expect(answer.ms).toBeLessThan(10000)
    const review = await decision(d)
    expect(review.state).toBe('approved')
    expect(review.environment_name).toBe('production')
    const comment = String(review.comment)
    expect(comment).toContain('NORMAL')
    expect(comment).toContain(`${percentLeft('healthy')} of the budget left`)
    expect(comment.length).toBeLessThan(1024)
    // The token came from a JWT that verified with the App's public key, and read the file at the sha.
    expect(fake.jwtRefusals).toEqual([])
    expect(fake.installationTokens.length).toBeGreaterThan(0)
    const read = fake.requests.find(
      r => r.path.includes('/contents/') && r.query.get('ref') === d.sha
    )
    expect(read).toBeDefined()
    expect(fake.installationTokens).toContain(
      String(read!.headers.authorization).replace(/^token /i, '')
    )
    // Prometheus got the datasource's token, set only on the server.
    expect(proxy.requests.at(-1)?.headers.authorization).toBe(`Bearer ${PROM_TOKEN}`)
    expect(fake.schemaErrors).toEqual([])
  })

  it('rejects a deploy when the budget is exhausted, with the reasons', async () => {
    const d = deployment(policyFor('exhausted'))
    expect((await request(d)).status).toBe(202)
    const review = await decision(d)
    expect(review.state).toBe('rejected')
    const comment = String(review.comment)
    expect(comment).toContain('EXHAUSTED')
    expect(comment).toContain(
      `checkout: ${percentLeft('exhausted').replace('%', '')}% of the error budget left over 30d`
    )
  })

  it('rejects with ERROR when Prometheus is unreachable, saying what to fix', async () => {
    const d = deployment(policyFor('healthy', '', 'down'))
    await request(d)
    const review = await decision(d)
    expect(review.state).toBe('rejected')
    expect(String(review.comment)).toContain('ERROR')
    expect(String(review.comment)).toContain('What to fix')
    expect(String(review.comment)).toContain('DATASOURCE\\_DOWN\\_URL')
    // It names the datasource, never its address: no host, port, path or query string.
    expect(String(review.comment)).toContain('cannot reach datasource down: connection refused')
    expect(String(review.comment)).not.toMatch(/127\.0\.0\.1|:9\b|tenant|\/prometheus/)
  })

  it('keeps the datasource token out of the comment when Prometheus echoes it', async () => {
    for (let i = 0; i < 6; i++)
      proxy.faults.push({ status: 401, body: `invalid credentials: Bearer ${PROM_TOKEN}` })
    const d = deployment(policyFor('healthy'))
    await request(d)
    const review = await decision(d)
    proxy.faults.length = 0
    expect(review.state).toBe('rejected')
    expect(String(review.comment)).toContain('ERROR')
    expect(String(review.comment)).not.toContain(PROM_TOKEN)
    expect(String(review.comment)).toContain('Bearer \\*\\*\\*')
    // The comment names the datasource; its URL stays on the server.
    expect(String(review.comment)).toContain('datasource prod answered HTTP 401')
    expect(String(review.comment)).not.toContain(proxy.url)
  })

  it('never shows the datasource address a server echoes, in any encoding', async () => {
    const { host, port } = new URL(proxy.url)
    const query = `${proxy.url}/api/v1/query`
    const echo = `upstream ${query} (${encodeURIComponent(query)}) at ${host}`
    for (let i = 0; i < 6; i++)
      proxy.faults.push({ status: 503, body: JSON.stringify({ status: 'error', error: echo }) })
    const d = deployment(policyFor('healthy'))
    await request(d)
    const review = await decision(d)
    proxy.faults.length = 0
    const comment = String(review.comment)
    expect(review.state).toBe('rejected')
    expect(comment).toContain('upstream datasource prod (datasource prod) at datasource prod')
    expect(comment).not.toContain(port)
    expect(comment).not.toContain('127.0.0.1')
  })

  it('names the labels of several series, never their values', async () => {
    const q = serviceQueries('healthy')
    const policy = policyFor('healthy').replace(
      q.total_query,
      'increase(http_requests_total{service="healthy"}[{{window}}])'
    )
    const d = deployment(policy)
    await request(d)
    const review = await decision(d)
    const comment = String(review.comment)
    expect(review.state).toBe('rejected')
    expect(comment).toContain('their label names: service, status (values not shown)')
    expect(comment).not.toMatch(/"status"|"200"|"500"/)
  })

  it.each(['whole', 'absent', 'null', 'id-and-environment'] as const)(
    'decides by the budget a delivery whose deployment is %s, reading the top-level sha',
    async shape => {
      const healthy = deployment(policyFor('healthy'), 'production', shape)
      const exhausted = deployment(policyFor('exhausted'), 'production', shape)
      expect((await request(healthy)).status).toBe(202)
      expect((await request(exhausted)).status).toBe(202)
      expect((await decision(healthy)).state).toBe('approved')
      expect((await decision(exhausted)).state).toBe('rejected')
      // The policy was read at the delivery's sha.
      expect(
        fake.requests.some(r => r.path.includes('/contents/') && r.query.get('ref') === healthy.sha)
      ).toBe(true)
    }
  )

  it('rejects a signed delivery without a commit, saying why, and logs the missing field', async () => {
    const d = deployment(policyFor('healthy'), 'production', 'null')
    const answer = await request(d, app, undefined, payload => delete payload.sha)
    expect(answer.status).toBe(202)
    expect(answer.body).toContain('sha (a full commit hash) missing or malformed')
    const review = await decision(d)
    expect(review.state).toBe('rejected')
    expect(String(review.comment)).toContain('sha (a full commit hash) missing or malformed')
    const logged = app.logs().find(l => l.msg === 'unusable delivery' && l.answerable === true)
    expect(logged?.missing).toEqual(['sha (a full commit hash)'])
  })

  it('answers 400 and logs a signed delivery it cannot answer either (no installation)', async () => {
    const d = deployment(policyFor('healthy'))
    const answer = await request(d, app, undefined, payload => delete payload.installation)
    expect(answer.status).toBe(400)
    expect(answer.body).toContain('installation.id')
    const logged = app.logs().find(l => l.msg === 'unusable delivery' && l.answerable === false)
    expect(logged?.missing).toEqual(['installation.id'])
    await new Promise(resolve => setTimeout(resolve, 500))
    expect(reviews(d)).toEqual([])
  })

  it('refuses a delivery with a bad or missing signature: 401, and nothing read or called back', async () => {
    const d = deployment(policyFor('healthy'))
    const before = fake.requests.length
    const text = body(d)
    const wrong = await deliver(app, { body: text, signature: sign('not-the-secret-at-all', text) })
    const missing = await deliver(app, { body: text, signature: null })
    const tampered = await deliver(app, {
      body: text.replace('production', 'staging'),
      signature: sign(WEBHOOK_SECRET, text)
    })
    expect([wrong.status, missing.status, tampered.status]).toEqual([401, 401, 401])
    await new Promise(resolve => setTimeout(resolve, 1500))
    expect(fake.requests.length).toBe(before)
    expect(reviews(d)).toEqual([])
  })

  it('processes a replayed delivery once: being decided while it runs, processed once decided', async () => {
    const d = deployment(policyFor('healthy'))
    const id = crypto.randomUUID()
    // A slow Prometheus keeps the first copy in its evaluation while the second arrives.
    proxy.faults.push({ delayMs: 1500 })
    expect((await request(d, app, id)).status).toBe(202)
    const during = await request(d, app, id)
    expect(during.status).toBe(202)
    expect(during.body).toContain('already being decided')
    await decision(d)
    const replay = await request(d, app, id)
    expect(replay.status).toBe(200)
    expect(replay.body).toContain('already processed')
    await new Promise(resolve => setTimeout(resolve, 1500))
    expect(reviews(d)).toHaveLength(1)
  })

  it('refuses a body over 1 MB', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) })
    const answer = await deliver(app, { body: big, signature: sign(WEBHOOK_SECRET, big) }).catch(
      () => ({ status: 413 })
    )
    expect(answer.status).toBe(413)
  })

  it('refuses a streamed body once it passes 1 MB, without a declared length', async () => {
    const url = new URL(`${app.url}/api/github/webhooks`)
    const status = await new Promise<number | string>(resolve => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'x-github-event': 'deployment_protection_rule',
            'x-hub-signature-256': sign(WEBHOOK_SECRET, 'x')
          }
        },
        res => resolve(res.statusCode ?? 0)
      )
      req.on('error', error => resolve((error as NodeJS.ErrnoException).code ?? 'error'))
      const chunk = Buffer.alloc(64 * 1024, 'x')
      let sent = 0
      const pump = (): void => {
        while (sent < 1.5 * 1024 * 1024) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        req.end()
      }
      pump()
    })
    // The server answers 413 as soon as the limit passes (the socket may close under the client).
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(status)
    const metrics = await (await fetch(`${app.url}/metrics`)).text()
    expect(metrics).toMatch(/error_budget_app_webhooks_total\{result="too_large"\} 2/)
  })

  it('gets no token with a JWT GitHub would refuse, and calls nothing back', async () => {
    const server = await launch({ APP_ID: '999' })
    const d = deployment(policyFor('healthy'))
    await request(d, server)
    await until('the token refusal', () =>
      server.logs().find(l => l.msg === 'no installation token')
    )
    expect(fake.jwtRefusals).toContain('iss 999')
    expect(reviews(d)).toEqual([])
    await server.stop()
  })

  it('keeps the label values Prometheus quotes in its own errors out of the comment', async () => {
    const q = serviceQueries('healthy')
    // One series on the left, two on the right for the match group: Prometheus quotes their labels.
    const policy = policyFor('healthy').replace(
      q.total_query,
      'sum(increase(http_requests_total{service="healthy"}[{{window}}])) by (service) + on(service) increase(http_requests_total{service="healthy"}[{{window}}])'
    )
    const d = deployment(policy)
    await request(d)
    const review = await decision(d)
    const comment = String(review.comment)
    expect(review.state).toBe('rejected')
    expect(comment).toMatch(/many-to-many matching not allowed|duplicate series/)
    expect(comment).toContain('status="…"')
    expect(comment).not.toMatch(/"200"|"500"|"healthy"/)
  })

  it("rejects another team's datasource, one bound to no repository and a missing one alike, listing none", async () => {
    const names = ['payments', 'unbound', 'nope']
    // A service no other test reads: any request for it would show in the proxy.
    const found = names.map(name => deployment(policyFor('boundservice', '', name)))
    await Promise.all(found.map(d => request(d)))
    const comments = (await Promise.all(found.map(d => decision(d)))).map(review => {
      expect(review.state).toBe('rejected')
      return String(review.comment)
    })
    names.forEach((name, i) => {
      expect(comments[i]).toContain(`datasource "${name}" is not available to this repository`)
      // The same words whether the server has it or not; no other datasource named.
      const words = (comment: string, said: string): string =>
        comment.split('\n').slice(1).join('\n').replace(said, 'X')
      expect(words(comments[i], name)).toBe(words(comments[2], 'nope'))
      expect(comments[i]).not.toMatch(/\bprod\b|\bdown\b|it has/)
    })
    expect(proxy.requests.some(r => r.body.includes('boundservice'))).toBe(false)
    // The datasource bound to no repository is named to the operator at start.
    expect(app.logs().find(l => l.level === 'warn')?.msg).toMatch(
      /^datasource unbound serves no repository: set DATASOURCE_UNBOUND_REPOSITORIES/
    )
  })

  it('refuses an interval longer than a timer holds, naming the key', async () => {
    const server = await launch({ MAX_WAIT: '30d' })
    const d = deployment(policyFor('exhausted', '    wait: 30d\n    interval: 25d'))
    await request(d, server)
    const review = await decision(d)
    expect(review.state).toBe('rejected')
    expect(String(review.comment)).toContain(
      'environments.production.interval: 25d is longer than this server allows (24d'
    )
    expect(reviews(d)).toHaveLength(1)
    await server.stop()
  })

  it('refuses excluded intervals the action refuses: 121 of them, overlapping ones, future ones', async () => {
    const hour = 3600_000
    const at = (hoursAgo: number): string =>
      new Date(Date.now() - hoursAgo * hour).toISOString().replace(/\.\d+Z$/, 'Z')
    /** An interval of half an hour that starts `hoursAgo` hours ago (negative: in the future). */
    const interval = (hoursAgo: number): string => `${at(hoursAgo)}/${at(hoursAgo - 0.5)} upkeep`
    // Queries of a service no other test reads: any request for it would show in the proxy.
    const withExclusions = (intervals: string[]): string =>
      [
        policyFor('excludedservice'),
        '        exclude:',
        ...intervals.map(line => `          - "${line}"`)
      ].join('\n')
    const cases: [string[], string][] = [
      [
        Array.from({ length: 121 }, (_, i) => interval(i + 2)),
        'checkout: 121 intervals; at most 50 are allowed'
      ],
      [[interval(5), interval(4.8)], 'merge them into one interval'],
      [[interval(-2)], 'an interval may not lie in the future']
    ]
    const deployments = cases.map(([intervals]) => deployment(withExclusions(intervals)))
    await Promise.all(deployments.map(d => request(d)))
    const found = await Promise.all(deployments.map(d => decision(d)))
    found.forEach((review, i) => {
      expect(review.state).toBe('rejected')
      expect(String(review.comment)).toContain(cases[i][1])
    })
    expect(proxy.requests.some(r => r.body.includes('excludedservice'))).toBe(false)
  })

  it('rejects when the policy file is missing or invalid, saying what to fix', async () => {
    const missing = deployment(undefined)
    const invalid = deployment(policyFor('healthy', '    wait: soon'))
    const url = deployment(
      'environments:\n  production:\n    prometheus: https://evil.example.com\n    slos: []\n'
    )
    const link = deployment(undefined)
    fake.files.set(`acme/shop@${link.sha}:.github/error-budget.yml`, {
      symlink: '/proc/self/environ'
    })
    await Promise.all([request(missing), request(invalid), request(url), request(link)])
    const [a, b, c, e] = await Promise.all([
      decision(missing),
      decision(invalid),
      decision(url),
      decision(link)
    ])
    expect(e.state).toBe('rejected')
    expect(String(e.comment)).toContain('it is a symlink, not a regular file')
    expect(a.state).toBe('rejected')
    expect(String(a.comment)).toContain('there is no .github/error-budget.yml')
    expect(b.state).toBe('rejected')
    expect(String(b.comment)).toContain('environments.production.wait')
    expect(c.state).toBe('rejected')
    expect(String(c.comment)).toContain('never a URL')
  })

  it('rejects an environment the policy does not name, saying how to name it', async () => {
    const d = deployment(policyFor('exhausted'), 'prodution')
    await request(d)
    const review = await decision(d)
    expect(review.state).toBe('rejected')
    const comment = String(review.comment)
    expect(comment).toContain('prodution is not named')
    expect(comment).toContain('it names "production"')
    expect(comment).toContain('add it under environments as "prodution:"')
  })

  it('approves an environment the policy does not name when the server is told to, saying so', async () => {
    const server = await launch({ UNKNOWN_ENVIRONMENT: 'approve' })
    const d = deployment(policyFor('exhausted'), 'preview')
    await request(d, server)
    const review = await decision(d)
    expect(review.state).toBe('approved')
    expect(String(review.comment)).toContain('preview is not named')
    await server.stop()
  })

  it('reads a Sloth file named by config_file at the same sha', async () => {
    const d = deployment(
      'environments:\n  production:\n    prometheus: prod\n    config_file: slo/sloth.yaml\n'
    )
    fake.files.set(
      `acme/shop@${d.sha}:slo/sloth.yaml`,
      fs.readFileSync(path.join(__dirname_(), '../../examples/sloth.yaml'), 'utf8')
    )
    await request(d)
    const review = await decision(d)
    // The worst SLO of examples/sloth.yaml reads the "freeze" service: 10% left, FREEZE blocks.
    expect(review.state).toBe('rejected')
    expect(String(review.comment)).toContain('FREEZE')
    expect(String(review.comment)).toContain(percentLeft('freeze'))
  })

  it('waits: status reports while blocked, then approves when Prometheus turns healthy', async () => {
    aliases.set('flakyone', 'exhausted')
    const d = deployment(policyFor('flakyone', '    wait: 2m\n    interval: 1s'))
    await request(d)
    await until('two status reports', () => (reviews(d).length >= 2 ? true : undefined))
    expect(decisions(d)).toEqual([])
    for (const report of reviews(d)) {
      expect(report.body.state).toBeUndefined()
      expect(String(report.body.comment)).toContain('Waiting')
      expect(String(report.body.comment)).toContain('EXHAUSTED')
    }
    aliases.set('flakyone', 'healthy')
    const review = await decision(d)
    expect(review.state).toBe('approved')
    expect(String(review.comment)).toContain('NORMAL')
    expect(fake.schemaErrors).toEqual([])
  })

  it('rejects when the wait ends with the budget still blocking', async () => {
    const d = deployment(policyFor('exhausted', '    wait: 3s\n    interval: 1s'))
    await request(d)
    const review = await decision(d)
    expect(review.state).toBe('rejected')
    expect(String(review.comment)).toContain('The wait of 3s ended')
    expect(reviews(d).length).toBeGreaterThan(1)
  })

  it('says what the last deploy to the environment spent, in the status reports and the verdict', async () => {
    const receipt =
      'eeeeeee spent 3.5 % of the budget in its first 30 minutes (burn 50.0x; 0.1x before): failed (burn above 14.4x, spend above 2 %)'
    fake.addDeployment('e'.repeat(40), 'canary', [
      ['in_progress', '', 'https://github.example.com/acme/shop/actions/runs/1/job/1'],
      ['failure', receipt],
      // GitHub's own status at the end of the job, newer than the receipt.
      ['failure', 'Deployment failed']
    ])
    // A newer deployment whose status only looks like text to show: not a receipt, passed over.
    fake.addDeployment('f'.repeat(40), 'canary', [
      [
        'success',
        'fffffff spent 0.1 % of the budget in its first 1 minute (burn 1.0x; 1.0x before): verified @everyone https://evil.example'
      ]
    ])
    const policy = policyFor('exhausted', '    wait: 3s\n    interval: 1s').replace(
      'production:',
      'canary:'
    )
    const d = deployment(policy, 'canary')
    await request(d)
    const review = await decision(d)
    expect(review.state).toBe('rejected')
    const reports = reviews(d).filter(r => r.body.state === undefined)
    expect(reports.length).toBeGreaterThan(0)
    const line = `Last deploy to canary: \`eeeeeee\` ${receipt.slice(8)}`
    for (const r of reviews(d)) {
      expect(String(r.body.comment)).toContain(line)
      expect(String(r.body.comment)).not.toMatch(/evil|everyone/)
    }
    expect(fake.schemaErrors).toEqual([])
  })

  it('resumes a wait after a restart', async () => {
    const stateFile = path.join(tmp, 'restart.json')
    const first = await launch({ STATE_FILE: stateFile })
    aliases.set('flakytwo', 'exhausted')
    const d = deployment(policyFor('flakytwo', '    wait: 2m\n    interval: 1s'))
    await request(d, first)
    await until('a status report', () => (reviews(d).length >= 1 ? true : undefined))
    expect(await first.stop()).toBe(0)
    const reportsBefore = reviews(d).length
    aliases.set('flakytwo', 'healthy')
    const second = await launch({ STATE_FILE: stateFile })
    const review = await decision(d)
    expect(review.state).toBe('approved')
    expect(second.logs().some(l => l.msg === 'resuming a wait')).toBe(true)
    expect(reviews(d).length).toBe(reportsBefore + 1)
    // Once decided, the wait leaves the state file.
    await until('the wait to leave the store', () =>
      Object.keys(JSON.parse(fs.readFileSync(stateFile, 'utf8')).waits).length === 0
        ? true
        : undefined
    )
  })

  it('rejects a wait whose deadline passed while the server was down', async () => {
    const stateFile = path.join(tmp, 'late.json')
    const first = await launch({ STATE_FILE: stateFile })
    const d = deployment(policyFor('exhausted', '    wait: 2s\n    interval: 1m'))
    await request(d, first)
    await until('a status report', () => (reviews(d).length >= 1 ? true : undefined))
    await first.stop()
    await new Promise(resolve => setTimeout(resolve, 2500))
    await launch({ STATE_FILE: stateFile })
    const review = await decision(d)
    expect(review.state).toBe('rejected')
    expect(String(review.comment)).toContain('The wait of 2s ended')
  })

  it('ignores other events, and answers a ping', async () => {
    const text = JSON.stringify({ action: 'created', zen: 'hi' })
    const push = await deliver(app, {
      event: 'push',
      body: text,
      signature: sign(WEBHOOK_SECRET, text)
    })
    const ping = await deliver(app, {
      event: 'ping',
      body: text,
      signature: sign(WEBHOOK_SECRET, text)
    })
    expect([push.status, ping.status]).toEqual([202, 200])
  })

  it('lets an in-flight evaluation finish on shutdown, and rejects unnamed environments when told to', async () => {
    const server = await launch({ UNKNOWN_ENVIRONMENT: 'reject' })
    proxy.faults.push({ delayMs: 2000 })
    const d = deployment(policyFor('healthy'))
    expect((await request(d, server)).status).toBe(202)
    await until('the slow query', () =>
      proxy.requests.length && proxy.faults.length === 0 ? true : undefined
    )
    const exit = server.stop()
    expect(await exit).toBe(0)
    expect(decisions(d).map(r => r.body.state)).toEqual(['approved'])
    expect(server.logs().find(l => l.msg === 'stopped')?.inFlightFinished).toBe(true)

    const other = await launch({ UNKNOWN_ENVIRONMENT: 'reject' })
    const unnamed = deployment(policyFor('healthy'), 'preview')
    await request(unnamed, other)
    const review = await decision(unnamed)
    expect(review.state).toBe('rejected')
    expect(String(review.comment)).toContain('add it under environments')
  })

  it('runs as `error-budget serve` from the CLI bundle', async () => {
    const server = await startApp(serverEnv(), [path.join(REPO_ROOT, 'dist/cli/index.js'), 'serve'])
    servers.push(server)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const d = deployment(policyFor('healthy'))
    await request(d, server)
    expect((await decision(d)).state).toBe('approved')
    expect(await server.stop()).toBe(0)
  })

  it('refuses to start on a bad setting, naming the variable and not its value', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/app/index.js')], {
      env: { ...serverEnv(), DATASOURCE_BAD_URL: 'ftp://leaked-credential@host', PORT: '0' }
    })
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += chunk))
    const code = await new Promise(resolve => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(stderr).toContain('DATASOURCE_BAD_URL')
    expect(stderr).not.toContain('leaked-credential')
  })

  it('warns at start when it has no datasource, and starts all the same', async () => {
    const none = Object.fromEntries(
      Object.entries(serverEnv()).filter(([key]) => !key.startsWith('DATASOURCE_'))
    )
    const bare = await startApp(none)
    servers.push(bare)
    const warned = async (): Promise<Record<string, unknown> | undefined> => {
      for (let i = 0; i < 50; i++) {
        const found = bare.logs().find(l => l.level === 'warn')
        if (found) return found
        await new Promise(resolve => setTimeout(resolve, 20))
      }
      return undefined
    }
    expect(await warned()).toMatchObject({
      msg: expect.stringMatching(/^no datasource is configured: .*set DATASOURCE_<NAME>_URL/)
    })
    expect((await fetch(`${bare.url}/healthz`)).status).toBe(200)
    // With one, no such warning.
    expect(app.logs().filter(l => /no datasource/.test(String(l.msg)))).toEqual([])
  })

  it('says WEBHOOK_SECRET is required only when it is unset, and the minimum length otherwise', async () => {
    const refusal = async (secret: string | undefined): Promise<string> => {
      const env: Record<string, string> = { ...serverEnv(), PORT: '0' }
      if (secret === undefined) delete env.WEBHOOK_SECRET
      else env.WEBHOOK_SECRET = secret
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/app/index.js')], { env })
      let stderr = ''
      child.stderr.on('data', chunk => (stderr += chunk))
      expect(await new Promise(resolve => child.once('exit', resolve))).toBe(1)
      return JSON.parse(stderr.trim()).msg
    }
    expect(await refusal(undefined)).toMatch(/^WEBHOOK_SECRET: is required: /)
    const short = await refusal('s3cr3t-short')
    expect(short).toBe(
      'WEBHOOK_SECRET: is 12 characters long; it must have at least 16 (set a longer secret on the App and here)'
    )
    expect(short).not.toContain('s3cr3t-short')
  })

  it('serves /healthz and /metrics', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200)
    const metrics = await (await fetch(`${app.url}/metrics`)).text()
    expect(metrics).toMatch(/error_budget_app_evaluations_total\{status="NORMAL"\} [1-9]/)
    expect(metrics).toMatch(/error_budget_app_evaluations_total\{status="EXHAUSTED"\} [1-9]/)
    expect(metrics).toMatch(/error_budget_app_callbacks_total\{outcome="approved"\} [1-9]/)
    expect(metrics).toMatch(/error_budget_app_callbacks_total\{outcome="status_report"\} [1-9]/)
    expect(metrics).toMatch(/error_budget_app_webhooks_total\{result="bad_signature"\} 3/)
    expect(metrics).toMatch(/error_budget_app_webhooks_total\{result="duplicate"\} 1/)
    expect(metrics).toContain('error_budget_app_webhook_duration_seconds_bucket')
  })

  it('never shows a secret in logs, comments or answers', async () => {
    const jwts = fake.requests
      .filter(r => r.path.startsWith('/app/'))
      .map(r => String(r.headers.authorization).replace(/^bearer /i, ''))
    expect(jwts.length).toBeGreaterThan(0)
    const keyLines = PRIVATE_KEY.split('\n').filter(l => l.length > 20 && !l.startsWith('-----'))
    const secrets = [WEBHOOK_SECRET, PROM_TOKEN, ...fake.installationTokens, ...jwts, ...keyLines]
    const seen = [
      ...servers.flatMap(s => [s.stdout(), s.stderr()]),
      ...fake.gateReviews.map(r => JSON.stringify(r.body)),
      ...answers
    ].join('\n')
    for (const secret of secrets) expect(seen).not.toContain(secret)
    // Every log line is one JSON object.
    for (const server of servers) expect(() => server.logs()).not.toThrow()
  })
})

function __dirname_(): string {
  return path.dirname(new URL(import.meta.url).pathname)
}
