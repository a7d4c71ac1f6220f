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
  const hosts = [...new Set(hostForms(hostname, bare).flatMap(host => [`${host}:${port}`, host]))]
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
  // A host named like a word (prometheus) keeps the capitalised word in prose: such a form is
  // matched case-sensitively; one with a dot or a port is no word, in any case (a proxy's PROM.CORP).
  const hostPattern = (form: string): [string, string] => [
    form,
    `${BEFORE}${escapeRegExp(form)}${AFTER}`
  ]
  const forms = hosts.flatMap(encodings)
  const word = (form: string): boolean => !/[.:%]/.test(form)
  const words = alternation(forms.filter(word).map(hostPattern), 'g')
  const names = alternation(forms.filter(form => !word(form)).map(hostPattern), 'gi')
  return text => text.replace(urls, name).replace(names, name).replace(words, name)
}

/**
 * The shapes one host is written in: as the URL has it, without brackets, without the trailing
 * dot of a fully qualified name, and an IPv4-mapped IPv6 (`[::ffff:a01:203]`, as the
 * URL normalises it) as the IPv4 address it is and in its dotted form (`::ffff:10.1.2.3`).
 */
function hostForms(hostname: string, bare: string): string[] {
  const forms = [hostname, bare]
  if (/[^.]\.$/.test(bare)) forms.push(bare.slice(0, -1))
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare)
  if (mapped) {
    const [high, low] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)]
    const ipv4 = [high >> 8, high & 255, low >> 8, low & 255].join('.')
    forms.push(ipv4, `::ffff:${ipv4}`, `[::ffff:${ipv4}]`)
  }
  return forms
}

/** One regular expression for every [form, pattern], the longest form first (replaced whole). */
function alternation(patterns: [string, string][], flags: string): RegExp {
  const sorted = [...new Map(patterns.filter(([form]) => form.length > 0))]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([, pattern]) => pattern)
  // No form: a pattern that matches nothing (an empty one would match everywhere).
  return new RegExp(sorted.length ? sorted.join('|') : '(?!)', flags)
}

const IPV4 = '(?:::ffff:)?\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?'
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
