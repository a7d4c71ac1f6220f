/** Reading Pyrra's own recording rules: the names Pyrra gives its series, windows as it spells them. */
import { parseSloDocuments } from '../../../src/specs/index.js'
import { expandQuery, readingPyrra, rulesCoverageQuery } from '../../../src/engine/rules.js'
import { windowsFor } from '../../../src/engine/windows.js'
import type { SloResult } from '../../../src/engine/result.js'
import { sourceText } from '../../../src/channels/report.js'

/** A Pyrra ratio SLO named api over these errors and total selectors. */
const pyrraSlo = (errors: string, total: string) =>
  parseSloDocuments(
    [
      'apiVersion: pyrra.dev/v1alpha1',
      'kind: ServiceLevelObjective',
      'metadata: { name: api }',
      'spec:',
      '  target: "99.9"',
      '  window: 30d',
      '  indicator:',
      '    ratio:',
      `      errors: { metric: '${errors}' }`,
      `      total: { metric: '${total}' }`
    ].join('\n'),
    'pyrra.yaml',
    () => ''
  )[0]

const slo = pyrraSlo('http_requests_total{job="api",code=~"5.."}', 'http_requests_total{job="api"}')

describe("Pyrra's recording rules", () => {
  it('reads the period from its increase series, spelled as Prometheus spells 30d (4w2d)', () => {
    const period = expandQuery(readingPyrra(slo).errorQuery, '30d')
    expect(period).toContain('sum(http_requests:increase4w2d{slo="api",job="api",code=~"5.."})')
    expect(period).not.toContain('http_requests_total')
    expect(expandQuery(readingPyrra(slo).totalQuery, '30d')).toContain(
      'sum(http_requests:increase4w2d{slo="api",job="api"})'
    )
  })

  it('reads an alert window from its burn-rate series (the error ratio), never the raw metric', () => {
    const hour = expandQuery(readingPyrra(slo).errorQuery, '1h')
    expect(hour).toContain('sum(http_requests:burnrate1h{slo="api",job="api"})')
    // The events over 1h are estimated from the period's average traffic (for min_events).
    expect(hour).toContain('sum(http_requests:increase4w2d{slo="api",job="api"}) * 3600 / 2592000')
    expect(hour).not.toContain('http_requests_total')
  })

  it('counts the samples of the period series per hour, and the alert windows found, in the one query', () => {
    const query = rulesCoverageQuery([slo], windowsFor, 3600)
    expect(query).toContain(
      'max(count_over_time(http_requests:increase4w2d{slo="api",job="api"}[3599999ms]))'
    )
    const needed = windowsFor(slo).filter(w => w !== '30d')
    expect(needed.length).toBeGreaterThan(1)
    for (const w of needed) expect(query).toContain(`http_requests:burnrate${w}`)
    expect(query).toContain('"pyrra:api"')
    expect(query).toContain('"pyrra-windows:api"')
  })

  it("reads only the series of its own selector: Pyrra labels them with the total's equality matchers", () => {
    // Pyrra copies the total's equality matchers onto every series it records: a same-named SLO
    // over another job, or rules from an older selector, carry another value.
    const other = { ...slo, pyrra: { ...slo.pyrra!, totalLabels: ['job="web"'] } }
    for (const query of [
      expandQuery(readingPyrra(slo).errorQuery, '30d'),
      expandQuery(readingPyrra(slo).totalQuery, '1h'),
      rulesCoverageQuery([slo], windowsFor, 3600)
    ]) {
      expect(query).toContain('job="api"')
      expect(query).not.toMatch(/\{slo="api"\}/)
    }
    expect(expandQuery(readingPyrra(other).totalQuery, '30d')).toContain('{slo="api",job="web"}')
    // Regular expressions are not labels Pyrra records (it groups by them instead).
    const regex = pyrraSlo(
      'http_requests_total{job=~"api|web",env="prod",code=~"5.."}',
      'http_requests_total{job=~"api|web",env="prod"}'
    )
    expect(regex.pyrra!.totalLabels).toEqual(['env="prod"'])
  })
})

it('the report, summary and CLI say the figures came from Pyrra', () => {
  expect(sourceText({ querySource: 'pyrra' } as SloResult)).toBe("Pyrra's recording rules")
})

it("an SLO name with $ stays itself in the probe's labels (label_replace expands $1)", () => {
  const query = rulesCoverageQuery([{ ...slo, name: 'co$1st' }], windowsFor, 3600)
  expect(query).toContain('"pyrra:co$$1st"')
  expect(query).toContain('"pyrra-windows:co$$1st"')
  expect(query).toContain('slo="co$1st"')
})
