/**
 * What becomes of a delivery the bundled App server (dist/app/index.js) accepted but could not
 * decide at once: a token GitHub failed to issue, a callback it failed to take, a shutdown in the
 * middle of an evaluation, a state file that cannot be written. Only a verdict GitHub took makes
 * a delivery "already processed". Also: one bound on the Prometheus queries of all evaluations.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { startProxy, type TestProxy } from '../helpers/proxy.js'
import { serviceQueries } from '../helpers/queries.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { deliver, sign, startApp, type AppProcess } from '../helpers/run-app.js'
import { protectionRuleEvent } from '../helpers/webhook-payloads.js'

const prometheus = sharedPrometheus()
const WEBHOOK_SECRET = `whsec-${crypto.randomBytes(12).toString('hex')}`
const APP_ID = '4343'
const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
const PRIVATE_KEY = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
const TOKENS = /^\/app\/installations\/\d+\/access_tokens$/
const CALLBACK = /\/actions\/runs\/\d+\/deployment_protection_rule$/

let fake: FakeGitHub
let proxy: TestProxy
let tmp: string
const servers: AppProcess[] = []

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  APP_ID,
  PRIVATE_KEY,
  WEBHOOK_SECRET,
  GITHUB_API_URL: fake.url,
  DATASOURCE_PROD_URL: proxy.url,
  DATASOURCE_PROD_RETRIES: '0',
  DATASOURCE_PROD_REPOSITORIES: 'acme/shop',
  STATE_FILE: path.join(tmp, `state-${crypto.randomUUID()}.json`),
  ...extra
})

async function launch(extra: Record<string, string> = {}): Promise<AppProcess> {
  const app = await startApp(env(extra))
  servers.push(app)
  return app
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-life-'))
  fake = await startFakeGitHub()
  fake.app = { appId: APP_ID, publicKey }
  proxy = await startProxy({
    target: prometheus.url,
    rewrite: form => {
      if (form.has('time')) form.set('time', String(prometheus.endTime))
    }
  })
})

afterEach(() => {
  fake.clearFailures()
  proxy.faults.length = 0
})

afterAll(async () => {
  for (const server of servers) await server.stop()
  await proxy?.close()
  await fake?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

let nextRun = 7000
const policy = (): string => {
  const q = serviceQueries('healthy')
  return [
    'environments:',
    '  production:',
    '    prometheus: prod',
    '    defaults: { target: 99.9, time_window: 30d }',
    '    slos:',
    '      - name: checkout',
    `        error_query: '${q.error_query}'`,
    `        total_query: '${q.total_query}'`
  ].join('\n')
}

/** A deployment whose policy reads a healthy service, and its signed delivery. */
function deployment() {
  const runId = nextRun++
  const sha = crypto.randomBytes(20).toString('hex')
  fake.files.set(`acme/shop@${sha}:.github/error-budget.yml`, policy())
  const body = JSON.stringify(
    protectionRuleEvent({ apiUrl: fake.url, runId, sha, environment: 'production' })
  )
  const id = crypto.randomUUID()
  return {
    runId,
    id,
    send: (app: AppProcess) => deliver(app, { body, id, signature: sign(WEBHOOK_SECRET, body) })
  }
}

const decisions = (runId: number) =>
  fake.gateReviews.filter(r => r.runId === runId && r.body.state !== undefined)

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 40000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}
const decided = (runId: number, timeoutMs?: number) =>
  until('a decision', () => decisions(runId)[0]?.body.state, timeoutMs)
const logged = (app: AppProcess, msg: string) =>
  until(`the log "${msg}"`, () => app.logs().find(l => l.msg === msg))

