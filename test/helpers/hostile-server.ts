/**
 * A loopback "Prometheus" with one bad answer per path prefix, for the robustness cases that a
 * real server or the forwarding proxy cannot play: `<url>/<fault>` is the prometheus_url.
 *
 * - `gzip-bomb`: 200 with a small gzip body that decodes to 64 MB of spaces
 * - `endless`: 200 streaming a body without end (no Content-Length) until the client hangs up
 * - `slow-504`: an HTML 504 from a gateway after `delayMs`
 * - `slow-400`: Prometheus' own 400 bad_data JSON after `delayMs` (not retried, not "down")
 * - `hang`: accepts the request and never answers
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

export const HOSTILE_FAULTS = ['gzip-bomb', 'endless', 'slow-504', 'slow-400', 'hang'] as const
export type HostileFault = (typeof HOSTILE_FAULTS)[number]

export interface HostileServer {
  /** The prometheus_url that plays `fault`. */
  url(fault: HostileFault): string
  /** Requests received, per fault. */
  requests: Record<HostileFault, number>
  /** Bytes written per fault (for the bodies that must not be read to the end). */
  bytesSent: Record<HostileFault, number>
  close(): Promise<void>
}

const BOMB_DECODED_BYTES = 64 * 1024 * 1024

export async function startHostileServer(
  options: { delayMs?: number } = {}
): Promise<HostileServer> {
  const delayMs = options.delayMs ?? 300
  const bomb = zlib.gzipSync(Buffer.alloc(BOMB_DECODED_BYTES, ' '), { level: 9 })
  const zero = () =>
    Object.fromEntries(HOSTILE_FAULTS.map(f => [f, 0])) as Record<HostileFault, number>
  const requests = zero()
  const bytesSent = zero()
  const timers = new Set<NodeJS.Timeout>()
  const later = (fn: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      fn()
    }, delayMs)
    timers.add(timer)
  }

  const server = http.createServer((req, res) => {
    const fault = (req.url ?? '').split('/')[1] as HostileFault
    req.resume()
    req.on('end', () => {
      if (!HOSTILE_FAULTS.includes(fault)) {
        res.writeHead(404).end()
        return
      }
      requests[fault]++
      switch (fault) {
        case 'gzip-bomb':
          res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })
          bytesSent[fault] += bomb.length
          res.end(bomb)
          return
        case 'endless': {
          res.writeHead(200, { 'Content-Type': 'application/json' })
          const chunk = Buffer.alloc(64 * 1024, ' ')
          const pump = (): void => {
            while (!res.destroyed && bytesSent[fault] < 2 ** 31) {
              bytesSent[fault] += chunk.length
              if (!res.write(chunk)) return void res.once('drain', pump)
            }
          }
          res.on('close', () => res.destroy())
          pump()
          return
        }
        case 'slow-504':
          return later(() => {
            res.writeHead(504, { 'Content-Type': 'text/html' })
            res.end('<html><title>504 Gateway Time-out</title></html>')
          })
        case 'slow-400':
          return later(() => {
            res.writeHead(400, { 'Content-Type': 'application/json' })
            res.end(
              JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'slow refusal' })
            )
          })
        case 'hang':
          return
      }
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: fault => `${base}/${fault}`,
    requests,
    bytesSent,
    close: () =>
      new Promise(resolve => {
        timers.forEach(clearTimeout)
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
