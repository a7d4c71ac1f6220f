/**
 * `mode: verify` against the real Prometheus: a deploy after which errors rise (the `baddeploy`
 * service of the model) fails with the burns and the spend computed from the generator, a healthy
 * service passes, a burn that was there before is named, and too few events or a failed query is
 * inconclusive. The watch runs on a clock the test moves, over the recorded data.
 */
import { readGateConfig } from '../../src/engine/config.js'
import { evaluateGate } from '../../src/engine/evaluate.js'
import { verifyDeploy, type VerifyResult } from '../../src/engine/verify-run.js'
import type { QueryClient } from '../../src/prometheus/api.js'
import { PrometheusClient } from '../../src/prometheus/client.js'
import { samplesTouched } from '../helpers/many-series.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { BAD_DEPLOY, expectedEvents } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()
const DAYS30 = 30 * 86400
const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString()

/** The figures of a deploy `deployedBefore` seconds before the end, checked `checkedBefore` before it. */
function modelled(service: string, deployedBefore: number, checkedBefore = 0) {
  const since = expectedEvents(service, deployedBefore, checkedBefore)
  const span = deployedBefore - checkedBefore
  const before = expectedEvents(service, deployedBefore + span, deployedBefore)
  const windowTotal = expectedEvents(service, DAYS30 + checkedBefore, checkedBefore).total
  return {
    burn: since.errors / since.total / 0.001,
    baseline: before.errors / before.total / 0.001,
    spent: (since.errors / (0.001 * windowTotal)) * 100,
    since
  }
}

interface Watch {
  result: VerifyResult
  /** The instants (Unix seconds) of each check, on the test's clock. */
  checkedAt: number[]
  slept: number[]
}

/** Verifies on the test's clock, which only `sleep` moves: a watch over recorded data, at once. */
async function verify(
  inputs: Record<string, string>,
  client?: QueryClient,
  onCheck?: () => void
): Promise<Watch> {
  const config = readGateConfig(name => inputs[name] ?? '')
  let now = Date.now()
  const slept: number[] = []
  const real = new PrometheusClient(config.prometheus)
  const checkedAt: number[] = []
  try {
    const result = await verifyDeploy(config, {
      client: client ?? real,
      now: () => new Date(now),
      sleep: async ms => {
        slept.push(ms)
        now += ms
      },
      onCheck: slos => {
        checkedAt.push(slos[0].at.getTime() / 1000)
        onCheck?.()
      }
    })
    return { result, checkedAt, slept }
  } finally {
    real.close()
  }
}

const at = (service: string, deployedBefore: number, extra: Record<string, string> = {}) => ({
  prometheus_url: prometheus.url,
  mode: 'verify',
  ...serviceQueries(service),
  evaluation_time: String(prometheus.endTime),
  deployed_at: iso(prometheus.endTime - deployedBefore),
  verify_for: '0',
  ...extra
})

