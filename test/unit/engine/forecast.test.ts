/**
 * The recovery forecast on the fake's 30-day model (1e6 events a day, errorsOnDay(k) bad ones on
 * day k): the instants come from a closed form over the model's hours, never from the code under
 * test; and the forecast never changes the decision, costs two range queries per blocking SLO
 * after the decision's, and says why when it cannot be made.
 */
import { evaluateGate } from '../../../src/engine/evaluate.js'
import {
  gateForecast,
  isForecast,
  unblockThreshold,
  type SloForecast
} from '../../../src/engine/forecast.js'
import { chunksOf, MAX_POINTS } from '../../../src/engine/range-queries.js'
import type { GateResult } from '../../../src/engine/result.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'

const HOUR = 3600_000
const NOW = Date.parse('2026-12-01T12:00:00Z')
const PER_DAY = 1e6
/** The budget of 30 days at 99.9 %: bad events. */
const BUDGET = 0.001 * 30 * PER_DAY

/**
 * The model's forecast, hour by hour: the first whole hour h (1..720) after which the window
 * (NOW - 30d + h, NOW + h] holds no more than half the budget in bad events, the past hours at
 * errorsOnDay/24 and the hours ahead at the last hour's rate (or none if errors stop).
 */
function modelUnblock(errorsOnDay: (day: number) => number, stopped: boolean): number | 'never' {
  const perHour = (hoursBeforeNow: number): number =>
    errorsOnDay(30 - Math.floor(hoursBeforeNow / 24)) / 24
  for (let h = 1; h <= 720; h++) {
    let bad = 0
    for (let j = 0; j < 720 - h; j++) bad += perHour(j)
    bad += stopped ? 0 : h * perHour(0)
    // Strictly above the warning threshold (50 % left) is CAUTION, which does not block.
    if (100 * (1 - bad / BUDGET) > 50 + 1e-9) return h
  }
  return 'never'
}

async function gate(errorsOnDay: (day: number) => number, extra: Record<string, string> = {}) {
  const client = fakeClient(dayModel(errorsOnDay))
  const result = await evaluateGate(fakeConfig({ chart: 'false', ...extra }), { client })
  return { result, client }
}

function forecastOf(result: GateResult): Exclude<SloForecast, { unavailable: string }> {
  const forecast = result.worst.forecast
  if (!isForecast(forecast)) throw new Error(`no forecast: ${forecast?.unavailable}`)
  return forecast
}

const hoursAfterNow = (at: Date | 'never'): number | 'never' =>
  at === 'never' ? 'never' : (at.getTime() - NOW) / HOUR

const steady = () => 600
const incident = (day: number) => (day === 5 ? 20000 : 100)

