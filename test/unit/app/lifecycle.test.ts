/**
 * The App server's life: the state file (its layout, its write failures, ids that are the names
 * of Object's methods), slow and numerous clients, timers longer than setTimeout's 24.8 days, and
 * the run-time secrets it keeps for redaction.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import type { Gate } from '../../../src/app/gate.js'
import { Jobs } from '../../../src/app/jobs.js'
import { createLogger } from '../../../src/app/log.js'
import { createMetrics } from '../../../src/app/metrics.js'
import { createAppServer, WEBHOOK_PATH } from '../../../src/app/server.js'
import { StateStore, type PendingWait } from '../../../src/app/store.js'
import { sleep } from '../../../src/http/retry.js'
import { MAX_TIMER_MS, setLongTimeout } from '../../../src/text/timers.js'
import { protectionRuleEvent } from '../../helpers/webhook-payloads.js'

const secret = 'a-webhook-secret-of-some-length'
const delivery = JSON.stringify(
  protectionRuleEvent({
    apiUrl: 'https://api.github.com',
    runId: 123,
    sha: 'a'.repeat(40),
    environment: 'prod'
  })
)
const signature = `sha256=${crypto.createHmac('sha256', secret).update(delivery).digest('hex')}`
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-life-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
const stateFile = (name: string): string => path.join(dir, `${name}-${crypto.randomUUID()}.json`)

const wait: PendingWait = {
  key: 'acme/shop#1:prod',
  deliveryId: 'd-1',
  owner: 'acme',
  repo: 'shop',
  installationId: 5,
  runId: 1,
  environment: 'prod',
  sha: 'a'.repeat(40),
  startedAt: 0,
  deadline: 1,
  intervalSeconds: 60,
  reports: 0
}

/** A server on loopback around a gate that only counts what it is handed. */
async function serve(options: { store?: StateStore; maxConnections?: number; gate?: Gate } = {}) {
  const accept = jest.fn(() => 'accepted' as const)
  const gate =
    options.gate ??
    ({ closing: false, accept, reject: jest.fn(() => 'accepted') } as unknown as Gate)
  const server = createAppServer({
    webhookSecret: secret,
    gate,
    store: options.store ?? StateStore.open(stateFile('server')),
    log: createLogger([secret], () => undefined),
    metrics: createMetrics(),
    maxConnections: options.maxConnections ?? 64
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const post = (id: string) =>
    fetch(`http://127.0.0.1:${port}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: {
        'x-github-event': 'deployment_protection_rule',
        'x-github-delivery': id,
        'x-hub-signature-256': signature
      },
      body: delivery
    })
  const close = () =>
    new Promise(resolve => {
      server.closeAllConnections()
      server.close(resolve)
    })
  return { server, port, accept, post, close }
}

describe('delivery ids named like Object’s own properties', () => {
  const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']

  it('are evaluated on first sight, not "already processed"', async () => {
    const app = await serve()
    try {
      for (const id of names.filter(n => !n.includes('_'))) {
        const answer = await app.post(id)
        expect([id, answer.status]).toEqual([id, 202])
        expect(await answer.text()).not.toContain('already processed')
      }
      expect(app.accept).toHaveBeenCalledTimes(4)
    } finally {
      await app.close()
    }
  })

  it('are kept as data in the state file, `__proto__` included, across a reopen', () => {
    const file = stateFile('names')
    const store = StateStore.open(file)
    for (const id of names) expect(store.decided(id)).toBe(false)
    for (const id of names) store.finish(wait.key, id)
    const again = StateStore.open(file)
    for (const id of names) expect(again.decided(id)).toBe(true)
    expect(again.decided('other')).toBe(false)
  })
})

describe('the state file’s layout, checked at start', () => {
  const refusal = (content: unknown): string => {
    const file = stateFile('layout')
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
    try {
      StateStore.open(file)
    } catch (error) {
      const message = (error as Error).message
      expect(message).toContain(`state file ${file} cannot be read`)
      return message
    }
    throw new Error('expected the file to be refused')
  }

  it.each([
    [{ version: 1, deliveries: null, waits: {} }, '"deliveries" is not an object'],
    [{ version: 1, deliveries: {}, waits: [] }, '"waits" is not an object'],
    [{ version: 1, deliveries: { d: 'yesterday' }, waits: {} }, 'deliveries["d"] is not a time'],
    [
      { version: 1, deliveries: {}, waits: { [wait.key]: { ...wait, deadline: null } } },
      `waits["${wait.key}"].deadline is missing or of the wrong type`
    ],
    [
      { version: 1, deliveries: {}, waits: { other: wait } },
      'waits["other"].key is not its own key'
    ],
    [
      { version: 2, deliveries: {}, waits: {}, accepted: { k: { key: 'k' } } },
      'accepted["k"].deliveryId is missing or of the wrong type'
    ],
    [{ version: 2, deliveries: {}, waits: {} }, '"accepted" is not an object'],
    [{ version: 3, deliveries: {}, waits: {} }, 'unknown version 3'],
    [{ version: 1, deliveries: {}, waits: {}, extra: 1 }, 'unknown field "extra"'],
    [[], 'it is not a JSON object']
  ])('refuses %j, naming the file and what is wrong', (content, problem) => {
    expect(refusal(content)).toContain(problem)
  })

  it('reads a version 1 file (no accepted requests) and writes version 2', () => {
    const file = stateFile('v1')
    fs.writeFileSync(
      file,
      JSON.stringify({ version: 1, deliveries: { d0: 5 }, waits: { [wait.key]: wait } })
    )
    const store = StateStore.open(file)
    expect(store.decided('d0')).toBe(true)
    expect(store.waits()).toEqual([wait])
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ version: 2, accepted: {} })
  })
})

describe('a state file that cannot be written', () => {
  /** Blocks the store's next write: its temp file's name is taken by a directory. */
  const block = (file: string): string => {
    const temp = `${file}.${process.pid}.tmp`
    fs.mkdirSync(temp)
    return temp
  }

  it('is reported and answered, never thrown, and the state in memory stays right', () => {
    const file = stateFile('unwritable')
    const errors: Error[] = []
    const store = StateStore.open(file, error => errors.push(error))
    const temp = block(file)
    const request = { ...wait, acceptedAt: 0 }
    expect(store.accept(request)).toBe(false)
    expect(store.accepted()).toEqual([])
    expect(store.putWait(wait)).toBe(false)
    expect(store.getWait(wait.key)).toEqual(wait)
    expect(errors.length).toBe(2)
    fs.rmSync(temp, { recursive: true })
    // Only the layout's fields are written: the file reads back.
    expect(store.accept({ ...request, key: 'other' })).toBe(true)
    const again = StateStore.open(file)
    expect(again.getWait(wait.key)).toEqual(wait)
    const { startedAt, deadline, intervalSeconds, reports, ...fields } = wait
    expect([startedAt, deadline, intervalSeconds, reports]).toEqual([0, 1, 60, 0])
    expect(again.accepted()).toEqual([{ ...fields, key: 'other', acceptedAt: 0 }])
  })

  it('answers a delivery 503 (GitHub redelivers it) and keeps serving', async () => {
    const file = stateFile('server-unwritable')
    const errors: Error[] = []
    const store = StateStore.open(file, error => errors.push(error))
    const { Gate } = await import('../../../src/app/gate.js')
    const gate = new Gate({
      settings: { retryDeadlineMs: 0, maxQueries: 1 } as never,
      installationClient: () => Promise.reject(Object.assign(new Error('no'), { status: 404 })),
      store,
      log: createLogger([], () => undefined),
      metrics: createMetrics()
    })
    const app = await serve({ store, gate })
    try {
      const temp = block(file)
      const refused = await app.post('delivery-1')
      expect(refused.status).toBe(503)
      expect(await refused.text()).toContain('redeliver later')
      expect(errors.length).toBeGreaterThan(0)
      expect((await fetch(`http://127.0.0.1:${app.port}/healthz`)).status).toBe(200)
      fs.rmSync(temp, { recursive: true })
      expect((await app.post('delivery-1')).status).toBe(202)
      await gate.drain(1000)
    } finally {
      await app.close()
    }
  })
})