describe('verify against the real Prometheus', () => {
  it('fails a deploy after which errors rise, with the burns and the spend of the model', async () => {
    const { result, checkedAt } = await verify(at('baddeploy', BAD_DEPLOY))
    const expected = modelled('baddeploy', BAD_DEPLOY)
    expect(checkedAt).toEqual([prometheus.endTime])
    expect(result.verdict).toBe('fail')
    expect(result.failing).toBe(true)
    const slo = result.worst
    expect(slo.causes).toEqual(['burn', 'spend'])
    expect(slo.seconds).toBe(BAD_DEPLOY)
    expect(result.verifiedFor).toBe(BAD_DEPLOY)
    expect(slo.burn!).toBeCloseTo(expected.burn, 1)
    expect(slo.baselineBurn!).toBeCloseTo(expected.baseline, 2)
    expect(slo.spent!).toBeCloseTo(expected.spent, 2)
    expect(slo.errors!).toBeCloseTo(expected.since.errors, 0)
    expect(slo.total!).toBeCloseTo(expected.since.total, 0)
    // The default limits: the 30d fast-burn factor and 2 % of the budget.
    expect(slo.maxBurn).toBe(14.4)
    expect(slo.maxSpend).toBe(2)
    expect(slo.preexisting).toBe(false)
    const reasons = result.reasons.join('\n')
    expect(reasons).toContain(
      `burn ${expected.burn.toFixed(2)}x since the deploy 30m ago (${Math.round(expected.since.errors)} bad of ${expected.since.total} events) exceeds verify_max_burn 14.4x; it was ${expected.baseline.toFixed(2)}x in the 30m before`
    )
    expect(reasons).toContain(`the deploy spent ${expected.spent.toFixed(2)}% of the 30d budget`)
  })

  it('passes a healthy service, with its baseline', async () => {
    const { result } = await verify(at('healthy', 15 * 60))
    const expected = modelled('healthy', 15 * 60)
    expect(result.verdict).toBe('pass')
    expect(result.failing).toBe(false)
    expect(result.worst.burn!).toBeCloseTo(expected.burn, 2)
    expect(result.worst.baselineBurn!).toBeCloseTo(expected.baseline, 2)
    expect(result.worst.spent!).toBeCloseTo(expected.spent, 4)
    expect(result.reasons.join('\n')).toMatch(/: within the limits$/)
  })

  it('names a burn that was there before the deploy', async () => {
    const { result } = await verify(at('fastburn', 15 * 60))
    const expected = modelled('fastburn', 15 * 60)
    expect(result.verdict).toBe('fail')
    expect(result.worst.preexisting).toBe(true)
    expect(result.worst.baselineBurn!).toBeCloseTo(expected.baseline, 1)
    expect(result.reasons.join('\n')).toContain(
      `; it was ${expected.baseline.toFixed(2)}x in the 15m before: the burn predates the deploy`
    )
  })

  it('checks a past deploy as if now were evaluation_time', async () => {
    // Ten minutes after the bad deploy, on data that goes on for twenty more.
    const checked = BAD_DEPLOY - 600
    const { result } = await verify(
      at('baddeploy', BAD_DEPLOY, { evaluation_time: String(prometheus.endTime - checked) })
    )
    const expected = modelled('baddeploy', BAD_DEPLOY, checked)
    expect(result.worst.seconds).toBe(600)
    expect(result.worst.burn!).toBeCloseTo(expected.burn, 1)
    expect(result.worst.spent!).toBeCloseTo(expected.spent, 2)
  })

  it('watches every interval and stops at the first failed check, on bounded requests', async () => {
    // The watch begins at the deploy: a check every 2 minutes for 10 minutes.
    const { result, checkedAt, slept } = await verify(
      at('baddeploy', BAD_DEPLOY, {
        evaluation_time: String(prometheus.endTime - BAD_DEPLOY),
        verify_for: '10m',
        verify_interval: '2m'
      })
    )
    const deployed = prometheus.endTime - BAD_DEPLOY
    // 2 minutes at 10 events a second is 1200 events, above min_events 1000: the first check fails.
    expect(checkedAt).toEqual([deployed + 120])
    expect(slept).toEqual([120_000])
    expect(result.verdict).toBe('fail')
    // The probe for recorded series, then one request each for the error and the total query.
    expect(result.requestCount).toBe(3)
    const healthy = await verify(
      at('healthy', BAD_DEPLOY, {
        evaluation_time: String(deployed),
        verify_for: '10m',
        verify_interval: '2m'
      })
    )
    expect(healthy.checkedAt).toEqual([120, 240, 360, 480, 600].map(s => deployed + s))
    expect(healthy.result.verdict).toBe('pass')
    expect(healthy.result.checks).toHaveLength(5)
    expect(healthy.result.verifiedFor).toBe(600)
    // The budget's events once, then the two ranges of both queries in two requests a check.
    expect(healthy.result.requestCount).toBe(1 + 2 * 5)
  })

  it('is inconclusive with too few events, and on a query that finds nothing', async () => {
    const quiet = await verify(at('trickle', 15 * 60, { slo_target: '99' }))
    expect(quiet.result.verdict).toBe('inconclusive')
    expect(quiet.result.worst.unknown).toBe('too-few-events')
    expect(quiet.result.failing).toBe(true)
    expect(quiet.result.reasons.join('\n')).toMatch(
      /only 15 events in the 15m since the deploy, fewer than min_events 100: too few to tell its burn/
    )
    const missing = await verify(
      at('healthy', 15 * 60, {
        error_query: 'sum(increase(no_such_metric_total[{{window}}]))',
        on_inconclusive: 'pass'
      })
    )
    expect(missing.result.verdict).toBe('inconclusive')
    expect(missing.result.worst.unknown).toBe('query')
    expect(missing.result.failing).toBe(false)
    expect(missing.result.reasons.join('\n')).toMatch(
      /cannot verify: error_query over the 15m since the deploy: .*no data/i
    )
  })

  it('touches fewer samples at each check than one evaluation of the gate', async () => {
    const real = new PrometheusClient(
      readGateConfig(name => (name === 'prometheus_url' ? prometheus.url : '')).prometheus
    )
    /** Every query sent, by round: the gate's, then each check's. */
    const rounds: { query: string; time?: Date }[][] = [[]]
    const recording: QueryClient = {
      queryScalar: (query, time, signal) => (
        rounds.at(-1)!.push({ query, time }),
        real.queryScalar(query, time, signal)
      ),
      queryVector: (query, time, signal) => (
        rounds.at(-1)!.push({ query, time }),
        real.queryVector(query, time, signal)
      )
    }
    const inputs = at('healthy', BAD_DEPLOY, { query_source: 'raw', chart: 'false' })
    await evaluateGate(
      readGateConfig(
        name => ({ ...inputs, mode: '', deployed_at: '', verify_for: '' })[name] ?? ''
      ),
      {
        client: recording
      }
    )
    rounds.push([])
    // The longest span verify accepts, and a watch of a few checks.
    const deployed = prometheus.endTime - (30 * 86400) / 4
    await verify({ ...inputs, deployed_at: iso(deployed) }, recording, () => rounds.push([]))
    await verify(
      {
        ...inputs,
        evaluation_time: String(prometheus.endTime - 600),
        deployed_at: iso(prometheus.endTime - 600),
        verify_for: '10m',
        verify_interval: '5m'
      },
      recording,
      () => rounds.push([])
    )
    real.close()
    const samples: number[] = []
    for (const round of rounds.filter(r => r.length)) {
      let sum = 0
      for (const { query, time } of round) sum += await samplesTouched(prometheus.url, query, time)
      samples.push(sum)
    }
    const [gate, ...checks] = samples
    expect(checks).toHaveLength(3)
    expect(gate).toBeGreaterThan(0)
    for (const check of checks) expect(check).toBeLessThan(gate)
  })
})
