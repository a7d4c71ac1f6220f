/**
 * The edges of the rules that decide a deploy: status order, exclusions, burn checks (cases found
 * by mutation testing, npm run mutate).
 */
import {
  checkExclusions,
  clip,
  iso,
  MAX_EXCLUSIONS,
  parseExclusion,
  type Exclusion
} from '../../../src/engine/exclusions.js'
import {
  atLeast,
  EXIT_CODE,
  MIN_REASON_LENGTH,
  parseStatus,
  severity,
  STATUSES,
  STATUS_ICON,
  STATUS_POLICY
} from '../../../src/engine/status.js'
import {
  allowedErrorRatio,
  builtInTiers,
  burnChecks,
  enoughEvents,
  escalateForBurn
} from '../../../src/engine/budget.js'
import { checksFor, windowSeconds } from '../../../src/engine/tiers.js'
import type { SloSpec } from '../../../src/engine/slo.js'

const DAY = 86400

describe('statuses', () => {
  it('rank NORMAL to EXHAUSTED, and ERROR above all when it blocks, below all when not', () => {
    expect(STATUSES.map(s => severity(s))).toEqual([0, 1, 2, 3, 4, 5])
    expect(severity('ERROR', false)).toBe(-1)
    expect(severity('ERROR', true)).toBe(5)
    expect(severity('EXHAUSTED', false)).toBe(4)
  })

  it('atLeast keeps the more severe, the current one on a tie', () => {
    expect(atLeast('NORMAL', 'FREEZE')).toBe('FREEZE')
    expect(atLeast('EXHAUSTED', 'WARNING')).toBe('EXHAUSTED')
    expect(atLeast('CAUTION', 'CAUTION')).toBe('CAUTION')
  })

  it('exit codes: 0 deploy, 1-3 blocked by level, 99 unknown', () => {
    expect(EXIT_CODE).toEqual({
      NORMAL: 0,
      CAUTION: 0,
      WARNING: 1,
      FREEZE: 2,
      EXHAUSTED: 3,
      ERROR: 99
    })
  })

  it('parses a status in any case and with spaces; anything else is no status', () => {
    expect(parseStatus(' freeze ')).toBe('FREEZE')
    expect(parseStatus('Error')).toBe('ERROR')
    expect(parseStatus('FROZEN')).toBeUndefined()
    expect(parseStatus('')).toBeUndefined()
  })

  it('every status has its icon and its policy; an override states a reason of 10 characters', () => {
    expect(STATUS_ICON).toEqual({
      NORMAL: '✅',
      CAUTION: '🟡',
      WARNING: '⚠️',
      FREEZE: '🧊',
      EXHAUSTED: '🚫',
      ERROR: '❓'
    })
    expect(STATUS_POLICY.NORMAL).toMatch(/^Budget healthy/)
    expect(STATUS_POLICY.CAUTION).toMatch(/^Deploys allowed with caution/)
    expect(STATUS_POLICY.WARNING).toMatch(/emergency fixes only/)
    expect(STATUS_POLICY.FREEZE).toMatch(/^Deploy freeze/)
    expect(STATUS_POLICY.EXHAUSTED).toMatch(/exhausted, the SLO is violated/)
    expect(STATUS_POLICY.ERROR).toMatch(/fails closed/)
    expect(MIN_REASON_LENGTH).toBe(10)
  })
})

describe('parseExclusion', () => {
  const START = Date.parse('2026-11-13T02:00:00Z') / 1000
  it('reads weeks, days, hours, minutes and seconds, and trims the reason', () => {
    expect(
      parseExclusion('  2026-11-13T02:00:00Z/P1W2DT3H4M5S  planned  failover ', 'line 1')
    ).toEqual({
      start: START,
      end: START + ((9 * 24 + 3) * 60 + 4) * 60 + 5,
      reason: 'planned  failover',
      source: 'line 1'
    })
  })

  it('reads an end with an offset and fractions, a time without seconds and a lower-case duration', () => {
    expect(
      parseExclusion('2026-11-13T03:00:00+01:00/2026-11-13T04:30:00.5+01:00 db', 'l').end
    ).toBe(START + 5400.5)
    expect(parseExclusion('2026-11-13T02:00Z/pt2h db', 'l')).toMatchObject({
      start: START,
      end: START + 7200
    })
  })

  it.each([
    ['a zero duration', '2026-11-13T02:00:00Z/PT0S db', /^"PT0S" is not a duration/],
    ['an empty duration', '2026-11-13T02:00:00Z/P db', /^"P" is not a duration/],
    [
      'an end at the start',
      '2026-11-13T02:00:00Z/2026-11-13T02:00:00Z db',
      /^ends at or before its start/
    ],
    [
      'an end before the start',
      '2026-11-13T02:00:00Z/2026-11-13T01:00:00Z db',
      /^ends at or before/
    ],
    [
      'a time without a zone',
      '2026-11-13T02:00:00/PT1H db',
      /^"2026-11-13T02:00:00" is not a time/
    ],
    ['a date alone', '2026-11-13/PT1H db', /is not a time/],
    ['no reason', '2026-11-13T02:00:00Z/PT1H', /is not an interval/],
    ['a line separator in the reason', '2026-11-13T02:00:00Z/PT1H a\u2028b', /control characters/],
    ['a tab in the reason', '2026-11-13T02:00:00Z/PT1H a\tb', /control characters/],
    ['an escape in the reason', '2026-11-13T02:00:00Z/PT1H a\u001b[2Jb', /control characters/]
  ])('refuses %s', (_, line, message) => {
    expect(() => parseExclusion(line, 'l')).toThrow(message)
  })

  it('quotes at most 60 characters of a line that is no interval', () => {
    expect(() => parseExclusion(` ${'x'.repeat(80)} `, 'l')).toThrow(
      `"${'x'.repeat(60)}" is not an interval`
    )
  })
})

