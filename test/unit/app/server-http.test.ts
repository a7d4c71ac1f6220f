/**
 * The App's HTTP side in-process: the routes, the body cap, and that nothing unsigned, unknown or
 * malformed reaches the gate. (The end-to-end suite runs the bundled server; these pin down each
 * answer where mutation testing, npm run mutate, can see it.)
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import type { Gate } from '../../../src/app/gate.js'
import { createAppServer, MAX_BODY_BYTES, WEBHOOK_PATH } from '../../../src/app/server.js'
import { StateStore } from '../../../src/app/store.js'
import { createLogger } from '../../../src/app/log.js'
import { createMetrics } from '../../../src/app/metrics.js'
import { protectionRuleEvent } from '../../helpers/webhook-payloads.js'

const secret = 'a-webhook-secret-of-some-length'
const sign = (body: string): string =>
  `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`
const event = (): Record<string, unknown> =>
  protectionRuleEvent({
    apiUrl: 'https://api.github.com',
    runId: 123,
    sha: 'a'.repeat(40),
    environment: 'prod'
  })

const accept = jest.fn((..._args: unknown[]) => 'accepted')
const reject = jest.fn((..._args: unknown[]) => 'accepted')
const gate = { closing: false, accept, reject } as unknown as Gate & { closing: boolean }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-server-http-'))
const logged: string[] = []
const metrics = createMetrics()
const server = createAppServer({
  webhookSecret: secret,
  gate,
  store: StateStore.open(path.join(dir, 'state.json')),
  log: createLogger([secret], line => void logged.push(line)),
  metrics,
  maxConnections: 64
})
let base: string
beforeAll(async () => {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => {
  accept.mockClear()
  reject.mockClear()
  gate.closing = false
  logged.length = 0
})

async function deliver(
  body: string,
  options: { event?: string; signature?: string; id?: string } = {}
): Promise<{ status: number; message: string; connection: string | null }> {
  const res = await fetch(`${base}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'x-github-event': options.event ?? 'deployment_protection_rule',
      'x-github-delivery': options.id ?? crypto.randomUUID(),
      'x-hub-signature-256': options.signature ?? sign(body)
    },
    body
  })
  const { message } = (await res.json()) as { message: string }
  return { status: res.status, message, connection: res.headers.get('connection') }
}

describe('the webhook', () => {
  it('accepts a signed deployment_protection_rule request and hands it to the gate', async () => {
    expect(await deliver(JSON.stringify(event()))).toMatchObject({
      status: 202,
      message: 'evaluating'
    })
    expect(accept).toHaveBeenCalledTimes(1)
    expect(accept.mock.calls[0][0]).toMatchObject({ owner: 'acme', repo: 'shop', runId: 123 })
    expect(logged.some(line => line.includes('deployment protection rule requested'))).toBe(true)
  })

  it('refuses a bad signature with 401 and closes the connection, acting on nothing', async () => {
    const answer = await deliver(JSON.stringify(event()), { signature: sign('{}') })
    expect(answer).toEqual({
      status: 401,
      message: 'signature does not match',
      connection: 'close'
    })
    expect(accept).not.toHaveBeenCalled()
    expect(logged.some(line => line.includes('bad or missing signature'))).toBe(true)
  })

  it('answers a ping, and ignores other events and other actions', async () => {
    expect(await deliver('{}', { event: 'ping' })).toMatchObject({ status: 200, message: 'pong' })
    expect(await deliver('{}', { event: 'push' })).toMatchObject({
      status: 202,
      message: 'event ignored'
    })
    const other = JSON.stringify({ ...event(), action: 'completed' })
    expect(await deliver(other)).toMatchObject({ status: 202, message: 'action ignored' })
    expect(accept).not.toHaveBeenCalled()
  })

  it.each([
    ['not JSON', '{"action":', 'body is not JSON'],
    ['a JSON array', '[1]', 'body is not a JSON object'],
    ['JSON null', 'null', 'body is not a JSON object'],
    ['a JSON string', '"x"', 'body is not a JSON object']
  ])('refuses a signed body that is %s with 400', async (_, body, message) => {
    expect(await deliver(body)).toEqual({ status: 400, message, connection: 'close' })
    expect(accept).not.toHaveBeenCalled()
  })

  it('a payload without a usable target is refused with 400; with one, rejected through the gate', async () => {
    const noTarget = event()
    delete noTarget.installation
    expect(await deliver(JSON.stringify(noTarget))).toMatchObject({ status: 400 })
    expect(reject).not.toHaveBeenCalled()
    const noSha = { ...event(), sha: 'main', deployment: null }
    const answer = await deliver(JSON.stringify(noSha))
    expect(answer.status).toBe(202)
    expect(answer.message).toMatch(/^the delivery cannot be evaluated: sha/)
    expect(reject).toHaveBeenCalledTimes(1)
    expect(accept).not.toHaveBeenCalled()
  })

  it('while shutting down, answers 503 so that GitHub redelivers, and starts nothing', async () => {
    gate.closing = true
    expect(await deliver(JSON.stringify(event()))).toMatchObject({
      status: 503,
      message: 'shutting down; redeliver later'
    })
    expect(accept).not.toHaveBeenCalled()
  })

  it('refuses a body over the cap with 413, declared or streamed', async () => {
    const declared = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: { 'content-length': String(MAX_BODY_BYTES + 1) }
      })
      req.on('response', res => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.write('x')
    })
    expect(declared).toBe(413)
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}${WEBHOOK_PATH}`, { method: 'POST' })
      req.on('response', res => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', error => (error as NodeJS.ErrnoException).code === 'EPIPE' || reject(error))
      req.write(Buffer.alloc(MAX_BODY_BYTES + 1, 'x'))
    })
    expect(streamed).toBe(413)
    // A body of exactly the cap is read (and then refused for its signature).
    const atCap = '{' + ' '.repeat(MAX_BODY_BYTES - 2) + '}'
    expect((await deliver(atCap, { signature: 'sha256=0' })).status).toBe(401)
  })
})

describe('the other routes', () => {
  it('health, metrics, POST only on the webhook, 404 elsewhere', async () => {
    const health = await fetch(`${base}/healthz?probe=1`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    const scraped = await fetch(`${base}/metrics`)
    expect(scraped.status).toBe(200)
    expect(scraped.headers.get('content-type')).toBe(metrics.registry.contentType)
    expect(await scraped.text()).toMatch(/# TYPE /)
    const get = await fetch(`${base}${WEBHOOK_PATH}`)
    expect(get.status).toBe(405)
    expect(await get.json()).toEqual({ message: 'POST only' })
    for (const [method, route] of [
      ['GET', '/nowhere'],
      ['POST', '/healthz'],
      ['POST', '/metrics']
    ]) {
      const res = await fetch(`${base}${route}`, { method })
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ message: 'not found' })
    }
  })
})
