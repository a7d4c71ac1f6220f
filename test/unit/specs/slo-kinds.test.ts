/** The inputs and config fields of burn tiers and low traffic: what is read, what is refused. */
import { InputError, type InputSource } from '../../../src/engine/inputs.js'
import { readGateConfig } from '../../../src/engine/config.js'
import { PrometheusError, type QueryClient } from '../../../src/prometheus/api.js'
import { checksFor } from '../../../src/engine/tiers.js'
import { atEvaluationTime, windowsFor } from '../../../src/engine/windows.js'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { minEventsFor } from '../../../src/engine/assess.js'
import { loadSlosFromFile, parseSloDocuments } from '../../../src/specs/index.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

const source =
  (values: Record<string, string>): InputSource =>
  name =>
    values[name] ?? ''
const inputs = (values: Record<string, string>) =>
  readGateConfig(source({ prometheus_url: 'http://127.0.0.1:9090', ...values })).slos[0]
const parse = (text: string) => parseSloDocuments(text, 'slos.yaml', () => '')

function messageOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('burn_tiers, fast/slow_burn_threshold, min_events, low_traffic inputs', () => {
  it('reads the three tier sets and queries the windows they need', () => {
    expect(checksFor(inputs({})).map(c => c.name)).toEqual(['fast burn', 'slow burn'])
    const both = inputs({ burn_tiers: 'page,ticket' })
    expect(checksFor(both).map(c => c.threshold)).toEqual([14.4, 6, 3, 1])
    expect(windowsFor(both)).toEqual(['30d', '1h', '5m', '6h', '30m', '1d', '2h', '3d'])
    expect(checksFor(inputs({ burn_tiers: 'none' }))).toEqual([])
    expect(checksFor(inputs({ time_window: '28d' })).map(c => c.threshold)).toEqual([13.44, 5.6])
  })

  it.each([
    [
      { burn_tiers: 'pager' },
      'Input burn_tiers: "pager" is not a tier set; expected page, page,ticket or none'
    ],
    [{ burn_tiers: 'none,page' }, 'Input burn_tiers: "none" is not a tier set'],
    [
      { burn_tiers: 'page,ticket', time_window: '2d' },
      "Input burn_tiers: the ticket slow burn tier's long window 3d is longer than the SLO window 2d"
    ],
    [
      { fast_burn_threshold: 'fast' },
      'Input fast_burn_threshold: "fast" is not a number; expected auto'
    ],
    [{ min_events: '-1' }, 'Input min_events: -1 is not a whole number of events'],
    [{ min_events: '2.5' }, 'Input min_events: 2.5 is not a whole number of events'],
    [
      { low_traffic: 'allow', min_events: '10001' },
      'Input min_events: 10001 with low_traffic: allow would let default go unblocked below 10001 events; at 99.9% one bad event is within the budget from 1000 events on, so keep min_events at most 10000 (10x) with allow'
    ],
    [
      { low_traffic: 'ignore' },
      'Input low_traffic: "ignore" is not allowed; expected evaluate or allow'
    ],
    [
      // auto resolves to 10^12 events here: allow would exempt every real service.
      { low_traffic: 'allow', slo_target: '99.9999999999' },
      'with low_traffic: allow would let default go unblocked below'
    ]
  ])('refuses %j', (values, message) => {
    expect(messageOf(() => inputs(values))).toContain(message)
  })

  it('min_events auto is the events at which the budget allows one bad event', () => {
    expect(minEventsFor(inputs({}))).toBe(1000)
    expect(minEventsFor(inputs({ slo_target: '99.95' }))).toBe(2000)
    expect(minEventsFor(inputs({ slo_target: '99' }))).toBe(100)
    expect(minEventsFor(inputs({ min_events: '0' }))).toBe(0)
  })
})

