/**
 * The forms a secret is hunted in, one by one: each form left out is a channel where the secret
 * would show (found by mutation testing, npm run mutate).
 */
import {
  basicAuthForms,
  credentialValues,
  encodedForms,
  expandSecrets,
  REDACTED,
  redactDeep,
  redactSecrets,
  shownUrl,
  urlSecrets,
  webhookSecrets
} from '../../../src/text/redact.js'

describe('encodedForms', () => {
  it('the raw value, URL-, form- and JSON-encoded, Markdown- and Slack-escaped', () => {
    expect(encodedForms('a b&c<"d>@_')).toEqual([
      'a b&c<"d>@_',
      'a%20b%26c%3C%22d%3E%40_',
      'a+b%26c%3C%22d%3E%40_',
      'a b&c<\\"d>@_',
      'a b&amp;c&lt;"d&gt;@\u200d\\_',
      'a b&amp;c&lt;"d&gt;@\u2060_'
    ])
  })
})

describe('credentialValues', () => {
  it('the token, the password, the basic-auth forms, header values and the URL secrets', () => {
    expect(
      credentialValues({
        token: 'tok',
        username: 'u',
        password: 'p',
        headerValues: ['h1'],
        url: 'https://x:y@h.example/?token=q'
      })
    ).toEqual(['tok', 'p', 'dTpw', 'Basic dTpw', 'u:p', 'h1', 'x', 'x', 'y', 'y', 'q'])
  })

  it('a user name alone still makes the basic-auth pair; nothing given, nothing found', () => {
    expect(credentialValues({ username: 'only' })).toEqual([
      '',
      '',
      'b25seTo=',
      'Basic b25seTo=',
      'only:'
    ])
    expect(credentialValues({ password: 'pw' })).toEqual(['', 'pw', 'OnB3', 'Basic OnB3', ':pw'])
    expect(credentialValues({})).toEqual(['', ''])
  })

  it('the basic-auth header is masked whole, then the pair alone', () => {
    const secrets = expandSecrets(basicAuthForms('ops', 'hunter22'))
    const pair = Buffer.from('ops:hunter22').toString('base64')
    expect(
      redactSecrets(`Authorization: Basic ${pair}; raw ${pair}; plain ops:hunter22`, secrets)
    ).toBe(`Authorization: ${REDACTED}; raw ${REDACTED}; plain ${REDACTED}`)
  })
})

describe('urlSecrets and webhookSecrets', () => {
  it('a text that is not a URL has no URL secrets, and is a webhook secret whole', () => {
    expect(urlSecrets('not a url')).toEqual([])
    expect(webhookSecrets('not a url')).toEqual(['not a url'])
  })

  it('a malformed escape in the userinfo is kept as it is', () => {
    expect(urlSecrets('https://u%ZZ:pw@h.example/')).toEqual(['u%ZZ', 'u%ZZ', 'pw', 'pw'])
  })

  it('every credential-like parameter name counts, in any case', () => {
    const names = [
      'KEY',
      'access_token',
      'client_secret',
      'passwd',
      'Auth',
      'sig',
      'credential',
      'sessionid',
      'code'
    ]
    const url = `https://h.example/?${names.map((n, i) => `${n}=v${i}`).join('&')}&tenant=t&dedup=true`
    expect(urlSecrets(url)).toEqual(['', '', '', '', ...names.map((_, i) => `v${i}`)])
  })

  it('a webhook: trimmed, as parsed, its path, its segments and its last one', () => {
    expect(webhookSecrets(' https://h.example/a/b/?token=q ')).toEqual([
      'https://h.example/a/b/?token=q',
      'https://h.example/a/b/?token=q',
      '/a/b/',
      'a/b',
      'b',
      '',
      '',
      '',
      '',
      'q'
    ])
    expect(webhookSecrets('https://h.example')).toContain('')
  })
})

describe('shownUrl', () => {
  it('drops the password too, and keeps a URL without a query as it is', () => {
    expect(shownUrl('https://:pw@h.example/p')).toBe('https://h.example/p')
    expect(shownUrl('https://h.example/p')).toBe('https://h.example/p')
  })
})

describe('expandSecrets', () => {
  it('trims values, splits lines on LF and CRLF, and keeps values of 3 characters or more', () => {
    expect(expandSecrets(['  abc  ', 'line-one\r\nline-two', 'ab'])).toEqual([
      'line-one%0D%0Aline-two',
      'line-one\\r\\nline-two',
      'line-one\r\nline-two',
      'line-one line-two',
      'line-one',
      'line-two',
      'abc'
    ])
  })

  it('words and short numbers that carry no secret are never masked, longer numbers are', () => {
    const words = ['true', 'FALSE', 'yes', 'no', 'on', 'off', 'null', 'None', '123456']
    expect(expandSecrets(words)).toEqual([])
    expect(expandSecrets(['1234567', 'nonexistent', 'truee'])).toEqual([
      'nonexistent',
      '1234567',
      'truee'
    ])
  })

  it('orders the forms longest first, so that a longer form is replaced whole', () => {
    const forms = expandSecrets(['a<b', 'long_secret'])
    expect(forms).toEqual([...forms].sort((a, b) => b.length - a.length))
    expect(forms[0]).toBe('long\\_secret')
  })
})

describe('redactSecrets and redactDeep', () => {
  it('every occurrence is replaced; a form under 3 characters is never replaced', () => {
    expect(redactSecrets('s3cret and s3cret', ['s3cret'])).toBe(`${REDACTED} and ${REDACTED}`)
    expect(redactSecrets('ab ab', ['ab'])).toBe('ab ab')
    // Three characters are the shortest secret, and it is masked.
    expect(redactSecrets('pin x9z here', expandSecrets(['x9z']))).toBe(`pin ${REDACTED} here`)
  })

  it('without secrets the value itself comes back; null, numbers and instances are kept', () => {
    const value = { a: 'tok_1234' }
    expect(redactDeep(value, [])).toBe(value)
    class Box {
      constructor(readonly text: string) {}
    }
    const box = new Box('tok_1234')
    const out = redactDeep({ n: null, k: 5, box, list: ['tok_1234', 3] }, ['tok_1234'])
    expect(out).toEqual({ n: null, k: 5, box, list: [REDACTED, 3] })
    expect(out.box).toBe(box)
  })
})
