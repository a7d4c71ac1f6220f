/**
 * Calendar windows (month, quarter, ISO week) in time zones other than UTC, against a Prometheus
 * and a VictoriaMetrics holding 100 days of the scenario data (a quarter is up to 92). The expected
 * period bounds come from a brute-force scan of local dates, not from the code under test.
 */
import type { GateResult } from '../../src/engine/result.js'
import { evaluateWith, remainingFor } from '../helpers/evaluate.js'
import { createTestPrometheus, type TestPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { expectedEvents } from '../helpers/scenarios.js'
import { createTestVictoriaMetrics, type TestVictoriaMetrics } from '../helpers/victoria-metrics.js'

const DAYS = 100
let prometheus: TestPrometheus
let vm: TestVictoriaMetrics
const endTime = Math.floor(Date.now() / 60000) * 60

beforeAll(async () => {
  ;[prometheus, vm] = await Promise.all([
    createTestPrometheus(endTime, DAYS),
    createTestVictoriaMetrics(endTime, DAYS)
  ])
}, 120000)
afterAll(async () => Promise.all([prometheus?.stop(), vm?.stop()]))

/** The local calendar date at an instant, through toLocaleDateString (not the gate's Intl parts). */
function localDate(seconds: number, timeZone: string): [number, number, number] {
  const text = new Date(seconds * 1000).toLocaleDateString('en-CA', { timeZone })
  const [y, m, d] = text.split('-').map(Number)
  return [y, m, d]
}

/** Which period a local date is in: month, quarter, or ISO week (Monday-based day count). */
function periodKey(unit: string, [y, m, d]: [number, number, number]): number {
  if (unit === 'month') return y * 12 + m
  if (unit === 'quarter') return y * 4 + Math.floor((m - 1) / 3)
  return Math.floor((Date.UTC(y, m - 1, d) / 86400000 + 3) / 7)
}

/** The period's start and end by scanning quarter-hours from `time`: every zone offset fits. */
function scanPeriod(unit: string, timeZone: string, time: number): [number, number] {
  const key = periodKey(unit, localDate(time, timeZone))
  const inPeriod = (t: number) => periodKey(unit, localDate(t, timeZone)) === key
  let start = time - (time % 900)
  while (inPeriod(start - 900)) start -= 900
  let end = start + 900
  while (inPeriod(end)) end += 900
  return [start, end]
}

const cases = [
  ['month', 'Europe/Berlin', 'caution'],
  ['quarter', 'America/New_York', 'oldoutage'],
  ['week', 'Asia/Kolkata', 'fastburn']
] as const

/**
 * Older data is sampled every 10 minutes, and a period starts between two samples: Prometheus
 * extrapolates increase() to the range start, VictoriaMetrics takes the sample before it as the
 * base. Either way the count is off by at most one sample step.
 */
const SLACK_SECONDS = 600

describe.each([
  ['Prometheus', () => prometheus.url],
  ['VictoriaMetrics', () => vm.url]
])('calendar windows on %s', (_engine, url) => {
  function gate(inputs: Record<string, string>): Promise<GateResult> {
    return evaluateWith({ prometheus_url: url(), evaluation_time: String(endTime), ...inputs })
  }

  it.each(cases)(
    'a %s in %s counts from the period start to now (%s)',
    async (unit, timeZone, service) => {
      const [start, end] = scanPeriod(unit, timeZone, endTime)
      const result = await gate({
        ...serviceQueries(service),
        time_window: unit,
        time_zone: timeZone
      })
      const slo = result.worst
      const elapsed = endTime - start
      const main = slo.windows[0]
      expect(main.window).toBe(`${elapsed}s`)
      const model = expectedEvents(service, elapsed)
      const rate = model.total / elapsed
      expect(Math.abs(main.total! - model.total)).toBeLessThanOrEqual(rate * SLACK_SECONDS)
      const ratio = model.errors / model.total
      expect(Math.abs(slo.errorRatio! - ratio)).toBeLessThanOrEqual(ratio * 0.01)
      expect(slo.budgetRemaining!).toBeCloseTo(remainingFor(model.errors / model.total), 0)
      expect(slo.window).toBe(`${unit} (${timeZone})`)
      expect(slo.period).toMatchObject({
        unit,
        timeZone,
        start: new Date(start * 1000).toISOString().replace('.000Z', 'Z'),
        end: new Date(end * 1000).toISOString().replace('.000Z', 'Z'),
        hours: (end - start) / 3600,
        early: elapsed < 86400
      })
      expect(slo.period!.daysLeft).toBeCloseTo((end - endTime) / 86400, 6)
      expect(slo.period!.lastsToEnd).toBe(slo.daysToExhaustion! >= (end - endTime) / 86400)
      // Burn factors use the period's length: 2 % of it in one hour.
      expect(slo.tiers[0].check.threshold).toBeCloseTo((0.02 * (end - start)) / 3600, 6)
      // The budget's reason (a fast burn that set FREEZE comes before it).
      expect(result.reasons.find(r => r.includes('of the error budget left'))).toContain(
        `left over the ${unit} to date (${elapsed}s since ${slo.period!.start}, ${timeZone})`
      )
    }
  )
})
