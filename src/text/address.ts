/**
 * An endpoint's address in every shape an error text can carry it (URL, host:port, host, IPv6 with
 * or without brackets, percent-encoded, JSON-escaped, its path and query string), replaced by the
 * endpoint's name. The App names its datasources to repositories, never their addresses.
 */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What may continue a URL in running text (a closing parenthesis ends it: prose wraps URLs in them). */
const URL_REST = `[^\\s"'<>\`()]*`
/** A host does not start or end in the middle of a longer name or number. */
const BEFORE = '(?<![A-Za-z0-9_.-])'
const AFTER = '(?![A-Za-z0-9_-]|\\.[A-Za-z0-9]|:\\d)'

const lowerEscapes = (text: string): string => text.replace(/%[0-9A-F]{2}/g, m => m.toLowerCase())

/** The shapes one text takes in a URL (either case of escapes), a form and JSON. */
const encodings = (text: string): string[] => {
  const once = encodeURIComponent(text)
  const twice = encodeURIComponent(once)
  return [text, once, lowerEscapes(once), twice, lowerEscapes(twice), text.replace(/\//g, '\\/')]
}

/** A function that replaces every form of the address of `raw` by `name`; the identity for a non-URL. */
export function addressHider(raw: string, name: string): (text: string) => string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return text => text
  }
  const hostname = url.hostname
  const bare = hostname.replace(/^\[|\]$/g, '')
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  const hosts = [...new Set([`${hostname}:${port}`, `${bare}:${port}`, hostname, bare])]
  const schemes = [url.protocol.replace(/:$/, ''), 'http', 'https']
  const origins = [...new Set(schemes.flatMap(scheme => hosts.map(h => `${scheme}://${h}`)))]
  const path = url.pathname.replace(/\/+$/, '')
  // A URL from its scheme to its end, in any encoding.
  const prefixes = origins.flatMap(encodings)
  // The path prefix and the query string say how the server is laid out (a tenant, a key name).
  const tails = [
    ...(path ? [`${path}/api/`] : []),
    ...(url.search.length > 1 ? [url.search, url.search.slice(1)] : [])
  ].flatMap(encodings)
  const urls = alternation(
    [...prefixes, ...tails].map(form => [form, `${escapeRegExp(form)}${URL_REST}`]),
    'gi'
  )
  // Case-sensitive: a host named like a word (prometheus) keeps the capitalised word in prose.
  const bounded = alternation(
    hosts.flatMap(encodings).map(form => [form, `${BEFORE}${escapeRegExp(form)}${AFTER}`]),
    'g'
  )
  return text => text.replace(urls, name).replace(bounded, name)
}

/** One regular expression for every [form, pattern], the longest form first (replaced whole). */
function alternation(patterns: [string, string][], flags: string): RegExp {
  const sorted = [...new Map(patterns.filter(([form]) => form.length > 0))]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([, pattern]) => pattern)
  return new RegExp(sorted.join('|'), flags)
}

const IPV4 = '\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?'
const IPV6_BRACKETED = '\\[[0-9A-Fa-f:.]+(?:%[\\w.]+)?\\](?::\\d{1,5})?'
const IPV6_BARE = '(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%[\\w.]+)?(?::\\d{1,5})?'
const NETWORK_ADDRESS = new RegExp(
  `(?<![\\w.:])(?:${IPV6_BRACKETED}|${IPV4}|${IPV6_BARE})(?![\\w.:])`,
  'g'
)

/**
 * A system error about a connection (`connect ECONNREFUSED 10.1.2.3:9090`) names the address the
 * host name resolved to, which no form of the URL matches: every IP address in it is the endpoint's.
 */
export const networkAddressesHidden = (text: string, name: string): string =>
  text.replace(NETWORK_ADDRESS, name)