describe('burn tiers in our config format', () => {
  const slo = (tiers: string) =>
    parse(
      [
        'slos:',
        '  - name: api',
        '    time_window: 7d',
        '    error_query: e[{{window}}]',
        '    total_query: t[{{window}}]',
        tiers
      ].join('\n')
    )

  it('reads tiers of its own by share or by factor, and a tier set by name', () => {
    const [api] = slo(
      [
        '    burn_tiers:',
        '      - { name: fast, long: 1h, short: 15m, share: 2%, escalate_to: FREEZE }',
        '      - { long: 1d, short: 2h, factor: 1.5, escalate_to: caution }'
      ].join('\n')
    )
    expect(
      checksFor(api).map(c => [c.name, c.longWindow, c.shortWindow, c.threshold, c.escalateTo])
    ).toEqual([
      ['fast', '1h', '15m', 3.36, 'FREEZE'],
      ['1d/2h burn', '1d', '2h', 1.5, 'CAUTION']
    ])
    const [set] = slo('    burn_tiers: page,ticket')
    expect(checksFor(set).map(c => c.threshold)).toEqual([3.36, 1.4, 0.7, 0.2333333333])
  })

  it('defaults: tiers apply to every SLO, and a tier set of its own replaces them', () => {
    const [inherits, own] = parse(
      [
        'defaults:',
        '  burn_tiers: [{ long: 1h, short: 15m, share: 2%, escalate_to: FREEZE }]',
        '  min_events: 50',
        '  low_traffic: allow',
        'slos:',
        '  - { name: a, error_query: "e[{{window}}]", total_query: "t[{{window}}]" }',
        '  - { name: b, error_query: "e[{{window}}]", total_query: "t[{{window}}]", burn_tiers: page }'
      ].join('\n')
    )
    expect(checksFor(inherits).map(c => c.shortWindow)).toEqual(['15m'])
    expect(checksFor(own).map(c => c.name)).toEqual(['fast burn', 'slow burn'])
    expect([inherits.minEvents, inherits.lowTraffic]).toEqual([50, 'allow'])
  })

  it.each([
    [
      '      - { long: 1h, short: 5m, share: 0.02, escalate_to: FREEZE }',
      'field slos[0].burn_tiers[0].share: 0.02 is not a share of the budget; expected a percentage with 0 < x <= 100 and its % sign, such as 2%'
    ],
    [
      '      - { long: 1h, short: 5m, escalate_to: FREEZE }',
      'field slos[0].burn_tiers[0]: expected either share'
    ],
    [
      '      - { long: 1h, short: 5m, share: 2%, factor: 3, escalate_to: FREEZE }',
      'field slos[0].burn_tiers[0]: expected either share'
    ],
    [
      '      - { long: 1h, short: 5m, share: 2%, escalate_to: NORMAL }',
      'field slos[0].burn_tiers[0].escalate_to: "NORMAL" is not a level a tier can raise to'
    ],
    [
      '      - { long: 1h, short: 5m, factor: 0, escalate_to: FREEZE }',
      'field slos[0].burn_tiers[0].factor: 0 is not a positive burn factor'
    ],
    [
      '      - { long: 5m, short: 1h, share: 2%, escalate_to: FREEZE }',
      "field slos[0].burn_tiers: the 5m/1h burn tier's short window 1h is not shorter than its long window 5m"
    ],
    [
      '      - { long: 8d, short: 1h, share: 2%, escalate_to: FREEZE }',
      'long window 8d is longer than the SLO window 7d'
    ],
    [
      '      - { long: 1h, short: 5m, share: 2%, escalate_to: FREEZE, severity: page }',
      'field slos[0].burn_tiers[0].severity: unknown field'
    ]
  ])('refuses %s', (tier, message) => {
    expect(messageOf(() => slo(`    burn_tiers:\n${tier}`))).toContain(message)
  })
})

