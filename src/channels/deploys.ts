/**
 * The "Deploys" section of the sticky PR comment: the last receipts, newest first, kept when the
 * gate rewrites the comment. Each line is read back into figures and rendered again (parseReceipt),
 * so a line someone edited into the comment is dropped, never repeated.
 */
import { parseReceipt, receiptMarkdown, type Receipt } from './receipt.js'

export const DEPLOYS_START = '<!-- error-budget-gate:deploys -->'
export const DEPLOYS_END = '<!-- /error-budget-gate:deploys -->'
/** Receipts the section keeps. */
export const MAX_DEPLOYS = 5

export interface DeployEntry {
  /** When the deploy happened (shown to the minute, UTC). */
  at: Date
  receipt: Receipt
}

const minute = (at: Date): string => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`
const LINE = /^- (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC · (?:`([0-9a-f]{7})`|(The deploy)) (.+)$/

/** The section's entries in a comment body, newest first; lines that are not ours are left out. */
export function readDeploys(body: string | undefined): DeployEntry[] {
  const from = body?.indexOf(DEPLOYS_START) ?? -1
  const to = body?.indexOf(DEPLOYS_END, from) ?? -1
  if (!body || from < 0 || to < 0) return []
  const entries: DeployEntry[] = []
  for (const line of body.slice(from + DEPLOYS_START.length, to).split('\n')) {
    const m = LINE.exec(line)
    const receipt = m && parseReceipt(`${m[2] ?? m[3]} ${m[4]}`)
    const at = m && new Date(`${m[1].replace(' ', 'T')}:00Z`)
    if (receipt && at && !Number.isNaN(at.getTime())) entries.push({ at, receipt })
  }
  return entries.slice(0, MAX_DEPLOYS)
}

/** The section in Markdown, between its markers; empty without entries. */
export function renderDeploys(entries: DeployEntry[]): string {
  if (entries.length === 0) return ''
  return [
    DEPLOYS_START,
    '### Deploys',
    '',
    ...entries.slice(0, MAX_DEPLOYS).map(e => `- ${minute(e.at)} · ${receiptMarkdown(e.receipt)}`),
    '',
    `<sub>The last ${MAX_DEPLOYS} deploys verified against the error budget (mode: verify), newest first.</sub>`,
    DEPLOYS_END
  ].join('\n')
}

/** The body without its section. */
function withoutDeploys(body: string): string {
  const from = body.indexOf(DEPLOYS_START)
  const to = body.indexOf(DEPLOYS_END, from)
  if (from < 0 || to < 0) return body
  return (body.slice(0, from) + body.slice(to + DEPLOYS_END.length)).trimEnd()
}

/** `body` (at most `max` characters in all) with `entries` as its Deploys section, at the end. */
function withSection(body: string, entries: DeployEntry[], max: number): string {
  const section = renderDeploys(entries)
  if (!section) return body
  const room = max - section.length - 20
  const kept = body.length > room ? `${body.slice(0, room)}\n\n…(truncated)` : body
  return `${kept}\n\n${section}\n`
}

/** A new gate comment keeps the receipts of the one it replaces. */
export const keepDeploys = (body: string, existing: string | undefined, max: number): string =>
  withSection(withoutDeploys(body), readDeploys(existing), max)

/**
 * The comment with a new receipt first in its Deploys section; without a comment yet, one that
 * holds only the section under `marker`.
 */
export function addDeploy(
  existing: string | undefined,
  entry: DeployEntry,
  marker: string,
  max: number
): string {
  const entries = [entry, ...readDeploys(existing)]
  return withSection(existing ? withoutDeploys(existing) : marker, entries, max)
}
