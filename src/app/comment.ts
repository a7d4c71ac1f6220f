/**
 * The comment GitHub shows on the deployment review: under its 1024-character limit, every text a
 * server or a repository influenced redacted first, then escaped for Markdown.
 */
import type { GateResult } from '../engine/result.js'
import { STATUS_ICON } from '../engine/status.js'
import { escapeMarkdown } from '../text/escape.js'
import { redactSecrets } from '../text/redact.js'
import * as fmt from '../text/format.js'
import { receiptMarkdown } from '../channels/receipt.js'
import type { LastDeploy } from './receipts.js'
import {
  APP_POLICY_DOC,
  docsUrl,
  PACKAGE_HOME,
  STATUSES_DOC,
  type GateHome
} from '../text/about.js'
import { forecastSentence } from '../channels/forecast-text.js'

/** GitHub refuses longer comments; keep a margin for the ellipsis. */
export const MAX_COMMENT_CHARS = 1024
const BUDGET = MAX_COMMENT_CHARS - 24

export type Verdict = 'approved' | 'rejected' | 'waiting'

export interface CommentOptions {
  verdict: Verdict
  environment: string
  /** The commit; unknown when GitHub's delivery did not say (the verdict is a rejection then). */
  sha?: string
  result?: GateResult
  /** What the user has to fix (a policy, a datasource), when the gate could not evaluate. */
  problem?: string
  /** A closing line: the wait, the unknown environment. */
  note?: string
  dashboard?: string
  secrets: string[]
  /** Texts shown by another name, e.g. the datasource's URL by its name: the URL stays on the server. */
  aliases?: [string, string][]
  /** Rewrites every outside text first: the datasource's address, in any form, by its name. */
  hide?: (text: string) => string
  /** The receipt of the last deploy to the environment (rendered from its figures). */
  lastDeploy?: LastDeploy
  /** Where the docs link points: the package's home (the App does not run from a `uses:`). */
  home?: GateHome
}

const HEAD: Record<Verdict, string> = {
  approved: '✅ **Approved**',
  rejected: '🚫 **Rejected**',
  waiting: '⏳ **Waiting**'
}

/** A link target that cannot close the Markdown link it sits in. */
const linkTarget = (url: string): string =>
  new URL(url).toString().replace(/\(/g, '%28').replace(/\)/g, '%29')

export function gateComment(options: CommentOptions): string {
  const alias = (text: string): string =>
    (options.aliases ?? []).reduce(
      (out, [from, to]) => out.split(from).join(to),
      options.hide ? options.hide(text) : text
    )
  const say = (text: string): string => escapeMarkdown(redactSecrets(alias(text), options.secrets))
  const by = options.verdict === 'waiting' ? 'on the error budget' : 'by the error budget gate'
  const sha = (options.sha ?? '').slice(0, 7).replace(/[^0-9a-f]/g, '')
  const head = `${HEAD[options.verdict]} ${by}: ${say(options.environment)}${sha ? ` at \`${sha}\`` : ''}`
  const required: string[] = [head]
  const optional: string[] = []
  const result = options.result
  if (result) {
    const worst = result.worst
    const figures =
      worst.budgetRemaining === null
        ? 'budget unknown'
        : `${fmt.shownPercent(worst.budgetRemaining)} of the budget left, burn ${fmt.shownBurn(worst.burnRate)} over ${say(worst.spec.burnRateWindow)}, ${fmt.toExhaustion(worst.daysToExhaustion)}`
    const which =
      result.slos.length > 1 ? ` (worst of ${result.slos.length}: ${say(worst.name)})` : ''
    required.push(`${STATUS_ICON[result.status]} **${result.status}**: ${figures}${which}`)
    // When the deploy unblocks: the reviewer's (and a wait's) first question.
    const forecast = forecastSentence(result)
    if (forecast) required.push(`**When:** ${say(forecast)}`)
    optional.push(...result.reasons.map(reason => `- ${say(reason)}`))
    if (result.slos.length > 1)
      optional.push(
        ...result.slos.map(
          s =>
            `- ${say(s.name)}: ${s.status}, ${fmt.shownPercent(s.budgetRemaining)} left, burn ${fmt.shownBurn(s.burnRate)}`
        )
      )
  }
  if (options.lastDeploy)
    required.push(
      `Last deploy to ${say(options.lastDeploy.environment)}: ${receiptMarkdown(options.lastDeploy.receipt)}`
    )
  if (options.problem) required.push(`**What to fix:** ${say(options.problem)}`)
  const tail: string[] = []
  if (options.note) tail.push(say(options.note))
  if (options.dashboard) tail.push(`[Dashboard](${linkTarget(options.dashboard)})`)
  // What the statuses mean when there are figures; how to write the policy when there are none.
  const home = options.home ?? PACKAGE_HOME
  tail.push(
    result
      ? `[What the statuses mean](${docsUrl(home, STATUSES_DOC)})`
      : `[How to set up the policy](${docsUrl(home, APP_POLICY_DOC)})`
  )

  const lines = [...required]
  let size = [...required, ...tail].join('\n').length
  let left = 0
  for (const [i, line] of optional.entries()) {
    if (size + line.length + 1 > BUDGET - 20) {
      left = optional.length - i
      break
    }
    lines.push(line)
    size += line.length + 1
  }
  if (left) lines.push(`- … and ${left} more`)
  const text = [...lines, ...tail].join('\n')
  return text.length > BUDGET ? `${text.slice(0, BUDGET)}…` : text
}
