/**
 * The core scenarios against VictoriaMetrics. Its increase() does not extrapolate and uses the
 * sample before the window as the base; the test data has samples on every window edge, so the
 * figures must still match the model.
 */
import { parseDuration } from '../../src/engine/duration.js'
import type { GateResult } from '../../src/engine/evaluate.js'
import { evaluateWith } from '../helpers/evaluate.js'
import { serviceQueries } from '../helpers/queries.js'
import { expectedErrorRatio, expectedEvents } from '../helpers/scenarios.js'
import { createTestVictoriaMetrics, type TestVictoriaMetrics } from '../helpers/victoria-metrics.js'

let vm: TestVictoriaMetrics

beforeAll(async () => {
  vm = await createTestVictoriaMetrics()
}, 60000)
afterAll(async () => vm?.stop())

function gate(service: string, extra: Record<string, string> = {}): Promise<GateResult> {
  return evaluateWith({
    prometheus_url: vm.url,
    evaluation_time: String(vm.endTime),
    ...serviceQueries(service),
    ...extra
  })
}

describe('VictoriaMetrics', () => {
  it.each([
    ['healthy', 'NORMAL'],
    ['caution', 'CAUTION'],
    ['warning', 'WARNING'],
    ['freeze', 'FREEZE'],
    ['exhausted', 'EXHAUSTED'],
    ['fastburn', 'FREEZE'],
    ['slowburn', 'WARNING']
  ])('%s is %s with the modelled figures', async (service, status) => {
    const result = await gate(service)
    expect(result.status).toBe(status)
    expect(result.warnings).toEqual([])
    const expected = (1 - expectedErrorRatio(service, parseDuration('30d')) / 0.001) * 100
    expect(result.worst.budgetRemaining!).toBeCloseTo(expected, 1)
    for (const w of result.worst.windows) {
      const burn = expectedErrorRatio(service, parseDuration(w.window)) / 0.001
      expect(Math.abs(w.burnRate! - burn)).toBeLessThanOrEqual(Math.max(0.01, burn * 0.01))
    }
  })

  it('serves the Prometheus API under the /prometheus prefix too', async () => {
    const result = await gate('caution', { prometheus_url: `${vm.url}/prometheus` })
    expect(result.status).toBe('CAUTION')
  })

  it('no data and bad MetricsQL are ERROR with the server text', async () => {
    const none = await gate('ghost')
    expect(none.status).toBe('ERROR')
    expect(none.worst.error).toMatch(/no data/)
    const bad = await gate('healthy', { error_query: 'sum(rate(x[{{window}}]' })
    expect(bad.status).toBe('ERROR')
    expect(bad.worst.error).toMatch(/HTTP (400|422)/)
    // Reported against the user's query alone, not the batch the gate sent.
    expect(bad.worst.error).not.toMatch(/label_replace|ebg_window/)
  })

  it('# comments and scalar(...) queries give the modelled figures', async () => {
    const q = serviceQueries('warning')
    const result = await gate('warning', {
      error_query: `scalar(${q.error_query}) # 5xx`,
      total_query: `${q.total_query} # all`
    })
    expect(result.status).toBe('WARNING')
    const expected = (1 - expectedErrorRatio('warning', parseDuration('30d')) / 0.001) * 100
    expect(result.worst.budgetRemaining!).toBeCloseTo(expected, 1)
  })

  it('removes an excluded interval with the @ modifier, whole and clipped to the window', async () => {
    const at = (secondsBeforeEnd: number) =>
      new Date((vm.endTime - secondsBeforeEnd) * 1000).toISOString()
    const exclude = `${at(72 * 3600)}/${at(70 * 3600)} INC-7`
    for (const [window, seconds] of [
      ['30d', 30 * 86400],
      ['71h', 71 * 3600]
    ] as const) {
      const result = await gate('incident', { time_window: window, exclude })
      const all = expectedEvents('incident', seconds)
      const removed = expectedEvents('incident', Math.min(seconds, 72 * 3600), 70 * 3600)
      expect(result.worst.exclusions[0].errors!).toBeCloseTo(removed.errors, 3)
      expect(result.worst.exclusions[0].total!).toBeCloseTo(removed.total, 3)
      expect(result.worst.errorRatio!).toBeCloseTo(
        (all.errors - removed.errors) / (all.total - removed.total),
        7
      )
    }
  })
})
