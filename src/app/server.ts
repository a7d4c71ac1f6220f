/**
 * The HTTP side: POST /api/github/webhooks (signature first, then the event), GET /healthz and
 * GET /metrics. @octokit/webhooks checks X-Hub-Signature-256 and types the event; the body cap,
 * the replay store and what is logged are ours. A delivery is answered before its evaluation
 * starts; GitHub waits 10 s at most.
 *
 * Only a delivery that was *decided* is "already processed": one received and not decided yet is
 * answered "being decided" while it runs, and processed again when GitHub redelivers it later.
 */
import http from 'node:http'
import { Webhooks, type EmitterWebhookEvent } from '@octokit/webhooks'
import { readProtectionRequest, validDeliveryId, type DeliveredPayload } from './delivery.js'
import type { Gate } from './gate.js'
import type { Acceptance } from './jobs.js'
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
  /** Connections held at once; more are closed as they arrive. */
  maxConnections: number
}

/** How the webhook was answered: status, the metric's result label, and the message. */
type Answer = [status: number, result: string, message: string]

/** GitHub gives up after 10 s: a client that trickles its headers or body is cut off well before. */
export const HEADERS_TIMEOUT_MS = 5000
export const REQUEST_TIMEOUT_MS = 8000
const TIMEOUTS: http.ServerOptions = {
  headersTimeout: HEADERS_TIMEOUT_MS,
  requestTimeout: REQUEST_TIMEOUT_MS,
  // How often Node enforces those two: at its default of 30 s, a slow client holds on for 30 s.
  connectionsCheckingInterval: 500
}

const DUPLICATE: Answer = [200, 'duplicate', 'delivery already processed']
/** The gate's answer to a request handed to it. */
const ACCEPTANCE: Record<Acceptance, (accepted: string) => Answer> = {
  accepted: message => [202, 'accepted', message],
  in_progress: () => [202, 'in_progress', 'delivery already being decided'],
  // Fail closed and say so: GitHub redelivers a 5xx, and nothing was started that could be lost.
  unsaved: () => [503, 'state_unsaved', 'the server cannot save its state; redeliver later']
}

function send(res: http.ServerResponse, status: number, body: unknown, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export function createAppServer(deps: ServerDeps): http.Server {
  const { log, metrics } = deps
  const webhooks = new Webhooks({ secret: deps.webhookSecret })
  /** The handler's answer to each payload it handled, for that delivery's HTTP answer. */
  const handled = new WeakMap<object, Answer>()
  webhooks.on('deployment_protection_rule.requested', ({ id, payload }) => {
    handled.set(payload, protectionRule(payload as DeliveredPayload, id))
  })

  /** A signed deployment_protection_rule request: evaluated, or rejected saying why. */
  function protectionRule(payload: DeliveredPayload, deliveryId: string): Answer {
    const read = readProtectionRequest(payload, deliveryId)
    // Refused before its id is recorded, so that a redelivery after the restart is processed.
    if (deps.gate.closing) return [503, 'shutting_down', 'shutting down; redeliver later']
    if ('missing' in read) {
      // GitHub waits 30 days for a verdict: a gate that fails closed must not fail silent.
      const why = `the delivery cannot be evaluated: ${read.missing.join(', ')} missing or malformed`
      log.warn('unusable delivery', {
        delivery: deliveryId,
        missing: read.missing,
        answerable: read.target !== undefined
      })
      if (!read.target) return [400, 'bad_payload', why]
      if (decidedBefore(deliveryId)) return DUPLICATE
      const answer = ACCEPTANCE[deps.gate.reject(read.target, why, deliveryId)](why)
      return answer[1] === 'accepted' ? [202, 'rejected', why] : answer
    }
    const { request } = read
    if (decidedBefore(deliveryId)) return DUPLICATE
    log.info('deployment protection rule requested', {
      delivery: deliveryId,
      repository: `${request.owner}/${request.repo}`,
      environment: request.environment,
      run: request.runId,
      sha: request.sha
    })
    return ACCEPTANCE[deps.gate.accept(request)]('evaluating')
  }

  /** True for a replay or a redelivery of an id already decided (an unusable id is never kept). */
  function decidedBefore(deliveryId: string): boolean {
    if (!validDeliveryId(deliveryId) || !deps.store.decided(deliveryId)) return false
    log.info('delivery decided before: not processed again', { delivery: deliveryId })
    return true
  }

  /** Nothing of a delivery is read, logged or acted on before its signature is checked. */
  async function receive(req: http.IncomingMessage, body: string): Promise<Answer> {
    const signature = String(req.headers['x-hub-signature-256'] ?? '')
    if (!(await webhooks.verify(body, signature).catch(() => false))) {
      log.warn('webhook refused: bad or missing signature', {
        remote: req.socket.remoteAddress ?? null
      })
      return [401, 'bad_signature', 'signature does not match']
    }
    const name = String(req.headers['x-github-event'] ?? '')
    const id = String(req.headers['x-github-delivery'] ?? '')
    if (name === 'ping') return [200, 'ping', 'pong']
    if (name !== 'deployment_protection_rule') return [202, 'ignored', 'event ignored']
    let payload: unknown
    try {
      payload = JSON.parse(body)
    } catch {
      return [400, 'bad_payload', 'body is not JSON']
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      return [400, 'bad_payload', 'body is not a JSON object']
    await webhooks.receive({ id, name, payload } as EmitterWebhookEvent)
    return handled.get(payload) ?? [202, 'ignored', 'action ignored']
  }

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
      receive(req, Buffer.concat(chunks).toString('utf8')).then(
        ([status, result, message]) => answer(status, result, message),
        error => {
          log.error('webhook failed', { error })
          answer(500, 'failed', 'internal error')
        }
      )
    })
    req.on('error', () => undefined)
  }

  const server = http.createServer(TIMEOUTS, (req, res) => {
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
  // Unauthenticated until the signature is read: the connections held at once are bounded too.
  server.maxConnections = deps.maxConnections
  return server
}