describe('checkExclusions', () => {
  const e = (start: number, end: number, source: string): Exclusion => ({
    start,
    end,
    reason: 'r',
    source
  })
  const at = new Date(300_000)

  it('takes intervals that touch, in any order, and ending exactly at the evaluation', () => {
    expect(() => checkExclusions([e(200, 300, 'b'), e(100, 200, 'a')], at)).not.toThrow()
  })

  it('refuses an overlap, naming both in time order', () => {
    expect(() => checkExclusions([e(200, 300, 'b'), e(100, 201, 'a')], at)).toThrow(
      'b (1970-01-01T00:03:20Z/1970-01-01T00:05:00Z) overlaps a (1970-01-01T00:01:40Z/1970-01-01T00:03:21Z); merge them into one interval'
    )
  })

  it('refuses an interval that ends after the evaluation time', () => {
    expect(() => checkExclusions([e(100, 301, 'a')], at)).toThrow(
      'a: ends at 1970-01-01T00:05:01Z, after the evaluation time 1970-01-01T00:05:00Z'
    )
  })

  it(`takes ${MAX_EXCLUSIONS} intervals, not one more`, () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => e(i * 10, i * 10 + 5, `s${i}`))
    expect(() => checkExclusions(many(MAX_EXCLUSIONS), new Date(1e9))).not.toThrow()
    expect(() => checkExclusions(many(MAX_EXCLUSIONS + 1), new Date(1e9))).toThrow(
      `${MAX_EXCLUSIONS + 1} intervals; at most ${MAX_EXCLUSIONS} are allowed`
    )
    expect(MAX_EXCLUSIONS).toBe(50)
  })

  it('clips to whole seconds; nothing left of an interval is null', () => {
    expect(clip(e(100.4, 200.6, 'a'), 1000, 1000)).toEqual({ seconds: 100, end: 201 })
    expect(clip(e(100, 200, 'a'), 1000, 100)).toBeNull()
    expect(iso(1.5)).toBe('1970-01-01T00:00:01.500Z')
    expect(iso(2)).toBe('1970-01-01T00:00:02Z')
  })
})

describe('burn checks', () => {
  const checks = burnChecks(builtInTiers(['page'], 'auto', 'auto'), 30 * DAY)
  const burns =
    (table: Record<string, number>) =>
    (window: string): number | undefined =>
      table[window]
  it('a check fires only when both windows burn, the short one too', () => {
    const shortCalm = escalateForBurn('NORMAL', checks, burns({ '1h': 20, '5m': 14 }))
    expect(shortCalm.status).toBe('NORMAL')
    expect(shortCalm.tiers[0].fired).toBe(false)
    const longCalm = escalateForBurn('NORMAL', checks, burns({ '1h': 14, '5m': 20 }))
    expect(longCalm.status).toBe('NORMAL')
  })

  it('without a count of events over the long window, a guarded tier cannot escalate', () => {
    const guarded = escalateForBurn('NORMAL', checks, burns({ '1h': 20, '5m': 20 }), {
      minEvents: 1,
      eventsOver: () => undefined
    })
    expect(guarded.status).toBe('NORMAL')
    expect(guarded.tiers[0].tooFewEvents).toBe(0)
    expect(guarded.reasons[0]).toMatch(/too few events over 1h \(0 < 1\)$/)
    expect(enoughEvents(5, 5)).toBe(true)
    expect(enoughEvents(4.9, 5)).toBe(false)
  })

  it('a fired tier says its figures and the level it sets', () => {
    const fired = escalateForBurn(
      'NORMAL',
      checks,
      burns({ '1h': 20, '5m': 30.04, '6h': 1, '30m': 1 })
    )
    expect(fired).toMatchObject({
      status: 'FREEZE',
      reasons: [
        'fast burn: burn rate 20.0x over 1h and 30.0x over 5m exceed 14.4x (at least FREEZE)'
      ]
    })
    expect(fired.tiers.map(t => t.fired)).toEqual([true, false])
  })

  it('the allowed error ratio of a target', () => {
    expect(allowedErrorRatio(99.9)).toBeCloseTo(0.001, 12)
    expect(allowedErrorRatio(100)).toBe(0)
  })
})

describe('the checks of an SLO', () => {
  const base = {
    window: '30d',
    burnTierLevels: ['page'],
    fastBurnThreshold: 'auto',
    slowBurnThreshold: 'auto'
  } as unknown as SloSpec

  it('built-in tiers on the nominal window; a calendar window counts its whole period', () => {
    expect(windowSeconds(base)).toBe(30 * DAY)
    const calendar = { ...base, calendar: { start: 0, end: 31 * DAY * 1000 } } as unknown as SloSpec
    expect(windowSeconds(calendar)).toBe(31 * DAY)
    expect(checksFor(base).map(c => c.threshold)).toEqual([14.4, 6])
    expect(checksFor(calendar).map(c => c.threshold)).toEqual([14.88, 6.2])
  })

  it("an SLO's own tiers replace the built-in ones", () => {
    const own = {
      ...base,
      burnTiers: [
        { name: 'mine', longWindow: '2h', shortWindow: '10m', factor: 3, escalateTo: 'WARNING' }
      ]
    } as unknown as SloSpec
    expect(checksFor(own)).toEqual([
      {
        name: 'mine',
        longWindow: '2h',
        shortWindow: '10m',
        threshold: 3,
        budgetShare: undefined,
        escalateTo: 'WARNING'
      }
    ])
  })
})
