import { apiUrl, parseSampleValue, redactUrl } from '../../../src/prometheus/api.js'

describe('parseSampleValue', () => {
  it.each([
    ['1', 1],
    ['0.25', 0.25],
    ['1e-07', 1e-7],
    ['-3.5E2', -350],
    ['+Inf', Infinity],
    ['-Inf', -Infinity]
  ])('%s -> %d', (text, value) => expect(parseSampleValue(text)).toBe(value))

  it.each(['NaN', '', '0x10', ' 1', 'abc', '1,5'])('%j is NaN', text => {
    expect(parseSampleValue(text)).toBeNaN()
  })

  it('rejects non-strings', () => {
    expect(parseSampleValue(1)).toBeNaN()
    expect(parseSampleValue(undefined)).toBeNaN()
  })
})

describe('URLs', () => {
  it('keeps path prefixes when joining the API path', () => {
    expect(apiUrl('http://h:9090', '/api/v1/query')).toBe('http://h:9090/api/v1/query')
    expect(apiUrl('http://h/prometheus/', '/api/v1/query')).toBe('http://h/prometheus/api/v1/query')
    expect(apiUrl('http://vm/select/0/prometheus', '/api/v1/query')).toBe(
      'http://vm/select/0/prometheus/api/v1/query'
    )
  })

  it('redacts userinfo', () => {
    expect(redactUrl('https://user:secret@h/p')).toBe('https://h/p')
    expect(redactUrl('nope')).toBe('<invalid URL>')
  })
})
