/**
 * The HTTP side: POST /api/github/webhooks (signature first, then the event), GET /healthz and
 * GET /metrics. A delivery is answered before its evaluation starts; GitHub waits 10 s at most.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import type { Gate, ProtectionRequest } from './gate.js'
import { runIdOf } from './github-app.js'
import type { Logger } from './log.js'
import type { AppMetrics } from './metrics.js'
import type { StateStore } from './store.js'

export const WEBHOOK_PATH = '/api/github/webhooks'
/** GitHub caps payloads at 25 MB; a deployment_protection_rule event is a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024

export interface ServerDeps {
  webhookSecret: string
  gate: Gate
  store: StateStore
  log: Logger
  metrics: AppMetrics
}

/** `sha256=<hex>` of the raw body, compared in constant time. */
export function validSignature(secret: string, body: Buffer, header: unknown): boolean {
  if (typeof header !== 'string' || !/^sha256=[0-9a-f]{64}$/.test(header)) return false
  const expected = crypto.createHmac('sha256', secret).update(body).digest()
  return crypto.timingSafeEqual(expected, Buffer.from(header.slice(7), 'hex'))
}

type Json = Record<string, unknown>
const object = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}

/** The fields of a deployment_protection_rule event the gate needs; undefined when one is missing. */
export function protectionRequest(
  payload: Json,
  deliveryId: string
): ProtectionRequest | undefined {
  const repository = object(payload.repository)
  const owner = object(repository.owner).login
  const repo = repository.name
  const installationId = object(payload.installation).id
  const sha = object(payload.deployment).sha
  const environment = payload.environment
  const runId = runIdOf(payload.deployment_callback_url)
  if (
    typeof owner !== 'string' ||
    typeof repo !== 'string' ||
    typeof installationId !== 'number' ||
    typeof environment !== 'string' ||
    !environment ||
    typeof sha !== 'string' ||
    !/^[0-9a-f]{40}$/.test(sha) ||
    runId === undefined
  )
    return undefined
  return { deliveryId, owner, repo, installationId, runId, environment, sha }
}

function send(res: http.ServerResponse, status: number, body: unknown, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export function createAppServer(deps: ServerDeps): http.Server {
  const { log, metrics } = deps

  function webhook(req: http.IncomingMessage, res: http.ServerResponse): void {
    const stopTimer = metrics.webhookSeconds.startTimer()
    const answer = (status: number, result: string, message: string): void => {
      metrics.webhooks.inc({ result })
      if (status >= 400) res.setHeader('connection', 'close')
      send(res, status, { message })
      stopTimer()
    }
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) {
      answer(413, 'too_large', 'payload too large')
      res.once('finish', () => req.destroy())
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    req.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        refused = true
        answer(413, 'too_large', 'payload too large')
        res.once('finish', () => req.destroy())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (refused) return
      const body = Buffer.concat(chunks)
      // Nothing of the delivery is read, logged or acted on before its signature is checked.
      if (!validSignature(deps.webhookSecret, body, req.headers['x-hub-signature-256'])) {
        log.warn('webhook refused: bad or missing signature', {
          remote: req.socket.remoteAddress ?? null
        })
        answer(401, 'bad_signature', 'signature does not match')
        return
      }
      const event = String(req.headers['x-github-event'] ?? '')
      const deliveryId = String(req.headers['x-github-delivery'] ?? '')
      if (event === 'ping') return answer(200, 'ping', 'pong')
      if (event !== 'deployment_protection_rule') return answer(202, 'ignored', 'event ignored')
      let payload: Json
      try {
        payload = object(JSON.parse(body.toString('utf8')))
      } catch {
        return answer(400, 'bad_payload', 'body is not JSON')
      }
      if (payload.action !== 'requested') return answer(202, 'ignored', 'action ignored')
      const request = protectionRequest(payload, deliveryId)
      if (!request || !/^[0-9A-Za-z-]{1,100}$/.test(deliveryId))
        return answer(400, 'bad_payload', 'not a deployment protection rule request')
      // Refused before its id is recorded, so that a redelivery after the restart is processed.
      if (deps.gate.closing) return answer(503, 'shutting_down', 'shutting down; redeliver later')
      if (!deps.store.firstDelivery(deliveryId)) {
        log.info('delivery seen before: not processed again', { delivery: deliveryId })
        return answer(200, 'duplicate', 'delivery already processed')
      }
      answer(202, 'accepted', 'evaluating')
      log.info('deployment protection rule requested', {
        delivery: deliveryId,
        repository: `${request.owner}/${request.repo}`,
        environment: request.environment,
        run: request.runId,
        sha: request.sha
      })
      deps.gate.accept(request)
    })
    req.on('error', () => undefined)
  }

  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]
    if (url === WEBHOOK_PATH) {
      if (req.method !== 'POST') return send(res, 405, { message: 'POST only' })
      return webhook(req, res)
    }
    if (req.method === 'GET' && url === '/healthz') return send(res, 200, { status: 'ok' })
    if (req.method === 'GET' && url === '/metrics') {
      metrics.registry
        .metrics()
        .then(text => send(res, 200, text, metrics.registry.contentType))
        .catch(() => send(res, 500, { message: 'metrics unavailable' }))
      return
    }
    send(res, 404, { message: 'not found' })
  })
  // GitHub gives up after 10 s: a client that trickles its body is cut off well before.
  server.requestTimeout = 8000
  server.headersTimeout = 5000
  return server
}
