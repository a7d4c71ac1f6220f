/** The burn-down chart's days: the plan of the range query, the maths, and that it never decides. */
import {
  dailyBudget,
  isDrawable,
  planDaily,
  readMatrix,
  type DailyPlan
} from '../../../src/engine/daily.js'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { sloFromInputs } from '../../../src/engine/slo.js'
import { PrometheusError } from '../../../src/prometheus/api.js'
import { renderSummary } from '../../../src/channels/report.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'

const DAY = 86400000
const NOW = new Date('2026-12-01T12:00:00Z')
const slo = (extra: Record<string, string> = {}) =>
  sloFromInputs(
    name =>
      ({ error_query: 'errors[{{window}}]', total_query: 'total[{{window}}]', ...extra })[name] ??
      ''
  )
const plan = (p: ReturnType<typeof planDaily>): DailyPlan => {
  if ('unavailable' in p) throw new Error(p.unavailable)
  return p
}

describe('planDaily', () => {
  it('asks increase over one day, every day, aligned to the window start (now - window)', () => {
    const p = plan(planDaily(slo(), NOW))
    expect(p.start).toEqual(new Date(NOW.getTime() - 30 * DAY))
    expect(p.count).toBe(30)
    expect(p.query!.promql).toBe('errors[1d]')
    expect(p.query!.range).toEqual({
      start: new Date(NOW.getTime() - 29 * DAY),
      end: NOW,
      stepSeconds: 86400
    })
  })

  it('takes a window start given to it (the hook for calendar windows)', () => {
    const start = new Date('2026-12-01T00:00:00Z')
    const later = new Date('2026-12-03T06:00:00Z')
    const p = plan(planDaily(slo(), later, start))
    expect(p.count).toBe(2)
    expect(p.query!.range.start).toEqual(new Date('2026-12-02T00:00:00Z'))
    expect(p.query!.range.end).toEqual(new Date('2026-12-03T00:00:00Z'))
  })

  it.each([
    ['90d', 86400, 90, 'errors[1d]'],
    ['365d', 5 * 86400, 73, 'errors[5d]'],
    ['1d12h', 86400, 1, 'errors[1d]']
  ])('a %s window: steps of %d s, %d of them, %s', (window, step, count, promql) => {
    const p = plan(planDaily(slo({ time_window: window }), NOW))
    expect([p.stepSeconds, p.count, p.query!.promql]).toEqual([step, count, promql])
  })

  it('needs no range query for a window shorter than a day', () => {
    const p = plan(planDaily(slo({ time_window: '12h' }), NOW))
    expect(p.query).toBeUndefined()
    const daily = dailyBudget(p, new Map(), { target: 99.9, remaining: 42, total: 10 }, NOW)
    expect(daily).toEqual({
      points: [
        { at: new Date(NOW.getTime() - DAY / 2), remaining: 100 },
        { at: NOW, remaining: 42 }
      ],
      notes: []
    })
  })

  it('refuses a raw error-ratio SLI: its days cannot be added up', () => {
    // As the specs build a Sloth sli.raw: errors = the ratio, total = vector(1).
    const raw = { ...slo(), errorQuery: 'ratio[{{window}}]', totalQuery: 'vector(1)' }
    expect(planDaily(raw, NOW)).toEqual({
      unavailable: expect.stringMatching(/error ratio, not event counts/)
    })
  })
})