describe('a delivery accepted and not decided yet', () => {
  it('gets its token on a later try when GitHub fails to issue it, then is decided', async () => {
    const app = await launch()
    // More failures than the token request's own three quick retries.
    fake.failNext('POST', TOKENS, { status: 502, body: { message: 'Bad Gateway' } }, 4)
    const d = deployment()
    expect((await d.send(app)).status).toBe(202)
    await logged(app, 'no installation token')
    expect(await decided(d.runId)).toBe('approved')
    const redelivered = await d.send(app)
    expect([redelivered.status, redelivered.body]).toEqual([
      200,
      expect.stringContaining('already processed')
    ])
  }, 60000)

  it('sends its verdict again when GitHub fails to take the callback', async () => {
    const app = await launch()
    // As many failures as the callback's own tries (Octokit retries it three times).
    fake.failNext('POST', CALLBACK, { status: 502, body: { message: 'Bad Gateway' } }, 4)
    const d = deployment()
    expect((await d.send(app)).status).toBe(202)
    await logged(app, 'callback failed')
    expect(await decided(d.runId)).toBe('approved')
    expect(decisions(d.runId)).toHaveLength(1)
  }, 60000)

  it('is evaluated again when GitHub redelivers it after its verdict could not be sent', async () => {
    const app = await launch({ RETRY_DEADLINE: '1s' })
    fake.failNext('POST', CALLBACK, { status: 502, body: { message: 'Bad Gateway' } }, 100)
    const d = deployment()
    expect((await d.send(app)).status).toBe(202)
    // The callback's four tries (Octokit's own retries); the next retry would pass the deadline.
    const callbacks = () =>
      fake.requests.filter(
        r => r.method === 'POST' && r.path.endsWith(`/runs/${d.runId}/deployment_protection_rule`)
      )
    await until('four callbacks', () => (callbacks().length >= 4 ? true : undefined))
    await new Promise(resolve => setTimeout(resolve, 1000))
    expect(decisions(d.runId)).toEqual([])
    fake.clearFailures()
    const again = await d.send(app)
    expect([again.status, again.body]).toEqual([202, expect.stringContaining('evaluating')])
    expect(await decided(d.runId)).toBe('approved')
    // It had been given up, not still retrying.
    const gaveUp = 'no verdict sent: a redelivery of the delivery will evaluate it again'
    expect(app.logs().some(l => l.msg === gaveUp)).toBe(true)
  }, 60000)

  it('is evaluated once when two copies of it arrive together', async () => {
    const app = await launch()
    proxy.faults.push({ delayMs: 1500 })
    const d = deployment()
    const answers = await Promise.all([d.send(app), d.send(app)])
    expect(answers.map(a => a.status)).toEqual([202, 202])
    expect(answers.map(a => a.body).sort()).toEqual([
      expect.stringContaining('already being decided'),
      expect.stringContaining('evaluating')
    ])
    expect(await decided(d.runId)).toBe('approved')
    await new Promise(resolve => setTimeout(resolve, 1000))
    expect(decisions(d.runId)).toHaveLength(1)
  })

  it('is resumed after a restart when its evaluation outlived SHUTDOWN_GRACE', async () => {
    const STATE_FILE = path.join(tmp, 'grace.json')
    const first = await launch({ STATE_FILE, SHUTDOWN_GRACE: '1s' })
    const seen = proxy.requests.length
    proxy.faults.push({ delayMs: 6000 })
    const d = deployment()
    expect((await d.send(first)).status).toBe(202)
    await until('the slow query', () => (proxy.requests.length > seen ? true : undefined))
    expect(await first.stop()).toBe(0)
    expect(first.logs().find(l => l.msg === 'stopped')?.inFlightFinished).toBe(false)
    expect(decisions(d.runId)).toEqual([])
    const second = await launch({ STATE_FILE })
    expect(await decided(d.runId)).toBe('approved')
    expect(second.logs().some(l => l.msg === 'resuming an undecided request')).toBe(true)
    await until('the request to leave the state file', () => {
      const state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'))
      return Object.keys(state.accepted).length === 0 && state.deliveries[d.id] ? true : undefined
    })
  }, 60000)
})

describe('the state file', () => {
  it('answers 503 while it cannot be written, keeps serving, and processes the redelivery', async () => {
    const STATE_FILE = path.join(tmp, 'unwritable.json')
    const app = await launch({ STATE_FILE })
    // The next write fails: its temp file's name is taken by a directory.
    const temp = `${STATE_FILE}.${app.child.pid}.tmp`
    fs.mkdirSync(temp)
    const d = deployment()
    const refused = await d.send(app)
    expect(refused.status).toBe(503)
    expect(refused.body).toContain('redeliver later')
    await logged(app, 'the state file cannot be written')
    expect(app.child.exitCode).toBeNull()
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200)
    fs.rmSync(temp, { recursive: true })
    expect((await d.send(app)).status).toBe(202)
    expect(await decided(d.runId)).toBe('approved')
  })

  it('that does not fit the layout stops the start, naming the file and the field', async () => {
    const STATE_FILE = path.join(tmp, 'null.json')
    fs.writeFileSync(STATE_FILE, '{"version":1,"deliveries":null,"waits":{}}')
    const entry = process.env.APP_ENTRY ?? path.join(REPO_ROOT, 'dist/app/index.js')
    const child = spawn(process.execPath, [entry], {
      env: { ...env({ STATE_FILE }), HOST: '127.0.0.1', PORT: '0' }
    })
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += chunk))
    child.stdout.resume()
    const code = await new Promise(resolve => {
      const timer = setTimeout(() => {
        child.kill()
        resolve('still running')
      }, 10000)
      child.once('exit', exit => {
        clearTimeout(timer)
        resolve(exit)
      })
    })
    expect(code).toBe(1)
    expect(stderr).toContain(`state file ${STATE_FILE} cannot be read`)
    expect(stderr).toContain('\\"deliveries\\" is not an object')
  })
})

describe('the Prometheus queries of all evaluations together', () => {
  it('never exceed MAX_QUERIES in flight, however many deliveries arrive at once', async () => {
    const app = await launch({ MAX_QUERIES: '2' })
    for (let i = 0; i < 40; i++) proxy.faults.push({ delayMs: 200 })
    proxy.maxInFlight = 0
    const runs = Array.from({ length: 5 }, () => deployment())
    const answers = await Promise.all(runs.map(d => d.send(app)))
    expect(answers.map(a => a.status)).toEqual([202, 202, 202, 202, 202])
    for (const d of runs) expect(await decided(d.runId)).toBe('approved')
    proxy.faults.length = 0
    expect(proxy.maxInFlight).toBeGreaterThan(0)
    expect(proxy.maxInFlight).toBeLessThanOrEqual(2)
  }, 60000)
})
