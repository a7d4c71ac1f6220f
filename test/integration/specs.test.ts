/** SLO files of every format, evaluated against the real test Prometheus with known answers. */
import { parseDuration } from '../../src/engine/duration.js'
import type { GateResult } from '../../src/engine/result.js'
import type { SloSpec } from '../../src/engine/slo.js'
import { evaluateWith, remainingFor } from '../helpers/evaluate.js'
import { renderSummary } from '../../src/channels/report.js'
import { loadSlosFromFile, parseSloDocuments } from '../../src/specs/index.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { expectedErrorRatio, LATENCY_SLOW_FRACTION } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()

function evaluate(slos: SloSpec[], extra: Record<string, string> = {}): Promise<GateResult> {
  return evaluateWith(
    { prometheus_url: prometheus.url, evaluation_time: String(prometheus.endTime), ...extra },
    slos
  )
}

const file = (name: string) => loadSlosFromFile(`${REPO_ROOT}/examples/${name}`, () => '')
const month = parseDuration('30d')

function expectSlo(
  result: GateResult,
  name: string,
  status: string,
  expectedRemaining: number
): void {
  const slo = result.slos.find(s => s.name === name)
  expect(slo).toBeDefined()
  expect(slo!.status).toBe(status)
  expect(slo!.budgetRemaining!).toBeCloseTo(expectedRemaining, 1)
}

