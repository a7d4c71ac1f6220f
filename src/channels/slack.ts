/** Slack incoming webhooks: Block Kit messages with a text fallback, retried politely. */
import type { Agent } from 'node:http'
import { exponentialMs, withRetry } from '../http/retry.js'
import { readCappedText } from '../http/body.js'
import { keepAliveAgent, postRequest } from '../http/fetch.js'
import { escapeSlack } from '../text/escape.js'
import { expandSecrets, redactSecrets, webhookSecrets } from '../text/redact.js'
import type { GateResult } from '../engine/result.js'
import type { AuditRecord } from '../override/audit.js'
import * as fmt from '../text/format.js'
import { STATUS_ICON, STATUS_POLICY } from '../engine/status.js'
import { isDrawable } from '../engine/daily.js'
import { forecastSentence } from './forecast-text.js'

export interface SlackMessage {
  text: string
  blocks: unknown[]
}

export interface SlackOptions {
  retries?: number
  /** Cap on a 429's Retry-After, so a step never hangs on Slack. */
  maxRetryAfterSeconds?: number
  /** First backoff on 5xx and network errors, doubled each retry. */
  backoffMs?: number
  timeoutMs?: number
  /** Injected by tests that check the backoff without waiting for it. */
  sleep?: (ms: number) => Promise<void>
}

/** Slack refuses text objects over 3,000 characters. */
const MAX_TEXT = 2900

export function truncate(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** A failed post: the status and Slack's text, never the URL. */
class SlackError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number
  ) {
    super(message)
  }
}

async function postOnce(
  webhookUrl: string,
  message: SlackMessage,
  timeoutMs: number,
  agent: Agent
) {
  let response
  let text
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    // Never follows a redirect: the webhook URL is the credential.
    response = await postRequest(webhookUrl, {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message),
      agent,
      signal
    })
    // Only the start is shown; a hostile endpoint cannot make us read more. A 404 page may echo
    // the webhook's path: redact before the text is cut.
    const { text: body } = await readCappedText(response, 64 * 1024)
    text = redactSecrets(body, expandSecrets(webhookSecrets(webhookUrl)))
      .trim()
      .slice(0, 200)
  } catch (error) {
    const reason = signal.aborted ? 'timed out' : (error as NodeJS.ErrnoException).code
    throw new SlackError(`Slack could not be reached (${reason ?? 'network error'})`, true)
  }
  if (response.ok) return
  const failure = `Slack answered HTTP ${response.status}${text ? ` (${text})` : ''}`
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get('retry-after'))
    throw new SlackError(
      failure,
      true,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined
    )
  }
  throw new SlackError(failure, response.status >= 500)
}

/** Posts a message; never throws. The error names the HTTP status and Slack's text, never the URL. */
export async function postToSlack(
  webhookUrl: string,
  message: SlackMessage,
  options: SlackOptions = {}
): Promise<{ ok: true } | { ok: false; error: string }> {
  const attempts = (options.retries ?? 3) + 1
  const maxWaitMs = (options.maxRetryAfterSeconds ?? 30) * 1000
  const backoff = exponentialMs(options.backoffMs ?? 1000, maxWaitMs)
  // Keep-alive across retries; destroyed after, so that no socket keeps the process alive.
  const agent = keepAliveAgent(webhookUrl)
  try {
    await withRetry(() => postOnce(webhookUrl, message, options.timeoutMs ?? 10000, agent), {
      attempts,
      retryable: (error: SlackError) => error.retryable,
      delayMs: (retry, error) => Math.min(error.retryAfterMs ?? backoff(retry), maxWaitMs),
      sleep: options.sleep
    })
    return { ok: true }
  } catch (error) {
    const spent = (error as SlackError).retryable ? `, after ${attempts} attempts` : ''
    return { ok: false, error: `${(error as Error).message}${spent}` }
  } finally {
    agent.destroy()
  }
}

