import { InputError } from '../../../src/engine/inputs.js'
import { readNotifyConfig } from '../../../src/channels/notify.js'
import { commentMarker, isOurComment } from '../../../src/channels/pr-comment.js'
import { startFakeGitHub } from '../../helpers/fake-github.js'

const config = (values: Record<string, string>) => readNotifyConfig(name => values[name] ?? '')
const inputOf = (values: Record<string, string>): string => {
  try {
    config(values)
  } catch (error) {
    return (error as InputError).input
  }
  throw new Error('expected an InputError')
}

describe('readNotifyConfig', () => {
  it('has the documented defaults', () => {
    expect(config({})).toMatchObject({
      prComment: 'always',
      slackNotify: 'blocked',
      commentTag: 'error-budget-gate'
    })
  })

  it('names each bad input', () => {
    expect(inputOf({ pr_comment: 'sometimes' })).toBe('pr_comment')
    expect(inputOf({ slack_notify: 'yes' })).toBe('slack_notify')
    expect(inputOf({ comment_tag: 'a --> b' })).toBe('comment_tag')
    expect(inputOf({ slack_mention: '@channel' })).toBe('slack_mention')
    expect(inputOf({ dashboard_url: 'javascript:alert(1)' })).toBe('dashboard_url')
    expect(inputOf({ slack_webhook_url: 'not a url' })).toBe('slack_webhook_url')
  })

  it('makes dashboard links safe inside Markdown links', () => {
    expect(config({ dashboard_url: 'https://grafana.example.com/d/x?(a)' }).dashboardUrl).toBe(
      'https://grafana.example.com/d/x?%28a%29'
    )
  })
})

describe('comment identity', () => {
  it('is the exact marker on the first line, from a bot', () => {
    const marker = commentMarker('api')
    expect(isOurComment({ body: `${marker}\nx`, user: { type: 'Bot' } }, 'api')).toBe(true)
    expect(isOurComment({ body: `${marker}\nx`, user: { type: 'User' } }, 'api')).toBe(false)
    expect(isOurComment({ body: `quote ${marker}`, user: { type: 'Bot' } }, 'api')).toBe(false)
    expect(
      isOurComment({ body: `${commentMarker('api-2')}\nx`, user: { type: 'Bot' } }, 'api')
    ).toBe(false)
  })
})

describe('the fake GitHub validates bodies against the OpenAPI description', () => {
  it('records a comment without a body and an issue without a title', async () => {
    const fake = await startFakeGitHub()
    try {
      const post = (path: string, body: unknown) =>
        fetch(`${fake.url}${path}`, {
          method: 'POST',
          headers: { authorization: 'token x' },
          body: JSON.stringify(body)
        })
      expect(
        (await post('/repos/acme/shop/issues/1/comments', { text: 'wrong field' })).status
      ).toBe(422)
      expect((await post('/repos/acme/shop/issues', { body: 'no title' })).status).toBe(422)
      expect((await post('/repos/acme/shop/issues/1/comments', { body: 'fine' })).status).toBe(201)
      expect(fake.schemaErrors).toHaveLength(2)
      expect(fake.schemaErrors[0]).toMatch(/must have required property 'body'/)
      expect(fake.schemaErrors[1]).toMatch(/must have required property 'title'/)
    } finally {
      await fake.close()
    }
  })
})