describe('slow and numerous clients', () => {
  /** Opens a raw connection, sends `head`, then one byte of `trickle` every 250 ms. */
  function trickle(port: number, head: string, drip: string): Promise<number> {
    const started = Date.now()
    return new Promise(resolve => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(head)
        let i = 0
        const timer = setInterval(() => {
          if (!socket.destroyed && !socket.writableEnded) socket.write(drip[i++ % drip.length])
        }, 250)
        socket.on('close', () => {
          clearInterval(timer)
          resolve(Date.now() - started)
        })
      })
      socket.on('error', () => undefined)
      socket.resume()
    })
  }

  it('cuts a client that trickles its headers within the 5 s headers timeout', async () => {
    const app = await serve()
    try {
      const ms = await trickle(app.port, `POST ${WEBHOOK_PATH} HTTP/1.1\r\nHost: x\r\n`, 'x-pad: y')
      expect(ms).toBeGreaterThanOrEqual(4500)
      expect(ms).toBeLessThan(7000)
    } finally {
      await app.close()
    }
  }, 20000)

  it('cuts a client that trickles its body within the 8 s request timeout', async () => {
    const app = await serve()
    try {
      const ms = await trickle(
        app.port,
        `POST ${WEBHOOK_PATH} HTTP/1.1\r\nHost: x\r\ncontent-length: 100000\r\n\r\n`,
        '{'
      )
      expect(ms).toBeGreaterThanOrEqual(7500)
      expect(ms).toBeLessThan(10000)
    } finally {
      await app.close()
    }
  }, 20000)

  it('refuses connections above its cap, and serves again once they close', async () => {
    const app = await serve({ maxConnections: 3 })
    const open = (): Promise<net.Socket> =>
      new Promise(resolve => {
        const socket = net.connect(app.port, '127.0.0.1', () => resolve(socket))
        socket.on('error', () => undefined)
      })
    const closedWithin = (socket: net.Socket, ms: number): Promise<boolean> =>
      new Promise(resolve => {
        if (socket.destroyed) return resolve(true)
        const timer = setTimeout(() => resolve(false), ms)
        socket.once('close', () => {
          clearTimeout(timer)
          resolve(true)
        })
      })
    try {
      const held = [await open(), await open(), await open()]
      // Give the server time to count them.
      await new Promise(resolve => setTimeout(resolve, 100))
      const extra = await open()
      expect(await closedWithin(extra, 1000)).toBe(true)
      for (const socket of held) expect(socket.destroyed).toBe(false)
      for (const socket of held) socket.destroy()
      await new Promise(resolve => setTimeout(resolve, 100))
      expect((await fetch(`http://127.0.0.1:${app.port}/healthz`)).status).toBe(200)
    } finally {
      await app.close()
    }
  })
})

