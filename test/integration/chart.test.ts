/**
 * The burn-down chart against the real Prometheus: the daily points of a service whose budget
 * falls linearly and of one with a single incident follow the data generator's closed form.
 */
import { isDrawable, type DailySeries } from '../../src/engine/daily.js'
import type { GateResult } from '../../src/engine/result.js'
import { gateOutputs } from '../../src/channels/report.js'
import { evaluateWith, remainingFor } from '../helpers/evaluate.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { startProxy } from '../helpers/proxy.js'
import { serviceQueries } from '../helpers/queries.js'
import { expectedErrorRatio } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()
const DAY = 86400

function gate(inputs: Record<string, string>, url = prometheus.url): Promise<GateResult> {
  return evaluateWith({
    prometheus_url: url,
    evaluation_time: String(prometheus.endTime),
    // No recorded series here: the rules probe is counted in rules.test.ts.
    query_source: 'raw',
    // The chart's range queries alone (warning blocks: its forecast is in forecast.test.ts).
    forecast: 'false',
    ...inputs
  })
}

function daily(result: GateResult): DailySeries {
  const series = result.worst.daily
  if (!isDrawable(series)) throw new Error(`no chart: ${series?.unavailable}`)
  return series
}

/**
 * The closed form from the model: the errors of the window's first k days are those of the whole
 * window less those of its last (30 − k) days, against the budget of all 30 days.
 */
function expectedLeft(service: string, day: number, days = 30): number {
  const errorsOver = (d: number): number => (d === 0 ? 0 : d * expectedErrorRatio(service, d * DAY))
  const bad = errorsOver(days) - errorsOver(days - day)
  return remainingFor(bad / days)
}

describe('daily points against the real Prometheus', () => {
  it.each([
    ['warning', 'falls linearly from 100 to 40'],
    ['oldincident', 'steps down once, on the day of the incident']
  ])('%s: the budget %s, within 0.5 points of the model', async service => {
    const result = await gate(serviceQueries(service))
    const series = daily(result)
    expect(series.points).toHaveLength(31)
    expect(series.notes).toEqual([])
    series.points.forEach((point, day) => {
      expect(point.at.getTime() / 1000).toBe(prometheus.endTime - (30 - day) * DAY)
      expect(Math.abs(point.remaining - expectedLeft(service, day))).toBeLessThanOrEqual(0.5)
    })
    expect(series.points.at(-1)!.remaining).toBe(result.worst.budgetRemaining)
    expect(series.points.at(-1)!.remaining.toFixed(2)).toBe(gateOutputs(result).budget_remaining)
    // One range query more than the two batched instant queries and the coverage check.
    expect(result.requestCount).toBe(4)
  })

  it('shows the incident as one drop of its share of the budget (2 h at 10 % = 27.8 points)', async () => {
    const points = daily(await gate(serviceQueries('oldincident'))).points
    const drops = points.slice(1).map((p, i) => points[i].remaining - p.remaining)
    const biggest = drops.indexOf(Math.max(...drops))
    // It ended 12.25 days before the end of the data: on day 18 of the window (17.75 days in).
    expect(biggest + 1).toBe(18)
    expect(drops[biggest]).toBeCloseTo(((2 * 3600 * 0.1) / (30 * DAY * 0.001)) * 100 + 1 / 3, 0)
  })

  it('a range query the engine refuses leaves the decision as it is, and says why', async () => {
    const proxy = await startProxy({ target: prometheus.url })
    try {
      // With one query at a time, the range query is the fourth request: after the decision's two
      // and the coverage check.
      proxy.faults.push(
        {},
        {},
        {},
        {
          status: 422,
          body: JSON.stringify({
            status: 'error',
            errorType: 'execution',
            error: 'query processing would load too many samples into memory'
          })
        }
      )
      const inputs = { ...serviceQueries('warning'), max_concurrency: '1', prometheus_retries: '0' }
      const refused = await gate(inputs, proxy.url)
      const direct = await gate({ ...inputs, chart: 'false' })
      // The two batches, the coverage check, and the refused range query, in turn.
      expect(proxy.requests.map(r => r.path)).toEqual([
        '/api/v1/query',
        '/api/v1/query',
        '/api/v1/query',
        '/api/v1/query_range'
      ])
      expect(gateOutputs(refused)).toEqual(gateOutputs(direct))
      expect(refused.worst.daily).toEqual({
        unavailable: expect.stringMatching(/HTTP 422 \(execution\): query processing would load/)
      })
    } finally {
      await proxy.close()
    }
  })
})
