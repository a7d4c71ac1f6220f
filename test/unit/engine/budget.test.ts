import {
  budgetRemaining,
  builtInTiers,
  tierFactor,
  burnChecks,
  burnRate,
  daysToExhaustion,
  escalateForBurn,
  statusFromRemaining
} from '../../../src/engine/budget.js'

const DAY = 86400
const thresholds = { caution: 80, warning: 50, freeze: 20 }

/** Burn rates by window, looked up as the evaluation does. */
const burns =
  (table: Record<string, number | null>) =>
  (window: string): number | null | undefined =>
    table[window]

describe('budget math', () => {
  it('computes the remaining budget from the error ratio and target', () => {
    expect(budgetRemaining(0.0001, 99.9)).toBeCloseTo(90, 10)
    expect(budgetRemaining(0.0015, 99.9)).toBeCloseTo(-50, 10)
    expect(budgetRemaining(0, 99.5)).toBe(100)
    expect(budgetRemaining(0.005, 99.5)).toBeCloseTo(0, 10)
  })

  it('computes burn rates relative to the allowed ratio', () => {
    expect(burnRate(0.0144, 99.9)).toBeCloseTo(14.4, 10)
    expect(burnRate(0.001, 99.9)).toBeCloseTo(1, 10)
    expect(burnRate(0, 99.9)).toBe(0)
  })

  it('forecasts days to exhaustion, inf when not burning and 0 when spent', () => {
    expect(daysToExhaustion(50, 30, 1)).toBeCloseTo(15, 10)
    expect(daysToExhaustion(55, 30, 0.45)).toBeCloseTo(36.667, 3)
    expect(daysToExhaustion(80, 30, 0)).toBe(Infinity)
    expect(daysToExhaustion(0, 30, 2)).toBe(0)
    expect(daysToExhaustion(-10, 30, 0)).toBe(0)
  })
})

describe('status edges', () => {
  it.each([
    [100, 'NORMAL'],
    [80.0001, 'NORMAL'],
    [80, 'CAUTION'],
    [50.0001, 'CAUTION'],
    [50, 'WARNING'],
    [20, 'WARNING'],
    [19.9999, 'FREEZE'],
    [0, 'FREEZE'],
    [-0.0001, 'EXHAUSTED'],
    [-250, 'EXHAUSTED']
  ])('%s%% left is %s', (remaining, status) => {
    expect(statusFromRemaining(remaining, thresholds)).toBe(status)
  })

  it('follows custom thresholds', () => {
    expect(statusFromRemaining(85, { caution: 90, warning: 60, freeze: 30 })).toBe('CAUTION')
    expect(statusFromRemaining(25, { caution: 90, warning: 60, freeze: 30 })).toBe('FREEZE')
  })
})

describe('burn escalation', () => {
  const checks = burnChecks(builtInTiers(['page'], 14.4, 6), 30 * DAY)

  it('escalates to FREEZE only when both fast windows burn', () => {
    const fast = escalateForBurn(
      'NORMAL',
      checks,
      burns({ '1h': 20, '5m': 20, '6h': 4, '30m': 20 })
    )
    expect(fast.status).toBe('FREEZE')
    expect(fast.reasons.join()).toMatch(/fast burn/)
    expect(
      escalateForBurn('NORMAL', checks, burns({ '1h': 20, '5m': 3, '6h': 1, '30m': 1 })).status
    ).toBe('NORMAL')
    expect(
      escalateForBurn('NORMAL', checks, burns({ '1h': 3, '5m': 20, '6h': 1, '30m': 1 })).status
    ).toBe('NORMAL')
  })

  it('escalates to at least WARNING on a slow burn and never lowers a status', () => {
    expect(
      escalateForBurn('NORMAL', checks, burns({ '1h': 8, '5m': 8, '6h': 8, '30m': 8 })).status
    ).toBe('WARNING')
    expect(
      escalateForBurn('FREEZE', checks, burns({ '1h': 8, '5m': 8, '6h': 8, '30m': 8 })).status
    ).toBe('FREEZE')
    expect(
      escalateForBurn('EXHAUSTED', checks, burns({ '1h': 20, '5m': 20, '6h': 20, '30m': 20 }))
        .status
    ).toBe('EXHAUSTED')
  })

  it('skips windows without traffic and checks turned off with 0', () => {
    expect(
      escalateForBurn('NORMAL', checks, burns({ '1h': 20, '5m': null, '6h': 1, '30m': 1 })).status
    ).toBe('NORMAL')
    expect(burnChecks(builtInTiers(['page'], 0, 0), 30 * DAY)).toEqual([])
    expect(burnChecks(builtInTiers(['page'], 0, 6), 30 * DAY).map(c => c.name)).toEqual([
      'slow burn'
    ])
  })

  it('lists the tier that set the status first, whatever the order of the tiers', () => {
    const slowFirst = [...checks].reverse()
    expect(slowFirst[0].name).toBe('slow burn')
    const both = escalateForBurn(
      'NORMAL',
      slowFirst,
      burns({ '1h': 20, '5m': 20, '6h': 8, '30m': 8 })
    )
    expect(both.status).toBe('FREEZE')
    expect(both.reasons.map(r => r.split(':')[0])).toEqual(['fast burn', 'slow burn'])
  })

  it('treats the threshold itself as not exceeded', () => {
    expect(
      escalateForBurn('NORMAL', checks, burns({ '1h': 14.4, '5m': 14.4, '6h': 1, '30m': 1 })).status
    ).toBe('NORMAL')
  })
})

