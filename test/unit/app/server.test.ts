import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { protectionRequest, validSignature, WEBHOOK_PATH } from '../../../src/app/server.js'
import { readServerSettings, SettingError } from '../../../src/app/settings.js'
import { StateStore } from '../../../src/app/store.js'
import { appJwt, runIdOf } from '../../../src/app/github-app.js'
import { createLogger } from '../../../src/app/log.js'

const secret = 'a-webhook-secret-of-some-length'
const body = Buffer.from('{"action":"requested"}')
const signature = `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`

describe('webhook signatures', () => {
  it('accepts GitHub’s sha256 HMAC of the raw body', () => {
    expect(validSignature(secret, body, signature)).toBe(true)
  })
  it.each([
    ['missing', undefined],
    ['sha1', `sha1=${'0'.repeat(40)}`],
    ['truncated', signature.slice(0, 40)],
    ['upper-case hex of another body', `sha256=${'A'.repeat(64)}`],
    ['for another body', `sha256=${crypto.createHmac('sha256', secret).update('{}').digest('hex')}`]
  ])('refuses a %s signature', (_, header) => {
    expect(validSignature(secret, body, header)).toBe(false)
  })
})

describe('the deployment_protection_rule payload', () => {
  const payload = {
    environment: 'production',
    deployment_callback_url:
      'https://evil.example.com/repos/a/b/actions/runs/123/deployment_protection_rule',
    deployment: { sha: 'a'.repeat(40) },
    repository: { name: 'shop', owner: { login: 'acme' } },
    installation: { id: 5 }
  }
  it('takes only the run id from the callback URL, never its host', () => {
    expect(protectionRequest(payload, 'd1')).toEqual({
      deliveryId: 'd1',
      owner: 'acme',
      repo: 'shop',
      installationId: 5,
      runId: 123,
      environment: 'production',
      sha: 'a'.repeat(40)
    })
    expect(runIdOf('https://x/repos/a/b/actions/runs/12/other')).toBeUndefined()
  })
  it('refuses a payload without a full sha', () => {
    expect(protectionRequest({ ...payload, deployment: { sha: 'main' } }, 'd1')).toBeUndefined()
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

  it('signs an App JWT that verifies with the public key', () => {
    const jwt = appJwt('42', privateKey, 1_700_000_000_000)
    const [header, payload, sig] = jwt.split('.')
    expect(
      crypto.verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        crypto.createPublicKey(privateKey),
        Buffer.from(sig, 'base64url')
      )
    ).toBe(true)
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      iat: 1_700_000_000 - 60,
      exp: 1_700_000_000 + 540,
      iss: '42'
    })
  })
})

describe('the state file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-store-'))
  it('keeps waits and delivery ids across a reopen, written by rename', () => {
    const file = path.join(dir, 'state.json')
    const store = StateStore.open(file)
    expect(store.firstDelivery('d1')).toBe(true)
    expect(store.firstDelivery('d1')).toBe(false)
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
    expect(again.firstDelivery('d1')).toBe(false)
    expect(again.waits().map(w => w.key)).toEqual(['k'])
    expect(fs.readdirSync(dir)).toEqual(['state.json'])
  })
  it('forgets delivery ids after GitHub’s 3 days of redelivery', () => {
    const store = StateStore.open(path.join(dir, 'old.json'))
    expect(store.firstDelivery('old', 0)).toBe(true)
    expect(store.firstDelivery('new', 4 * 86400_000)).toBe(true)
    expect(store.firstDelivery('old', 4 * 86400_000)).toBe(true)
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