describe('readMatrix and dailyBudget', () => {
  const p = plan(planDaily(slo(), NOW))
  const at = (day: number): number => (p.start.getTime() + day * DAY) / 1000

  it('maps each sample to its day, and refuses several series or a NaN', () => {
    const answer = readMatrix(
      [
        {
          values: [
            [at(1), '5'],
            [at(3) + 0.001, '7']
          ]
        }
      ],
      p.query!
    )
    expect(answer).toEqual({
      ok: true,
      errors: new Map([
        [1, 5],
        [3, 7]
      ])
    })
    expect(readMatrix([{ values: [] }, { values: [] }], p.query!)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /2 series per day where one is expected \(wrap it in sum\(\)\)/
      )
    })
    expect(readMatrix([{ values: [[at(1), 'NaN']] }], p.query!)).toMatchObject({ ok: false })
    // Steps moved off the window's days (an engine aligning them to the step) or beyond them.
    for (const moved of [at(2) - 6 * 3600, at(31), at(0)]) {
      expect(readMatrix([{ values: [[moved, '1']] }], p.query!)).toEqual({
        ok: false,
        message: expect.stringMatching(/not at the end of a day of the window/)
      })
    }
  })

  it('counts the days against the whole window, and ends on the decision figure', () => {
    const errors = new Map(Array.from({ length: 30 }, (_, i) => [i + 1, 600]))
    const answers = new Map([[p.query!.key, { ok: true as const, errors }]])
    const daily = dailyBudget(p, answers, { target: 99.9, remaining: 40.004, total: 30e6 }, NOW)
    if (!isDrawable(daily)) throw new Error(daily.unavailable)
    expect(daily.points).toHaveLength(31)
    expect(daily.points[0]).toEqual({ at: p.start, remaining: 100 })
    daily.points
      .slice(1, 30)
      .forEach((point, i) => expect(point.remaining).toBeCloseTo(98 - 2 * i, 9))
    // The last point is the instant figure the gate decided on, not the sum of the days.
    expect(daily.points[30]).toEqual({ at: NOW, remaining: 40.004 })
  })

  it('counts days without a sample as no errors, and says so', () => {
    const answers = new Map([[p.query!.key, { ok: true as const, errors: new Map([[30, 600]]) }]])
    const daily = dailyBudget(p, answers, { target: 99.9, remaining: 98, total: 30e6 }, NOW)
    expect(isDrawable(daily) && daily.notes).toEqual([
      'no data for 29 of the 30 days; counted as no errors'
    ])
  })

  it('has no chart when the budget is unknown or the range query failed', () => {
    const failed = new Map([[p.query!.key, { ok: false as const, message: 'HTTP 503' }]])
    expect(dailyBudget(p, failed, { target: 99.9, remaining: 50, total: 1 }, NOW)).toEqual({
      unavailable: 'the daily range query failed: HTTP 503'
    })
    expect(dailyBudget(p, failed, { target: 99.9, remaining: null, total: null }, NOW)).toEqual({
      unavailable: 'the budget is unknown'
    })
  })
})

describe('evaluateGate with the chart', () => {
  const linear = dayModel(() => 600)

  it('adds one range query per distinct error query, never for the total query', async () => {
    const client = fakeClient(linear)
    // The budget blocks: without the forecast's range queries, the chart's stand alone.
    const config = fakeConfig({ forecast: 'false' })
    // Two SLOs on the same queries and window share the range query.
    config.slos = [config.slos[0], { ...config.slos[0], name: 'twin' }]
    const result = await evaluateGate(config, { client })
    expect(client.ranges.map(r => r.query)).toEqual(['errors[1d]'])
    // Errors, totals, the coverage check of the totals, and the one range query.
    expect(result.requestCount).toBe(4)
    for (const s of result.slos) {
      expect(isDrawable(s.daily) && s.daily.points.at(-1)!.remaining).toBe(s.budgetRemaining)
    }
  })

  it('sends the range query at the same time as the decision queries', async () => {
    const client = fakeClient({ ...linear, delayMs: 50 })
    await evaluateGate(fakeConfig(), { client })
    // Errors, totals, the coverage check and the range query, all at once.
    expect(client.maxInFlight).toBe(4)
  })

  it('keeps to max_concurrency, with the range query queued behind the decision queries', async () => {
    const client = fakeClient({ ...linear, delayMs: 5 })
    await evaluateGate(fakeConfig({ max_concurrency: '1', forecast: 'false' }), {
      client
    })
    expect(client.maxInFlight).toBe(1)
    expect(client.asked.at(-1)).toBe('errors[1d]')
  })

  it('sends no range query with chart: false', async () => {
    const client = fakeClient(linear)
    const result = await evaluateGate(fakeConfig({ chart: 'false', forecast: 'false' }), {
      client
    })
    expect(client.ranges).toEqual([])
    // Errors, totals and the coverage check.
    expect(result.requestCount).toBe(3)
    expect(result.worst.daily).toBeUndefined()
    expect(renderSummary(result)).not.toContain('mermaid')
  })

  const overloaded = (): number => {
    throw new PrometheusError('HTTP 503: overloaded', 'http', 503)
  }
  it.each([
    ['the range query fails', true, /the daily range query failed: HTTP 503: overloaded/],
    ['the client has no range queries', false, /the query client has no range queries/]
  ])('never changes the decision when %s: the summary says why', async (_, ranges, reason) => {
    const withChart = fakeClient({ ...linear, range: overloaded }, ranges)
    const broken = await evaluateGate(fakeConfig({ warning_threshold: '50' }), {
      client: withChart
    })
    const plain = await evaluateGate(fakeConfig({ chart: 'false' }), { client: fakeClient(linear) })
    expect([broken.status, broken.canDeploy, broken.blocked, broken.reasons]).toEqual([
      plain.status,
      plain.canDeploy,
      plain.blocked,
      plain.reasons
    ])
    expect(broken.status).toBe('WARNING')
    expect(broken.worst.daily).toEqual({ unavailable: expect.stringMatching(reason) })
    expect(renderSummary(broken)).toMatch(/No chart for default: .*\. The status stands\./)
  })
})
