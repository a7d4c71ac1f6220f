/**
 * The gate against a real Prometheus backfilled with known error ratios: every status, the
 * remaining budget, burn rates and days to exhaustion must match the model within rounding.
 */
import { parseDuration } from '../../src/engine/duration.js'
import type { GateResult } from '../../src/engine/result.js'
import { evaluateWith, remainingFor } from '../helpers/evaluate.js'
import { DATA_DAYS, sharedPrometheus } from '../helpers/prometheus.js'
import { startProxy, type TestProxy } from '../helpers/proxy.js'
import { serviceQueries } from '../helpers/queries.js'
import { makeCertificates } from '../helpers/tls.js'
import { expectedErrorRatio, LATENCY_SLOW_FRACTION } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()

function gate(
  inputs: Record<string, string>,
  evaluationTime = prometheus.endTime
): Promise<GateResult> {
  return evaluateWith({
    prometheus_url: prometheus.url,
    evaluation_time: String(evaluationTime),
    ...inputs
  })
}

describe('statuses against the real Prometheus', () => {
  it.each([
    ['healthy', 'NORMAL'],
    ['caution', 'CAUTION'],
    ['warning', 'WARNING'],
    ['freeze', 'FREEZE'],
    ['exhausted', 'EXHAUSTED'],
    ['recovering', 'CAUTION']
  ])('%s is %s with the modelled budget, burn rates and forecast', async (service, status) => {
    const result = await gate(serviceQueries(service))
    expect(result.status).toBe(status)
    const slo = result.worst
    const expectedRemaining = remainingFor(expectedErrorRatio(service, parseDuration('30d')))
    expect(slo.budgetRemaining).toBeCloseTo(expectedRemaining, 1)
    for (const w of slo.windows) {
      const expectedBurn = expectedErrorRatio(service, parseDuration(w.window)) / 0.001
      expect(w.burnRate).not.toBeNull()
      expect(Math.abs(w.burnRate! - expectedBurn)).toBeLessThanOrEqual(
        Math.max(0.01, expectedBurn * 0.01)
      )
    }
    const burn1h = expectedErrorRatio(service, 3600) / 0.001
    const expectedDays = expectedRemaining <= 0 ? 0 : ((expectedRemaining / 100) * 30) / burn1h
    expect(slo.daysToExhaustion!).toBeCloseTo(expectedDays, 0)
  })

  it('escalates a fast burn to FREEZE though most of the budget is left', async () => {
    const result = await gate(serviceQueries('fastburn'))
    expect(result.worst.budgetRemaining!).toBeGreaterThan(80)
    expect(result.status).toBe('FREEZE')
    expect(result.reasons.join('\n')).toMatch(/fast burn: burn rate 20\.\dx over 1h/)
  })

  it('escalates a slow burn to WARNING, not FREEZE', async () => {
    const result = await gate(serviceQueries('slowburn'))
    expect(result.worst.budgetRemaining!).toBeGreaterThan(80)
    expect(result.status).toBe('WARNING')
    expect(result.reasons.join('\n')).toMatch(/slow burn/)
    expect(result.reasons.join('\n')).not.toMatch(/fast burn/)
  })

  it('turns the burn checks off with 0', async () => {
    const result = await gate({
      ...serviceQueries('fastburn'),
      fast_burn_threshold: '0',
      slow_burn_threshold: '0'
    })
    expect(result.status).toBe('NORMAL')
  })

  it('ignores an old outage outside the window, and counts it inside a longer one', async () => {
    const inside = await gate({ ...serviceQueries('oldoutage'), time_window: '38d' })
    const outside = await gate(serviceQueries('oldoutage'))
    expect(outside.status).toBe('NORMAL')
    expect(outside.worst.budgetRemaining).toBeCloseTo(
      remainingFor(expectedErrorRatio('oldoutage', 30 * 86400)),
      1
    )
    expect(inside.worst.budgetRemaining).toBeCloseTo(
      remainingFor(expectedErrorRatio('oldoutage', 38 * 86400)),
      0
    )
    expect(inside.worst.budgetRemaining!).toBeLessThan(outside.worst.budgetRemaining!)
  })

  it('says when the data covers less than the SLO window (40 days of data, a 60d window)', async () => {
    const short = await gate({ ...serviceQueries('healthy'), time_window: '60d' })
    expect(short.status).toBe('NORMAL')
    expect(short.warnings.join('\n')).toMatch(
      /default: the data covers only 40\.0 of the 60d window/
    )
    const since = Date.parse(short.worst.dataSince!) / 1000
    expect(Math.abs(since - (prometheus.endTime - DATA_DAYS * 86400))).toBeLessThanOrEqual(2 * 3600)
    const full = await gate(serviceQueries('healthy'))
    expect(full.warnings).toEqual([])
    expect(full.worst.dataSince).not.toBeNull()
  })

  it('evaluates at evaluation_time: before the fast burn began the service was NORMAL', async () => {
    const before = await gate(serviceQueries('fastburn'), prometheus.endTime - 3 * 3600)
    expect(before.status).toBe('NORMAL')
    expect(before.evaluationTime.getTime()).toBe((prometheus.endTime - 3 * 3600) * 1000)
    expect(before.worst.windows.find(w => w.window === '1h')!.burnRate!).toBeCloseTo(0.1, 2)
  })

  it('computes a latency SLO from histogram buckets as two queries', async () => {
    const result = await gate({
      slo_target: '99',
      error_query:
        'sum(increase(http_request_duration_seconds_count{service="latency"}[{{window}}])) - sum(increase(http_request_duration_seconds_bucket{service="latency",le="0.5"}[{{window}}]))',
      total_query:
        'sum(increase(http_request_duration_seconds_count{service="latency"}[{{window}}]))'
    })
    expect(result.worst.errorRatio!).toBeCloseTo(LATENCY_SLOW_FRACTION, 5)
    expect(result.worst.budgetRemaining).toBeCloseTo(remainingFor(LATENCY_SLOW_FRACTION, 99), 1)
    expect(result.status).toBe('CAUTION')
  })

  it('is ERROR with "no data" for a service that does not exist', async () => {
    const result = await gate(serviceQueries('ghost'))
    expect(result.status).toBe('ERROR')
    expect(result.canDeploy).toBe(false)
    expect(result.worst.error).toMatch(/no data/)
  })

  it("is ERROR with Prometheus' own parse error for bad PromQL", async () => {
    const result = await gate({
      ...serviceQueries('healthy'),
      error_query: 'sum(rate(http_requests_total[{{window}}]'
    })
    expect(result.status).toBe('ERROR')
    expect(result.worst.error).toMatch(/HTTP 400 \(bad_data\)/)
    expect(result.worst.error).toMatch(/parse error/)
  })

  it('refuses several series where one is expected', async () => {
    const result = await gate({
      error_query: 'sum by (service) (increase(http_requests_total{status=~"5.."}[{{window}}]))',
      total_query: 'sum(increase(http_requests_total[{{window}}]))'
    })
    expect(result.status).toBe('ERROR')
    expect(result.worst.error).toMatch(/series where one is expected/)
  })
})

describe('HTTPS with a custom CA (prometheus_ca_cert)', () => {
  const certificates = makeCertificates()
  let proxy: TestProxy
  beforeAll(async () => {
    proxy = await startProxy({
      target: prometheus.url,
      tls: { key: certificates.serverKey, cert: certificates.serverCert }
    })
  })
  afterAll(async () => proxy.close())

  it('refuses a certificate from an unknown CA', async () => {
    const result = await gate({
      ...serviceQueries('healthy'),
      prometheus_url: proxy.url,
      prometheus_retries: '0'
    })
    expect(result.status).toBe('ERROR')
    expect(result.worst.error).toMatch(
      /cannot reach 127\.0\.0\.1:\d+: its TLS certificate (is self-signed|comes from an (unknown|untrusted) CA) \(trust it with prometheus_ca_cert\) \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE);/
    )
  })

  it('trusts the CA given as PEM text, in addition to the system CAs', async () => {
    const result = await gate({
      ...serviceQueries('healthy'),
      prometheus_url: proxy.url,
      prometheus_ca_cert: certificates.caCert
    })
    expect(result.status).toBe('NORMAL')
    expect(proxy.requests.length).toBeGreaterThan(0)
  })
})
