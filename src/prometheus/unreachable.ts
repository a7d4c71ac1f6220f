import { networkReason } from '../http/fetch.js'
import { networkAddressesHidden } from '../text/address.js'

/**
 * What a request that reached no server says: the host first, then the cause in words a user can
 * act on, from the system error's code (Node's own errors and node-fetch's FetchError carry it).
 */

const CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused, nothing listens on that port',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be resolved (DNS unavailable)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'the network is unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT:
    'its TLS certificate is self-signed (trust it with prometheus_ca_cert)',
  SELF_SIGNED_CERT_IN_CHAIN:
    'its TLS certificate comes from an untrusted CA (trust it with prometheus_ca_cert)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'its TLS certificate comes from an unknown CA (trust it with prometheus_ca_cert)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'its TLS certificate comes from an unknown CA (trust it with prometheus_ca_cert)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host name',
  EPROTO: 'the TLS handshake failed (is it a plain http:// server?)'
}

/** The system error code of an error, or of its cause (fetch wraps it). */
function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && code) return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * `cannot reach host:port: cause (CODE; request to URL)`. `shownUrl` is already redacted. With
 * `shownAs` (the App's `datasource prod`), the endpoint goes by that name alone: no URL, no host,
 * and no address in Node's own words.
 */
export function unreachableMessage(shownUrl: string, error: unknown, shownAs?: string): string {
  let host = shownUrl
  try {
    host = new URL(shownUrl).host
  } catch {
    // Not a URL: the text itself.
  }
  const code = codeOf(error)
  const firstLine = networkReason(error).split('\n')[0].slice(0, 200)
  const said = shownAs ? networkAddressesHidden(firstLine, shownAs) : firstLine
  const cause = code && CAUSES[code] ? CAUSES[code] : said
  const codeText = code && code !== cause ? code : ''
  if (shownAs) return `cannot reach ${shownAs}: ${cause}${codeText ? ` (${codeText})` : ''}`
  return `cannot reach ${host}: ${cause} (${codeText ? `${codeText}; ` : ''}request to ${shownUrl})`
}
