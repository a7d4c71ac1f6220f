/**
 * The deploy receipt: one line that says what a deploy cost, the same in every channel ("`a1b2c3d`
 * spent 0.8 % of the budget in its first 15 minutes (burn 1.1x; 0.9x before): verified"). Built
 * from figures, never from outside text, so that a receipt read back (a deployment status, the
 * PR comment's Deploys section) is parsed into figures and rendered again, never repeated.
 */
import type { Cause, Unknown, Verdict } from '../engine/verify.js'
import type { VerifyResult } from '../engine/verify-run.js'
import { escapeMarkdown, escapeSlack } from '../text/escape.js'

export interface Receipt {
  /** The commit's first 7 hex digits, when known. */
  sha?: string
  verdict: Verdict
  /** The span after the deploy that the receipt covers. */
  seconds: number
  spent: number | null
  burn: number | null
  baseline: number | null
  /** What exceeded its limit (fail). */
  causes: Cause[]
  maxBurn: number
  maxSpend: number
  /** Why it could not tell (inconclusive). */
  unknown?: Unknown | 'interrupted'
  /** The burn that failed was there before the deploy too. */
  preexisting: boolean
}

/** GitHub refuses deployment status descriptions over 140 characters. */
export const MAX_DESCRIPTION = 140

/** The commit as the receipt names it: its first 7 hex digits, or nothing for anything else. */
export const shortSha = (sha: string | undefined): string | undefined =>
  /^[0-9a-f]{7,40}$/i.test(sha ?? '') ? sha!.slice(0, 7).toLowerCase() : undefined

/** The receipt of a watch: its worst SLO's figures. */
export function receiptOf(result: VerifyResult, sha?: string): Receipt {
  const slo = result.worst
  const interrupted = result.verdict === 'inconclusive' && slo.verdict === 'pass'
  return {
    sha: shortSha(sha),
    verdict: result.verdict,
    seconds: slo.seconds,
    spent: slo.spent,
    burn: slo.burn,
    baseline: slo.baselineBurn,
    causes: slo.causes,
    maxBurn: slo.maxBurn,
    maxSpend: slo.maxSpend,
    unknown: interrupted ? 'interrupted' : slo.unknown,
    preexisting: slo.preexisting
  }
}

/** A figure as the receipt shows it: one decimal, four for the small ones, whole when large. */
export function shortNumber(value: number): string {
  if (value >= 100) return String(Math.round(value))
  return value >= 0.1 ? value.toFixed(1) : String(Number(value.toFixed(4)))
}

const UNITS: [string, number][] = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1]
]

