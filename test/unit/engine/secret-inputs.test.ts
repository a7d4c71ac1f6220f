/**
 * Issue 21, item 3: the one rule for errors about secret-bearing inputs. Every parser that quotes
 * the value it refuses quotes it through shownValue, so no parser can show a credential, even one
 * handed a secret-bearing input; the others keep quoting, which helps to find a typo.
 */
import { parseHeaders, parsePrometheusUrl } from '../../../src/engine/config.js'
import {
  InputError,
  parseBoolean,
  parseIntegerInRange,
  parseNumber,
  parseWord,
  SECRET_INPUTS
} from '../../../src/engine/inputs.js'

const SECRET = 'glsa_0123456789abcdef'

const messageOf = (parse: () => unknown): string => {
  try {
    parse()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('accepted')
}

const PARSERS: [string, (input: string, text: string) => unknown][] = [
  ['parseNumber', (input, text) => parseNumber(input, text, 'a number')],
  ['parseBoolean', parseBoolean],
  ['parseWord', (input, text) => parseWord(input, text, ['a', 'b'])],
  ['parseIntegerInRange', (input, text) => parseIntegerInRange(input, text, 1, 2, '1-2')]
]

describe('errors about secret-bearing inputs show no part of the value', () => {
  it.each(PARSERS)('%s: names the input, never the value of a secret-bearing one', (_, parse) => {
    for (const input of SECRET_INPUTS) {
      const message = messageOf(() => parse(input, SECRET))
      expect(message).toMatch(new RegExp(`^Input ${input}: the value \\(not shown`))
      expect(message).not.toContain('glsa')
    }
    // An ordinary input is still quoted: the user sees the typo.
    expect(messageOf(() => parse('max_concurrency', 'eight'))).toContain('"eight"')
  })

  it('a header line without its colon is named by its line number, the line is not shown', () => {
    const message = messageOf(() =>
      parseHeaders('prometheus_headers', `X-Scope-OrgID: a\n\nAuthorization Bearer ${SECRET}`)
    )
    expect(message).toBe(
      'Input prometheus_headers: line 3 is not a header; expected one "Name: value" a line (the line is not shown: it may hold a credential)'
    )
  })

  it('a URL whose "protocol" is a pasted user:password is not named; a known scheme is', () => {
    expect(messageOf(() => parsePrometheusUrl('prometheus_url', `admin:${SECRET}`))).toBe(
      'Input prometheus_url: has protocol other than http(s); expected http or https'
    )
    expect(messageOf(() => parsePrometheusUrl('prometheus_url', 'ftp://host/x'))).toBe(
      'Input prometheus_url: has protocol ftp:; expected http or https'
    )
  })
})
