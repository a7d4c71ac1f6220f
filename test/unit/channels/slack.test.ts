/** Posting to Slack in-process against the loopback fake: retries, backoff, Retry-After, 4xx. */
import { postToSlack } from '../../../src/channels/slack.js'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'
import { serveRaw, UPGRADE_ANSWER } from '../../helpers/raw-server.js'

let fake: FakeGitHub
beforeAll(async () => {
  fake = await startFakeGitHub()
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.slackMessages.length = 0
  fake.slackResponses.length = 0
})

const message = { text: 'budget low', blocks: [] }

async function post(options: { retries?: number; maxRetryAfterSeconds?: number } = {}) {
  const slept: number[] = []
  const sent = await postToSlack(fake.slackUrl, message, {
    ...options,
    sleep: async ms => void slept.push(ms)
  })
  return { sent, slept, posts: fake.slackMessages.length }
}

describe('postToSlack', () => {
  it('persistent 500: four attempts with doubling backoff, then the status and text', async () => {
    for (let i = 0; i < 5; i++) fake.slackResponses.push({ status: 500, body: 'internal_error' })
    expect(await post()).toEqual({
      sent: {
        ok: false,
        error: 'Slack answered HTTP 500 (internal_error), after 4 attempts'
      },
      slept: [1000, 2000, 4000],
      posts: 4
    })
  })

  it('429: waits what Retry-After says, capped', async () => {
    fake.slackResponses.push({ status: 429, body: 'rate_limited', headers: { 'Retry-After': '3' } })
    fake.slackResponses.push({
      status: 429,
      body: 'rate_limited',
      headers: { 'Retry-After': '3600' }
    })
    expect(await post({ maxRetryAfterSeconds: 30 })).toEqual({
      sent: { ok: true },
      slept: [3000, 30000],
      posts: 3
    })
  })

  it('4xx: not retried, and the URL is never in the error', async () => {
    fake.slackResponses.push({ status: 404, body: 'channel_not_found' })
    const run = await post()
    expect(run).toEqual({
      sent: { ok: false, error: 'Slack answered HTTP 404 (channel_not_found)' },
      slept: [],
      posts: 1
    })
  })

  it('a 101 upgrade answer fails the post, never leaves the step pending', async () => {
    const upgrading = await serveRaw(UPGRADE_ANSWER)
    try {
      const sent = postToSlack(`${upgrading.origin}/services/T/B/SECRET`, message, {
        retries: 1,
        // Longer than the race: only a request that fails at once settles in time.
        timeoutMs: 10_000,
        sleep: async () => undefined
      })
      const pending = new Promise(resolve => setTimeout(() => resolve('pending'), 3000).unref())
      expect(await Promise.race([sent, pending])).toEqual({
        ok: false,
        error: 'Slack could not be reached (network error), after 2 attempts'
      })
    } finally {
      await upgrading.close()
    }
  })

  it('unreachable: retried, then says so without the URL', async () => {
    const sent = await postToSlack('http://127.0.0.1:9/services/T/B/SECRET', message, {
      retries: 1,
      sleep: async () => undefined
    })
    expect(sent).toEqual({
      ok: false,
      error: 'Slack could not be reached (ECONNREFUSED), after 2 attempts'
    })
  })
})
