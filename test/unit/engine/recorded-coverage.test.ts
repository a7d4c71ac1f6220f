/**
 * The proof that recorded series cover a window, from their sample counts per bucket: the counts
 * here are built sample by sample from evaluation instants, as Prometheus would count them.
 */
import {
  describeCoverage,
  MAX_MISSING_SHARE,
  probeSpan,
  proveCoverage,
  type Coverage,
  type ProbeSpan
} from '../../../src/engine/recorded-coverage.js'

const END = Date.parse('2026-12-01T12:00:00Z') / 1000
const DAY = 86400
const FIVE_MINUTES = { maxGapSeconds: 300 }

/**
 * The counts per bucket of a series evaluated every `interval` seconds (17 s past each multiple,
 * as a rule group's offset puts it) from `from` to `to` seconds before END, except at the ages
 * (seconds before END) that `skip` refuses. Bucket k holds the ages in
 * [(buckets - 1 - k) * b, (buckets - k) * b).
 */
function counts(
  span: ProbeSpan,
  interval: number,
  options: { from?: number; to?: number; skip?: (age: number) => boolean } = {}
): number[] {
  const out = new Array<number>(span.buckets).fill(0)
  const from = options.from ?? span.buckets * span.bucketSeconds + 3600
  for (let t = Math.ceil((END - from) / interval) * interval + 17; t <= END; t += interval) {
    const age = END - t
    if (age < (options.to ?? 0) || age > from || options.skip?.(age)) continue
    const k = span.buckets - 1 - Math.floor(age / span.bucketSeconds)
    if (k >= 0) out[k]++
  }
  return out
}
/** Skips the one sample nearest each of these ages. */
const near =
  (...ages: number[]) =>
  (age: number): boolean =>
    ages.some(a => Math.abs(age - a) < 30)

const span30d = probeSpan(END, 30 * DAY)
/** The day from 11 to 10 days before END without a sample, at one a minute. */
const DAY_GAP = {
  kind: 'gap',
  from: END - 11 * DAY,
  to: END - 10 * DAY,
  missing: 1440,
  expected: 1440
} as const

describe('the probe span', () => {
  it.each([
    ['a 30d window: 720 buckets of an hour', 30 * DAY, 3600, 720],
    ['a 1d window: 24 buckets of an hour', DAY, 3600, 24],
    ['a 90-minute window: 2 buckets (the oldest reaches back before the window)', 5400, 3600, 2],
    ['a quarter (92d): 3-hour buckets, no more than the cap', 92 * DAY, 3 * 3600, 736]
  ])('%s', (_name, seconds, bucket, buckets) => {
    expect(probeSpan(END, seconds)).toEqual({ end: END, bucketSeconds: bucket, buckets })
  })
})

