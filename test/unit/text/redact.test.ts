import { escapeMarkdown, oneLine } from '../../../src/text/escape.js'
import {
  basicAuthForms,
  expandSecrets,
  redactDeep,
  redactSecrets,
  shownUrl,
  urlSecrets,
  webhookSecrets
} from '../../../src/text/redact.js'

const TOKEN = 'tok_en*x[42]'

describe('expandSecrets and redactSecrets', () => {
  it.each([
    ['raw', TOKEN],
    ['Markdown-escaped', 'tok\\_en\\*x\\[42\\]'],
    ['URL-encoded', 'tok_en*x%5B42%5D'],
    ['form-encoded', 'tok_en*x%5B42%5D'],
    ['JSON-escaped quote', 'a\\"b_secret']
  ])('removes the %s form', (_, shown) => {
    const secrets = expandSecrets([TOKEN, 'a"b_secret'])
    expect(redactSecrets(`before ${shown} after`, secrets)).toBe('before *** after')
  })

  it('replaces the longest form first, so nothing of it is left over', () => {
    const secrets = expandSecrets(basicAuthForms('ops_user', 'pa_ss'))
    const pair = Buffer.from('ops_user:pa_ss').toString('base64')
    expect(redactSecrets(`Authorization: Basic ${pair}`, secrets)).toBe('Authorization: ***')
  })

  it('masks each line of a multi-line value, and ignores values under 3 characters', () => {
    const secrets = expandSecrets(['first-line\nsecond-line', 'ab'])
    expect(redactSecrets('x second-line y ab', secrets)).toBe('x *** y ab')
  })

  it('a webhook is masked whole, by its path and by its last segment', () => {
    const url = 'https://hooks.slack.com/services/T0/B0/s3cr3t_P4rt'
    const secrets = expandSecrets(webhookSecrets(url))
    expect(redactSecrets(`Cannot POST /services/T0/B0/s3cr3t_P4rt`, secrets)).toBe(
      'Cannot POST ***'
    )
    expect(redactSecrets(`token s3cr3t_P4rt is revoked`, secrets)).toBe('token *** is revoked')
  })

  it('redactDeep copies plain objects and arrays, and keeps dates and numbers', () => {
    const at = new Date(0)
    const value = { a: [`x ${TOKEN}`], at, n: Infinity, nested: { b: TOKEN } }
    const out = redactDeep(value, expandSecrets([TOKEN]))
    expect(out).toEqual({ a: ['x ***'], at, n: Infinity, nested: { b: '***' } })
    expect(out.at).toBe(at)
    expect(value.nested.b).toBe(TOKEN)
  })
})

describe('urlSecrets', () => {
  it('hunts for userinfo and credential-like query values, not for every value', () => {
    expect(
      urlSecrets('https://u:p%5Bw@h/p?api_key=k1&X-Amz-Signature=s1&dedup=true&step=60')
    ).toEqual(['u', 'u', 'p%5Bw', 'p[w', 'k1', 's1'])
    expect(expandSecrets(['true', 'False', '60', 'tok'])).toEqual(['tok'])
  })
})

describe('shownUrl', () => {
  it('drops userinfo and every query value', () => {
    expect(shownUrl('https://u:p@h.example/p?api_key=k&tenant=t&api_key=z')).toBe(
      'https://h.example/p?api_key=REDACTED&tenant=REDACTED'
    )
    expect(shownUrl('nope')).toBe('<invalid URL>')
  })
})

describe('oneLine', () => {
  it.each([
    ['x\n::stop-commands::t', 'x ::stop-commands::t'],
    ['x\r::warning::w', 'x ::warning::w'],
    ['x\r\ny', 'x y'],
    ['a\u2028b\u0085c', 'a b c'],
    ['bell\u0007 esc\u001b[2J', 'bell? esc?[2J'],
    ['::add-mask::x', '> ::add-mask::x'],
    ['\n  ::error::x', '>    ::error::x'],
    // The runner finds a legacy `##[command]` anywhere in a line: a `> ` before it is no defence.
    ['##[set-output name=x;]y', '## [set-output name=x;]y'],
    ['Prometheus said: ##[stop-commands]tok', 'Prometheus said: ## [stop-commands]tok'],
    ['a ##[error]forged ##[warning]x', 'a ## [error]forged ## [warning]x'],
    // .NET's culture-aware IndexOf/StartsWith skip zero-width characters.
    ['a #\u200b#\u2060[error]forged', 'a ## [error]forged'],
    ['\u200b::error::x', '> \u200b::error::x'],
    ['\ufeff :\u200d:warning::x', '> \ufeff :\u200d:warning::x']
  ])('%j -> %j', (text, expected) => {
    expect(oneLine(text)).toBe(expected)
    expect(oneLine(text)).not.toContain('##[')
  })

  it('Markdown escaping after redaction cannot bring a secret back', () => {
    const secrets = expandSecrets([TOKEN])
    expect(escapeMarkdown(redactSecrets(`t=${TOKEN}`, secrets))).toBe('t=\\*\\*\\*')
  })
})