describe('SLO files against the real Prometheus', () => {
  it('our format: per-SLO block_on, worst first', async () => {
    const result = await evaluate(file('slos.yaml'))
    expectSlo(
      result,
      'checkout-availability',
      'CAUTION',
      remainingFor(expectedErrorRatio('caution', month), 99.9)
    )
    expectSlo(result, 'checkout-latency', 'CAUTION', remainingFor(LATENCY_SLOW_FRACTION, 99))
    expectSlo(
      result,
      'search-availability',
      'WARNING',
      remainingFor(expectedErrorRatio('warning', month), 99.9)
    )
    expect(result.slos[0].name).toBe('search-availability')
    expect(result.status).toBe('WARNING')
    // search-availability blocks only on FREEZE and EXHAUSTED: nothing blocks.
    expect(result.canDeploy).toBe(true)
  })

  it('Sloth: rate() event queries and a raw ratio query', async () => {
    const result = await evaluate(file('sloth.yaml'))
    expectSlo(
      result,
      'payments-requests-availability',
      'FREEZE',
      remainingFor(expectedErrorRatio('freeze', month), 99.9)
    )
    expectSlo(
      result,
      'payments-requests-ratio',
      'NORMAL',
      remainingFor(expectedErrorRatio('healthy', month), 99.9)
    )
    expect(result.status).toBe('FREEZE')
    expect(result.canDeploy).toBe(false)
  })

  it('OpenSLO: good/total through an SLI reference, bad/total inline', async () => {
    const result = await evaluate(file('openslo.yaml'))
    expectSlo(
      result,
      'search-availability',
      'CAUTION',
      remainingFor(expectedErrorRatio('recovering', month), 99.9)
    )
    expectSlo(
      result,
      'search-errors',
      'EXHAUSTED',
      remainingFor(expectedErrorRatio('exhausted', month), 99.9)
    )
    expect(result.worst.name).toBe('search-errors')
  })

  it('Pyrra: ratio (escalated by a slow burn) and latency', async () => {
    const result = await evaluate(file('pyrra.yaml'))
    expectSlo(
      result,
      'api-errors',
      'WARNING',
      remainingFor(expectedErrorRatio('slowburn', month), 99.9)
    )
    expectSlo(result, 'api-latency', 'CAUTION', remainingFor(LATENCY_SLOW_FRACTION, 99))
  })

  describe('the corpus of files teams already have (test/fixtures/specs)', () => {
    const fixture = (name: string) =>
      loadSlosFromFile(`${REPO_ROOT}/test/fixtures/specs/${name}`, () => '')
    const week = parseDuration('7d')
    const fourWeeks = parseDuration('28d')
    // Per file: [SLO, status, scenario of the test data, window in seconds, target]
    const CASES: [string, [string, string, string, number, number][]][] = [
      [
        'sloth-k8s-getting-started.yaml',
        [
          ['checkout-requests-availability', 'CAUTION', 'caution', month, 99.9],
          ['checkout-requests-ratio', 'NORMAL', 'healthy', month, 99.9]
        ]
      ],
      [
        'sloth-k8s-multifile.yaml',
        [
          ['search-availability', 'WARNING', 'warning', month, 99.9],
          ['search-v2-availability', 'CAUTION', 'healthy', month, 99.97]
        ]
      ],
      [
        'openslo-v1alpha-getting-started.yaml',
        [['catalog-availability', 'WARNING', 'warning', month, 99.9]]
      ],
      [
        'openslo-v1alpha-objectives.yaml',
        [
          ['inventory-writes', 'CAUTION', 'caution', week, 99.9],
          ['inventory-reads', 'NORMAL', 'healthy', week, 99]
        ]
      ],
      [
        'sloth-alert-windows-7d.yaml',
        [
          ['weekly', 'CAUTION', 'caution', week, 99.9],
          ['weekly-in-hours', 'WARNING', 'warning', week, 99.9],
          ['monthly', 'NORMAL', 'healthy', month, 99.9]
        ]
      ],
      [
        'sloth-alert-windows-catalog.yaml',
        [
          ['billing-invoices', 'CAUTION', 'caution', month, 99.9],
          ['billing-exports', 'NORMAL', 'healthy', fourWeeks, 99.9]
        ]
      ]
    ]

    it.each(CASES)('%s', async (name, expected) => {
      const result = await evaluate(fixture(name))
      expect(result.slos).toHaveLength(expected.length)
      for (const [slo, status, service, window, target] of expected)
        expectSlo(result, slo, status, remainingFor(expectedErrorRatio(service, window), target))
    })

    it('judges the SLOs of a Sloth AlertWindows period by its tiers, and the summary says so', async () => {
      const result = await evaluate(fixture('sloth-alert-windows-7d.yaml'))
      const tiersOf = (name: string) =>
        result.slos
          .find(s => s.name === name)!
          .tiers.map(t => [t.check.longWindow, t.check.shortWindow, t.check.threshold])
      // Sloth's factor: errorBudgetPercent / 100 x the period (168 h) / the long window (h).
      const sloth = [
        ['1h', '5m', (0.08 * 168) / 1],
        ['6h', '30m', (0.125 * 168) / 6],
        ['1d', '2h', (0.2 * 168) / 24],
        ['3d', '6h', (0.42 * 168) / 72]
      ]
      for (const name of ['weekly', 'weekly-in-hours']) {
        tiersOf(name).forEach(([long, short, factor], i) => {
          expect([long, short]).toEqual(sloth[i].slice(0, 2))
          expect(factor).toBeCloseTo(sloth[i][2] as number, 9)
        })
      }
      // The 30d SLO keeps the built-in page tiers: 2 % in 1h and 5 % in 6h of 720 h.
      expect(tiersOf('monthly')).toEqual([
        ['1h', '5m', expect.closeTo(14.4, 9)],
        ['6h', '30m', expect.closeTo(6, 9)]
      ])
      const summary = renderSummary(result)
      expect(summary).toMatch(
        /Burn tiers from AlertWindows 7d \(.*sloth-alert-windows-7d\.yaml, document 1\)/
      )
    })
  })

  it('ERROR is the worst SLO only when on_error is block', async () => {
    const slos = parseSloDocuments(
      [
        'slos:',
        '  - name: fine',
        '    error_query: sum(increase(http_requests_total{service="caution",status=~"5.."}[{{window}}]))',
        '    total_query: sum(increase(http_requests_total{service="caution"}[{{window}}]))',
        '  - name: broken',
        '    error_query: sum(increase(http_requests_total{service="ghost",status=~"5.."}[{{window}}]))',
        '    total_query: sum(increase(http_requests_total{service="ghost"}[{{window}}]))'
      ].join('\n'),
      'inline.yaml',
      () => ''
    )
    const blocking = await evaluate(slos)
    expect(blocking.status).toBe('ERROR')
    expect(blocking.canDeploy).toBe(false)
    const allowing = await evaluate(slos, { on_error: 'allow' })
    expect(allowing.status).toBe('CAUTION')
    expect(allowing.worst.name).toBe('fine')
    expect(allowing.slos.map(s => s.status)).toEqual(['CAUTION', 'ERROR'])
    expect(allowing.canDeploy).toBe(true)
  })

  it('runs every distinct query of every SLO once, all windows in one request', async () => {
    const slos = [...file('slos.yaml'), ...file('pyrra.yaml')]
    // The forecast of the blocking SLOs is counted in forecast.test.ts.
    const result = await evaluate(slos, { max_concurrency: '3', forecast: 'false' })
    // 5 SLOs x 2 queries, less the latency queries that two of them share (8); one probe for
    // recorded series; one coverage check per distinct total query (4); one range query per
    // distinct error query for the burn-down chart (4).
    expect(result.requestCount).toBe(8 + 1 + 4 + 4)
  })
})
