/**
 * An endpoint with a name to show (the App's datasources) goes by that name in every message the
 * client builds or passes on: no URL, host, port, path or query string, in any encoding. And no
 * message quotes the label values of series the SLO did not ask for.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { PrometheusClient } from '../../../src/prometheus/client.js'
import { singleSeriesValue, type PrometheusOptions } from '../../../src/prometheus/api.js'

let server: http.Server
let port: number
let reply: { status: number; body: string } = { status: 200, body: '' }
const clients: PrometheusClient[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(reply.status, { 'Content-Type': 'application/json' })
      res.end(reply.body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  clients.forEach(c => c.close())
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

function client(url: string, shownAs?: string): PrometheusClient {
  const options: PrometheusOptions = { url, headers: {}, timeoutSeconds: 2, retries: 0, shownAs }
  const made = new PrometheusClient(options)
  clients.push(made)
  return made
}

async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the query to fail')
}

const leaks = (text: string): string[] =>
  [String(port), '127.0.0.1', 'tenant', 'acme-7', '/prefix', '%2F', 'http:'].filter(part =>
    text.includes(part)
  )

describe('a named endpoint', () => {
  const url = (): string => `http://127.0.0.1:${port}/prefix?tenant=acme-7`

  it('names itself in an HTTP error, even when the server echoes its address in any encoding', async () => {
    const api = `${url().replace('?tenant=acme-7', '')}/api/v1/query?tenant=acme-7`
    reply = {
      status: 400,
      body: JSON.stringify({
        status: 'error',
        errorType: 'bad_data',
        error: `refused ${api}; see ${encodeURIComponent(api)} or 127.0.0.1:${port} (/prefix/api/v1/query?tenant=acme-7)`
      })
    }
    const message = await failure(client(url(), 'datasource prod').queryScalar('up'))
    expect(message).toMatch(
      /^datasource prod answered HTTP 400 \(bad_data\): refused datasource prod/
    )
    expect(leaks(message)).toEqual([])
  })

  it('names itself when the server is not Prometheus, and on a range query', async () => {
    reply = { status: 502, body: `<html><title>upstream 127.0.0.1:${port} down</title></html>` }
    const named = client(url(), 'datasource prod')
    const page = await failure(named.queryScalar('up'))
    expect(page).toContain(
      'datasource prod answered HTTP 502 with an HTML page titled "upstream datasource prod down"'
    )
    expect(leaks(page)).toEqual([])
    reply = {
      status: 200,
      body: JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } })
    }
    const range = await failure(
      named.queryRange('up', { start: new Date(0), end: new Date(60_000), stepSeconds: 60 })
    )
    expect(range).toBe('datasource prod returned a vector result; expected a range matrix')
  })

  it('does not show where a redirect points', async () => {
    const redirect = http.createServer((_req, res) => {
      res.writeHead(302, { Location: 'https://sso.corp.internal:8443/login?next=%2Fprom' })
      res.end()
    })
    await new Promise<void>(resolve => redirect.listen(0, '127.0.0.1', resolve))
    const { port: other } = redirect.address() as AddressInfo
    const message = await failure(
      client(`http://127.0.0.1:${other}`, 'datasource prod').queryScalar('up')
    )
    redirect.closeAllConnections()
    await new Promise(resolve => redirect.close(resolve))
    expect(message).toBe(
      'datasource prod answered HTTP 302, a redirect to an address not shown; not followed (check prometheus_url)'
    )
  })

  it('names itself when nothing listens, without the host, the port or the URL', async () => {
    const down = client('http://127.0.0.1:9/prefix?tenant=acme-7', 'datasource down')
    const message = await failure(down.queryScalar('up'))
    expect(message).toBe(
      'cannot reach datasource down: connection refused, nothing listens on that port (ECONNREFUSED)'
    )
  })

  it('keeps the redacted URL for an endpoint without a name (the action, the CLI)', async () => {
    reply = { status: 400, body: JSON.stringify({ status: 'error', error: 'bad' }) }
    const message = await failure(client(url()).queryScalar('up'))
    expect(message).toContain(
      `http://127.0.0.1:${port}/prefix/api/v1/query?tenant=REDACTED answered HTTP 400`
    )
  })
})

describe('several series where one is expected', () => {
  it('names the labels, never their values', () => {
    const series = [
      {
        metric: { tenant: 'other-team', customer: 'bigbank', __window: '1h' },
        value: [1, '5'] as [number, string]
      },
      {
        metric: { tenant: 'acme', customer: 'smallshop', __window: '1h' },
        value: [1, '7'] as [number, string]
      }
    ]
    let message = ''
    try {
      singleSeriesValue(series, '__window')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe(
      'the query returned 2 series where one is expected (wrap it in sum()); their label names: customer, tenant (values not shown)'
    )
  })
})

describe("label values in a server's own text", () => {
  it('are hidden in errors, warnings and infos; the label names stay', async () => {
    const duplicate =
      'found duplicate series for the match group {tenant="other-team"} on the right hand-side of the operation: [{__name__="up", tenant="other-team", customer=~"big\\"bank"}, {"tenant":"acme"}];many-to-many matching not allowed'
    reply = {
      status: 422,
      body: JSON.stringify({ status: 'error', errorType: 'execution', error: duplicate })
    }
    const plain = client(`http://127.0.0.1:${port}`)
    const message = await failure(plain.queryScalar('up'))
    expect(message).toContain(
      'found duplicate series for the match group {tenant="…"} on the right hand-side of the operation: [{__name__="…", tenant="…", customer=~"…"}, {"tenant":"…"}];many-to-many'
    )
    expect(message).not.toMatch(/other-team|bigbank|big|acme/)
    reply = {
      status: 200,
      body: JSON.stringify({
        status: 'success',
        warnings: ['partial: store {zone="eu-secret"} down'],
        data: { resultType: 'vector', result: [] }
      })
    }
    expect(await failure(plain.queryScalar('up'))).toContain('store {zone="…"} down')
    reply = {
      status: 200,
      body: JSON.stringify({
        status: 'success',
        infos: ['metric might not be a counter: {job="eu-secret"}'],
        data: { resultType: 'scalar', result: [1, '1'] }
      })
    }
    expect((await plain.queryScalar('up')).infos).toEqual([
      'metric might not be a counter: {job="…"}'
    ])
  })

  it('UTF-8 names (Prometheus 3), a metric name before its labels (VictoriaMetrics), annotations and store addresses', async () => {
    const plain = client(`http://127.0.0.1:${port}`)
    const errors = [
      'found duplicate series for the match group {"eu.tenant"="other-team"} on the left hand-side of the operation: [{"secret.metric", "eu.tenant"="other-team"}];many-to-many matching not allowed',
      'duplicate output timeseries: bigbank_payments_total{tenant="…"}'
    ]
    for (const error of errors) {
      reply = {
        status: 422,
        body: JSON.stringify({ status: 'error', errorType: 'execution', error })
      }
      const message = await failure(plain.queryScalar('up'))
      expect(message).not.toMatch(/other-team|secret\.metric|bigbank/)
      expect(message).toMatch(/eu\.tenant|tenant=/)
    }
    // Thanos names the stores that failed: a named endpoint's infrastructure is not shown.
    reply = {
      status: 200,
      body: JSON.stringify({
        status: 'success',
        warnings: ['partial response: store 10.0.3.7:10901 and [fd00::9]:10901 unavailable'],
        data: { resultType: 'vector', result: [] }
      })
    }
    const stores = await failure(
      client(`http://127.0.0.1:${port}`, 'datasource prod').queryScalar('up')
    )
    expect(stores).toContain(
      'partial response: store datasource prod and datasource prod unavailable'
    )
    // Prometheus 2.50+ quotes metric names and label values alone in its warnings.
    reply = {
      status: 200,
      body: JSON.stringify({
        status: 'success',
        warnings: [
          'PromQL warning: bucket label "le" is missing or has a malformed value of "eu-secret" for metric name "bigbank_latency" (1:6)'
        ],
        data: { resultType: 'vector', result: [] }
      })
    }
    const warned = await failure(plain.queryScalar('histogram_quantile(0.9, {__name__=~".+"})'))
    expect(warned).toContain('PromQL warning: bucket label')
    expect(warned).not.toMatch(/eu-secret|bigbank/)
  })
})