/** A limit as it was given: 14.4, 2, 0.5. */
const limit = (value: number): string => String(Number(value.toFixed(4)))

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`

/** `15 minutes`, `1 hour 30 minutes`: the largest unit, and the next one when it is not 0. */
export function durationWords(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds))
  const first = UNITS.findIndex(([, size]) => total >= size)
  if (first < 0) return plural(0, 'second')
  const [unit, size] = UNITS[first]
  const words = [plural(Math.floor(total / size), unit)]
  const next = UNITS[first + 1]
  const rest = next ? Math.floor((total % size) / next[1]) : 0
  if (rest > 0) words.push(plural(rest, next[0]))
  return words.join(' ')
}

const WHY: Record<NonNullable<Receipt['unknown']>, string> = {
  'no-traffic': 'no traffic',
  'too-few-events': 'too few events',
  query: 'a query failed',
  interrupted: 'interrupted'
}

function outcome(r: Receipt): string {
  if (r.verdict === 'pass') return 'verified'
  if (r.verdict === 'inconclusive') return `not verified (${WHY[r.unknown ?? 'query']})`
  const causes = [
    r.causes.includes('burn') &&
      `burn above ${limit(r.maxBurn)}x${r.preexisting ? ' as before the deploy' : ''}`,
    r.causes.includes('spend') && `spend above ${limit(r.maxSpend)} %`
  ].filter(Boolean)
  return causes.length ? `failed (${causes.join(', ')})` : 'failed'
}

/** Everything after the commit: only our words, digits and `.%();:,`, so no escape changes it. */
function body(r: Receipt): string {
  const spent = r.spent === null ? 'an unknown share' : `${shortNumber(r.spent)} %`
  const burn = r.burn === null ? 'unknown' : `${shortNumber(r.burn)}x`
  const baseline = r.baseline === null ? 'unknown' : `${shortNumber(r.baseline)}x`
  return `spent ${spent} of the budget in its first ${durationWords(r.seconds)} (burn ${burn}; ${baseline} before): ${outcome(r)}`
}

/** The receipt as plain text (logs, the CLI, outputs, the deployment status). */
export const receiptText = (r: Receipt): string => `${r.sha ?? 'The deploy'} ${body(r)}`

/** The receipt in GitHub Markdown: the commit in a code span. */
export const receiptMarkdown = (r: Receipt): string =>
  `${r.sha ? `\`${r.sha}\`` : 'The deploy'} ${escapeMarkdown(body(r))}`

/** The receipt in Slack mrkdwn. */
export const receiptSlack = (r: Receipt): string =>
  `${r.sha ? `\`${r.sha}\`` : 'The deploy'} ${escapeSlack(body(r))}`

/** A deployment status description: the receipt (through `say`, the redaction), cut to 140 characters. */
export function receiptDescription(r: Receipt, say = (text: string) => text): string {
  const text = say(receiptText(r))
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text
}

const NUMBER = String.raw`\d+(?:\.\d+)?`
const DURATION = String.raw`(?:\d+ (?:day|hour|minute|second)s?)(?: \d+ (?:day|hour|minute|second)s?)?`
const RECEIPT = new RegExp(
  String.raw`^([0-9a-f]{7}|The deploy) spent (an unknown share|${NUMBER} %) of the budget in its first (${DURATION}) \(burn (unknown|${NUMBER}x); (unknown|${NUMBER}x) before\): (verified|failed|not verified)(.*)$`
)

function secondsOf(words: string): number {
  const size = Object.fromEntries(UNITS)
  return [...words.matchAll(/(\d+) (day|hour|minute|second)/g)].reduce(
    (sum, [, n, unit]) => sum + Number(n) * size[unit],
    0
  )
}

/**
 * The tail after the verdict word: one we write, or the cut end of a description (dropped).
 * Anything else is not a receipt of ours.
 */
function tail(
  verdict: Verdict,
  text: string
): Pick<Receipt, 'causes' | 'unknown' | 'preexisting' | 'maxBurn' | 'maxSpend'> | undefined {
  const none = { causes: [] as Cause[], preexisting: false, maxBurn: 0, maxSpend: 0 }
  if (text === '' && verdict === 'pass') return none
  if (verdict === 'inconclusive') {
    const why = Object.entries(WHY).find(([, words]) => text === ` (${words})`)?.[0]
    if (why) return { ...none, unknown: why as Receipt['unknown'] }
  }
  const m = new RegExp(
    String.raw`^ \((?:burn above (${NUMBER})x( as before the deploy)?)?(?:, )?(?:spend above (${NUMBER}) %)?\)$`
  ).exec(text)
  if (verdict === 'fail' && m && (m[1] || m[3]))
    return {
      causes: [...(m[1] ? ['burn' as const] : []), ...(m[3] ? ['spend' as const] : [])],
      preexisting: Boolean(m[2]),
      maxBurn: Number(m[1] ?? 0),
      maxSpend: Number(m[3] ?? 0)
    }
  return text.endsWith('…') ? none : undefined
}

/**
 * A receipt read back from its plain text (a deployment status written by anyone with deployment
 * rights, or a line of the PR comment): its figures, or undefined when the text is not one of ours.
 */
export function parseReceipt(text: string): Receipt | undefined {
  const m = RECEIPT.exec(text.trim())
  if (!m) return undefined
  const [, sha, spent, duration, burn, baseline, word, more] = m
  const verdict: Verdict =
    word === 'verified' ? 'pass' : word === 'failed' ? 'fail' : 'inconclusive'
  const figure = (value: string): number | null =>
    value === 'unknown' || value === 'an unknown share' ? null : parseFloat(value)
  const rest = tail(verdict, more)
  if (!rest) return undefined
  return {
    sha: sha === 'The deploy' ? undefined : sha,
    verdict,
    seconds: secondsOf(duration),
    spent: figure(spent),
    burn: figure(burn),
    baseline: figure(baseline),
    ...rest
  }
}
