/**
 * Incidents from the daily points, when an SLO needs a postmortem, and when a closed postmortem's
 * incident is over ("once per incident"): synthetic points whose every figure is stated here.
 */
import type { DailyPoint } from '../../../src/engine/daily.js'
import {
  incidentsOf,
  isNewCause,
  postmortemCause,
  type PostmortemCause
} from '../../../src/engine/incidents.js'
import type { SloResult } from '../../../src/engine/result.js'

const DAY = 86400
const WINDOW = 30 * DAY
const START = Date.parse('2026-11-01T00:00:00Z')
const at = (day: number): Date => new Date(START + day * DAY * 1000)

/** Points at the end of each day from the spend of each day (percentage points of the budget). */
function points(spends: number[]): DailyPoint[] {
  const list: DailyPoint[] = [{ at: at(0), remaining: 100 }]
  spends.forEach((spend, i) => list.push({ at: at(i + 1), remaining: list[i].remaining - spend }))
  return list
}

/** 30 quiet days (1 point a day, burn 0.3) with some days replaced. */
const days = (changes: Record<number, number> = {}): number[] =>
  Array.from({ length: 30 }, (_, i) => changes[i] ?? 1)

const slo = (series: DailyPoint[]): SloResult =>
  ({
    name: 'checkout',
    budgetRemaining: series.at(-1)!.remaining,
    daily: { points: series, notes: [] }
  }) as unknown as SloResult

describe('incidentsOf', () => {
  it('one bad day is one incident: its spend, the budget before and after, its burn', () => {
    const [incident, ...more] = incidentsOf(points(days({ 20: 30 })), WINDOW)
    expect(more).toEqual([])
    expect(incident).toEqual({
      start: at(20),
      end: at(21),
      before: 80,
      after: 50,
      spent: 30,
      // 30 % of a 30-day budget in one day.
      burn: expect.closeTo(9, 10)
    })
  })

  it('consecutive burning days are one incident; a quiet day in between makes two', () => {
    const joined = incidentsOf(points(days({ 10: 8, 11: 8 })), WINDOW)
    expect(joined.map(i => [i.start, i.end, i.spent])).toEqual([[at(10), at(12), 16]])
    const apart = incidentsOf(points(days({ 10: 8, 12: 8 })), WINDOW)
    expect(apart.map(i => [i.start, i.end])).toEqual([
      [at(10), at(11)],
      [at(12), at(13)]
    ])
  })

  it('a day at exactly the budget rate (burn 1) is no incident; a step of no length is skipped', () => {
    expect(incidentsOf(points(days({ 5: 100 / 30 })), WINDOW)).toEqual([])
    const series = points(days())
    series.push({ at: series.at(-1)!.at, remaining: series.at(-1)!.remaining - 50 })
    expect(incidentsOf(series, WINDOW)).toEqual([])
  })
})

describe('postmortemCause', () => {
  const time = at(30)

  it('an incident over the threshold: the latest one, as "incident"', () => {
    const cause = postmortemCause(slo(points(days({ 3: 25, 20: 21 }))), 20, WINDOW, time)
    expect(cause).toMatchObject({ kind: 'incident', wholeWindow: false })
    expect(cause!.incident.start).toEqual(at(20))
    expect(cause!.incident.spent).toBe(21)
  })

  it('an incident of the threshold or less needs none', () => {
    expect(postmortemCause(slo(points(days({ 20: 20 }))), 20, WINDOW, time)).toBeUndefined()
  })

  it('an exhausted budget needs one, with its incident when there was one', () => {
    const cause = postmortemCause(slo(points(days({ 20: 80 }))), 20, WINDOW, time)
    expect(cause).toMatchObject({ kind: 'exhausted', wholeWindow: false })
    // 80 left after 20 quiet days, none after the incident, 9 days more at 1 point a day.
    expect([cause!.incident.before, cause!.incident.after]).toEqual([80, 0])
    expect(cause!.incident.end).toEqual(at(21))
  })

  it('an exhausted budget spent evenly is one incident the length of the window', () => {
    const cause = postmortemCause(slo(points(days().map(() => 5))), 20, WINDOW, time)!
    expect(cause.kind).toBe('exhausted')
    expect([cause.incident.start, cause.incident.end, cause.incident.spent]).toEqual([
      at(0),
      at(30),
      150
    ])
    expect(cause.incident.burn).toBeCloseTo(1.5, 10)
  })

  it('exhausted without daily points (chart off): the whole window up to now', () => {
    const bare = { name: 'x', budgetRemaining: -20 } as unknown as SloResult
    expect(postmortemCause(bare, 20, WINDOW, time)).toEqual({
      kind: 'exhausted',
      wholeWindow: true,
      incident: { start: at(0), end: time, before: 100, after: -20, spent: 120, burn: 1.2 }
    })
  })

  it('an unknown budget needs none', () => {
    const unknown = { name: 'x', budgetRemaining: null } as unknown as SloResult
    expect(postmortemCause(unknown, 20, WINDOW, time)).toBeUndefined()
  })
})

describe('isNewCause: a closed postmortem, and whether this is another incident', () => {
  const incident = (start: number, end: number): PostmortemCause => ({
    kind: 'incident',
    wholeWindow: false,
    incident: { start: at(start), end: at(end), before: 0, after: 0, spent: 30, burn: 9 }
  })
  const exhausted: PostmortemCause = { ...incident(0, 30), kind: 'exhausted' }
  const recorded = (kind: 'incident' | 'exhausted', start: number, end: number) => ({
    kind,
    start: at(start),
    end: at(end)
  })

  it.each([
    ['the same incident, seen from a later day (steps shifted: starts earlier)', false, 19, 21],
    ['an incident that began when the recorded one ended', true, 21, 22],
    ['a later incident', true, 25, 26]
  ])('%s: new=%s', (_what, expected, start, end) => {
    expect(isNewCause(incident(start, end), recorded('incident', 20, 21), undefined)).toBe(expected)
  })

  it('exhausted: new only once the budget was back above 0 after the recorded end', () => {
    // 5 points a day: 0 left at day 20, -50 at day 30.
    const series = points(days().map(() => 5))
    expect(isNewCause(exhausted, recorded('exhausted', 0, 10), series)).toBe(true)
    expect(isNewCause(exhausted, recorded('exhausted', 0, 20), series)).toBe(false)
    expect(isNewCause(exhausted, recorded('exhausted', 0, 25), series)).toBe(false)
  })

  it('exhausted: a recorded end older than the window is over; no points cannot tell, so not new', () => {
    const series = points(days().map(() => 5))
    expect(isNewCause(exhausted, recorded('incident', -40, -35), series)).toBe(true)
    expect(isNewCause(exhausted, recorded('exhausted', -40, -35), undefined)).toBe(false)
  })
})
