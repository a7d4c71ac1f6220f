import crypto from 'node:crypto'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import { readProtectionRequest, runIdOf } from '../../../src/app/delivery.js'
import type { Gate } from '../../../src/app/gate.js'
import { createAppServer, WEBHOOK_PATH } from '../../../src/app/server.js'
import {
  MIN_WEBHOOK_SECRET,
  readServerSettings,
  SettingError,
  startupWarnings
} from '../../../src/app/settings.js'
import { StateStore } from '../../../src/app/store.js'
import { createLogger } from '../../../src/app/log.js'
import { createMetrics } from '../../../src/app/metrics.js'
import { protectionRuleEvent, webhookSchemaErrors } from '../../helpers/webhook-payloads.js'

const secret = 'a-webhook-secret-of-some-length'
const sha = 'a'.repeat(40)
const delivery = JSON.stringify(
  protectionRuleEvent({ apiUrl: 'https://api.github.com', runId: 123, sha, environment: 'prod' })
)
const signature = `sha256=${crypto.createHmac('sha256', secret).update(delivery).digest('hex')}`

describe('webhook signatures (@octokit/webhooks, through the server)', () => {
  const accept = jest.fn(() => 'accepted')
  const gate = { closing: false, accept, reject: jest.fn(() => 'accepted') } as unknown as Gate
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-server-'))
  const server = createAppServer({
    webhookSecret: secret,
    gate,
    store: StateStore.open(path.join(dir, 'state.json')),
    log: createLogger([secret], () => undefined),
    metrics: createMetrics(),
    maxConnections: 64
  })
  let url: string
  beforeAll(async () => {
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`
  })
  afterAll(async () => {
    await new Promise(resolve => server.close(resolve))
    fs.rmSync(dir, { recursive: true, force: true })
  })
  beforeEach(() => accept.mockClear())
  const post = (header: string | undefined, body = delivery) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'x-github-event': 'deployment_protection_rule',
        'x-github-delivery': crypto.randomUUID(),
        ...(header === undefined ? {} : { 'x-hub-signature-256': header })
      },
      body
    })

  it('accepts GitHub’s sha256 HMAC of the raw body', async () => {
    expect((await post(signature)).status).toBe(202)
    expect(accept).toHaveBeenCalledTimes(1)
  })
  it.each([
    ['missing', undefined],
    ['sha1', `sha1=${'0'.repeat(40)}`],
    ['truncated', signature.slice(0, 40)],
    ['upper-case hex of another body', `sha256=${'A'.repeat(64)}`],
    ['for another body', `sha256=${crypto.createHmac('sha256', secret).update('{}').digest('hex')}`]
  ])('refuses a %s signature, and acts on nothing', async (_, header) => {
    expect((await post(header)).status).toBe(401)
    expect(accept).not.toHaveBeenCalled()
  })
})

describe('the deployment_protection_rule payload', () => {
  const payload = (edit: (p: Record<string, unknown>) => void = () => {}) => {
    const p = protectionRuleEvent({
      apiUrl: 'https://evil.example.com',
      runId: 123,
      sha,
      environment: 'production',
      installationId: 5
    })
    edit(p)
    return p
  }
  const expected = {
    deliveryId: 'd1',
    owner: 'acme',
    repo: 'shop',
    installationId: 5,
    runId: 123,
    environment: 'production',
    sha
  }
  it('takes only the run id from the callback URL, never its host', () => {
    expect(webhookSchemaErrors(payload())).toEqual([])
    expect(readProtectionRequest(payload(), 'd1')).toEqual({ request: expected })
    expect(runIdOf('https://x/repos/a/b/actions/runs/12/other')).toBeUndefined()
  })
  it.each([
    ['absent', (p: Record<string, unknown>) => delete p.deployment],
    ['null', (p: Record<string, unknown>) => (p.deployment = null)],
    [
      'only {id, environment}',
      (p: Record<string, unknown>) => (p.deployment = { id: 9, environment: 'production' })
    ]
  ])('reads the top-level sha when the deployment is %s', (_, edit) => {
    expect(readProtectionRequest(payload(edit), 'd1')).toEqual({ request: expected })
  })
  it('falls back to deployment.sha when the top level has none', () => {
    const read = readProtectionRequest(
      payload(p => {
        delete p.sha
        p.deployment = { ...(p.deployment as object), sha: 'b'.repeat(40) }
      }),
      'd1'
    )
    expect(read).toEqual({ request: { ...expected, sha: 'b'.repeat(40) } })
  })
  it('names what is missing, and where the verdict can still go', () => {
    const target = {
      owner: 'acme',
      repo: 'shop',
      installationId: 5,
      runId: 123,
      environment: 'production'
    }
    expect(
      readProtectionRequest(
        payload(p => {
          p.sha = 'main'
          p.deployment = null
        }),
        'd1'
      )
    ).toEqual({ missing: ['sha (a full commit hash)'], target })
    expect(
      readProtectionRequest(
        payload(p => delete p.installation),
        'not a delivery id!'
      )
    ).toEqual({
      missing: ['installation.id', 'X-GitHub-Delivery'],
      target: undefined
    })
  })
})

describe('server settings', () => {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
  const env = { APP_ID: '1', PRIVATE_KEY: pem, WEBHOOK_SECRET: secret }

  it('reads datasources by name with the action’s parsers, and keeps their credentials as secrets', () => {
    const settings = readServerSettings({
      ...env,
      DATASOURCE_PROD_EU_URL: 'https://user:p4ssw0rd@prom.example.com/prefix',
      DATASOURCE_PROD_EU_HEADERS: 'X-Scope-OrgID: tenant-secret-1'
    })
    const prod = settings.datasources.get('prod_eu')!
    expect(prod.prometheus.url).toBe('https://prom.example.com/prefix')
    expect(prod.prometheus.username).toBe('user')
    expect(settings.secrets).toEqual(
      expect.arrayContaining([
        'p4ssw0rd',
        'tenant-secret-1',
        Buffer.from('user:p4ssw0rd').toString('base64'),
        secret
      ])
    )
    // Every base64 line of the key is redacted on its own.
    const line = pem.split('\n')[1]
    expect(createLogger(settings.secrets).redact(`key: ${line}`)).toBe('key: ***')
  })

  it.each([
    [{ APP_ID: '' }, 'APP_ID'],
    [{ WEBHOOK_SECRET: 'short' }, 'WEBHOOK_SECRET'],
    [{ PRIVATE_KEY: 'not a key' }, 'PRIVATE_KEY'],
    [{ DATASOURCE_X_URL: 'ftp://tok3n-value@x' }, 'DATASOURCE_X_URL'],
    [{ DATASOURCE_X_URL: 'http://x', DATASOURCE_X_TIMEOUT: '0' }, 'DATASOURCE_X_TIMEOUT'],
    [{ UNKNOWN_ENVIRONMENT: 'maybe' }, 'UNKNOWN_ENVIRONMENT']
  ])('refuses %j, naming the variable and not its value', (extra, variable) => {
    let error: unknown
    try {
      readServerSettings({ ...env, ...extra })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SettingError)
    expect((error as SettingError).variable).toBe(variable)
    expect((error as Error).message).not.toContain('tok3n-value')
  })

  it('says WEBHOOK_SECRET is required only when unset; a short one, its length and the minimum', () => {
    const message = (extra: Record<string, string | undefined>): string => {
      try {
        readServerSettings({ ...env, ...extra })
      } catch (error) {
        return (error as Error).message
      }
      return ''
    }
    expect(message({ WEBHOOK_SECRET: undefined })).toMatch(/^WEBHOOK_SECRET: is required: /)
    expect(message({ WEBHOOK_SECRET: '' })).toMatch(/^WEBHOOK_SECRET: is required: /)
    const short = message({ WEBHOOK_SECRET: 'short' })
    expect(short).toBe(
      `WEBHOOK_SECRET: is 5 characters long; it must have at least ${MIN_WEBHOOK_SECRET} (set a longer secret on the App and here)`
    )
    expect(short).not.toContain('required')
    // Its length, never its text.
    expect(short).not.toContain("'short'")
    expect(short.split(': ').slice(1).join(': ')).not.toMatch(/\bshort\b/)
  })

  it('warns when no datasource is configured, and only then', () => {
    expect(startupWarnings(readServerSettings(env))).toEqual([
      expect.stringMatching(
        /^no datasource is configured: every deployment .* rejected; set DATASOURCE_<NAME>_URL/
      )
    ])
    expect(
      startupWarnings(
        readServerSettings({
          ...env,
          DATASOURCE_PROD_URL: 'http://p:9090',
          DATASOURCE_PROD_REPOSITORIES: 'acme/*'
        })
      )
    ).toEqual([])
  })
})

describe('the state file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-store-'))
  it('keeps waits and decided delivery ids across a reopen, written by rename', () => {
    const file = path.join(dir, 'state.json')
    const store = StateStore.open(file)
    expect(store.decided('d1')).toBe(false)
    store.finish('k0', 'd1')
    expect(store.decided('d1')).toBe(true)
    store.putWait({
      key: 'k',
      owner: 'o',
      repo: 'r',
      installationId: 1,
      runId: 2,
      environment: 'e',
      sha: 's',
      deliveryId: 'd1',
      startedAt: 0,
      deadline: 1,
      intervalSeconds: 60,
      reports: 0
    })
    const again = StateStore.open(file)
    expect(again.decided('d1')).toBe(true)
    expect(again.waits().map(w => w.key)).toEqual(['k'])
    expect(fs.readdirSync(dir)).toEqual(['state.json'])
  })
  it('forgets delivery ids after GitHub’s 3 days of redelivery', () => {
    const store = StateStore.open(path.join(dir, 'old.json'))
    store.finish('k', 'old', 0)
    expect(store.decided('old')).toBe(true)
    store.finish('k', 'new', 4 * 86400_000)
    expect(store.decided('old')).toBe(false)
    expect(store.decided('new')).toBe(true)
  })
  it('refuses to start on a damaged file rather than lose the pending waits', () => {
    const file = path.join(dir, 'bad.json')
    fs.writeFileSync(file, '{"version":1,')
    expect(() => StateStore.open(file)).toThrow('repair or remove it')
  })
})

describe('the App manifest', () => {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..')
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'deploy/app-manifest.json'), 'utf8'))
  it('asks for the permissions and the one event the server needs, at the webhook path it serves', () => {
    expect(manifest.default_permissions).toEqual({
      deployments: 'write',
      actions: 'read',
      contents: 'read'
    })
    expect(manifest.default_events).toEqual(['deployment_protection_rule'])
    expect(new URL(manifest.hook_attributes.url).pathname).toBe(WEBHOOK_PATH)
  })
  it('is the manifest the registration form posts', () => {
    const html = fs.readFileSync(path.join(root, 'deploy/register-app.html'), 'utf8')
    const literal = /value = JSON\.stringify\((\{[\s\S]*?\})\)\n/.exec(html)![1]
    const posted = new Function(`return (${literal})`)() as Record<string, unknown>
    expect({ ...posted, description: manifest.description }).toEqual(manifest)
  })
})

describe('the JSON logs', () => {
  it('redact secrets learned at run time, in nested fields and errors, on one line each', () => {
    const lines: string[] = []
    const log = createLogger(['webhook-secret-value'], line => lines.push(line))
    log.addSecret('ghs_installationtoken123')
    log.error('callback failed\n::warning::x', {
      error: new Error('401 for ghs_installationtoken123'),
      nested: { list: ['webhook-secret-value'] }
    })
    expect(lines).toHaveLength(1)
    expect(lines[0].split('\n')).toHaveLength(1)
    expect(lines[0]).not.toContain('ghs_installationtoken123')
    expect(lines[0]).not.toContain('webhook-secret-value')
    const record = JSON.parse(lines[0])
    expect(record).toMatchObject({
      level: 'error',
      msg: 'callback failed\n::warning::x',
      error: '401 for ***',
      nested: { list: ['***'] }
    })
    expect(log.secrets()).toContain('ghs_installationtoken123')
  })
})
