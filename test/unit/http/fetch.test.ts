/**
 * src/http/fetch.ts (node-fetch) against loopback servers: what the gate needs of fetch (decoding,
 * no redirects, abort) and what a hostile or broken server can do to a body.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { readCappedText } from '../../../src/http/body.js'
import {
  keepAliveAgent,
  networkReason,
  postRequest,
  type PostOptions
} from '../../../src/http/fetch.js'
import { serveRaw, UPGRADE_ANSWER } from '../../helpers/raw-server.js'

interface Received {
  method?: string
  headers: http.IncomingHttpHeaders
  body: string
}

async function serve(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', chunk => (body += chunk))
    req.on('end', () => {
      received.push({ method: req.method, headers: req.headers, body })
      handler(req, res)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/p/api/v1/query`,
    received,
    close: () => {
      server.closeAllConnections()
      return new Promise(resolve => server.close(() => resolve()))
    }
  }
}

const ANSWER = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } })
const form = { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'query=up' }

// Each request on a keep-alive agent of its own, as the client and Slack send them.
const agents: http.Agent[] = []
afterEach(() => agents.splice(0).forEach(agent => agent.destroy()))
function post(url: string, options: Omit<PostOptions, 'agent'>) {
  const agent = keepAliveAgent(url)
  agents.push(agent)
  return postRequest(url, { ...options, agent })
}

describe('postRequest', () => {
  it('sends a POST with its body, its length and the headers given', async () => {
    const server = await serve((_, res) => res.end(ANSWER))
    try {
      const answer = await post(server.url, {
        ...form,
        headers: { ...form.headers, 'X-Scope-OrgID': 'team-a' }
      })
      expect(answer.status).toBe(200)
      expect(answer.ok).toBe(true)
      expect((await readCappedText(answer, 1024)).text).toBe(ANSWER)
      expect(server.received).toEqual([
        expect.objectContaining({
          method: 'POST',
          body: 'query=up',
          headers: expect.objectContaining({
            'content-length': '8',
            'x-scope-orgid': 'team-a',
            // No compression asked for: the answers are small, zlib would cost both sides.
            'accept-encoding': 'identity',
            'user-agent': 'error-budget-gate'
          })
        })
      ])
    } finally {
      await server.close()
    }
  })

  it.each([
    ['gzip', 'gzip', zlib.gzipSync],
    ['deflate', 'deflate', zlib.deflateSync],
    ['raw deflate (as some servers send "deflate")', 'deflate', zlib.deflateRawSync],
    ['br', 'br', zlib.brotliCompressSync]
  ] as const)(
    'decodes a %s body a server sends anyway, so the cap counts decoded bytes',
    async (_, encoding, encode) => {
      const big = JSON.stringify({ status: 'success', pad: ' '.repeat(100_000) })
      const server = await serve((_, res) => {
        res.writeHead(200, { 'Content-Encoding': encoding })
        res.end(encode(Buffer.from(big)))
      })
      try {
        expect((await readCappedText(await post(server.url, form), 1_000_000)).text).toBe(big)
        const capped = await readCappedText(await post(server.url, form), 1000)
        expect(capped).toEqual({ text: big.slice(0, 1000), truncated: true })
      } finally {
        await server.close()
      }
    }
  )

  it.each([
    [503, 'gzip'],
    [429, 'deflate'],
    [302, 'br'],
    [204, 'gzip'],
    [304, 'x-gzip']
  ])('an empty %i body that names %s reads as empty', async (status, encoding) => {
    const server = await serve((_, res) => {
      res.writeHead(status, { 'Content-Encoding': encoding, Location: '/elsewhere' })
      res.end()
    })
    try {
      const answer = await post(server.url, form)
      expect(answer.status).toBe(status)
      expect(await readCappedText(answer, 1024)).toEqual({ text: '', truncated: false })
    } finally {
      await server.close()
    }
  })

  it('a connection dropped mid-body fails to read, never a shorter body', async () => {
    const server = await serve((_, res) => {
      res.writeHead(200, { 'Content-Length': String(ANSWER.length * 2) })
      res.write(ANSWER)
      setTimeout(() => res.socket?.destroy(), 20)
    })
    try {
      await expect(readCappedText(await post(server.url, form), 1_000_000)).rejects.toThrow(
        /aborted|ECONNRESET/
      )
    } finally {
      await server.close()
    }
  })

  it('never follows a redirect: the other host receives nothing', async () => {
    const other = await serve((_, res) => res.end(ANSWER))
    const server = await serve((_, res) => {
      res.writeHead(307, { Location: other.url })
      res.end()
    })
    try {
      const answer = await post(server.url, form)
      expect(answer.status).toBe(307)
      expect(answer.ok).toBe(false)
      expect(answer.headers.get('Location')).toBe(other.url)
      expect(other.received).toEqual([])
    } finally {
      await server.close()
      await other.close()
    }
  })

  it('an abort ends a request that has no answer yet, as an AbortError', async () => {
    const server = await serve(() => undefined)
    try {
      const started = Date.now()
      await expect(
        post(server.url, { ...form, signal: AbortSignal.timeout(100) })
      ).rejects.toMatchObject({ name: 'AbortError' })
      expect(Date.now() - started).toBeLessThan(2000)
      const stopped = new AbortController()
      stopped.abort()
      await expect(post(server.url, { ...form, signal: stopped.signal })).rejects.toMatchObject({
        name: 'AbortError'
      })
    } finally {
      await server.close()
    }
  })

  it('a 101 upgrade nobody asked for fails at once, never leaves the promise pending', async () => {
    // Node closes such a request with neither 'response' nor 'error', and ignores a later abort:
    // the promise stayed pending, and a process with nothing else to wait for exited with code 0.
    const server = await serveRaw(UPGRADE_ANSWER)
    try {
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), 200)
      const settled = post(`${server.origin}/p/api/v1/query`, {
        ...form,
        signal: controller.signal
      }).then(
        () => 'answered',
        (error: Error) => networkReason(error)
      )
      const pending = new Promise(resolve => setTimeout(() => resolve('pending'), 1000).unref())
      expect(await Promise.race([settled, pending])).toBe('the connection closed without an answer')
      clearTimeout(timer)
    } finally {
      await server.close()
    }
  })

  it('repeated headers read as one comma-joined value, any case', async () => {
    const server = await serve((_, res) => {
      res.setHeader('Warning', ['a', 'b'])
      res.end(ANSWER)
    })
    try {
      const answer = await post(server.url, form)
      expect(answer.headers.get('WARNING')).toBe('a, b')
      expect(answer.headers.get('retry-after')).toBeNull()
    } finally {
      await server.close()
    }
  })
})
