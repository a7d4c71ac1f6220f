/**
 * The recovery forecast against the real Prometheus: for services with known error ratios (a
 * past incident that ages out, a steady leak, a recovered service, a fast burn, calendar weeks,
 * an excluded interval), the instants at which the deploy unblocks match the ones computed from
 * the generator, hour by hour, to within one step.
 */
import { isForecast } from '../../src/engine/forecast.js'
import type { GateResult } from '../../src/engine/result.js'
import { gateOutputs } from '../../src/channels/report.js'
import { evaluateWith, remainingFor } from '../helpers/evaluate.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { expectedEvents } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()
const HOUR = 3600
const DAY = 86400
const iso = (seconds: number): string => new Date(seconds * 1000).toISOString()

/** What the generator says the window holds `h` seconds after `at` (seconds before the end). */
interface Model {
  service: string
  /** The evaluation, in seconds before the end of the data. */
  at: number
  /** How far back the window reaches at `h`: its start, in seconds before the end. */
  windowStart(h: number): number
  /** Excluded intervals, in seconds before the end: [from, to]. */
  excluded?: [number, number][]
}

/**
 * The first whole hour after the evaluation at which the model's window holds more than half
 * the budget (warning threshold 50 %, block_on's default), the hours ahead at the last hour's
 * rates (or without bad events); `never` within `horizon` hours.
 */
function modelUnblock(model: Model, stopped: boolean, horizon: number): number | 'never' {
  const burn = expectedEvents(model.service, model.at + HOUR, model.at)
  for (let h = HOUR; h <= horizon * HOUR; h += HOUR) {
    const from = model.windowStart(h)
    // The past part of the window: from its start (or now, once it starts ahead) to now.
    const past =
      from > model.at ? expectedEvents(model.service, from, model.at) : { errors: 0, total: 0 }
    let errors = past.errors
    let total = past.total
    for (const [a, b] of model.excluded ?? []) {
      // The part of the interval inside the past part of the window.
      const [top, bottom] = [Math.min(a, from), Math.max(b, model.at)]
      if (top <= bottom) continue
      const cut = expectedEvents(model.service, top, bottom)
      errors -= cut.errors
      total -= cut.total
    }
    const ahead = Math.min(h, h - (model.at - from))
    total += (burn.total / HOUR) * ahead
    errors += stopped ? 0 : (burn.errors / HOUR) * ahead
    if (remainingFor(errors / total) > 50 + 1e-9) return h / HOUR
  }
  return 'never'
}

async function forecast(inputs: Record<string, string>, at = 0) {
  const result = await evaluateWith({
    prometheus_url: prometheus.url,
    evaluation_time: String(prometheus.endTime - at),
    query_source: 'raw',
    chart: 'false',
    ...inputs
  })
  const slo = result.worst.forecast
  if (!isForecast(slo)) throw new Error(`no forecast: ${slo?.unavailable}`)
  return { result, slo }
}

/** Hours after the evaluation of an unblock instant. */
const hoursAfter = (result: GateResult, at: Date | 'never'): number | 'never' =>
  at === 'never' ? 'never' : (at.getTime() - result.evaluationTime.getTime()) / 1000 / HOUR

function expectWithinOneStep(got: number | 'never', expected: number | 'never'): void {
  if (expected === 'never') expect(got).toBe('never')
  else {
    expect(got).not.toBe('never')
    expect(Math.abs((got as number) - expected)).toBeLessThanOrEqual(1)
  }
}

const rolling = (service: string, window = 30 * DAY): Model => ({
  service,
  at: 0,
  windowStart: h => window - h
})

