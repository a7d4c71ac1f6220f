import { formatDuration, parseDuration } from '../../../src/engine/duration.js'

describe('parseDuration', () => {
  it.each([
    ['30d', 30 * 86400],
    ['4w', 28 * 86400],
    ['720h', 720 * 3600],
    ['1d12h', 36 * 3600],
    ['5m', 300],
    ['90s', 90],
    ['1h30m', 5400],
    ['1y', 365 * 86400],
    ['1500ms', 1.5]
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds)
  })

  it.each(['', '30', 'd', '30 d', '1.5h', '-1h', '12h1d', '1h1h', '0s', '30D', 'P30D'])(
    'refuses %j',
    text => {
      expect(() => parseDuration(text)).toThrow(/Prometheus duration|positive/)
    }
  )
})

describe('formatDuration', () => {
  it('round-trips', () => {
    for (const text of ['30d', '1h', '5m', '6h', '1d12h']) {
      expect(parseDuration(formatDuration(parseDuration(text)))).toBe(parseDuration(text))
    }
    expect(formatDuration(0)).toBe('0s')
  })
})

describe('durations Prometheus cannot hold', () => {
  it.each(['99999999999999999999y', '293y', '300y1d'])('refuses %s as too long', text => {
    expect(() => parseDuration(text)).toThrow(/longer than Prometheus accepts \(at most 292y\)/)
  })

  it('accepts 292y', () => {
    expect(parseDuration('292y')).toBe(292 * 365 * 86400)
  })
})
