/**
 * Notifications end to end: the bundled action against the real test Prometheus, a loopback
 * fake of GitHub's REST API and of a Slack webhook that record every request.
 */
import {
  startFakeGitHub,
  pullRequestEvent,
  pushEvent,
  type FakeGitHub
} from '../helpers/fake-github.js'
import { freePort, sharedPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'

const prometheus = sharedPrometheus()
const SHA = 'c0ffee'.padEnd(40, '0')
let fake: FakeGitHub

beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(async () => {
  expect(fake.schemaErrors).toEqual([])
  await fake.close()
})

function run(
  service: string,
  inputs: Record<string, string> = {},
  event: 'pr' | 'push' = 'pr'
): Promise<ActionRun> {
  return runAction({
    inputs: {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      github_token: 'ghs_fake_token_123',
      ...serviceQueries(service),
      ...inputs
    },
    env: { GITHUB_API_URL: fake.url, GITHUB_SHA: SHA },
    eventName: event === 'pr' ? 'pull_request' : 'push',
    event: event === 'pr' ? pullRequestEvent(7) : pushEvent(SHA)
  })
}

const ourComments = (issue = 7) =>
  fake.comments.filter(c => c.issue === issue && c.user.type === 'Bot')

describe('sticky PR comment', () => {
  it('creates one comment on a pull_request event and updates it on a re-run', async () => {
    const first = await run('caution')
    expect(first.exitCode).toBe(0)
    expect(ourComments()).toHaveLength(1)
    expect(first.outputs.comment_url).toBe(
      `https://github.example.com/acme/shop/pull/7#issuecomment-${ourComments()[0].id}`
    )
    expect(ourComments()[0].body).toMatch(
      /^<!-- error-budget-gate:error-budget-gate -->\n## 🟡 Error budget: CAUTION/
    )
    expect(ourComments()[0].body).toContain('**Can deploy:** yes')
    expect(ourComments()[0].body).toContain(
      'https://github.example.com/acme/shop/actions/runs/4242'
    )

    const second = await run('warning')
    expect(second.exitCode).toBe(1)
    expect(ourComments()).toHaveLength(1)
    expect(ourComments()[0].body).toMatch(/Error budget: WARNING/)
    expect(ourComments()[0].body).toContain(
      'Reliability focus: emergency fixes only, no new features'
    )
    expect(ourComments()[0].body).toMatch(/How to override/)
    expect(
      fake.requests.filter(r => r.method === 'POST' && r.path.endsWith('/comments'))
    ).toHaveLength(1)
    expect(fake.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
  })

  it('an unreachable GitHub API is named, host and cause, at once (not "HTTP 500" after retries)', async () => {
    const started = Date.now()
    const r = await runAction({
      inputs: {
        prometheus_url: prometheus.url,
        evaluation_time: String(prometheus.endTime),
        github_token: 'ghs_fake_token_123',
        ...serviceQueries('caution')
      },
      env: { GITHUB_API_URL: `http://127.0.0.1:${await freePort()}`, GITHUB_SHA: SHA },
      eventName: 'pull_request',
      event: pullRequestEvent(7)
    })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(
      /^::warning::PR comment skipped: could not write the PR comment \(cannot reach 127\.0\.0\.1:\d+: .*ECONNREFUSED/m
    )
    expect(r.stdout).not.toMatch(/HTTP 500/)
    // Octokit's retries would wait 1 + 4 + 9 s for a host that is not there.
    expect(Date.now() - started).toBeLessThan(8000)
  })

  it('finds its comment across pages and ignores a human quoting the marker', async () => {
    for (let i = 0; i < 230; i++) fake.addComment(7, `chatter ${i}`)
    fake.addComment(7, '<!-- error-budget-gate:error-budget-gate -->\nquoted by a human')
    await run('healthy')
    await run('healthy')
    expect(ourComments()).toHaveLength(1)
    expect(
      fake.requests.filter(r => r.method === 'GET' && r.path.endsWith('/comments')).length
    ).toBeGreaterThanOrEqual(6)
  })

  it('keeps separate comments per comment_tag', async () => {
    await run('healthy', { comment_tag: 'api' })
    await run('healthy', { comment_tag: 'web' })
    await run('healthy', { comment_tag: 'api' })
    expect(
      ourComments()
        .map(c => c.body.split('\n')[0])
        .sort()
    ).toEqual(['<!-- error-budget-gate:api -->', '<!-- error-budget-gate:web -->'])
  })

  it('finds the PR of a pushed commit', async () => {
    fake.commitPulls.set(SHA, [12])
    const r = await run('healthy', {}, 'push')
    expect(r.outputs.comment_url).toMatch(/pull\/12#issuecomment-/)
    expect(ourComments(12)).toHaveLength(1)
  })

  it('says once, at info level, when a push has no PR', async () => {
    const r = await run('healthy', {}, 'push')
    expect(r.outputs.comment_url).toBe('')
    expect(r.stdout.match(/No pull request is associated/g)).toHaveLength(1)
    expect(r.stdout).not.toMatch(/::warning::/)
  })

  it('blocked: no comment while open, a comment when blocked, kept current after', async () => {
    await run('healthy', { pr_comment: 'blocked' })
    expect(ourComments()).toHaveLength(0)
    await run('warning', { pr_comment: 'blocked' })
    expect(ourComments()).toHaveLength(1)
    await run('healthy', { pr_comment: 'blocked' })
    expect(ourComments()).toHaveLength(1)
    expect(ourComments()[0].body).toMatch(/Error budget: NORMAL/)
  })

  it('never: no GitHub request at all', async () => {
    await run('warning', { pr_comment: 'never' })
    expect(fake.requests.filter(r => !r.path.startsWith('/slack/'))).toHaveLength(0)
  })

  it('a read-only token is a warning with the permission to grant; the decision is unchanged', async () => {
    fake.readOnly = true
    const blocked = await run('warning')
    expect(blocked.exitCode).toBe(1)
    expect(blocked.outputs.can_deploy).toBe('false')
    expect(blocked.stdout).toMatch(
      /::warning::PR comment skipped: .*HTTP 403, GitHub says "Resource not accessible by integration"; accepted permissions: "issues=write; pull_requests=write"\): it needs "pull-requests: write"/
    )
    // Octokit's own request log stays out of stderr: one warning, from the gate.
    expect(blocked.stderr).not.toMatch(/with id|POST |PATCH /)
    expect(blocked.stdout.match(/^::warning::PR comment/gm)).toHaveLength(1)
    const open = await run('healthy')
    expect(open.exitCode).toBe(0)
    expect(open.outputs.can_deploy).toBe('true')
  })

  it('retries GitHub 5xx answers and still makes exactly one comment', async () => {
    fake.failNext('GET', /\/issues\/7\/comments$/, {
      status: 502,
      body: { message: 'Bad Gateway' }
    })
    fake.failNext('POST', /\/issues\/7\/comments$/, {
      status: 503,
      body: { message: 'Service Unavailable' }
    })
    const r = await run('caution')
    expect(r.exitCode).toBe(0)
    expect(r.stdout).not.toMatch(/::warning::PR comment skipped/)
    expect(ourComments()).toHaveLength(1)
    expect(r.outputs.comment_url).toMatch(/#issuecomment-/)
  })

  it('a create whose answer was lost is not repeated blindly: still one comment', async () => {
    fake.loseNextAnswer('POST', /\/issues\/7\/comments$/, {
      status: 502,
      body: { message: 'Bad Gateway' }
    })
    const r = await run('caution')
    expect(r.exitCode).toBe(0)
    expect(ourComments()).toHaveLength(1)
    expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(1)
    expect(fake.requests.filter(q => q.method === 'PATCH')).toHaveLength(1)
    expect(r.outputs.comment_url).toMatch(/#issuecomment-/)
  })

  it('a bad pr_comment value fails the step naming the input, before any query', async () => {
    const r = await run('healthy', { pr_comment: 'sometimes' })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(
      /Input pr_comment: "sometimes" is not allowed; expected always, blocked or never/
    )
    expect(r.outputs.can_deploy).toBe('false')
  })
})

describe('Slack', () => {
  it('blocked (default): posts for a blocked deploy, with the mention, and not for an open one', async () => {
    await run('healthy', { slack_webhook_url: fake.slackUrl, slack_mention: '<!subteam^S012345>' })
    expect(fake.slackMessages).toHaveLength(0)
    const r = await run('freeze', {
      slack_webhook_url: fake.slackUrl,
      slack_mention: '<!subteam^S012345>'
    })
    expect(r.exitCode).toBe(1)
    expect(fake.slackMessages).toHaveLength(1)
    const message = fake.slackMessages[0] as { text: string; blocks: unknown[] }
    expect(message.text).toMatch(/^<!subteam\^S012345> 🧊 Error budget FREEZE: deploy blocked/)
    // Slack cannot draw the burn-down chart: the run link says where it is.
    expect(JSON.stringify(message.blocks)).toContain(
      '<https://github.example.com/acme/shop/actions/runs/4242|workflow run (burn-down chart)>'
    )
    expect(JSON.stringify(message.blocks)).toContain('pull/7|PR #7>')
  })

  it('always: posts for an open deploy too, without the mention', async () => {
    await run('healthy', {
      slack_webhook_url: fake.slackUrl,
      slack_notify: 'always',
      slack_mention: '<!here>'
    })
    expect(fake.slackMessages).toHaveLength(1)
    expect(JSON.stringify(fake.slackMessages[0])).not.toContain('<!here>')
  })

  it('429 then 200: waits and retries', async () => {
    fake.slackResponses.push({ status: 429, body: 'rate_limited', headers: { 'Retry-After': '1' } })
    const r = await run('warning', { slack_webhook_url: fake.slackUrl })
    expect(fake.slackMessages).toHaveLength(2)
    expect(r.stdout).toMatch(/Slack notified/)
  })

  it('a refused post: a warning naming the status and text; the decision unchanged', async () => {
    // Retries and their backoff are tested in-process (test/unit/channels/slack.test.ts).
    fake.slackResponses.push({ status: 410, body: 'channel_is_archived' })
    const blocked = await run('warning', { slack_webhook_url: fake.slackUrl })
    expect(blocked.exitCode).toBe(1)
    expect(blocked.stdout).toMatch(
      /::warning::Slack notification failed: Slack answered HTTP 410 \(channel_is_archived\)/
    )
    fake.slackResponses.push({ status: 410, body: 'channel_is_archived' })
    const open = await run('healthy', { slack_webhook_url: fake.slackUrl, slack_notify: 'always' })
    expect(open.exitCode).toBe(0)
    expect(open.outputs.can_deploy).toBe('true')
  })

  it('never prints the webhook URL', async () => {
    fake.slackResponses.push({ status: 404, body: 'channel_not_found' })
    const r = await run('warning', { slack_webhook_url: fake.slackUrl })
    expect(r.stdout).toMatch(/Slack answered HTTP 404 \(channel_not_found\)/)
    const printed = [
      r.stdout,
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      JSON.stringify(r.report)
    ]
      .join('\n')
      .replace(/::add-mask::.*\n/g, '')
    expect(printed).not.toContain('XXXXSECRETXXXX')
    expect(printed).not.toContain('ghs_fake_token_123')
    expect(r.stdout).toContain('::add-mask::ghs_fake_token_123')
  })
})

describe('hostile text', () => {
  it('cannot ping channels, mention teams, inject links or HTML, or close the marker', async () => {
    const hostile =
      'reason: <!channel> <!here> <!subteam^S1> <@U123> <https://evil.example|click> @acme/oncall --> <img src=x onerror=alert(1)>'
    await run('healthy', { slack_webhook_url: fake.slackUrl, slack_notify: 'always' }).then(
      () => undefined
    )
    fake.slackMessages.length = 0
    const r = await runAction({
      inputs: {
        prometheus_url: prometheus.url,
        evaluation_time: String(prometheus.endTime),
        github_token: 'ghs_fake_token_123',
        slack_webhook_url: fake.slackUrl,
        ...serviceQueries('healthy')
      },
      env: { GITHUB_API_URL: fake.url },
      eventName: 'pull_request',
      event: pullRequestEvent(7),
      workspaceFiles: { '.deploy-freeze': hostile }
    })
    expect(r.outputs.budget_status).toBe('FREEZE')
    const slack = JSON.stringify(fake.slackMessages)
    for (const token of [
      '<!channel>',
      '<!here>',
      '<!subteam^S1>',
      '<@U123>',
      '<https://evil.example|click>'
    ]) {
      expect(slack).not.toContain(token)
    }
    expect(slack).toContain('&lt;!channel&gt;')
    const body = ourComments()[0].body
    // Only the marker closes a comment; the chart's axis ranges (`0 --> 30`) are inside its fence.
    const outsideCharts = body.replace(/^```mermaid\n[\s\S]*?^```$/gm, '')
    expect(outsideCharts.split('-->').length).toBe(2)
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/@acme\/oncall/)
    expect(body).not.toContain('<!channel>')
  })
})
