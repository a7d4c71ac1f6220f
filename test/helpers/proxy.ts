/**
 * A loopback proxy in front of the test Prometheus: it checks credentials the way an
 * authenticating gateway (Grafana Cloud, Mimir behind nginx) does, strips a path prefix, and
 * plays scripted faults (status codes, HTML pages, delays) before forwarding.
 */
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'

export interface Fault {
  status?: number
  body?: string
  headers?: Record<string, string>
  /** Wait this long before answering (or before forwarding when no status is given). */
  delayMs?: number
}

export interface ProxyOptions {
  target: string
  /** Path prefix the proxy serves under, e.g. `/prometheus`. */
  prefix?: string
  bearer?: string
  basic?: { username: string; password: string }
  /** Headers that must be present with exactly these values (e.g. X-Scope-OrgID). */
  requiredHeaders?: Record<string, string>
  /** Serve HTTPS with this key and certificate. */
  tls?: { key: string; cert: string }
  /** Changes each forwarded form body (e.g. pins `time=`, or points a query at another series). */
  rewrite?: (form: URLSearchParams) => void
}

export interface RecordedProxyRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

export interface TestProxy {
  url: string
  requests: RecordedProxyRequest[]
  /** Faults played in order, one per request, before normal forwarding resumes. */
  faults: Fault[]
  /** Requests received and not answered yet, and the most there were at once (settable). */
  inFlight(): number
  maxInFlight: number
  close(): Promise<void>
}

function authorized(req: http.IncomingMessage, options: ProxyOptions): boolean {
  const auth = req.headers.authorization ?? ''
  if (options.bearer && auth !== `Bearer ${options.bearer}`) return false
  if (options.basic) {
    const expected = Buffer.from(`${options.basic.username}:${options.basic.password}`).toString(
      'base64'
    )
    if (auth !== `Basic ${expected}`) return false
  }
  for (const [name, value] of Object.entries(options.requiredHeaders ?? {})) {
    if (req.headers[name.toLowerCase()] !== value) return false
  }
  return true
}

export async function startProxy(options: ProxyOptions): Promise<TestProxy> {
  const requests: RecordedProxyRequest[] = []
  const faults: Fault[] = []
  const target = new URL(options.target)
  const proxy: TestProxy = {
    url: '',
    requests,
    faults,
    inFlight: () => inFlight,
    maxInFlight: 0,
    close: () => Promise.resolve()
  }
  const prefix = options.prefix ?? ''

  let inFlight = 0
  const handler: http.RequestListener = (req, res) => {
    inFlight++
    proxy.maxInFlight = Math.max(proxy.maxInFlight, inFlight)
    res.once('close', () => inFlight--)
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk as Buffer))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: body.toString()
      })
      const fault = faults.shift()
      const answer = (): void => {
        if (fault?.status) {
          res.writeHead(fault.status, fault.headers ?? { 'Content-Type': 'text/plain' })
          res.end(fault.body ?? '')
          return
        }
        if (!authorized(req, options)) {
          res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Bearer' })
          res.end('Unauthorized\n')
          return
        }
        const path = req.url ?? '/'
        let forwarded = body
        if (options.rewrite && body.length) {
          const form = new URLSearchParams(body.toString())
          options.rewrite(form)
          forwarded = Buffer.from(form.toString())
        }
        if (!path.startsWith(prefix + '/')) {
          res.writeHead(404, { 'Content-Type': 'text/plain' })
          res.end('404 page not found\n')
          return
        }
        const upstream = http.request(
          {
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: path.slice(prefix.length),
            headers: {
              'content-type': req.headers['content-type'] ?? '',
              'content-length': forwarded.length
            }
          },
          upstreamRes => {
            res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers)
            upstreamRes.pipe(res)
          }
        )
        upstream.on('error', () => {
          res.writeHead(502)
          res.end('bad gateway')
        })
        upstream.end(forwarded)
      }
      if (fault?.delayMs) setTimeout(answer, fault.delayMs)
      else answer()
    })
  }
  const server = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  Object.assign(proxy, {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  })
  return proxy
}
