/**
 * The corpus in test/fixtures/specs: one file per format and variant teams already have (Sloth's
 * CRD and AlertWindows, OpenSLO v1alpha), each loaded into the SLOs it states, and one file per
 * refusal with the message it gets. Expected values are read off the fixture files by hand.
 */
import path from 'node:path'
import type { BurnTierSpec } from '../../../src/engine/budget.js'
import { InputError } from '../../../src/engine/inputs.js'
import type { SloSpec } from '../../../src/engine/slo.js'
import { parseAllDocuments } from 'yaml'
import { applyAlertWindows, parseAlertWindows } from '../../../src/specs/alert-windows.js'
import { Where } from '../../../src/specs/fields.js'
import { loadSlosFromFile, parseSloDocuments } from '../../../src/specs/index.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'specs')
const load = (file: string): SloSpec[] =>
  loadSlosFromFile(path.join(FIXTURES, file), () => '', file)

function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}
const refusalOf = (text: string): string =>
  refusal(() => parseSloDocuments(text, 'slos.yaml', () => ''))

const requests = (service: string, status = '') =>
  `http_requests_total{service="${service}"${status}}`
const increase = (selector: string) => `sum(increase(${selector}[{{window}}]))`
const rate = (selector: string) => `sum(rate(${selector}[{{window}}]))`

/** The four tiers of an AlertWindows, in Sloth's order: [percent, short, long] each. */
function tiers(...windows: [number, string, string][]): BurnTierSpec[] {
  const names = ['page quick', 'page slow', 'ticket quick', 'ticket slow']
  const escalations = ['FREEZE', 'WARNING', 'CAUTION', 'CAUTION'] as const
  return windows.map(([percent, shortWindow, longWindow], i) => ({
    name: names[i],
    longWindow,
    shortWindow,
    budgetShare: percent / 100,
    escalateTo: escalations[i]
  }))
}

const SEVEN_DAYS = tiers([8, '5m', '1h'], [12.5, '30m', '6h'], [20, '2h', '1d'], [42, '6h', '3d'])

/** One SLO as the test reads it: name, target, window, both queries, and its tiers' source. */
type Expected = [string, number, string, string, string, BurnTierSpec[]?, string?]

const bad = (service: string) => requests(service, ',status=~"5.."')
const good = (service: string) => requests(service, ',status!~"5.."')
const fromGood = (total: string, good: string) => `(${total}) - (${good})`
const sevenDaysFrom = 'AlertWindows 7d (sloth-alert-windows-7d.yaml, document 1)'

const CORPUS: [string, Expected[]][] = [
  [
    'sloth-k8s-getting-started.yaml',
    [
      [
        'checkout-requests-availability',
        99.9,
        '30d',
        rate(requests('caution', ',status=~"(5..|429)"')),
        rate(requests('caution'))
      ],
      [
        'checkout-requests-ratio',
        99.9,
        '30d',
        `(${rate(bad('healthy'))}\n/\n${rate(requests('healthy'))})`,
        'vector(1)'
      ]
    ]
  ],
  [
    'sloth-k8s-multifile.yaml',
    [
      ['search-availability', 99.9, '30d', increase(bad('warning')), increase(requests('warning'))],
      [
        'search-v2-availability',
        99.97,
        '30d',
        increase(bad('healthy')),
        increase(requests('healthy'))
      ]
    ]
  ],
  [
    'openslo-v1alpha-getting-started.yaml',
    [
      [
        'catalog-availability',
        99.9,
        '30d',
        fromGood(rate(requests('warning')), rate(good('warning'))),
        rate(requests('warning'))
      ]
    ]
  ],
  [
    'openslo-v1alpha-objectives.yaml',
    [
      ['inventory-writes', 99.9, '7d', increase(bad('caution')), increase(requests('caution'))],
      [
        'inventory-reads',
        99,
        '7d',
        fromGood(increase(requests('healthy')), increase(good('healthy'))),
        increase(requests('healthy'))
      ]
    ]
  ],
  [
    'sloth-alert-windows-7d.yaml',
    [
      [
        'weekly',
        99.9,
        '7d',
        increase(bad('caution')),
        increase(requests('caution')),
        SEVEN_DAYS,
        sevenDaysFrom
      ],
      [
        'weekly-in-hours',
        99.9,
        '168h',
        increase(bad('warning')),
        increase(requests('warning')),
        SEVEN_DAYS,
        sevenDaysFrom
      ],
      ['monthly', 99.9, '30d', increase(bad('healthy')), increase(requests('healthy'))]
    ]
  ],
  [
    'sloth-alert-windows-catalog.yaml',
    [
      [
        'billing-invoices',
        99.9,
        '30d',
        rate(bad('caution')),
        rate(requests('caution')),
        tiers([1, '2m', '30m'], [2, '15m', '3h'], [5, '1h', '12h'], [5, '3h', '36h']),
        'AlertWindows tight-30d (sloth-alert-windows-catalog.yaml, document 1)'
      ],
      [
        'billing-exports',
        99.9,
        '28d',
        increase(bad('healthy')),
        increase(requests('healthy')),
        tiers([2, '5m', '1h'], [5, '30m', '6h'], [10, '2h', '1d'], [10, '6h', '3d']),
        'AlertWindows 28d (sloth-alert-windows-catalog.yaml, document 2)'
      ]
    ]
  ]
]

