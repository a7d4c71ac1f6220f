/**
 * Secrets and the shapes they come back in. A server, a proxy or Slack may echo a credential in
 * another encoding (the Authorization header, base64 of user:pass, URL-encoded, the webhook's path),
 * so every derived form is a secret too. Redaction runs once on raw text, before any rendering:
 * escaping first would turn `tok_x` into `tok\_x`, which no longer matches.
 */
import { escapeMarkdown, escapeSlack } from './escape.js'

/** What every secret is replaced with. */
export const REDACTED = '***'

/** Shorter values would mask ordinary words; they are not redacted (nor are they secrets worth the name). */
const MIN_SECRET_LENGTH = 3
/** Values that carry no secret but would corrupt every decision if masked (`can_deploy=***`). */
const NOT_A_SECRET = /^(true|false|yes|no|on|off|null|none|\d{1,6})$/i

/** The encodings a secret can be shown or sent in: URL, form, JSON, Markdown and Slack escaping. */
export function encodedForms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
    escapeMarkdown(secret),
    escapeSlack(secret)
  ]
}

/** A basic-auth pair travels as base64(user:pass) and as the whole header value. */
export function basicAuthForms(username: string, password: string): string[] {
  const pair = Buffer.from(`${username}:${password}`).toString('base64')
  return [pair, `Basic ${pair}`, `${username}:${password}`]
}

/** The credentials of one endpoint, raw (expandSecrets adds their encodings). */
export function credentialValues(c: {
  token?: string
  username?: string
  password?: string
  headerValues?: string[]
  url?: string
}): string[] {
  return [
    c.token ?? '',
    c.password ?? '',
    ...(c.username || c.password ? basicAuthForms(c.username ?? '', c.password ?? '') : []),
    ...(c.headerValues ?? []).flatMap(headerCredentials),
    ...(c.url ? urlSecrets(c.url) : [])
  ]
}

/**
 * A header value, and the credentials in it without their scheme: a server or a proxy that
 * refuses `Authorization: Bearer glsa_…` may quote the token alone ("invalid token glsa_…"), and a
 * Basic value carries base64(user:pass), which it may quote decoded.
 */
export function headerCredentials(value: string): string[] {
  const scheme = /^\s*([A-Za-z][\w.-]*)\s+(\S.*?)\s*$/.exec(value)
  if (!scheme) return [value]
  const [, name, credentials] = scheme
  const found = [value, credentials]
  if (name.toLowerCase() === 'basic') {
    const pair = Buffer.from(credentials, 'base64').toString('utf8')
    const colon = pair.indexOf(':')
    // Only a pair that decodes to text: arbitrary bytes are not a user:password.
    if (colon >= 0 && !/[^\x20-\x7e\u00a0-\uffff]/.test(pair))
      found.push(pair, pair.slice(colon + 1))
  }
  return found
}

/** Query parameters that carry credentials (`api_key`, `token`, `X-Amz-Signature`, `auth` ...). */
const CREDENTIAL_PARAMETER = /key|token|secret|pass|auth|sig|cred|session|code/i

/**
 * The secret parts of a URL: userinfo and the values of credential-like query parameters. (A
 * shown URL hides every query value; only these are also hunted for in other text, since masking
 * `?dedup=true` everywhere would mask the word "true".)
 */
export function urlSecrets(text: string): string[] {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return []
  }
  const found = [url.username, url.password].flatMap(part => [part, safeDecode(part)])
  for (const [name, value] of url.searchParams)
    if (CREDENTIAL_PARAMETER.test(name)) found.push(value)
  return found
}

/** A webhook URL is a credential as a whole, by its path and by its last segment (Slack's secret). */
export function webhookSecrets(text: string): string[] {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return [text]
  }
  const segments = url.pathname.split('/').filter(Boolean)
  return [
    text.trim(),
    url.toString(),
    url.pathname,
    segments.join('/'),
    segments[segments.length - 1] ?? '',
    ...urlSecrets(text)
  ]
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** A URL fit to show: no userinfo, every query value replaced. */
export function shownUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return '<invalid URL>'
  }
  url.username = ''
  url.password = ''
  for (const key of new Set(url.searchParams.keys())) url.searchParams.set(key, 'REDACTED')
  return url.toString()
}

/** Every form of every value, deduplicated, longest first (so a longer form is replaced whole). */
export function expandSecrets(values: string[]): string[] {
  // A multi-line value is also shown line by line.
  const forms = [...values, ...values.flatMap(value => value.split(/\r?\n/))]
    .map(value => value.trim())
    .filter(value => value.length >= MIN_SECRET_LENGTH && !NOT_A_SECRET.test(value))
    .flatMap(encodedForms)
  return [...new Set(forms)]
    .filter(form => form.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length)
}

/** Replaces every secret value in a text. `secrets` should come from expandSecrets. */
export function redactSecrets(text: string, secrets: string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(REDACTED)
  }
  return out
}

/**
 * Redacts every string in a value (a result, a record) and returns a copy; dates, numbers and
 * other non-plain objects are kept as they are.
 */
export function redactDeep<T>(value: T, secrets: string[]): T {
  if (secrets.length === 0) return value
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return redactSecrets(node, secrets)
    if (Array.isArray(node)) return node.map(walk)
    if (
      node !== null &&
      typeof node === 'object' &&
      Object.getPrototypeOf(node) === Object.prototype
    )
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item)]))
    return node
  }
  return walk(value) as T
}