describe('the recovery forecast', () => {
  it.each([
    ['a steady leak (40 % left): never at this burn, after 5 days if errors stop', steady],
    ['an incident 26 days ago (24 % left): back when it ages out of the window', incident],
    ['a service that recovered yesterday: the same either way', (d: number) => (d < 30 ? 700 : 0)]
  ])('%s, within one step of the model', async (_, errorsOnDay) => {
    const { result } = await gate(errorsOnDay)
    expect(result.blocked).toBe(true)
    const forecast = forecastOf(result)
    expect(forecast.stepSeconds).toBe(3600)
    expect(forecast.threshold).toBe(50)
    expect(forecast.budgetBlocks).toBe(true)
    for (const [recovery, stopped] of [
      [forecast.atCurrentBurn, false],
      [forecast.ifErrorsStop, true]
    ] as const) {
      const expected = modelUnblock(errorsOnDay, stopped)
      const got = hoursAfterNow(recovery.at)
      if (expected === 'never') expect(got).toBe('never')
      else expect(Math.abs((got as number) - expected)).toBeLessThanOrEqual(1)
    }
    expect(forecastOf(result).horizon.getTime()).toBe(NOW + 30 * 24 * HOUR)
  })

  it('gives the gate the same instants, as ISO 8601 at the hour', async () => {
    const { result } = await gate(incident)
    expect(result.forecast).toMatchObject({
      atCurrentBurn: forecastOf(result).atCurrentBurn.at,
      ifErrorsStop: forecastOf(result).ifErrorsStop.at,
      last: { name: 'default' }
    })
  })

  it('never changes the decision, and costs two range queries after the decision', async () => {
    const on = await gate(steady, { max_concurrency: '1' })
    const off = await gate(steady, { forecast: 'false' })
    for (const key of ['status', 'blocked', 'canDeploy', 'reasons'] as const)
      expect(on.result[key]).toEqual(off.result[key])
    expect(off.result.forecast).toBeUndefined()
    expect(off.result.worst.forecast).toBeUndefined()
    expect(on.client.ranges.map(r => r.query)).toEqual(['errors[1h]', 'total[1h]'])
    // Hourly over the 30 days before the evaluation: 720 points, one request each.
    for (const { range } of on.client.ranges) {
      expect(range.stepSeconds).toBe(3600)
      expect(range.end.getTime()).toBe(NOW)
      expect(range.start.getTime()).toBe(NOW - 719 * HOUR)
    }
    // Queued behind the decision's queries (errors, totals, coverage) on the one limiter.
    expect(on.client.asked.slice(-2)).toEqual(['errors[1h]', 'total[1h]'])
    expect(on.result.requestCount).toBe(off.result.requestCount + 2)
  })

  it('sends nothing when nothing blocks', async () => {
    const { result, client } = await gate(() => 100)
    expect(result.blocked).toBe(false)
    expect(client.ranges).toEqual([])
    expect(result.forecast).toBeUndefined()
  })

  it('reads a gap in the traffic as doubt: no forecast, and says why', async () => {
    const model = dayModel(steady)
    const gap = {
      ...model,
      range: (query: string, at: Date) =>
        query.startsWith('total') && at.getTime() === NOW - 200 * HOUR
          ? undefined
          : model.range!(query, at)
    }
    const result = await evaluateGate(fakeConfig({ chart: 'false' }), { client: fakeClient(gap) })
    expect(result.blocked).toBe(true)
    expect(result.worst.forecast).toEqual({
      unavailable: expect.stringMatching(
        /no data for 1 step of the window .*a gap in the data is doubt, not zero events/
      )
    })
    expect(result.forecast).toMatchObject({ atCurrentBurn: 'unknown', ifErrorsStop: 'unknown' })
  })

  it.each([
    ['the range queries fail', fakeClient(dayModel(steady)), /the range query failed: boom/],
    ['the client has no range queries', fakeClient(dayModel(steady), false), /no range queries/]
  ])('says why when %s, and the decision stands', async (_, client, reason) => {
    if (client.queryRange)
      client.queryRange = async () => {
        throw new Error('boom')
      }
    const result = await evaluateGate(fakeConfig({ chart: 'false' }), { client })
    expect(result.status).toBe('WARNING')
    expect(result.blocked).toBe(true)
    expect(result.worst.forecast).toEqual({ unavailable: expect.stringMatching(reason) })
  })

  it('has none for an unknown budget or an error-ratio SLI', async () => {
    const unknown = await evaluateGate(fakeConfig({ chart: 'false' }), {
      client: fakeClient({ instant: () => undefined })
    })
    expect(unknown.status).toBe('ERROR')
    expect(unknown.worst.forecast).toEqual({ unavailable: 'the budget is unknown' })
    // A ratio SLI (from a config file): its total is vector(1).
    const config = fakeConfig({ chart: 'false' })
    config.slos = [{ ...config.slos[0], errorQuery: 'ratio[{{window}}]', totalQuery: 'vector(1)' }]
    const ratio = await evaluateGate(config, {
      client: fakeClient({ instant: q => (q === 'vector(1)' ? 1 : 0.0006) })
    })
    expect(ratio.blocked).toBe(true)
    expect(ratio.worst.forecast).toEqual({
      unavailable: expect.stringMatching(/error ratio, not event counts/)
    })
  })

  it('unblocks where the lowest blocking status begins', () => {
    const slo = fakeConfig().slos[0]
    expect(unblockThreshold(slo)).toBe(50)
    expect(unblockThreshold({ ...slo, blockOn: ['FREEZE', 'EXHAUSTED'] })).toBe(20)
    expect(unblockThreshold({ ...slo, blockOn: ['CAUTION'] })).toBe(80)
    expect(unblockThreshold({ ...slo, blockOn: ['EXHAUSTED'] })).toBe(0)
  })
})

describe('the gate forecast', () => {
  it('is the last of the blocking SLOs; never beats any instant; a freeze file has none', async () => {
    const config = fakeConfig({ chart: 'false' })
    config.slos = [
      { ...config.slos[0], name: 'leak' },
      { ...config.slos[0], name: 'incident', errorQuery: 'errors2[{{window}}]' }
    ]
    const leak = dayModel(steady)
    const old = dayModel(incident)
    const answers = {
      instant: (q: string) =>
        q.startsWith('errors2') ? old.instant(q.replace('errors2', 'errors')) : leak.instant(q),
      range: (q: string, at: Date) =>
        q.startsWith('errors2')
          ? old.range!(q.replace('errors2', 'errors'), at)
          : leak.range!(q, at)
    }
    const result = await evaluateGate(config, { client: fakeClient(answers) })
    const [a, b] = result.slos.map(s => forecastOf({ ...result, worst: s }))
    expect(result.forecast!.atCurrentBurn).toBe('never')
    const stops = [a.ifErrorsStop.at, b.ifErrorsStop.at] as Date[]
    expect(result.forecast!.ifErrorsStop).toEqual(
      new Date(Math.max(...stops.map(d => d.getTime())))
    )
    expect(gateForecast(result.slos, { file: '.deploy-freeze' })).toEqual({
      atCurrentBurn: 'unknown',
      ifErrorsStop: 'unknown',
      reason: 'the freeze file .deploy-freeze blocks until it is removed'
    })
  })
})

describe('range queries under the points limit', () => {
  it('splits a grid into adjacent requests of at most 11,000 points', () => {
    const grid = { start: 0, end: 25000 * 60, step: 60 }
    const ranges = chunksOf(grid)
    expect(MAX_POINTS).toBe(11000)
    expect(ranges.map(r => [r.start.getTime() / 1000, r.end.getTime() / 1000])).toEqual([
      [0, 10999 * 60],
      [11000 * 60, 21999 * 60],
      [22000 * 60, 25000 * 60]
    ])
    expect(chunksOf({ start: 0, end: 719 * 3600, step: 3600 })).toHaveLength(1)
  })
})