describe('the corpus of files teams already have', () => {
  it.each(CORPUS)('%s loads into the SLOs it states', (file, expected) => {
    const slos = load(file)
    const read = slos.map(s => [
      s.name,
      s.target,
      s.window,
      s.errorQuery,
      s.totalQuery,
      s.burnTiers,
      s.burnTiersSource
    ])
    // Pad to seven so that "no tiers" is checked as undefined, not skipped.
    expect(read).toEqual(expected.map(e => Array.from({ length: 7 }, (_, i) => e[i])))
  })

  const REFUSED: [string, RegExp][] = [
    [
      'openslo-v1alpha-timeslices.yaml',
      /document 1 \(ledger-timeslices\), field spec\.budgetingMethod: Timeslices budgeting is not supported for SLO ledger-timeslices \(openslo\/v1alpha\): the gate needs a ratio of events .*; use budgetingMethod: Occurrences with objectives\[\]\.ratioMetrics \(good or bad, and total\) counting events$/
    ],
    [
      'openslo-v1-ratio-timeslices.yaml',
      /document 1 \(ledger-slices\), field spec\.budgetingMethod: RatioTimeslices budgeting is not supported for SLO ledger-slices \(openslo\/v1\): the gate needs a ratio of events .*; use budgetingMethod: Occurrences with a ratioMetric \(good or bad, and total\) counting events$/
    ],
    [
      'openslo-v1alpha-threshold.yaml',
      /document 1 \(ledger-latency\), field spec\.indicator\.thresholdMetric: threshold metrics are not supported for SLO ledger-latency \(openslo\/v1alpha\): the gate needs a ratio of events, .* as objectives\[\]\.ratioMetrics \(good or bad, and total\), e\.g\. good = requests faster than 0\.3 s/
    ],
    [
      'openslo-v1-threshold-sli.yaml',
      /document 2 \(ledger-p99-slo\), field SLI ledger-p99\.spec\.thresholdMetric: threshold metrics are not supported for SLO ledger-p99-slo \(openslo\/v1\): the gate needs a ratio of events, .* as a ratioMetric \(good or bad, and total\)/
    ],
    [
      'sloth-k8s-sli-plugin.yaml',
      /document 1 \(k8s-apiserver-requests-availability\), field spec\.slos\[0\]\.sli\.plugin: Sloth SLI plugin "sloth-common\/kubernetes\/apiserver\/availability" is not supported: the gate cannot run plugin code to get the SLI; write the SLI as sli\.events \(errorQuery, totalQuery\) or sli\.raw \(errorRatioQuery\)$/
    ],
    [
      'sloth-prometheus-v1-sli-plugin.yaml',
      /document 1 \(home-wifi-good-wifi-client-satisfaction\), field slos\[0\]\.sli\.plugin: Sloth SLI plugin "sloth-common\/coredns\/availability" is not supported: .*sli\.events \(error_query, total_query\) or sli\.raw \(error_ratio_query\)$/
    ],
    [
      'sloth-alert-windows-unused.yaml',
      /document 1, field spec\.sloPeriod: no SLO of this file has a 7d window \(30d\), so these windows would not be used/
    ]
  ]

  it.each(REFUSED)('%s is refused, saying why and what to write', (file, message) => {
    expect(refusal(() => load(`refused/${file}`))).toMatch(message)
  })
})