describe('Sloth AlertWindows tiers are the ones evaluated', () => {
  it('8% of a 7d budget in 1h is a factor of 13.44, as Sloth computes it', () => {
    const slos = loadSlosFromFile(
      `${REPO_ROOT}/test/fixtures/specs/sloth-alert-windows-7d.yaml`,
      () => ''
    )
    const checks = checksFor(slos[0])
    expect(
      checks.map(c => [c.name, c.longWindow, c.shortWindow, c.threshold, c.escalateTo])
    ).toEqual([
      ['page quick', '1h', '5m', 13.44, 'FREEZE'],
      ['page slow', '6h', '30m', 3.5, 'WARNING'],
      ['ticket quick', '1d', '2h', 1.4, 'CAUTION'],
      ['ticket slow', '3d', '6h', 0.98, 'CAUTION']
    ])
    expect(windowsFor(slos[0])).toContain('3d')
  })
})

describe('exclude', () => {
  const time = '2026-11-20T00:00:00Z'
  const withExclude = (exclude: string, extra: Record<string, string> = {}) =>
    inputs({ exclude, evaluation_time: time, ...extra })

  it('reads START/END and START/DURATION, UTC or with an offset, one a line', () => {
    const slo = withExclude(
      [
        '2026-11-13T02:00:00Z/2026-11-13T04:00:00Z planned DB failover',
        '',
        '2026-11-14T03:00:00+01:00/PT1H30M INC-42, already paid for'
      ].join('\n')
    )
    expect(slo.exclusions).toEqual([
      {
        start: Date.parse('2026-11-13T02:00:00Z') / 1000,
        end: Date.parse('2026-11-13T04:00:00Z') / 1000,
        reason: 'planned DB failover',
        source: 'exclude line 1'
      },
      {
        start: Date.parse('2026-11-14T02:00:00Z') / 1000,
        end: Date.parse('2026-11-14T03:30:00Z') / 1000,
        reason: 'INC-42, already paid for',
        source: 'exclude line 3'
      }
    ])
  })

  it.each([
    [
      '2026-11-13T02:00:00Z/2026-11-13T04:00:00Z',
      'Input exclude: line 1: "2026-11-13T02:00:00Z/2026-11-13T04:00:00Z" is not an interval; expected START/END reason'
    ],
    [
      '2026-11-13 02:00/PT2H maintenance',
      'Input exclude: line 1: "2026-11-13 02:00/PT2H maintenance" is not an interval'
    ],
    [
      '2026-11-13T02:00:00/PT2H no zone',
      'Input exclude: line 1: "2026-11-13T02:00:00" is not a time; expected ISO 8601 in UTC or with an offset'
    ],
    ['2026-11-13T02:00:00Z/P2H bad', 'Input exclude: line 1: "P2H" is not a duration'],
    [
      '2026-11-13T04:00:00Z/2026-11-13T02:00:00Z backwards',
      'Input exclude: line 1: ends at or before its start'
    ],
    [
      '2026-11-13T02:00:00Z/PT2H done\r::warning::forged',
      'Input exclude: line 1: the reason holds control characters'
    ],
    [
      '2026-11-13T02:00:00Z/PT2H \u001b[31mred',
      'Input exclude: line 1: the reason holds control characters'
    ],
    [
      '\n\n2026-11-19T23:00:00Z/PT2H still going',
      'Input exclude: default: exclude line 3: ends at 2026-11-20T01:00:00Z, after the evaluation time 2026-11-20T00:00:00Z; an interval may not lie in the future'
    ],
    [
      '2026-11-13T02:00:00Z/PT2H a\n2026-11-13T03:00:00Z/PT2H b',
      'Input exclude: default: exclude line 2 (2026-11-13T03:00:00Z/2026-11-13T05:00:00Z) overlaps exclude line 1 (2026-11-13T02:00:00Z/2026-11-13T04:00:00Z); merge them into one interval'
    ],
    [
      Array.from({ length: 51 }, (_, i) =>
        `2026-11-01T${String(i % 24).padStart(2, '0')}:00:00Z/PT1M n${i}`.replace(
          '2026-11-01',
          `2026-11-${String(1 + Math.floor(i / 24)).padStart(2, '0')}`
        )
      ).join('\n'),
      'Input exclude: default: 51 intervals; at most 50 are allowed'
    ]
  ])('refuses %j', (exclude, message) => {
    expect(messageOf(() => withExclude(exclude))).toContain(message)
  })

  it('refuses an SLO whose queries cannot have events removed', () => {
    expect(
      messageOf(() =>
        withExclude('2026-11-13T02:00:00Z/PT2H x', {
          error_query: 'sum(rate(e[{{window}}])) * 0 + {{window}}'
        })
      )
    ).toContain('does not count events over [{{window}}] ranges')
  })

  it('in our config: a list per SLO and in defaults:, errors naming the field', () => {
    expect(
      messageOf(() =>
        parse(
          [
            'slos:',
            '  - name: api',
            '    error_query: e[{{window}}]',
            '    total_query: t[{{window}}]',
            '    exclude: ["2026-11-13T02:00:00Z/PT2H ok", "2026-11-13T02:00:00Z reason"]'
          ].join('\n')
        )
      )
    ).toContain(
      'slos.yaml, document 1 (api), field slos[0].exclude[1]: "2026-11-13T02:00:00Z reason" is not an interval'
    )
  })
})

