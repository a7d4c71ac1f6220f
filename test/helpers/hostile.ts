/**
 * A hostile server on loopback: one bad answer per path, the kind a misconfigured proxy, a
 * compromised Prometheus or a chatty Slack front end gives. Point prometheus_url (or a webhook)
 * at `${hostile.url}/<path>`; the API path the client appends is ignored. Every request is
 * recorded, so a test can also prove that nothing was sent (bad inputs fail before any query).
 *
 * Paths:
 * - `/echo-auth`       401 Prometheus JSON whose error repeats the request: URL (with its query),
 *                      every header (Authorization, X-Api-Key ...), and each header value
 *                      URL-encoded, as request-logging proxies do
 * - `/echo-auth-html`  401 HTML page whose <title> repeats the Authorization header
 * - `/echo-path`       404 "Cannot POST <path>", as Express and many webhook fronts answer
 * - `/inject`          400 Prometheus JSON whose error and errorType hold CR/LF + workflow commands
 * - `/inject-title`    502 HTML whose <title> holds a newline and a workflow command
 * - `/inject-warnings` 200 success with warnings (partial data) that hold workflow commands
 * - `/inject-labels`   200 success with two series per window whose label names and values hold
 *                      workflow commands (the gate shows the names, never the values)
 * - `/unavailable`     503 Prometheus JSON "unavailable" (an unknown budget, quickly)
 * - `/sso`             401 Prometheus JSON whose error sends the reader to a URL, a host and an
 *                      address, and mentions people, as a sign-in proxy's page would
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface HostileRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: string
}

export interface HostileServer {
  url: string
  requests: HostileRequest[]
  close(): Promise<void>
}

/** Workflow commands the runner would execute if one reached the start of a log line. */
export const INJECTED =
  '\n::stop-commands::pwned\r\n::warning title=forged::forged by the server\n::add-mask::the\r'

/** What `/sso` says: each part something GitHub or Slack would turn into a link or a ping. */
export const SIGN_IN_AGAIN =
  'session expired: sign in again at https://evil.example/sso/login or www.evil.example, mail helpdesk@evil.example, cc @octocat @acme/sre'

/** True when a log line would be read by the runner as one of the injected commands. */
export const executesInjected = (log: string): boolean =>
  log
    .split(/\r?\n|\r/)
    .some(line => /^\s*::(stop-commands::pwned|warning title=forged|add-mask::the\s*$)/.test(line))

const json = (status: number, body: unknown) => ({
  status,
  type: 'application/json',
  body: JSON.stringify(body)
})

type Answer = { status: number; type: string; body: string }

function answerFor(route: string, req: http.IncomingMessage, body: string): Answer | undefined {
  const headerLines = Object.entries(req.headers).map(([name, value]) => `${name}: ${value}`)
  switch (route) {
    case 'echo-auth':
      return json(401, {
        status: 'error',
        errorType: 'unauthorized',
        error: `Unauthorized request ${req.method} ${req.url} with ${headerLines.join('; ')}; encoded: ${Object.values(
          req.headers
        )
          .map(value => encodeURIComponent(String(value)))
          .join(' ')}`
      })
    case 'echo-auth-html':
      return {
        status: 401,
        type: 'text/html',
        body: `<html><head><title>401 for ${req.headers.authorization ?? 'nobody'}</title></head><body>no</body></html>`
      }
    case 'echo-path':
      return { status: 404, type: 'text/html', body: `Cannot POST ${req.url}` }
    case 'inject':
      return json(400, {
        status: 'error',
        errorType: `bad_data${INJECTED}`,
        error: `parse error${INJECTED}`
      })
    case 'inject-title':
      return {
        status: 502,
        type: 'text/html',
        body: `<html><title>Bad gateway${INJECTED}</title></html>`
      }
    case 'inject-warnings':
      return json(200, {
        status: 'success',
        warnings: [`store down${INJECTED}`],
        data: { resultType: 'vector', result: [{ metric: {}, value: [1, '1'] }] }
      })
    case 'inject-labels': {
      // Two series per window the gate asked for (batched queries label each window).
      const query = new URLSearchParams(body).get('query') ?? ''
      const windows = [...query.matchAll(/"ebg_window", "([^"]+)"/g)].map(m => m[1])
      return json(200, {
        status: 'success',
        data: {
          resultType: 'vector',
          result: (windows.length ? windows : [undefined]).flatMap(window =>
            ['a', 'b'].map(pod => ({
              metric: {
                [`pod${INJECTED}`]: `${pod}${INJECTED}`,
                ...(window && { ebg_window: window })
              },
              value: [1, '1']
            }))
          )
        }
      })
    }
    case 'sso':
      return json(401, { status: 'error', errorType: 'unauthorized', error: SIGN_IN_AGAIN })
    case 'unavailable':
      return json(503, { status: 'error', errorType: 'unavailable', error: 'store unavailable' })
    default:
      return undefined
  }
}

export async function startHostileServer(): Promise<HostileServer> {
  const requests: HostileRequest[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk as Buffer))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString()
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body })
      const route = new URL(req.url ?? '/', 'http://x').pathname.split('/')[1] ?? ''
      const answer = answerFor(route, req, body) ?? {
        status: 404,
        type: 'text/plain',
        body: `no hostile answer at /${route}`
      }
      res.writeHead(answer.status, { 'Content-Type': answer.type })
      res.end(answer.body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