describe('Sloth Kubernetes CRD', () => {
  const crd = (
    spec: string,
    head = 'apiVersion: sloth.slok.dev/v1\nkind: PrometheusServiceLevel'
  ) => `${head}\nmetadata:\n  name: m\nspec:\n${spec}`
  const slo = `  slos:\n    - name: x\n      objective: 99\n      sli:\n        events:\n          errorQuery: e[{{.window}}]\n          totalQuery: t[{{.window}}]\n`

  it('names the CRD fields in errors', () => {
    expect(refusalOf(crd(slo))).toMatch(/field spec\.service: expected a non-empty string/)
    expect(
      refusalOf(crd(`  service: s\n${slo.replace('errorQuery: e[{{.window}}]', 'errorQuery: e')}`))
    ).toMatch(/\(s-x\), field spec\.slos\[0\]\.sli\.events\.errorQuery: has no \{\{window\}\}/)
    expect(
      refusalOf(crd('  service: s\n  slos:\n    - name: x\n      objective: 99\n      sli: {}\n'))
    ).toMatch(
      /field spec\.slos\[0\]\.sli: expected events or raw; write the SLI as sli\.events \(errorQuery, totalQuery\)/
    )
    expect(
      refusalOf(
        crd(
          '  service: s\n  slos:\n    - name: x\n      objective: 99\n      sli:\n        plugin: {}\n'
        )
      )
    ).toMatch(/Sloth SLI plugin \(no id\) is not supported/)
    // A plugin id is repository text: it reaches the log as one line, quoted.
    const forged = refusalOf(
      crd(
        '  service: s\n  slos:\n    - name: x\n      objective: 99\n      sli:\n        plugin: { id: "p\\n::warning::forged" }\n'
      )
    )
    expect(forged).not.toContain('\n')
    expect(forged).toContain('Sloth SLI plugin "p\\n::warning::forged" is not supported')
  })

  it('refuses other Sloth kinds and versions', () => {
    expect(refusalOf(crd(slo, 'apiVersion: sloth.slok.dev/v1\nkind: PrometheusRule'))).toMatch(
      /document 1, field kind: "PrometheusRule" is not a Sloth kind the gate knows \(PrometheusServiceLevel, AlertWindows\)/
    )
    expect(
      refusalOf(crd(slo, 'apiVersion: sloth.slok.dev/v2\nkind: PrometheusServiceLevel'))
    ).toMatch(
      /field apiVersion: sloth\.slok\.dev\/v2 is not supported; expected sloth\.slok\.dev\/v1/
    )
  })
})

