/** A request that reached no server says so first: the host, then the cause in words. */
import { unreachableMessage } from '../../../src/prometheus/unreachable.js'

const URL = 'http://prometheus.internal:9090/api/v1/query'
const systemError = (code: string, message: string) => Object.assign(new Error(message), { code })

describe('unreachableMessage', () => {
  it.each([
    [
      'ECONNREFUSED',
      'connect ECONNREFUSED 10.0.0.7:9090',
      'connection refused, nothing listens on that port'
    ],
    ['ENOTFOUND', 'getaddrinfo ENOTFOUND prometheus.internal', 'no such host'],
    [
      'EAI_AGAIN',
      'getaddrinfo EAI_AGAIN prometheus.internal',
      'the host name could not be resolved (DNS unavailable)'
    ],
    ['EHOSTUNREACH', 'connect EHOSTUNREACH 10.0.0.7:9090', 'no route to the host'],
    [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'self-signed certificate',
      'its TLS certificate is self-signed (trust it with prometheus_ca_cert)'
    ]
  ])('%s: host and cause first, then the code and the URL', (code, message, cause) => {
    expect(unreachableMessage(URL, systemError(code, message))).toBe(
      `cannot reach prometheus.internal:9090: ${cause} (${code}; request to ${URL})`
    )
  })

  it("reads node-fetch's FetchError and fetch's wrapped cause the same way", () => {
    const fetchError = systemError(
      'ECONNREFUSED',
      `request to ${URL} failed, reason: connect ECONNREFUSED 10.0.0.7:9090`
    )
    const wrapped = Object.assign(new TypeError('fetch failed'), {
      cause: systemError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.7:9090')
    })
    for (const error of [fetchError, wrapped])
      expect(unreachableMessage(URL, error)).toMatch(
        /^cannot reach prometheus\.internal:9090: connection refused, nothing listens on that port \(ECONNREFUSED; /
      )
  })

  it('keeps the first line of a cause it has no words for', () => {
    const odd = systemError('ESOMETHING', `request to ${URL} failed, reason: odd\nsecond line`)
    expect(unreachableMessage(URL, odd)).toBe(
      `cannot reach prometheus.internal:9090: odd (ESOMETHING; request to ${URL})`
    )
    expect(unreachableMessage(URL, new Error('the connection closed without an answer'))).toBe(
      `cannot reach prometheus.internal:9090: the connection closed without an answer (request to ${URL})`
    )
  })
})
