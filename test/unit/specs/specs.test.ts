/** Spec parsing: every format, multi-document files, and errors that name file, document and field. */
import fs from 'node:fs'
import path from 'node:path'
import { InputError } from '../../../src/engine/inputs.js'
import { loadSlosFromFile, parseSloDocuments } from '../../../src/specs/index.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

const none = () => ''
const parse = (text: string, defaults: Record<string, string> = {}) =>
  parseSloDocuments(text, 'slos.yaml', name => defaults[name] ?? '')
const example = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8')

function errorOf(text: string): string {
  try {
    parse(text)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe('config_file')
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('our format', () => {
  it('reads SLOs with defaults from the file, then from the inputs', () => {
    const slos = parse(example('slos.yaml'), { slo_target: '99.5', burn_rate_window: '6h' })
    expect(slos.map(s => s.name)).toEqual([
      'checkout-availability',
      'checkout-latency',
      'search-availability'
    ])
    expect(slos[1].target).toBe(99)
    expect(slos[2].blockOn).toEqual(['FREEZE', 'EXHAUSTED'])
    expect(slos[0].burnRateWindow).toBe('6h')
    const defaulted = parse('slos:\n  - name: a\n', { slo_target: '99.5' })[0]
    expect(defaulted.target).toBe(99.5)
    expect(defaulted.errorQuery).toContain('{{window}}')
  })

  it('takes query_source per SLO, the input as the default, and refuses any other value', () => {
    const slos = parse('slos:\n  - name: a\n    query_source: rules\n  - name: b\n', {
      query_source: 'raw'
    })
    expect(slos.map(s => s.querySource)).toEqual(['rules', 'raw'])
    expect(parse('slos:\n  - name: c\n')[0].querySource).toBe('auto')
    expect(errorOf('slos:\n  - name: d\n    query_source: cached\n')).toMatch(
      /slos\[0\]\.query_source.*"cached" is not allowed; expected raw, rules or auto/
    )
  })

  it('names the field of a bad value', () => {
    expect(errorOf('slos:\n  - name: a\n    target: 0.999\n')).toMatch(
      /slos\.yaml, document 1 \(a\), field slos\[0\]\.target: 0\.999 looks like a ratio/
    )
    expect(errorOf('slos:\n  - name: a\n    error_query: sum(x)\n')).toMatch(
      /field slos\[0\]\.error_query: has no \{\{window\}\}/
    )
    expect(errorOf('slos:\n  - name: a\n    thresholds: { warning: 90 }\n')).toMatch(
      /field slos\[0\]\.thresholds: thresholds must be strictly decreasing/
    )
    expect(errorOf('slos:\n  - name: a\n    windw: 30d\n')).toMatch(
      /field slos\[0\]\.windw: unknown field/
    )
    expect(errorOf('slos:\n  - target: 99\n')).toMatch(
      /field slos\[0\]\.name: expected a non-empty string/
    )
    expect(errorOf('slos: []\n')).toMatch(/field slos: expected a non-empty list/)
    expect(errorOf('slos:\n  - name: a\n  - name: a\n')).toMatch(/two SLOs are named "a"/)
  })
})

describe('Sloth', () => {
  it('converts {{.window}} and raw ratio SLIs', () => {
    const slos = parse(example('sloth.yaml'))
    expect(slos.map(s => s.name)).toEqual([
      'payments-requests-availability',
      'payments-requests-ratio'
    ])
    expect(slos[0].errorQuery).toContain('[{{window}}]')
    expect(slos[0].errorQuery).not.toContain('.window')
    expect(slos[1].totalQuery).toBe('vector(1)')
    expect(slos[1].errorQuery.startsWith('(')).toBe(true)
  })

  it('refuses plugins clearly', () => {
    expect(
      errorOf(
        'version: prometheus/v1\nservice: s\nslos:\n  - name: x\n    objective: 99\n    sli:\n      plugin:\n        id: sloth-common/kubernetes/apiserver/availability\n'
      )
    ).toMatch(
      /document 1 \(s-x\), field slos\[0\]\.sli\.plugin: Sloth SLI plugin "sloth-common\/kubernetes\/apiserver\/availability" is not supported/
    )
  })
})

describe('OpenSLO', () => {
  it('reads inline indicators and indicatorRef to an SLI document, skipping Service documents', () => {
    const slos = parse(example('openslo.yaml'))
    expect(slos.map(s => [s.name, s.target, s.window])).toEqual([
      ['search-availability', 99.9, '30d'],
      ['search-errors', 99.9, '30d']
    ])
    expect(slos[0].errorQuery).toMatch(
      /^\(sum\(increase\(http_requests_total\{service="recovering"\}\[\{\{window\}\}\]\)\)\) - \(/
    )
  })

  const slo = (spec: string) =>
    `apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: s1\nspec:\n${spec}`
  const ratio = `  indicator:\n    spec:\n      ratioMetric:\n        counter: true\n        bad: { metricSource: { type: Prometheus, spec: { query: e } } }\n        total: { metricSource: { type: Prometheus, spec: { query: t } } }\n`
  const window = '  timeWindow:\n    - duration: 28d\n      isRolling: true\n'

  it('names unsupported features and the SLO', () => {
    expect(
      errorOf(
        slo(`${ratio}${window}  budgetingMethod: Timeslices\n  objectives:\n    - target: 0.99\n`)
      )
    ).toMatch(
      /document 1 \(s1\), field spec\.budgetingMethod: Timeslices budgeting is not supported for SLO s1/
    )
    expect(
      errorOf(
        slo(
          `  indicator:\n    spec:\n      thresholdMetric:\n        metricSource: { spec: { query: x } }\n${window}  objectives:\n    - target: 0.99\n`
        )
      )
    ).toMatch(
      /field spec\.indicator\.spec\.thresholdMetric: threshold metrics are not supported for SLO s1/
    )
    expect(errorOf(slo(`${ratio}${window}  objectives:\n    - target: 99.9\n`))).toMatch(
      /field spec\.objectives\[0\]\.target: 99\.9 is not a ratio/
    )
    expect(
      errorOf(slo(`  indicatorRef: nope\n${window}  objectives:\n    - target: 0.99\n`))
    ).toMatch(/no SLI document named "nope"/)
    expect(errorOf('apiVersion: openslo/v1\nkind: Dashboard\nmetadata:\n  name: d\n')).toMatch(
      /field kind: "Dashboard" is not an openslo\/v1 kind the gate knows/
    )
  })

  it('makes one SLO per objective', () => {
    const slos = parse(
      slo(
        `${ratio}${window}  objectives:\n    - displayName: strict\n      target: 0.999\n    - displayName: loose\n      target: 0.99\n`
      )
    )
    expect(slos.map(s => [s.name, s.target, s.window])).toEqual([
      ['s1-strict', 99.9, '28d'],
      ['s1-loose', 99, '28d']
    ])
  })
})

describe('Pyrra', () => {
  it('reads ratio and latency indicators', () => {
    const slos = parse(example('pyrra.yaml'))
    expect(slos.map(s => [s.name, s.target, s.window])).toEqual([
      ['api-errors', 99.9, '30d'],
      ['api-latency', 99, '30d']
    ])
    expect(slos[1].errorQuery).toMatch(
      /_count.* - sum\(increase\(http_request_duration_seconds_bucket/
    )
  })

  it("keeps what names Pyrra's own series: the metrics, and the matchers that pick the errors", () => {
    const [errors, latency] = parse(example('pyrra.yaml'))
    expect(errors.pyrra).toEqual({
      totalMetric: 'http_requests_total',
      errorsMetric: 'http_requests_total',
      errorMatchers: ['status=~"5.."'],
      // Pyrra labels its series with the total's equality matchers.
      totalLabels: ['service="slowburn"']
    })
    // Pyrra's latency series are not read (raw or the gate's own rules).
    expect(latency.pyrra).toBeUndefined()
  })

  it.each([
    // Different metrics: Pyrra's errors increase already holds only the errors.
    ['errors_total{job="a",x="1,2"}', 'requests_total{job="a"}', 'errors_total', []],
    ['m{ a = "b" , c!~"d\\"e" }', 'm{a="b"}', 'm', ['c!~"d\\"e"']],
    // Not a plain selector: no Pyrra series to name, so raw (or the gate's rules).
    ['sum(m)', 'm', undefined, undefined],
    ['m{a=b}', 'm', undefined, undefined]
  ])('errors %s over %s: Pyrra identity', (errors, total, metric, matchers) => {
    const [slo] = parse(
      [
        'apiVersion: pyrra.dev/v1alpha1',
        'kind: ServiceLevelObjective',
        'metadata: { name: p }',
        'spec:',
        '  target: "99"',
        '  window: 4w',
        '  indicator:',
        '    ratio:',
        `      errors: { metric: ${JSON.stringify(errors)} }`,
        `      total: { metric: ${JSON.stringify(total)} }`
      ].join('\n')
    )
    expect(slo.pyrra?.errorsMetric).toBe(metric)
    expect(slo.pyrra?.errorMatchers).toEqual(matchers)
  })

  it('refuses other indicators', () => {
    expect(
      errorOf(
        'apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\nmetadata: { name: p }\nspec:\n  target: "99"\n  window: 2w\n  indicator:\n    bool_gauge: { metric: up }\n'
      )
    ).toMatch(
      /document 1 \(p\), field spec\.indicator\.bool_gauge: only ratio and latency indicators are supported/
    )
  })
})

describe('Pyrra grouping and versions', () => {
  const pyrra = (indicator: string, apiVersion = 'pyrra.dev/v1alpha1') =>
    `apiVersion: ${apiVersion}\nkind: ServiceLevelObjective\nmetadata: { name: p }\nspec:\n  target: "99"\n  window: 2w\n  indicator:\n${indicator}`

  it.each([
    [
      'ratio',
      '    ratio:\n      errors: { metric: e }\n      total: { metric: t }\n      grouping: [handler, job]\n'
    ],
    [
      'latency',
      '    latency:\n      success: { metric: s }\n      total: { metric: t }\n      grouping: [handler]\n'
    ]
  ])('refuses a grouped %s objective instead of summing its groups', (kind, indicator) => {
    expect(errorOf(pyrra(indicator))).toMatch(
      new RegExp(
        `document 1 \\(p\\), field spec\\.indicator\\.${kind}\\.grouping: grouping by \\["handler".*is not supported: the gate evaluates one series per SLO.*\\{handler="checkout"\\}`
      )
    )
  })

  it('reads an objective with an empty grouping', () => {
    const slos = parse(
      pyrra(
        '    ratio:\n      errors: { metric: e }\n      total: { metric: t }\n      grouping: []\n'
      )
    )
    expect(slos.map(s => s.name)).toEqual(['p'])
  })

  it('names an unsupported Pyrra apiVersion', () => {
    expect(
      errorOf(
        pyrra(
          '    ratio:\n      errors: { metric: e }\n      total: { metric: t }\n',
          'pyrra.dev/v2'
        )
      )
    ).toMatch(/field apiVersion: "pyrra\.dev\/v2" is not supported; expected pyrra\.dev\/v1alpha1/)
  })
})

describe('files', () => {
  it('mixes formats across documents', () => {
    const text = [example('slos.yaml'), example('sloth.yaml'), example('pyrra.yaml')].join(
      '\n---\n'
    )
    expect(parse(text)).toHaveLength(3 + 2 + 2)
  })

  it('reports broken YAML, unknown formats and unreadable files', () => {
    expect(errorOf('slos:\n  - name: a\n ]] bad')).toMatch(/slos\.yaml, document 1: not valid YAML/)
    expect(errorOf('slos:\n  - name: a\n---\nkind: Deployment\napiVersion: apps/v1\n')).toMatch(
      /document 2, field kind: unknown format \(Deployment\)/
    )
    expect(errorOf('just text')).toMatch(/document 1, field \(document\): expected a mapping/)
    expect(() => loadSlosFromFile('/nonexistent/slos.yaml', none)).toThrow(
      /slos\.yaml cannot be read \(ENOENT\)/
    )
  })
})

describe('YAML features and faults', () => {
  it('merge keys (<<: *base) give one SLO the fields of another', () => {
    const slos = parse(
      [
        'slos:',
        '  - &base',
        '    name: a',
        '    target: 99.5',
        "    error_query: 'e[{{window}}]'",
        "    total_query: 't[{{window}}]'",
        '  - <<: *base',
        '    name: b',
        ''
      ].join('\n')
    )
    expect(slos.map(s => [s.name, s.target, s.errorQuery])).toEqual([
      ['a', 99.5, 'e[{{window}}]'],
      ['b', 99.5, 'e[{{window}}]']
    ])
  })

  it('an alias bomb is a bad config_file, not a crash', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd']
    ])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`)
    expect(errorOf(`${levels.join('\n')}\nslos: [*e]\n`)).toMatch(
      /slos\.yaml, document 1: not usable YAML: Excessive alias count/
    )
  })
})

describe('SLO names', () => {
  it.each(['x\n::error::forged', 'tab\there', 'line\u2028break'])(
    'refuses %j: a name is one line of printable text',
    name => {
      expect(() =>
        parseSloDocuments(`slos:\n  - name: ${JSON.stringify(name)}\n`, 'slos.yaml', () => '')
      ).toThrow(/has control characters or line breaks; an SLO name is one line of text/)
    }
  )
})

describe('slo_name beside a config file', () => {
  it('is refused: the SLOs of the file have names of their own', () => {
    expect(() =>
      parseSloDocuments('slos:\n  - name: checkout\n', 'slos.yaml', name =>
        name === 'slo_name' ? 'payments' : ''
      )
    ).toThrow(
      /^Input slo_name: names the single SLO of the inputs; the SLOs of slos\.yaml have names/
    )
  })
})