describe('calendar windows: time_window month | quarter | week, time_zone', () => {
  it('reads the calendar words and an IANA zone; refuses other words and zones', () => {
    expect(inputs({ time_window: 'month', time_zone: 'Europe/Berlin' })).toMatchObject({
      window: 'month',
      timeZone: 'Europe/Berlin'
    })
    expect(inputs({}).timeZone).toBe('UTC')
    expect(messageOf(() => inputs({ time_window: 'months' }))).toContain(
      'Input time_window: "months" is not a Prometheus duration (examples: 30d, 4w, 720h, 1d12h, 5m), or a calendar period: month, quarter, week'
    )
    expect(messageOf(() => inputs({ time_window: 'month', time_zone: 'Europe/Bonn' }))).toBe(
      'Input time_zone: "Europe/Bonn" is not a time zone; expected an IANA name such as UTC, Europe/Berlin, America/New_York'
    )
    // Tiers must fit the shortest period: a week holds the 3d ticket tier, not an 8d one.
    expect(checksFor(inputs({ time_window: 'week', burn_tiers: 'page,ticket' }))).toBeDefined()
  })

  it('resolves at evaluation time to the elapsed seconds, with factors from the whole period', () => {
    const slo = atEvaluationTime(
      inputs({ time_window: 'month', time_zone: 'Europe/Berlin' }),
      new Date('2026-10-11T22:00:00Z')
    )
    expect(slo.window).toBe(`${11 * 86400}s`)
    expect(checksFor(slo).map(c => c.threshold)).toEqual([14.9, 6.208333333])
  })

  const openslo = (timeWindow: string) =>
    parse(
      [
        'apiVersion: openslo/v1',
        'kind: SLO',
        'metadata: { name: api }',
        'spec:',
        '  budgetingMethod: Occurrences',
        '  timeWindow:',
        timeWindow,
        '  indicator:',
        '    metadata: { name: api-errors }',
        '    spec:',
        '      ratioMetric:',
        '        counter: true',
        '        bad: { metricSource: { type: Prometheus, spec: { query: \'http_requests_total{code="500"}\' } } }',
        '        total: { metricSource: { type: Prometheus, spec: { query: http_requests_total } } }',
        '  objectives: [{ target: 0.999 }]'
      ].join('\n')
    )

  it.each([
    ['1M', 'month'],
    ['1Q', 'quarter'],
    ['1w', 'week']
  ])(
    'reads an OpenSLO v1 calendar timeWindow of %s as a %s with its calendar.timeZone',
    (duration, unit) => {
      const [slo] = openslo(
        `    - { duration: ${duration}, isRolling: false, calendar: { startTime: "2026-01-01 00:00:00", timeZone: America/New_York } }`
      )
      expect([slo.window, slo.timeZone]).toEqual([unit, 'America/New_York'])
    }
  )

  it('refuses other calendar durations and unknown zones, naming the field', () => {
    expect(messageOf(() => openslo('    - { duration: 2w, isRolling: false }'))).toContain(
      'field spec.timeWindow[0].duration: a calendar window of "2w" is not supported for SLO api; expected 1M (month), 1Q (quarter) or 1w (ISO week), or isRolling: true'
    )
    expect(
      messageOf(() =>
        openslo('    - { duration: 1M, isRolling: false, calendar: { timeZone: Mars/Olympus } }')
      )
    ).toContain('field spec.timeWindow[0].calendar.timeZone: "Mars/Olympus" is not a time zone')
  })
})