describe('timers longer than setTimeout’s 2^31 - 1 ms', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())
  const DAY = 86400_000

  it('wait the whole delay instead of firing after 1 ms', () => {
    const fired = jest.fn()
    setLongTimeout(fired, 25 * DAY)
    jest.advanceTimersByTime(1000)
    expect(fired).not.toHaveBeenCalled()
    jest.advanceTimersByTime(MAX_TIMER_MS)
    expect(fired).not.toHaveBeenCalled()
    jest.advanceTimersByTime(25 * DAY - MAX_TIMER_MS - 1000 - 1)
    expect(fired).not.toHaveBeenCalled()
    jest.advanceTimersByTime(1)
    expect(fired).toHaveBeenCalledTimes(1)
  })

  it('can be cleared in any of their steps', () => {
    const fired = jest.fn()
    const timer = setLongTimeout(fired, 60 * DAY)
    jest.advanceTimersByTime(30 * DAY)
    timer.clear()
    jest.advanceTimersByTime(60 * DAY)
    expect(fired).not.toHaveBeenCalled()
  })

  it('hold a retry’s sleep and a wait’s next check for the delay asked', async () => {
    let slept = false
    void sleep(25 * DAY).then(() => (slept = true))
    const checks = jest.fn(() => Promise.resolve())
    const jobs = new Jobs(createLogger([], () => undefined))
    jobs.later('k', 25 * DAY, checks)
    await jest.advanceTimersByTimeAsync(60_000)
    expect(slept).toBe(false)
    expect(checks).not.toHaveBeenCalled()
    await jest.advanceTimersByTimeAsync(25 * DAY)
    expect(slept).toBe(true)
    expect(checks).toHaveBeenCalledTimes(1)
  })
})

describe('every timer in src/', () => {
  it('goes through setLongTimeout: no other file calls setTimeout or setInterval', () => {
    const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../src')
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(50)
    const calling = files.filter(file =>
      /\bset(?:Timeout|Interval)\s*\(/.test(fs.readFileSync(path.join(root, file), 'utf8'))
    )
    expect(calling).toEqual([path.join('text', 'timers.ts')])
  })
})

describe('the run-time secrets the logs redact', () => {
  it('keep the current and the previous token of each installation, not every token since the start', () => {
    const lines: string[] = []
    const log = createLogger(['webhook-secret-value'], line => lines.push(line))
    const token = (i: number): string => `ghs_${String(i).padStart(36, '0')}`
    for (let i = 0; i < 500; i++) {
      log.addSecret(token(i), 'installation 1')
      log.addSecret(token(i), 'installation 1')
    }
    log.addSecret('ghs_other_installation_token', 'installation 2')
    expect(log.secrets().length).toBe(4)
    log.error(`failed with ${token(499)} after ${token(498)}; ghs_other_installation_token`)
    expect(lines.at(-1)).not.toMatch(/ghs_/)
    expect(log.redact('webhook-secret-value')).toBe('***')
    // A thousand installations at most: the one used longest ago goes first.
    for (let i = 0; i < 1500; i++) log.addSecret(`ghs_installation_${i}_token`, `installation ${i}`)
    expect(log.secrets().length).toBeLessThanOrEqual(1 + 2 * 1000)
    expect(log.redact('ghs_installation_1499_token')).toBe('***')
  })
})