describe('Sloth AlertWindows', () => {
  const windows = (overrides: Record<string, string> = {}) => {
    const line = (key: string, fallback: string) => overrides[key] ?? fallback
    return [
      'apiVersion: sloth.slok.dev/v1',
      'kind: AlertWindows',
      'spec:',
      `  sloPeriod: ${line('sloPeriod', '30d')}`,
      '  page:',
      `    quick: ${line('page.quick', '{ errorBudgetPercent: 2, shortWindow: 5m, longWindow: 1h }')}`,
      '    slow: { errorBudgetPercent: 5, shortWindow: 30m, longWindow: 6h }',
      '  ticket:',
      '    quick: { errorBudgetPercent: 10, shortWindow: 2h, longWindow: 1d }',
      `    slow: ${line('ticket.slow', '{ errorBudgetPercent: 10, shortWindow: 6h, longWindow: 3d }')}`,
      '---',
      'slos:',
      `  - name: a\n    time_window: ${line('window', '30d')}`
    ].join('\n')
  }

  it('matches the SLO window by its length, not its spelling', () => {
    const [slo] = parseSloDocuments(windows({ window: '720h' }), 'slos.yaml', () => '')
    expect(slo.burnTiers?.map(t => [t.name, t.budgetShare])).toEqual([
      ['page quick', 0.02],
      ['page slow', 0.05],
      ['ticket quick', 0.1],
      ['ticket slow', 0.1]
    ])
  })

  it('refuses windows that cannot be tiers, naming the field', () => {
    expect(
      refusalOf(
        windows({ 'page.quick': '{ errorBudgetPercent: 0, shortWindow: 5m, longWindow: 1h }' })
      )
    ).toMatch(
      /document 1, field spec\.page\.quick\.errorBudgetPercent: 0 is out of range; expected a percentage of the budget with 0 < x <= 100/
    )
    expect(
      refusalOf(
        windows({ 'page.quick': '{ errorBudgetPercent: 101, shortWindow: 5m, longWindow: 1h }' })
      )
    ).toMatch(/errorBudgetPercent: 101 is out of range/)
    expect(
      refusalOf(
        windows({ 'page.quick': '{ errorBudgetPercent: lots, shortWindow: 5m, longWindow: 1h }' })
      )
    ).toMatch(/field spec\.page\.quick\.errorBudgetPercent: "lots" is not a number/)
    expect(
      refusalOf(
        windows({ 'page.quick': '{ errorBudgetPercent: 2, shortWindow: 1h, longWindow: 1h }' })
      )
    ).toMatch(/field spec\.page\.quick\.shortWindow: 1h is not shorter than longWindow 1h/)
    expect(
      refusalOf(
        windows({ 'ticket.slow': '{ errorBudgetPercent: 10, shortWindow: 6h, longWindow: 31d }' })
      )
    ).toMatch(/field spec\.ticket\.slow\.longWindow: 31d is longer than sloPeriod 30d/)
    expect(
      refusalOf(
        windows({
          'page.quick': '{ errorBudgetPercent: 2, shortWindow: 5 minutes, longWindow: 1h }'
        })
      )
    ).toMatch(/field spec\.page\.quick\.shortWindow: "5 minutes" is not a Prometheus duration/)
    expect(
      refusalOf(windows({ 'page.quick': '{ errorBudgetPercent: 2, longWindow: 1h }' }))
    ).toMatch(/document 1, field spec\.page\.quick\.shortWindow: expected a non-empty string$/)
    expect(refusalOf(windows({ 'ticket.slow': '' }))).toMatch(
      /field spec\.ticket\.slow: expected a mapping/
    )
    expect(refusalOf(windows({ sloPeriod: 'a month' }))).toMatch(
      /field spec\.sloPeriod: "a month" is not a Prometheus duration/
    )
  })

  it('refuses two AlertWindows for one period', () => {
    const text = windows()
    const second = text.slice(0, text.indexOf('---'))
    expect(refusalOf(`${second}---\n${text}`)).toMatch(
      /document 2, field spec\.sloPeriod: a second AlertWindows for 30d \(document 1 has one\)/
    )
  })

  it('leaves tiers an SLO sets itself, and says so when no SLO is left to use them', () => {
    const text = windows()
    const [first] = parseAllDocuments(text.slice(0, text.indexOf('---')))
    const alertWindows = parseAlertWindows(first.toJS(), new Where('slos.yaml', 1))
    const [slo] = parseSloDocuments(text, 'slos.yaml', () => '')
    const own: BurnTierSpec[] = [
      { name: 'own', longWindow: '1h', shortWindow: '5m', factor: 10, escalateTo: 'FREEZE' }
    ]
    const mine = { ...slo, name: 'mine', burnTiers: own, burnTiersSource: undefined }
    const plain = { ...slo, name: 'plain', burnTiers: undefined, burnTiersSource: undefined }
    expect(() => applyAlertWindows([mine], [alertWindows])).toThrow(
      /document 1, field spec\.sloPeriod: every SLO with a 30d window sets burn tiers of its own, so these windows would not be used/
    )
    const [kept, served] = applyAlertWindows([mine, plain], [alertWindows])
    expect(kept.burnTiers).toBe(own)
    expect(served.burnTiersSource).toBe('AlertWindows 30d (slos.yaml, document 1)')
  })

  it('is no SLO by itself', () => {
    const text = windows()
    expect(refusalOf(text.slice(0, text.indexOf('---')))).toMatch(/slos\.yaml: no SLO found/)
  })
})

