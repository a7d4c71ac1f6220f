/** Calendar periods in IANA zones, around daylight-saving changes (instants from the tz rules). */
import { isTimeZone, periodAt, startOfLocalDay } from '../../../src/engine/calendar.js'

const utc = (text: string) => Date.parse(text)
const period = (unit: 'month' | 'quarter' | 'week', zone: string, at: string) => {
  const p = periodAt(unit, zone, new Date(at))
  return [
    new Date(p.start).toISOString(),
    new Date(p.end).toISOString(),
    (p.end - p.start) / 3600000
  ]
}

describe('calendar periods', () => {
  it.each([
    // Europe/Berlin leaves summer time on 2026-10-25: October has 745 hours, March 743.
    [
      'month',
      'Europe/Berlin',
      '2026-10-15T12:00:00Z',
      '2026-09-30T22:00:00.000Z',
      '2026-10-31T23:00:00.000Z',
      745
    ],
    [
      'month',
      'Europe/Berlin',
      '2026-03-15T12:00:00Z',
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
      743
    ],
    // One second before and at the local midnight that starts November.
    [
      'month',
      'Europe/Berlin',
      '2026-10-31T22:59:59Z',
      '2026-09-30T22:00:00.000Z',
      '2026-10-31T23:00:00.000Z',
      745
    ],
    [
      'month',
      'Europe/Berlin',
      '2026-10-31T23:00:00Z',
      '2026-10-31T23:00:00.000Z',
      '2026-11-30T23:00:00.000Z',
      720
    ],
    [
      'month',
      'UTC',
      '2026-12-31T23:59:59Z',
      '2026-12-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
      744
    ],
    // A quarter across the year end, in New York (EDT in October, EST in January).
    [
      'quarter',
      'America/New_York',
      '2026-11-20T12:00:00Z',
      '2026-10-01T04:00:00.000Z',
      '2027-01-01T05:00:00.000Z',
      2209
    ],
    [
      'quarter',
      'Asia/Kathmandu',
      '2026-01-01T00:00:00Z',
      '2025-12-31T18:15:00.000Z',
      '2026-03-31T18:15:00.000Z',
      2160
    ],
    // ISO weeks start on Monday 00:00 local: in Tokyo that is Sunday 15:00 UTC.
    [
      'week',
      'Asia/Tokyo',
      '2026-11-29T14:59:59Z',
      '2026-11-22T15:00:00.000Z',
      '2026-11-29T15:00:00.000Z',
      168
    ],
    [
      'week',
      'Asia/Tokyo',
      '2026-11-29T15:00:00Z',
      '2026-11-29T15:00:00.000Z',
      '2026-12-06T15:00:00.000Z',
      168
    ],
    // A week holding the change to summer time is an hour short.
    [
      'week',
      'Europe/Berlin',
      '2026-03-27T12:00:00Z',
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      167
    ],
    // Lord Howe Island moves its clocks by half an hour.
    [
      'quarter',
      'Australia/Lord_Howe',
      '2026-12-01T00:00:00Z',
      '2026-09-30T13:30:00.000Z',
      '2026-12-31T13:00:00.000Z',
      2207.5
    ]
  ] as const)('%s in %s at %s: %s to %s (%d h)', (unit, zone, at, start, end, hours) => {
    expect(period(unit, zone, at)).toEqual([start, end, hours])
  })

  it('a local midnight that does not exist starts the day at the change (Asuncion, 2017-10-01)', () => {
    // Paraguay went from -04 to -03 at 00:00 on 2017-10-01: the day began at 01:00 -03.
    expect(new Date(startOfLocalDay(2017, 10, 1, 'America/Asuncion')).toISOString()).toBe(
      '2017-10-01T04:00:00.000Z'
    )
    expect(period('month', 'America/Asuncion', '2017-10-15T00:00:00Z')).toEqual([
      '2017-10-01T04:00:00.000Z',
      '2017-11-01T03:00:00.000Z',
      743
    ])
  })

  it('a local day that was skipped (Apia, 2011-12-30) starts with the next one', () => {
    expect(startOfLocalDay(2011, 12, 30, 'Pacific/Apia')).toBe(utc('2011-12-30T10:00:00Z'))
    expect(startOfLocalDay(2011, 12, 31, 'Pacific/Apia')).toBe(utc('2011-12-30T10:00:00Z'))
  })

  it('knows IANA zones and refuses other names', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('Europe/Bonn')).toBe(false)
    expect(isTimeZone('CEST+2')).toBe(false)
  })
})
