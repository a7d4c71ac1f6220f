/** The figures every channel shows: the same digits, the same word for a missing one. */
import * as fmt from '../../../src/text/format.js'

describe('number formatting', () => {
  it.each([
    [0.0012345, '0.001234'],
    [0.00099996, '0.001000'],
    [-0.0012345, '-0.001234'],
    [123.456, '123.5'],
    [12345.6, '12346'],
    [0, '0'],
    [Infinity, 'Infinity'],
    [1e-25, '0.00000000000000000000'],
    [null, '']
  ])('ratio(%p) is %p', (value, shown) => {
    expect(fmt.ratio(value)).toBe(shown)
  })

  it('percent, burn, days and availability, and the empty string for null', () => {
    expect([fmt.percent(12.345), fmt.burn(1.005), fmt.days(2.25), fmt.availability(99.95)]).toEqual(
      ['12.35', '1.00', '2.3', '99.9500']
    )
    expect([fmt.percent(null), fmt.burn(null), fmt.days(null), fmt.availability(null)]).toEqual([
      '',
      '',
      '',
      ''
    ])
    expect(fmt.days(Infinity)).toBe('inf')
  })

  it('what a table cell or a sentence shows, and unknown without a unit', () => {
    expect(fmt.shownPercent(-4)).toBe('-4.00%')
    expect(fmt.shownBurn(2)).toBe('2.00x')
    expect(fmt.shownRatio(0.5)).toBe('0.5000')
    expect(fmt.shownAvailability(99.9)).toBe('99.9000%')
    for (const shown of [
      fmt.shownPercent,
      fmt.shownBurn,
      fmt.shownRatio,
      fmt.shownAvailability,
      fmt.shownDays
    ])
      expect(shown(null)).toBe(fmt.UNKNOWN)
    expect(fmt.UNKNOWN).toBe('unknown')
  })

  it('days to exhaustion: exhausted at 0 or less, infinity, days', () => {
    expect([0, -1, Infinity, 2.25].map(fmt.shownDays)).toEqual([
      'exhausted',
      'exhausted',
      '∞',
      '2.3 days'
    ])
    expect([0, -2, 3, null].map(fmt.toExhaustion)).toEqual([
      'budget exhausted',
      'budget exhausted',
      '3.0 days to exhaustion',
      'days to exhaustion unknown'
    ])
  })

  it('event counts: whole from 100 (either sign), two decimals below', () => {
    expect([99.994, 100.4, -100.4, -99.994, 1.005, 0.5].map(fmt.count)).toEqual([
      '99.99',
      '100',
      '-100',
      '-99.99',
      '1',
      '0.5'
    ])
    expect(fmt.count(null)).toBe('unknown')
  })
})