describe('burn tiers scaled to the SLO window by budget share', () => {
  const all = builtInTiers(['page', 'ticket'], 'auto', 'auto')
  it.each([
    // The table: share x window hours / long window hours.
    ['30d', 30, [14.4, 6, 3, 1]],
    ['28d', 28, [13.44, 5.6, 2.8, 0.9333333333]],
    ['7d', 7, [3.36, 1.4, 0.7, 0.2333333333]],
    ['a 31-day month (744 h)', 31, [14.88, 6.2, 3.1, 1.033333333]]
  ])('%s gives the factors of its window', (_label, days, factors) => {
    const checks = burnChecks(all, (days as number) * DAY)
    expect(checks.map(c => c.name)).toEqual([
      'fast burn',
      'slow burn',
      'ticket fast burn',
      'ticket slow burn'
    ])
    expect(checks.map(c => c.threshold)).toEqual(factors)
    expect(checks.map(c => c.escalateTo)).toEqual(['FREEZE', 'WARNING', 'CAUTION', 'CAUTION'])
    expect(checks.map(c => [c.longWindow, c.shortWindow])).toEqual([
      ['1h', '5m'],
      ['6h', '30m'],
      ['1d', '2h'],
      ['3d', '6h']
    ])
  })

  it('page is the default set, none is empty, and a number overrides the derived factor', () => {
    expect(builtInTiers(['page'], 'auto', 'auto').map(t => t.name)).toEqual([
      'fast burn',
      'slow burn'
    ])
    expect(builtInTiers([], 'auto', 'auto')).toEqual([])
    const checks = burnChecks(builtInTiers(['page'], 20, 'auto'), 7 * DAY)
    expect(checks.map(c => [c.threshold, c.budgetShare])).toEqual([
      [20, undefined],
      [1.4, 0.05]
    ])
  })

  it('tierFactor is the workbook formula', () => {
    expect(tierFactor(0.02, 30 * DAY, 3600)).toBe(14.4)
    expect(tierFactor(0.05, 28 * DAY, 6 * 3600)).toBe(5.6)
  })
})

describe('low-traffic guard', () => {
  const checks = burnChecks(builtInTiers(['page'], 'auto', 'auto'), 30 * DAY)
  it('a tier whose long window holds fewer than min_events cannot escalate, and says so', () => {
    const events: Record<string, number> = { '1h': 60, '5m': 5, '6h': 360, '30m': 30 }
    const guarded = escalateForBurn(
      'NORMAL',
      checks,
      burns({ '1h': 16.7, '5m': 200, '6h': 2.8, '30m': 33 }),
      { minEvents: 1000, eventsOver: w => events[w] }
    )
    expect(guarded.status).toBe('NORMAL')
    expect(guarded.reasons).toEqual([
      'fast burn: burn rate 16.7x over 1h and 200.0x over 5m exceed 14.4x, but cannot escalate: too few events over 1h (60 < 1000)'
    ])
    expect(guarded.tiers.map(t => [t.fired, t.tooFewEvents])).toEqual([
      [false, 60],
      [false, 360]
    ])
    const enough = escalateForBurn(
      'NORMAL',
      checks,
      burns({ '1h': 16.7, '5m': 200, '6h': 2.8, '30m': 33 }),
      { minEvents: 60, eventsOver: w => events[w] }
    )
    expect(enough.status).toBe('FREEZE')
  })
})
