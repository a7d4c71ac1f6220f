/** The client against a scripted loopback server: every fault must become a clear error. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { PrometheusError, type PrometheusOptions } from '../../../src/prometheus/api.js'
import { MAX_BODY_BYTES, PrometheusClient } from '../../../src/prometheus/client.js'
import { gzipSync } from 'node:zlib'
import { serveRaw, UPGRADE_ANSWER } from '../../helpers/raw-server.js'

interface Reply {
  status?: number
  body?: string | Buffer
  headers?: Record<string, string>
  delayMs?: number
}

let server: http.Server
let baseUrl: string
let replies: Reply[] = []
const timers: NodeJS.Timeout[] = []
const clients: PrometheusClient[] = []
let seen: { path: string; headers: http.IncomingHttpHeaders; body: string; at: number }[] = []

const vector = (...values: string[]): string =>
  JSON.stringify({
    status: 'success',
    data: {
      resultType: 'vector',
      result: values.map((v, i) => ({ metric: { i: String(i) }, value: [1, v] }))
    }
  })

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', chunk => (body += chunk))
    req.on('end', () => {
      seen.push({ path: req.url ?? '', headers: req.headers, body, at: Date.now() })
      const reply = replies.shift() ?? { body: vector('1') }
      const send = (): void => {
        res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json', ...reply.headers })
        res.end(reply.body ?? '')
      }
      if (reply.delayMs) timers.push(setTimeout(send, reply.delayMs))
      else send()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  timers.forEach(clearTimeout)
  clients.forEach(c => c.close())
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

beforeEach(() => {
  replies = []
  seen = []
  slept = []
})

/** Delays the client asked to sleep between attempts (it never really waits in these tests). */
let slept: number[] = []

function client(overrides: Partial<PrometheusOptions> = {}): PrometheusClient {
  const c = new PrometheusClient(
    { url: `${baseUrl}/prom`, headers: {}, timeoutSeconds: 2, retries: 0, ...overrides },
    async ms => void slept.push(ms)
  )
  clients.push(c)
  return c
}

async function failure(promise: Promise<unknown>): Promise<PrometheusError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(PrometheusError)
    return error as PrometheusError
  }
  throw new Error('expected a PrometheusError')
}