describe('OpenSLO v1alpha', () => {
  const slo = (spec: string, head = 'apiVersion: openslo/v1alpha\nkind: SLO') =>
    `${head}\nmetadata:\n  name: s1\nspec:\n  service: s\n${spec}`
  const side = (query: string, extra = '') =>
    `{ source: prometheus, queryType: promql, query: '${query}'${extra} }`
  const objective = (ratio = `counter: true, good: ${side('g')}, total: ${side('t')}`) =>
    `  objectives:\n    - target: 0.99\n      ratioMetrics: { ${ratio} }\n`
  const window = (w = 'count: 28, unit: Day') => `  timeWindows:\n    - { ${w} }\n`

  it('reads every rolling unit and the ratioMetric spelling', () => {
    const read = (w: string) =>
      parseSloDocuments(slo(`${window(w)}${objective()}`), 'x.yaml', () => '')[0].window
    expect(read('count: 90, unit: Minute')).toBe('90m')
    expect(read('count: 12, unit: Hour')).toBe('12h')
    expect(read('count: 2, unit: Week, isRolling: true')).toBe('2w')
    // Calendar windows: one Month, Quarter or Week, with the calendar's zone.
    const calendar = (w: string) =>
      parseSloDocuments(slo(`${window(w)}${objective()}`), 'x.yaml', () => '')[0]
    expect(calendar('count: 1, unit: Quarter, isRolling: false')).toMatchObject({
      window: 'quarter',
      timeZone: 'UTC'
    })
    expect(
      calendar(
        'count: 1, unit: Week, calendar: { startTime: "2021-05-03 00:00:00", timeZone: Asia/Tokyo }'
      )
    ).toMatchObject({ window: 'week', timeZone: 'Asia/Tokyo' })
    const [spelled] = parseSloDocuments(
      slo(
        `${window()}  objectives:\n    - target: 0.99\n      ratioMetric: { counter: true, good: ${side('g')}, total: ${side('t')} }\n`
      ),
      'x.yaml',
      () => ''
    )
    expect(spelled.totalQuery).toBe('sum(increase(t[{{window}}]))')
  })

  it('refuses what has no meaning for the gate, naming the apiVersion or the field', () => {
    expect(refusalOf(slo(`${window('count: 1, unit: Month')}${objective()}`))).toMatch(
      /\(s1\), field spec\.timeWindows\[0\]\.unit: "Month" is not a rolling-window unit; expected Second, Minute, Hour, Day, Week/
    )
    expect(
      refusalOf(
        slo(
          `${window('count: 2, unit: Month, calendar: { startTime: "2021-05-01 00:00:00", timeZone: UTC }')}${objective()}`
        )
      )
    ).toMatch(
      /field spec\.timeWindows\[0\]: a calendar window of 2 "Month" is not supported for SLO s1; expected count 1 with unit Month, Quarter or Week/
    )
    expect(refusalOf(slo(`${window('count: 0, unit: Day')}${objective()}`))).toMatch(
      /field spec\.timeWindows\[0\]\.count: 0 is not a positive whole number/
    )
    expect(refusalOf(slo(`${window()}    - { count: 7, unit: Day }\n${objective()}`))).toMatch(
      /field spec\.timeWindows: expected exactly one time window, got 2/
    )
    expect(
      refusalOf(slo(`${window()}${objective(`good: ${side('g')}, total: ${side('t')}`)}`))
    ).toMatch(
      /field spec\.objectives\[0\]\.ratioMetrics\.total\.query: the query has no \{\{window\}\}: write the range as \[\{\{window\}\}\], or set counter: true/
    )
    expect(
      refusalOf(
        slo(
          `${window()}${objective(`counter: true, good: { source: datadog, query: g }, total: ${side('t')}`)}`
        )
      )
    ).toMatch(/field spec\.objectives\[0\]\.ratioMetrics\.good\.source: "datadog" is not supported/)
    expect(
      refusalOf(
        slo(
          `${window()}${objective(`counter: true, good: ${side('g')}, total: { source: prometheus, queryType: query, query: t }`)}`
        )
      )
    ).toMatch(/ratioMetrics\.total\.queryType: "query" is not supported; only promql is/)
    expect(
      refusalOf(
        slo(
          `${window()}${objective(`counter: true, good: ${side('g', ', metadata: { bucket: "0.25" }')}, total: ${side('t')}`)}`
        )
      )
    ).toMatch(
      /ratioMetrics\.good\.metadata: openslo\/v1alpha data-source metadata has no meaning for the gate/
    )
    expect(
      refusalOf(
        slo(`${window()}${objective(`incremental: true, good: ${side('g')}, total: ${side('t')}`)}`)
      )
    ).toMatch(
      /ratioMetrics\.incremental: openslo\/v1alpha incremental has no v1 meaning; use counter: true/
    )
    expect(refusalOf(slo(`${window()}  objectives:\n    - target: 0.99\n`))).toMatch(
      /field spec\.objectives\[0\]\.ratioMetrics: expected ratioMetrics \(good or bad, and total\) on every objective/
    )
    // The v1 spelling in a v1alpha file: both versions and both fields are named.
    expect(refusalOf(slo(`  timeWindow:\n    - duration: 1d\n${objective()}`))).toMatch(
      /field spec\.timeWindow: is the openslo\/v1 field; this document says apiVersion: openslo\/v1alpha, whose window is spec\.timeWindows \(count and unit\)/
    )
    expect(refusalOf(slo(objective()))).toMatch(
      /field spec\.timeWindows: expected a non-empty list/
    )
  })

  it('refuses other OpenSLO versions and kinds', () => {
    expect(refusalOf(slo(window(), 'apiVersion: openslo/v2alpha\nkind: SLO'))).toMatch(
      /document 1, field apiVersion: openslo\/v2alpha is not supported; expected openslo\/v1 or openslo\/v1alpha/
    )
    expect(refusalOf(slo(window(), 'apiVersion: openslo/v1alpha\nkind: SLI'))).toMatch(
      /field kind: "SLI" is not an openslo\/v1alpha kind the gate knows \(SLO, Service\)/
    )
  })
})
