/**
 * Issue 21, item 4, in each channel: a Prometheus (or proxy) error that says "sign in again at
 * https://evil.example/sso/login" reaches the job summary, the PR comment, the App's review
 * comment, the override audit and Slack as text, never as a link or a ping.
 */
import { evaluateGate } from '../../../src/engine/evaluate.js'
import type { GateResult } from '../../../src/engine/result.js'
import { PrometheusError } from '../../../src/prometheus/api.js'
import { renderSummary } from '../../../src/channels/report.js'
import { renderComment } from '../../../src/channels/pr-comment.js'
import { auditSlackMessage, gateMessage } from '../../../src/channels/slack.js'
import { gateComment } from '../../../src/app/comment.js'
import { buildAuditRecord, renderAuditMarkdown } from '../../../src/override/audit.js'
import { fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'
import { linkTargets, pingsIn, renderGfm, slackAutolinks, visibleText } from '../../helpers/gfm.js'

const SERVER_SAYS =
  'session expired: sign in again at https://evil.example/sso/login or www.evil.example, mail helpdesk@evil.example, cc @octocat @acme/sre'

let result: GateResult
beforeAll(async () => {
  result = await evaluateGate(fakeConfig(), {
    client: fakeClient({
      instant: () => {
        throw new PrometheusError(SERVER_SAYS, 'http', 401)
      }
    })
  })
})

/** Links that point where the outside text said (the gate's own docs links are fine). */
const outsideLinks = (html: string): string[] =>
  linkTargets(html).filter(target => /evil|mailto:|octocat|acme\/sre/.test(target))

describe('a server text with a URL, a host, an address and mentions', () => {
  it('is in the result, as the server wrote it', () => {
    expect(result.status).toBe('ERROR')
    expect(result.reasons.join('\n')).toContain('https://evil.example/sso/login')
  })

  it.each([
    ['the job summary', () => renderSummary(result)],
    ['the PR comment', () => renderComment(result, { tag: 'gate', canDeploy: false })],
    [
      'the App’s review comment',
      () => gateComment({ verdict: 'rejected', environment: 'production', result, secrets: [] })
    ],
    [
      'the override audit issue',
      () =>
        renderAuditMarkdown(
          buildAuditRecord(
            {
              actor: 'alice',
              permission: 'admin',
              decision: 'denied',
              explanation: SERVER_SAYS,
              reason: `see https://evil.example/why, www.evil.example @octocat`,
              required_permission: 'maintain',
              required_by: 'override_permission'
            },
            result,
            {
              repo: { owner: 'o', repo: 'r' },
              ref: 'main',
              sha: 'a'.repeat(40),
              workflow: 'deploy',
              eventName: 'push'
            }
          )
        )
    ]
  ])(
    '%s: rendered as GitHub does, the text shows but links nowhere and pings nobody',
    (_, markdown) => {
      const html = renderGfm(markdown())
      expect(outsideLinks(html)).toEqual([])
      const seen = visibleText(html)
      expect(seen).toContain('evil.example')
      expect(pingsIn(seen)).toEqual([])
    }
  )

  it('the audit issue: a branch name (any character git allows) cannot leave its cell', () => {
    // Valid for git: a backtick, an @, a | and a dot are allowed in a ref name.
    const ref = 'refs/heads/x`www.evil.example`@octocat|y#12'
    const markdown = renderAuditMarkdown(
      buildAuditRecord(
        {
          actor: 'alice',
          permission: 'write',
          decision: 'denied',
          explanation: 'not allowed',
          reason: 'a reason long enough',
          required_permission: 'maintain',
          required_by: 'override_permission'
        },
        result,
        {
          repo: { owner: 'o', repo: 'r' },
          ref,
          sha: 'a'.repeat(40),
          workflow: 'deploy',
          eventName: 'push'
        }
      )
    )
    const html = renderGfm(markdown)
    expect(outsideLinks(html)).toEqual([])
    expect(pingsIn(visibleText(html))).toEqual([])
    const row = markdown.split('\n').find(line => line.startsWith('| Repository |'))!
    // Two cells: the | of the branch name does not open a third.
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(4)
  })

  it.each([
    ['the gate message', () => gateMessage(result, false, {})],
    [
      'the audit message',
      () =>
        auditSlackMessage(
          buildAuditRecord(
            {
              actor: 'alice',
              permission: 'admin',
              decision: 'denied',
              explanation: SERVER_SAYS,
              reason: '<!here> see https://evil.example/why <@U0123>',
              required_permission: 'maintain',
              required_by: 'override_permission'
            },
            result,
            {
              repo: { owner: 'o', repo: 'r' },
              ref: 'main',
              sha: 'a'.repeat(40),
              workflow: 'deploy',
              eventName: 'push'
            }
          )
        )
    ]
  ])(
    'Slack, %s: no <…> link or mention, no URL, host or address Slack would link',
    (_, message) => {
      const texts = JSON.stringify(message()).match(/"text":"(?:[^"\\]|\\.)*"/g) ?? []
      expect(texts.length).toBeGreaterThan(0)
      for (const field of texts) {
        const text = JSON.parse(`{${field}}`).text as string
        expect(text.match(/<[^>]*>/g) ?? []).toEqual([])
        expect(slackAutolinks(text)).toEqual([])
        expect(text).not.toMatch(/@[A-Za-z0-9]/)
      }
    }
  )
})