export interface SlackLinks {
  /** `owner/name`, shown in the headline. */
  repository?: string
  run?: string
  pullRequest?: { number: number; url: string }
  dashboard?: string
}

/** A link whose label and URL cannot break out of Slack's <url|label> syntax. */
export function link(url: string, label: string): string {
  return `<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeSlack(label)}>`
}

/** When a blocked deploy unblocks, as a section of its own (none when not blocked). */
function forecastBlocks(result: GateResult): unknown[] {
  const sentence = forecastSentence(result, escapeSlack)
  if (!sentence) return []
  return [
    { type: 'section', text: { type: 'mrkdwn', text: truncate(`*When it unblocks*\n${sentence}`) } }
  ]
}

/** The gate's verdict for Slack. Every text a user or a query influenced is escaped. */
export function gateMessage(
  result: GateResult,
  canDeploy: boolean,
  links: SlackLinks,
  mention?: string
): SlackMessage {
  const slo = result.worst
  const verdict = canDeploy ? 'deploy allowed' : 'deploy blocked'
  const repo = links.repository || 'deploy'
  const headline = `${STATUS_ICON[result.status]} Error budget ${result.status}: ${verdict} (${repo})`
  const reasons = result.reasons.map(r => `• ${escapeSlack(r)}`).join('\n')
  // Slack cannot draw Mermaid: the chart stays in the run's summary, which the run link opens.
  const charted = result.slos.some(s => isDrawable(s.daily))
  const linkLine = [
    links.run && link(links.run, charted ? 'workflow run (burn-down chart)' : 'workflow run'),
    links.pullRequest && link(links.pullRequest.url, `PR #${links.pullRequest.number}`),
    links.dashboard && link(links.dashboard, 'dashboard')
  ]
    .filter(Boolean)
    .join(' · ')
  const prefix = !canDeploy && mention ? `${mention} ` : ''
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(headline, 150), emoji: true } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Budget remaining*\n${fmt.shownPercent(slo.budgetRemaining)}` },
        {
          type: 'mrkdwn',
          text: `*Burn rate (${slo.spec.burnRateWindow})*\n${fmt.shownBurn(slo.burnRate)}`
        },
        { type: 'mrkdwn', text: `*Days to exhaustion*\n${fmt.shownDays(slo.daysToExhaustion)}` },
        {
          type: 'mrkdwn',
          text: `*SLO*\n${escapeSlack(slo.name)}: ${slo.target}% over ${slo.window}`
        }
      ]
    },
    ...forecastBlocks(result),
    { type: 'section', text: { type: 'mrkdwn', text: truncate(`${prefix}*Reasons*\n${reasons}`) } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: truncate(STATUS_POLICY[result.status]) }]
    }
  ]
  if (linkLine) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: linkLine }] })
  return {
    text: truncate(`${prefix}${escapeSlack(headline)}: ${escapeSlack(slo.reasons[0] ?? '')}`),
    blocks
  }
}

/** An override attempt, for the team's channel. */
export function auditSlackMessage(record: AuditRecord): SlackMessage {
  const headline = `${record.decision === 'granted' ? '🔓' : '⛔'} Deploy override ${record.decision}: ${record.repository} (${record.status})`
  const text = [
    `*Actor:* ${escapeSlack(record.actor)} (${record.permission ?? 'no permission'})`,
    `*Reason:* ${escapeSlack(record.reason)}`,
    `*Decision:* ${escapeSlack(record.explanation)}`,
    `*Required:* ${escapeSlack(record.required_permission)} (by ${escapeSlack(record.required_by)})`,
    `*Budget:* ${fmt.shownPercent(record.budget_remaining)} left, burn ${fmt.shownBurn(record.burn_rate)}`,
    record.run_url ? `<${record.run_url}|workflow run>` : ''
  ]
    .filter(Boolean)
    .join('\n')
  return {
    text: truncate(`${escapeSlack(headline)}: ${escapeSlack(record.reason)}`),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: truncate(headline, 150), emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: truncate(text) } }
    ]
  }
}