describe('the first minutes of a calendar period', () => {
  it('is ERROR while the elapsed range holds no samples, and says why', async () => {
    const config = readGateConfig(
      source({
        prometheus_url: 'http://127.0.0.1:9090',
        time_window: 'month',
        evaluation_time: '2026-12-01T00:00:30Z'
      })
    )
    const noData = async () => {
      throw new PrometheusError('no data: the query matched no series', 'no-data')
    }
    const client = {
      queryScalar: noData,
      queryVector: async () => [],
      queryRange: async () => [],
      close() {}
    } as unknown as QueryClient
    const result = await evaluateGate(config, { client })
    expect(result.status).toBe('ERROR')
    expect(result.canDeploy).toBe(false)
    // Only the word on the default queries' missing label matcher.
    expect(result.warnings.filter(w => !w.includes('without a label matcher'))).toEqual([])
    expect(result.worst.error).toContain(
      'over 30s: no data: the query matched no series (check the metric names and labels); the month began only 30s ago (2026-12-01T00:00:00Z), too short for two samples'
    )
  })
})

describe('time_zone beside a rolling window', () => {
  it('has no effect, and the gate says so', async () => {
    const config = readGateConfig(
      source({ prometheus_url: 'http://127.0.0.1:9090', time_zone: 'Europe/Berlin' })
    )
    const client = {
      queryScalar: async () => ({ value: 1, infos: [] }),
      queryVector: async (query: string) =>
        query.split(' or ').map(term => ({
          metric: { ebg_window: /"ebg_window", "([^"]+)"/.exec(term)![1] },
          value: [0, term.includes('5..') ? '1' : '1000000']
        })),
      close() {}
    } as unknown as QueryClient
    const result = await evaluateGate(config, { client })
    expect(result.warnings).toContain(
      'default: time_zone Europe/Berlin has no effect on the rolling 30d window; it applies to month, quarter and week'
    )
  })
})

describe('exclusions of defaults: and of an SLO are checked together', () => {
  it('an overlap between them is a bad input naming both places', () => {
    const text = [
      'defaults:',
      '  exclude: ["2026-11-13T02:00:00Z/PT2H maintenance"]',
      'slos:',
      '  - name: api',
      '    error_query: e[{{window}}]',
      '    total_query: t[{{window}}]',
      '    exclude: ["2026-11-13T03:00:00Z/PT1H incident"]'
    ].join('\n')
    const slos = parse(text)
    expect(slos[0].exclusions.map(e => e.reason)).toEqual(['maintenance', 'incident'])
    expect(
      messageOf(() =>
        readGateConfig(
          source({
            prometheus_url: 'http://127.0.0.1:9090',
            evaluation_time: '2026-11-20T00:00:00Z'
          }),
          slos
        )
      )
    ).toBe(
      'Input config_file: api: slos.yaml, document 1, slos[0].exclude[0] (2026-11-13T03:00:00Z/2026-11-13T04:00:00Z) overlaps slos.yaml, document 1, defaults.exclude[0] (2026-11-13T02:00:00Z/2026-11-13T04:00:00Z); merge them into one interval'
    )
  })
})