describe('PrometheusClient', () => {
  it('POSTs the query as a form with time, auth and extra headers under the path prefix', async () => {
    replies.push({ body: vector('42.5') })
    const c = client({ token: 'tkn', headers: { 'X-Scope-OrgID': 'team-a' } })
    const answer = await c.queryScalar('sum(up)', new Date(1700000000000))
    c.close()
    expect(answer.value).toBe(42.5)
    expect(seen[0].path).toBe('/prom/api/v1/query')
    expect(seen[0].headers.authorization).toBe('Bearer tkn')
    expect(seen[0].headers['x-scope-orgid']).toBe('team-a')
    const form = new URLSearchParams(seen[0].body)
    expect(form.get('query')).toBe('sum(up)')
    expect(form.get('time')).toBe('1700000000.000')
    // The client waits clearly longer (4 s), so the server answers its own timeout error first.
    expect(form.get('timeout')).toBe('2s')
  })

  it('sends basic auth', async () => {
    const c = client({ username: 'inst', password: 'pw' })
    await c.queryScalar('x')
    c.close()
    expect(seen[0].headers.authorization).toBe(`Basic ${Buffer.from('inst:pw').toString('base64')}`)
  })

  it('reports Prometheus error text and does not retry a 400', async () => {
    replies.push({
      status: 400,
      body: JSON.stringify({
        status: 'error',
        errorType: 'bad_data',
        error: 'parse error at char 5'
      })
    })
    const error = await failure(client({ retries: 2 }).queryScalar('sum(('))
    expect(error.message).toMatch(/HTTP 400 \(bad_data\): parse error at char 5/)
    expect(error.message).toContain(`${baseUrl}/prom/api/v1/query`)
    expect(seen).toHaveLength(1)
  })

  it('retries a 503 and succeeds', async () => {
    replies.push({ status: 503, body: 'upstream down' }, { body: vector('7') })
    const answer = await client({ retries: 2 }).queryScalar('x')
    expect(answer.value).toBe(7)
    expect(seen).toHaveLength(2)
  })

  it('gives up after the retries on persistent 5xx, naming the status', async () => {
    replies.push({ status: 502 }, { status: 502 }, { status: 502 })
    const error = await failure(client({ retries: 2 }).queryScalar('x'))
    expect(error.message).toMatch(/HTTP 502/)
    expect(seen).toHaveLength(3)
    expect(slept).toEqual([500, 1000])
  })

  it('honours Retry-After on 429', async () => {
    replies.push(
      { status: 429, body: 'slow down', headers: { 'Retry-After': '1' } },
      { body: vector('3') }
    )
    const answer = await client({ retries: 1 }).queryScalar('x')
    expect(answer.value).toBe(3)
    expect(slept).toEqual([1000])
  })

  it('caps a long Retry-After at one request timeout', async () => {
    replies.push(
      { status: 429, body: 'slow down', headers: { 'Retry-After': '3600' } },
      { body: vector('3') }
    )
    expect((await client({ retries: 1, timeoutSeconds: 2 }).queryScalar('x')).value).toBe(3)
    expect(slept).toEqual([2000])
  })

  it('says an HTML page is not Prometheus JSON, with its title', async () => {
    replies.push({
      body: '<html><head><title>Sign in - Okta</title></head><body>login</body></html>',
      headers: { 'Content-Type': 'text/html' }
    })
    const error = await failure(client().queryScalar('x'))
    expect(error.message).toMatch(/HTML page titled "Sign in - Okta", not Prometheus JSON/)
  })

  it('hints at credentials on 401', async () => {
    replies.push({ status: 401, body: 'Unauthorized' })
    const error = await failure(client().queryScalar('x'))
    expect(error.message).toMatch(/HTTP 401.*check the credentials/)
  })

  it('a 401 that quotes a header credential without its scheme (or decoded) shows none of it', async () => {
    const token = 'glsa_9f8e7d6c5b4a3210'
    replies.push({ status: 401, body: `{"status":"error","error":"invalid token ${token}"}` })
    const bearer = await failure(
      client({ headers: { Authorization: `Bearer ${token}` } }).queryScalar('x')
    )
    expect(bearer.message).toMatch(/invalid token \*\*\*/)
    expect(bearer.message).not.toContain('glsa_9f8e')
    const pair = Buffer.from('ops-user:hunter2-pw').toString('base64')
    replies.push({ status: 401, body: 'bad password hunter2-pw for ops-user:hunter2-pw' })
    const basic = await failure(
      client({ headers: { Authorization: `Basic ${pair}` } }).queryScalar('x')
    )
    expect(basic.message).not.toContain('hunter2-pw')
  })

  it('times out a slow answer after clearly longer than the server was asked to, and does not retry it', async () => {
    replies.push({ delayMs: 4500, body: vector('1') }, { body: vector('1') })
    const started = Date.now()
    const error = await failure(client({ timeoutSeconds: 1, retries: 2 }).queryScalar('x'))
    expect(new URLSearchParams(seen[0].body).get('timeout')).toBe('1s')
    expect(error.message).toMatch(
      /timed out after 3s without an answer \(the server was asked to stop at 1s, but Prometheus finishes an evaluation it cannot interrupt: the abandoned query goes on costing it at every run\); raise prometheus_timeout, or read recording rules instead: generate them with "error-budget rules --config-file <your SLO file> > rules.yml" .*backfill them with "promtool tsdb create-blocks-from rules"/
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900)
    expect(Date.now() - started).toBeLessThan(4400)
    // The abandoned query may still run on the server: no second attempt.
    expect(seen).toHaveLength(1)
  })

  it.each([
    [
      'Prometheus sample limit',
      422,
      'execution',
      'query processing would load too many samples into memory in query execution',
      /--query\.max-samples/
    ],
    [
      'Prometheus timeout',
      503,
      'timeout',
      'query timed out in expression evaluation',
      /query timeout.*raise prometheus_timeout/
    ],
    [
      'Thanos store limit',
      422,
      'execution',
      'rpc error: code = Aborted desc = exceeded series limit: limit 1000 violated (got 1001)',
      /series a query may fetch/
    ],
    [
      'Mimir chunk limit',
      422,
      'execution',
      'the query exceeded the maximum number of chunks fetched from store-gateways (limit: 2000000) (err-mimir-max-chunks-per-query)',
      /Mimir limit err-mimir-max-chunks-per-query/
    ],
    [
      'VictoriaMetrics sample limit',
      422,
      '422',
      'cannot select more than -search.maxSamplesPerQuery=1000000 samples; possible solutions: to increase the -search.maxSamplesPerQuery',
      /VictoriaMetrics -search\.maxSamplesPerQuery/
    ],
    [
      'VictoriaMetrics query duration',
      503,
      '503',
      'the query took more than -search.maxQueryDuration=30s',
      /-search\.maxQueryDuration.*raise prometheus_timeout/
    ]
  ])(
    '%s: no retry, and the message names the limit and the remedy',
    async (_, status, type, text, limit) => {
      for (let i = 0; i < 3; i++)
        replies.push({
          status,
          body: JSON.stringify({ status: 'error', errorType: type, error: text })
        })
      const error = await failure(client({ retries: 2 }).queryScalar('x'))
      expect(error.kind).toBe('limit')
      expect(error.message).toContain(text)
      expect(error.message).toMatch(limit)
      expect(error.message).toMatch(
        /read recording rules instead: generate them with "error-budget rules --config-file .*promtool tsdb create-blocks-from rules.*docs\/recording-rules\.md, "When raw queries stop being viable"/
      )
      expect(seen).toHaveLength(1)
    }
  )

  it('does not retry a 504: the gateway gave up, the query may still run behind it', async () => {
    replies.push({ status: 504 }, { body: vector('1') })
    const error = await failure(client({ retries: 2 }).queryScalar('x'))
    expect(error.message).toMatch(/HTTP 504/)
    expect(seen).toHaveLength(1)
  })

  it('an empty 504, 429 or redirect that names an encoding is still what its status says', async () => {
    // Decoding an empty body failed, which made these network errors: retried three times.
    replies.push({ status: 504, headers: { 'Content-Encoding': 'gzip' } })
    const gateway = await failure(client({ retries: 2 }).queryScalar('x'))
    expect(gateway.message).toMatch(/answered HTTP 504 with an empty body/)
    expect(seen).toHaveLength(1)
    replies.push({ status: 302, headers: { 'Content-Encoding': 'br', Location: 'http://other/' } })
    const moved = await failure(client({ retries: 2 }).queryScalar('x'))
    expect(moved.message).toMatch(/HTTP 302, a redirect to http:\/\/other\/; not followed/)
    expect(seen).toHaveLength(2)
    replies.push({ status: 429, headers: { 'Content-Encoding': 'gzip', 'Retry-After': '1' } })
    await client({ retries: 1 }).queryScalar('x')
    expect(slept).toEqual([1000])
  })

  it('a gzip body cut short is never an answer', async () => {
    // node-fetch decodes leniently (as curl does): what arrives is read, and half an envelope is
    // not Prometheus JSON.
    const whole = gzipSync(Buffer.from(vector('0.5')))
    replies.push({
      body: whole.subarray(0, whole.length - 20),
      headers: { 'Content-Encoding': 'gzip' }
    })
    const error = await failure(client().queryScalar('x'))
    expect(error.message).toMatch(/answered HTTP 200 with "\{.*, not Prometheus JSON$/)
  })

  it('refuses to follow redirects', async () => {
    replies.push({ status: 302, headers: { Location: 'https://evil.example.com/login' } })
    const error = await failure(client({ token: 'tkn' }).queryScalar('x'))
    expect(error.message).toMatch(/redirect to https:\/\/evil.example.com\/login; not followed/)
    expect(seen).toHaveLength(1)
  })

  it('treats no data, several series, NaN, Inf and partial answers as errors', async () => {
    replies.push({ body: vector() })
    expect((await failure(client().queryScalar('x'))).kind).toBe('no-data')
    replies.push({ body: vector('1', '2') })
    const ambiguous = await failure(client().queryScalar('x'))
    expect(ambiguous.kind).toBe('ambiguous')
    // The label names, never their values: they may be another tenant's.
    expect(ambiguous.message).toMatch(/2 series.*their label names: i \(values not shown\)$/)
    replies.push({ body: vector('NaN') })
    expect((await failure(client().queryScalar('x'))).message).toMatch(/NaN/)
    replies.push({ body: vector('+Inf') })
    expect((await failure(client().queryScalar('x'))).message).toMatch(/Infinity/)
    replies.push({
      body: JSON.stringify({
        status: 'success',
        warnings: ['store gateway down'],
        data: { resultType: 'vector', result: [] }
      })
    })
    expect((await failure(client().queryScalar('x'))).message).toMatch(
      /partial data \(store gateway down\)/
    )
    replies.push({
      body: JSON.stringify({
        status: 'success',
        isPartial: true,
        data: { resultType: 'vector', result: [{ metric: {}, value: [1, '1'] }] }
      })
    })
    expect((await failure(client().queryScalar('x'))).message).toMatch(/partial data/)
    replies.push({
      body: JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } })
    })
    expect((await failure(client().queryScalar('x'))).message).toMatch(/matrix result/)
  })

  it.each([
    [
      { resultType: 'vector', result: null },
      'a vector whose result is null instead of a list of series'
    ],
    [{ resultType: 'vector' }, 'a vector whose result is undefined instead of a list of series'],
    [
      { resultType: 'vector', result: { a: 1 } },
      'a vector whose result is {"a":1} instead of a list of series'
    ],
    [{ result: [] }, 'data without a resultType'],
    [null, 'no usable data (data: null)'],
    [{ resultType: 'string', result: [1, 'x'] }, 'a string result']
  ])('says what was received: data %j', async (data, said) => {
    for (const ask of ['queryScalar', 'queryVector'] as const) {
      replies.push({ body: JSON.stringify({ status: 'success', data }) })
      const error = await failure(client()[ask]('x'))
      expect(error.message).toContain(`returned ${said};`)
    }
  })

  it('accepts scalar results', async () => {
    replies.push({
      body: JSON.stringify({
        status: 'success',
        data: { resultType: 'scalar', result: [1, '0.5'] }
      })
    })
    expect((await client().queryScalar('x')).value).toBe(0.5)
  })

  it('names the URL without credentials when the server is down', async () => {
    const c = new PrometheusClient({
      url: 'http://127.0.0.1:9/p',
      headers: {},
      timeoutSeconds: 2,
      retries: 0,
      password: 'pw-secret',
      username: 'u'
    })
    const error = await failure(c.queryScalar('x'))
    expect(error.message).toMatch(
      /^cannot reach 127\.0\.0\.1:9: connection refused, nothing listens on that port \(ECONNREFUSED; request to http:\/\/127\.0\.0\.1:9\/p\/api\/v1\/query\)$/
    )
    expect(error.message).not.toContain('pw-secret')
  })

  it('refuses a body over the 10 MB limit, by its Content-Length or as it streams (gzip too)', async () => {
    const big = ' '.repeat(MAX_BODY_BYTES + 1)
    replies.push({ body: big })
    expect((await failure(client().queryScalar('x'))).message).toMatch(
      /answered with a body over the 10 MB limit \(decoded\)/
    )
    replies.push({
      body: gzipSync(Buffer.from(big)),
      headers: { 'Content-Encoding': 'gzip' }
    })
    const bomb = await failure(client().queryScalar('x'))
    expect(bomb.message).toMatch(/over the 10 MB limit/)
    expect(bomb.retryable).toBe(false)
  })

  it('reads a body just under the limit', async () => {
    const answer = vector('7')
    replies.push({ body: answer + ' '.repeat(MAX_BODY_BYTES - answer.length) })
    expect((await client().queryScalar('x')).value).toBe(7)
  })

  it('tells an unavailable endpoint (5xx pages) from one query too heavy (its JSON timeout)', async () => {
    replies.push({ status: 504, body: '<title>Gateway Time-out</title>' })
    expect((await failure(client().queryScalar('x'))).unavailable).toBe(true)
    replies.push({
      status: 503,
      body: JSON.stringify({ status: 'error', errorType: 'timeout', error: 'query timed out' })
    })
    const heavy = await failure(client().queryScalar('x'))
    // Too heavy is not down, and not retried either: the same query would time out again.
    expect(heavy.retryable).toBe(false)
    expect(heavy.unavailable).toBe(false)
  })

  it('an aborted signal ends the request in flight and its retries at once', async () => {
    replies.push({ delayMs: 5000 }, { delayMs: 5000 })
    const controller = new AbortController()
    const c = client({ retries: 3, timeoutSeconds: 10 })
    const started = Date.now()
    setTimeout(() => controller.abort(new Error('interrupted (Ctrl-C)')), 100)
    const error = await failure(c.queryScalar('x', undefined, controller.signal))
    expect(Date.now() - started).toBeLessThan(2000)
    expect(error.message).toMatch(/stopped: interrupted \(Ctrl-C\)$/)
    expect(seen).toHaveLength(1)
    expect(slept).toEqual([])
    // Already aborted: nothing is sent.
    await failure(c.queryScalar('x', undefined, controller.signal))
    expect(seen).toHaveLength(1)
  })

  it('a 101 upgrade answer is a network failure, never a query left pending', async () => {
    const upgrading = await serveRaw(UPGRADE_ANSWER)
    try {
      const c = client({ url: upgrading.origin, timeoutSeconds: 1 })
      const settled = failure(c.queryScalar('x'))
      const pending = new Promise<string>(resolve =>
        setTimeout(() => resolve('pending'), 4000).unref()
      )
      const error = await Promise.race([settled, pending])
      expect(error).toBeInstanceOf(PrometheusError)
      expect((error as PrometheusError).message).toMatch(
        /^cannot reach 127\.0\.0\.1:\d+: the connection closed without an answer \(request to http:.*query\)$/
      )
      expect((error as PrometheusError).unavailable).toBe(true)
    } finally {
      await upgrading.close()
    }
  })

  describe('queryRange (the burn-down chart)', () => {
    const range = {
      start: new Date(1700000000000),
      end: new Date(1700172800000),
      stepSeconds: 86400
    }
    const matrix = (values: [number, string][]): string =>
      JSON.stringify({
        status: 'success',
        data: { resultType: 'matrix', result: [{ metric: {}, values }] }
      })

    it('POSTs start, end and step to query_range under the path prefix, with the same auth', async () => {
      replies.push({ body: matrix([[1700000000, '3']]) })
      const series = await client({ token: 'tkn' }).queryRange('sum(increase(x[1d]))', range)
      expect(series).toEqual([{ metric: {}, values: [[1700000000, '3']] }])
      expect(seen[0].path).toBe('/prom/api/v1/query_range')
      expect(seen[0].headers.authorization).toBe('Bearer tkn')
      const form = new URLSearchParams(seen[0].body)
      expect(form.get('query')).toBe('sum(increase(x[1d]))')
      expect(form.get('start')).toBe('1700000000.000')
      expect(form.get('end')).toBe('1700172800.000')
      expect(form.get('step')).toBe('86400')
      expect(form.get('time')).toBeNull()
      // VictoriaMetrics would shift the steps of a long answer for its cache.
      expect(form.get('nocache')).toBe('1')
    })

    it('refuses a vector, partial data, and names the query_range URL in errors', async () => {
      replies.push({ body: vector('1') })
      expect((await failure(client().queryRange('x', range))).message).toMatch(
        /api\/v1\/query_range returned a vector result; expected a range matrix/
      )
      replies.push({
        body: JSON.stringify({
          status: 'success',
          warnings: ['store down'],
          data: { resultType: 'matrix', result: [] }
        })
      })
      expect((await failure(client().queryRange('x', range))).message).toMatch(/partial data/)
      replies.push({
        status: 422,
        body: JSON.stringify({ status: 'error', errorType: 'execution', error: 'too many points' })
      })
      const error = await failure(client().queryRange('x', range))
      expect(error.message).toContain(`${baseUrl}/prom/api/v1/query_range answered HTTP 422`)
      expect(error.message).toMatch(/too many points/)
    })
  })
})