describe('the forecast against the real Prometheus', () => {
  it.each([
    ['incident', 'a 2-hour incident 3 days ago ages out after 27 days'],
    ['warning', 'a steady leak: never at this burn; 5 days if errors stop'],
    ['recovered', 'errors stopped 4 days ago: the same either way']
  ])('%s: %s', async service => {
    const { result, slo } = await forecast(serviceQueries(service))
    expect(result.blocked).toBe(true)
    const model = rolling(service)
    const current = modelUnblock(model, false, 720)
    const stopped = modelUnblock(model, true, 720)
    expectWithinOneStep(hoursAfter(result, slo.atCurrentBurn.at), current)
    expectWithinOneStep(hoursAfter(result, slo.ifErrorsStop.at), stopped)
    // The outputs say the same, to the hour.
    const outputs = gateOutputs(result)
    expect(outputs.unblocks_at).toBe(
      current === 'never' ? 'never' : iso(prometheus.endTime + current * HOUR).replace('.000', '')
    )
    // Two range queries more than the decision's three requests.
    expect(result.requestCount).toBe(5)
  })

  it('checks the model itself: the incident recovers at the current burn, the leak does not', () => {
    expect(modelUnblock(rolling('incident'), false, 720)).toBe(649)
    expect(modelUnblock(rolling('warning'), false, 720)).toBe('never')
    expect(modelUnblock(rolling('warning'), true, 720)).toBe(121)
  })

  it('fastburn: the fast burn tier fires for as long as the burn lasts; one hour if errors stop', async () => {
    const { result, slo } = await forecast(serviceQueries('fastburn'))
    expect(result.status).toBe('FREEZE')
    expect(slo.budgetBlocks).toBe(false)
    expect(slo.atCurrentBurn.at).toBe('never')
    expect(hoursAfter(result, slo.ifErrorsStop.at)).toBe(1)
  })

  it('an excluded interval stays out of the window while it ages: back 4 hours sooner', async () => {
    const from = prometheus.endTime - 5 * DAY
    const { result, slo } = await forecast({
      ...serviceQueries('warning'),
      exclude: `${iso(from).replace('.000', '')}/P1D planned failover`
    })
    const model = { ...rolling('warning'), excluded: [[5 * DAY, 4 * DAY]] as [number, number][] }
    const stopped = modelUnblock(model, true, 720)
    expect(stopped).toBe(117)
    expectWithinOneStep(hoursAfter(result, slo.ifErrorsStop.at), stopped)
    expect(slo.atCurrentBurn.at).toBe('never')
  })

  describe('calendar weeks (UTC), evaluated 2.5 days into a week', () => {
    // A Monday 00:00 UTC at least 3 days before the end of the data, and 2.5 days after it.
    const end = prometheus.endTime
    const monday = (t: number) => Math.floor((t / DAY + 3) / 7) * 7 * DAY - 3 * DAY
    const weekStart = monday(end - 3 * DAY)
    const at = end - (weekStart + 2.5 * DAY)
    const week = (service: string): Model => ({
      service,
      at,
      windowStart: () => end - weekStart
    })
    const inputs = (service: string) => ({
      ...serviceQueries(service),
      time_window: 'week',
      // Older data is sampled every 10 minutes: a 5m window would hold no sample.
      fast_burn_threshold: '0'
    })

    it('freeze (10 % left): back within the week if errors stop, never at this burn', async () => {
      const { result, slo } = await forecast(inputs('freeze'), at)
      expect(result.status).toBe('FREEZE')
      expect(slo.atCurrentBurn.at).toBe('never')
      const stopped = modelUnblock(week('freeze'), true, 4.5 * 24)
      expect(stopped).toBe(49)
      expectWithinOneStep(hoursAfter(result, slo.ifErrorsStop.at), stopped)
    })

    it('exhausted (-50 %): not within the week even if errors stop, so at the next week’s start', async () => {
      const { result, slo } = await forecast(inputs('exhausted'), at)
      expect(modelUnblock(week('exhausted'), true, 4.5 * 24)).toBe('never')
      expect(slo.ifErrorsStop.at).toEqual(new Date((weekStart + 7 * DAY) * 1000))
      expect(slo.atCurrentBurn.at).toBe('never')
      expect(slo.horizon).toEqual(new Date((weekStart + 14 * DAY) * 1000))
      expect(result.blocked).toBe(true)
    })
  })
})
