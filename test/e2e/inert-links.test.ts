/**
 * Issue 21, item 4, end to end: a proxy in front of Prometheus answers 401 with "sign in again at
 * https://evil.example/sso/login" (and a host, an address, mentions). The bundled action shows it
 * in the job summary, the PR comment (fake GitHub) and Slack (fake Slack) as inert text.
 */
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { SIGN_IN_AGAIN, startHostileServer, type HostileServer } from '../helpers/hostile.js'
import { linkTargets, pingsIn, renderGfm, slackAutolinks, visibleText } from '../helpers/gfm.js'
import { runAction } from '../helpers/run-action.js'

const SHA = 'feed'.padEnd(40, '0')
let fake: FakeGitHub
let hostile: HostileServer
beforeEach(async () => {
  fake = await startFakeGitHub()
  hostile = await startHostileServer()
})
afterEach(async () => {
  expect(fake.schemaErrors).toEqual([])
  await fake.close()
  await hostile.close()
})

const outsideLinks = (html: string): string[] =>
  linkTargets(html).filter(target => /evil|mailto:|octocat|acme\/sre/.test(target))

it('the sign-in page of a proxy: the summary, the PR comment and Slack show it, linking nowhere', async () => {
  fake.commitPulls.set(SHA, [7])
  const r = await runAction({
    eventName: 'push',
    inputs: {
      prometheus_url: `${hostile.url}/sso`,
      prometheus_retries: '0',
      github_token: 'ghs_fake_token_123',
      pr_comment: 'always',
      slack_webhook_url: fake.slackUrl,
      slack_notify: 'always'
    },
    env: { GITHUB_API_URL: fake.url, GITHUB_SHA: SHA }
  })
  expect(r.outputs.budget_status).toBe('ERROR')
  const prComments = fake.comments.filter(c => c.issue === 7).map(c => c.body)
  expect(prComments).toHaveLength(1)
  for (const [name, markdown] of [
    ['summary', r.summary],
    ['PR comment', prComments[0]]
  ]) {
    const html = renderGfm(markdown)
    // The text is there, so the checks below can fail.
    expect([name, visibleText(html)]).toEqual([
      name,
      expect.stringContaining('evil.example/sso/login')
    ])
    expect([name, outsideLinks(html)]).toEqual([name, []])
    expect([name, pingsIn(visibleText(html))]).toEqual([name, []])
  }
  expect(fake.slackMessages).toHaveLength(1)
  const slack = JSON.stringify(fake.slackMessages[0])
  expect(slack.replace(/\u2060/g, '')).toContain('evil.example/sso/login')
  const texts = (slack.match(/"text":"(?:[^"\\]|\\.)*"/g) ?? []).map(
    field => JSON.parse(`{${field}}`).text as string
  )
  for (const text of texts) {
    // The gate's own links (the run) are <url|label>; none may point where the server said.
    expect(text.match(/<[^>|]*evil[^>]*>|<[@!#][^>]*>/g) ?? []).toEqual([])
    expect(slackAutolinks(text.replace(/<[^>]*>/g, ''))).toEqual([])
    expect(text).not.toMatch(/@[A-Za-z0-9]/)
  }
  expect(SIGN_IN_AGAIN).toContain('https://evil.example/sso/login')
})
