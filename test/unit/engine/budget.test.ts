import {
  budgetRemaining,
  burnChecks,
  burnRate,
  daysToExhaustion,
  escalateForBurn,
  statusFromRemaining
} from '../../../src/engine/budget.js'

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
  const checks = burnChecks(14.4, 6)

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
    expect(burnChecks(0, 0)).toEqual([])
    expect(burnChecks(0, 6).map(c => c.name)).toEqual(['slow burn'])
  })

  it('treats the threshold itself as not exceeded', () => {
    expect(
      escalateForBurn('NORMAL', checks, burns({ '1h': 14.4, '5m': 14.4, '6h': 1, '30m': 1 })).status
    ).toBe('NORMAL')
  })
})