describe('proveCoverage', () => {
  const cases: [string, number[], Coverage['kind'], Partial<Record<string, number>>?][] = [
    ['rules evaluated every minute for the whole window are proven', counts(span30d, 60), 'proven'],
    [
      'three missed evaluations a month (Prometheus restarts) are within the tolerance',
      counts(span30d, 60, { skip: near(3 * DAY, 9 * DAY + 600, 20 * DAY) }),
      'proven'
    ],
    [
      'a day without samples in the middle is a gap of 24 hours',
      counts(span30d, 60, { skip: s => s > 10 * DAY && s <= 11 * DAY }),
      'gap'
    ],
    [
      'six minutes without samples are longer than the 5m rate window: a gap',
      counts(span30d, 60, { skip: s => s > 5 * DAY && s <= 5 * DAY + 360 }),
      'gap'
    ],
    [
      'rules that stopped two days ago are told as stopped',
      counts(span30d, 60, { to: 2 * DAY }),
      'stopped'
    ],
    [
      'rules that began inside the window do not reach back over it',
      counts(span30d, 60, { from: 20 * DAY }),
      'short'
    ],
    [
      'rules evaluated every 10 minutes over a 5m rate never see half of the events',
      counts(span30d, 600),
      'sparse'
    ],
    [
      'a 70s interval (51 or 52 samples an hour) is complete, not missing samples',
      counts(span30d, 70),
      'proven'
    ],
    ['so is a 71s interval (50 or 51 an hour)', counts(span30d, 71), 'proven'],
    [
      'a 1m ruler that misses an evaluation in a third of the hours misses too many samples',
      counts(span30d, 60, { skip: age => age % (3 * 3600) < 60 }),
      'missing'
    ]
  ]
  it.each(cases)('%s', (_name, found, kind) => {
    expect(proveCoverage(found, span30d, FIVE_MINUTES).kind).toBe(kind)
  })

  it('a day missing from two days at 5m is a gap, not a slower interval (its edge buckets are short)', () => {
    const span = probeSpan(END, 2 * DAY)
    // One sample of the gap's oldest edge bucket is missing too: 23 buckets of 12, one of 11.
    const found = counts(span, 300, { skip: age => age > 12 * 3600 && age <= 36 * 3600 + 300 })
    expect(proveCoverage(found, span, FIVE_MINUTES)).toMatchObject({ kind: 'gap', gaps: 0 })
    // Missed evaluations in a third of the hours at 5m: each leaves 10 minutes without a sample.
    const flaky = counts(span, 300, { skip: age => age % (3 * 3600) < 300 })
    expect(proveCoverage(flaky, span, FIVE_MINUTES).kind).toBe('gap')
  })

  it('places a gap in time and counts what it misses', () => {
    const found = counts(span30d, 60, { skip: s => s > 10 * DAY && s <= 11 * DAY })
    expect(proveCoverage(found, span30d, FIVE_MINUTES)).toEqual({ ...DAY_GAP, gaps: 0 })
  })

  it('says when the rules stopped, to the minute, and since when short rules go back', () => {
    const stopped = proveCoverage(counts(span30d, 60, { to: 2 * DAY }), span30d, FIVE_MINUTES)
    expect(stopped).toEqual({ kind: 'stopped', at: END - 2 * DAY })
    const short = proveCoverage(counts(span30d, 60, { from: 20 * DAY }), span30d, FIVE_MINUTES)
    expect(short.kind === 'short' && END - short.since).toBeGreaterThan(20 * DAY - 120)
    expect(short.kind === 'short' && END - short.since).toBeLessThanOrEqual(20 * DAY)
  })

  it(`tolerates at most ${MAX_MISSING_SHARE * 100} % missing samples, each gap shorter than the rate window`, () => {
    const expected = 720 * 60
    const allowed = Math.floor(MAX_MISSING_SHARE * expected)
    const missing = (n: number) =>
      counts(span30d, 60, { skip: near(...Array.from({ length: n }, (_, i) => (i + 1) * 2 * DAY)) })
    expect(proveCoverage(missing(allowed), span30d, FIVE_MINUTES)).toMatchObject({
      kind: 'proven',
      missing: allowed
    })
    expect(proveCoverage(missing(allowed + 1), span30d, FIVE_MINUTES)).toMatchObject({
      kind: 'missing',
      missing: allowed + 1
    })
  })

  it('one interval of lag at the end is the rules running, not stopping', () => {
    const lagging = counts(span30d, 300, { to: 290 })
    expect(proveCoverage(lagging, span30d, FIVE_MINUTES).kind).toBe('proven')
    const stopped = counts(span30d, 300, { to: 610 })
    expect(proveCoverage(stopped, span30d, FIVE_MINUTES).kind).toBe('stopped')
  })

  it("only the edges count for Pyrra's period increase (each sample covers the whole period)", () => {
    const gap = counts(span30d, 150, { skip: s => s > 10 * DAY && s <= 11 * DAY })
    const edges = { maxGapSeconds: 300, edgesOnly: true }
    expect(proveCoverage(gap, span30d, edges).kind).toBe('proven')
    expect(proveCoverage(counts(span30d, 150, { to: 2 * DAY }), span30d, edges).kind).toBe(
      'stopped'
    )
  })

  it('no sample at all is absent', () => {
    expect(proveCoverage(new Array(720).fill(0), span30d, FIVE_MINUTES)).toEqual({
      kind: 'absent'
    })
  })
})

describe('describeCoverage', () => {
  it.each([
    [
      { ...DAY_GAP, gaps: 2 },
      /^have a gap of 24\.0 h at 2026-11-20T12:00:00Z \(1440 of 1440 samples missing until 2026-11-21T12:00:00Z\) and 2 more gaps, longer than their 5m rate window: the events in it are unknown$/
    ],
    [
      { kind: 'stopped', at: END - 2 * DAY },
      /^stop at 2026-11-29T12:00:00Z, 48\.0 h before the evaluation: their rules no longer run/
    ],
    [
      { kind: 'short', since: END - 20 * DAY },
      /^go back only to 2026-11-11T12:00:00Z \(20\.0 days of the 30d window\)$/
    ],
    [
      { kind: 'sparse', intervalSeconds: 600 },
      /^are recorded every 10m, less often than their 5m rate window/
    ],
    [
      { kind: 'missing', missing: 9, expected: 43200, gaps: 9 },
      /^miss 9 of 43200 samples over the 30d window \(in 9 short gaps\), more than the 0\.01 % the gate tolerates$/
    ]
  ] as const)('%j', (coverage, text) => {
    expect(describeCoverage(coverage, '30d', END, FIVE_MINUTES)).toMatch(text)
  })
})

