/**
 * Structured logs: one JSON object a line on stdout. Every string is redacted of the server's
 * secrets (and of each installation token as it is issued) before it is encoded, so JSON's own
 * escaping keeps any text from a server or a repository to one line.
 */
import { redactSecrets } from '../text/redact.js'

export type Fields = Record<string, unknown>

export interface Logger {
  info(msg: string, fields?: Fields): void
  warn(msg: string, fields?: Fields): void
  error(msg: string, fields?: Fields): void
  /** A secret learned at run time (an installation token): redacted from then on. */
  addSecret(secret: string): void
  redact(text: string): string
  /** Every secret known so far, the run-time ones included (comments redact with these). */
  secrets(): string[]
}

type Rewrite = (text: string) => string

function redactValue(value: unknown, secrets: string[], hide: Rewrite, depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(hide(value), secrets)
  if (value instanceof Error) return redactSecrets(hide(value.message), secrets)
  if (depth > 5 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(v => redactValue(v, secrets, hide, depth + 1))
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, redactValue(v, secrets, hide, depth + 1)])
  )
}

/**
 * JSON.stringify leaves U+0085, U+2028 and U+2029 raw, and many log readers break lines there
 * (Python's splitlines, editors, some log viewers): escaped, a server's text stays on its line.
 */
const oneJsonLine = (record: Fields): string =>
  JSON.stringify(record).replace(
    /[\u0085\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )

export function createLogger(
  secrets: string[],
  write: (line: string) => void = line => process.stdout.write(`${line}\n`),
  /** Applied to every string before redaction: the datasources' addresses by their names. */
  hide: Rewrite = text => text
): Logger {
  const known = [...new Set(secrets.filter(s => s.length >= 3))]
  // Longest first, so a secret that contains another is replaced whole.
  const sorted = (): string[] => [...known].sort((a, b) => b.length - a.length)
  let ordered = sorted()
  const emit = (level: string, msg: string, fields: Fields = {}): void => {
    const record = redactValue({ ...fields, msg }, ordered, hide) as Fields
    write(oneJsonLine({ time: new Date().toISOString(), level, ...record }))
  }
  return {
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    addSecret(secret) {
      if (secret.length >= 3 && !known.includes(secret)) {
        known.push(secret)
        ordered = sorted()
      }
    },
    redact: text => redactSecrets(text, ordered),
    secrets: () => ordered
  }
}
