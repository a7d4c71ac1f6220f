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
  /**
   * A secret learned at run time (an installation token): redacted from then on, for as long as
   * it is one of the last two of its `slot` (an installation) and the slot one of the last 1000.
   */
  addSecret(secret: string, slot?: string): void
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

const KEPT_PER_SLOT = 2
const MAX_SLOTS = 1000

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
  // Tokens are refreshed every hour: keep each installation's current one and the one before
  // (still in answers in flight), never every token since the start.
  const learned = new Map<string, string[]>()
  // Longest first, so a secret that contains another is replaced whole.
  const sorted = (): string[] =>
    [...new Set([...known, ...[...learned.values()].flat()])].sort((a, b) => b.length - a.length)
  let ordered = sorted()
  const emit = (level: string, msg: string, fields: Fields = {}): void => {
    const record = redactValue({ ...fields, msg }, ordered, hide) as Fields
    write(oneJsonLine({ time: new Date().toISOString(), level, ...record }))
  }
  return {
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    addSecret(secret, slot = secret) {
      if (secret.length < 3 || known.includes(secret)) return
      const kept = learned.get(slot) ?? []
      // Re-inserted, so the Map's order is the order of use: the slot used longest ago goes first.
      learned.delete(slot)
      learned.set(slot, [secret, ...kept.filter(s => s !== secret)].slice(0, KEPT_PER_SLOT))
      for (const old of learned.keys()) {
        if (learned.size <= MAX_SLOTS) break
        learned.delete(old)
      }
      if (kept[0] !== secret) ordered = sorted()
    },
    redact: text => redactSecrets(text, ordered),
    secrets: () => ordered
  }
}