/** Cases that mutation testing (npm run mutate) showed the tests above did not pin down. */
describe('proveCoverage, to the sample', () => {
  const span1d = probeSpan(END, DAY)
  const span2h = probeSpan(END, 2 * 3600)

  it('a tie between two counts takes the larger as complete: a half-empty bucket is missing samples', () => {
    // The last hour half empty: stopped, not "a 2m interval, complete".
    expect(proveCoverage([60, 30], span2h, FIVE_MINUTES)).toEqual({
      kind: 'stopped',
      at: END - 1800
    })
    // The first hour half empty: the series began in it.
    expect(proveCoverage([30, 60], span2h, FIVE_MINUTES)).toEqual({
      kind: 'short',
      since: END - 3600 - 1800
    })
  })

  it('a 70s interval is inferred exactly, from the counts near the most frequent one only', () => {
    expect(proveCoverage(counts(span1d, 70), span1d, FIVE_MINUTES)).toEqual({
      kind: 'proven',
      intervalSeconds: 70,
      missing: 0,
      expected: 24 * 51
    })
    // An hour with 24 of its 51 or 52 samples, 6 hours ago: a gap of 27 samples, measured on 51.
    const partial = counts(span1d, 70, { skip: a => a > 6 * 3600 && a <= 6 * 3600 + 1900 })
    expect(proveCoverage(partial, span1d, FIVE_MINUTES)).toEqual({
      kind: 'gap',
      from: END - 7 * 3600,
      to: END - 6 * 3600,
      missing: 27,
      expected: 51,
      gaps: 0
    })
    // An hour without a sample at 70s: a gap, not a slower interval.
    const empty = counts(span1d, 70, { skip: a => a > 6 * 3600 && a <= 7 * 3600 })
    expect(proveCoverage(empty, span1d, FIVE_MINUTES)).toEqual({
      kind: 'gap',
      from: END - 7 * 3600,
      to: END - 6 * 3600,
      missing: 51,
      expected: 51,
      gaps: 0
    })
  })

  it('a day without samples at 70s over 30 days is a gap', () => {
    const found = counts(span30d, 70, { skip: s => s > 10 * DAY && s <= 11 * DAY })
    expect(proveCoverage(found, span30d, FIVE_MINUTES)).toEqual({
      ...DAY_GAP,
      missing: 24 * 51,
      expected: 24 * 51,
      gaps: 0
    })
  })

  it('when a stop or a start falls inside an hour, its minute is told', () => {
    const stopped = counts(span30d, 60, { to: 2 * DAY + 1800 })
    expect(proveCoverage(stopped, span30d, FIVE_MINUTES)).toEqual({
      kind: 'stopped',
      at: END - 2 * DAY - 1800
    })
    const short = counts(span30d, 60, { from: 20 * DAY - 1800 })
    expect(proveCoverage(short, span30d, FIVE_MINUTES)).toEqual({
      kind: 'short',
      since: END - 20 * DAY + 1800
    })
  })

  it('of several gaps the largest is told, whatever their order', () => {
    // An hour 5 days ago (newer) and the day 10 to 11 days ago (older, larger).
    const found = counts(span30d, 60, {
      skip: a => (a > 5 * DAY && a <= 5 * DAY + 3600) || (a > 10 * DAY && a <= 11 * DAY)
    })
    expect(proveCoverage(found, span30d, FIVE_MINUTES)).toEqual({ ...DAY_GAP, gaps: 1 })
    // An hour 20 days ago (older) and the same day (newer, larger).
    const reversed = counts(span30d, 60, {
      skip: a => (a > 20 * DAY && a <= 20 * DAY + 3600) || (a > 10 * DAY && a <= 11 * DAY)
    })
    expect(proveCoverage(reversed, span30d, FIVE_MINUTES)).toEqual({ ...DAY_GAP, gaps: 1 })
  })

  it('counts for fewer buckets than the span are its newest ones', () => {
    const found = counts(span30d, 60, { skip: s => s > 10 * DAY && s <= 11 * DAY })
    expect(proveCoverage(found.slice(100), span30d, FIVE_MINUTES)).toEqual({
      ...DAY_GAP,
      gaps: 0
    })
  })

  it('exactly one sample in 10,000 missing is still within the tolerance', () => {
    const span = probeSpan(END, 500 * 3600)
    const found = counts(span, 60, { skip: near(DAY, 3 * DAY, 5 * DAY) })
    expect(proveCoverage(found, span, FIVE_MINUTES)).toEqual({
      kind: 'proven',
      intervalSeconds: 60,
      missing: 3,
      expected: 30000
    })
  })
})

describe('describeCoverage, the count of further gaps', () => {
  it.each([
    [0, /missing until 2026-11-21T12:00:00Z\), longer than/],
    [1, /missing until 2026-11-21T12:00:00Z\) and 1 more gap, longer than/]
  ])('%i more', (gaps, text) => {
    expect(describeCoverage({ ...DAY_GAP, gaps }, '30d', END, FIVE_MINUTES)).toMatch(text)
  })
})
