/**
 * One POST over Node's own http/https, answered as a status, headers and a decoded body stream.
 * What the gate needs of fetch, and no more: it never follows a redirect (credentials must not
 * travel to another host), it aborts on a signal, it asks for no compression, and it decodes
 * gzip, deflate and br itself when a server compresses anyway, so that readCappedText caps the
 * decoded bytes. It replaces node-fetch, which did the same for 15 ms
 * more per run (issue 11, the action's own overhead).
 */
import http from 'node:http'
import type https from 'node:https'
import { createRequire } from 'node:module'
import { pipeline, type Readable } from 'node:stream'
import type zlibTypes from 'node:zlib'
import type { StreamedResponse } from './body.js'

// TLS is loaded only for an https:// URL: ~2 ms of every run against a plain-http endpoint.
const require = createRequire(import.meta.url)
const loadHttps = (): typeof https => require('node:https')
// Loaded only when a server compresses although it was asked not to.
const zlib = (): typeof zlibTypes => require('node:zlib')

/** One keep-alive agent per endpoint; for https, a custom CA is trusted beside the system's. */
export function keepAliveAgent(url: string, caCert?: string): http.Agent {
  if (new URL(url).protocol === 'http:') return new http.Agent({ keepAlive: true })
  const tls: typeof import('node:tls') = require('node:tls')
  const ca = caCert ? [...tls.rootCertificates, caCert] : undefined
  return new (loadHttps().Agent)({ keepAlive: true, ca })
}

export interface PostOptions {
  headers: Record<string, string>
  body: string
  agent?: http.Agent
  signal?: AbortSignal
}

export interface PostAnswer extends StreamedResponse {
  status: number
  ok: boolean
  body: Readable
}

/** A body cut short fails to decode (no lenient flush): half an answer is never an answer. */
const DECODERS: Record<string, (firstByte: number) => NodeJS.ReadWriteStream> = {
  gzip: () => zlib().createGunzip(),
  'x-gzip': () => zlib().createGunzip(),
  // "deflate" is meant zlib-wrapped, but some servers send it raw: the first byte tells them apart.
  deflate: firstByte =>
    (firstByte & 0x0f) === 0x08 ? zlib().createInflate() : zlib().createInflateRaw(),
  br: () => zlib().createBrotliDecompress()
}

/** An error whose `name` is AbortError when the signal stopped it, as fetch reports it. */
function aborted(): Error {
  const error = new Error('The operation was aborted')
  error.name = 'AbortError'
  return error
}

export function post(url: string, options: PostOptions): Promise<PostAnswer> {
  const target = new URL(url)
  const send = target.protocol === 'https:' ? loadHttps().request : http.request
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      {
        method: 'POST',
        agent: options.agent,
        signal: options.signal,
        headers: {
          // The gate's answers are a few kB: compressing them costs the server CPU and this
          // process ~8 ms of zlib per run, for nothing. A server that compresses anyway is decoded.
          'Accept-Encoding': 'identity',
          // So that the gate's queries can be told apart in a server's or a proxy's logs.
          'User-Agent': 'error-budget-gate',
          ...options.headers,
          'Content-Length': String(Buffer.byteLength(options.body))
        }
      },
      response => {
        const encoding = String(response.headers['content-encoding'] ?? '')
          .trim()
          .toLowerCase()
        const status = response.statusCode ?? 0
        const answer = (body: Readable): void =>
          resolve({
            status,
            ok: status >= 200 && status < 300,
            headers: {
              get: name => {
                const value = response.headers[name.toLowerCase()]
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
              }
            },
            body
          })
        const decoder = DECODERS[encoding]
        if (!decoder) return answer(response)
        // An empty body is empty in any encoding (a 204, a 304, a proxy's bare 429, 504 or
        // redirect that still names one), as node-fetch read it: decoding nothing fails, which
        // made such an answer a network error, retried where a 504 or a redirect is not and deaf
        // to a 429's Retry-After. So the decoder starts only once there is a first byte.
        response.once('error', error => reject(options.signal?.aborted ? aborted() : error))
        response.once('readable', () => {
          const head: Buffer | null = response.read()
          if (!head) return answer(response)
          response.unshift(head)
          // A failure of the decoder or of the socket reaches the reader through the last stream.
          answer(pipeline(response, decoder(head[0]), () => undefined) as unknown as Readable)
        })
      }
    )
    request.on('error', error => reject(options.signal?.aborted ? aborted() : error))
    // Node closes a request without 'response' or 'error' when the server answers 101 (an upgrade
    // nobody asked for): without this the promise never settles, not even on abort, and a process
    // with nothing else to wait for exits as if it had succeeded. After a response it does nothing.
    request.on('close', () =>
      reject(
        options.signal?.aborted ? aborted() : new Error('the connection closed without an answer')
      )
    )
    request.end(options.body)
  })
}
