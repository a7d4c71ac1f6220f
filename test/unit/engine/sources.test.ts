/**
 * Where each SLO is read from, given what the probe of the recorded series answers: ours, Sloth's
 * and Pyrra's series alike are read only when their counts prove the window, and what was found
 * instead is said. The probe's answers are built from evaluation instants, as Prometheus counts.
 */
import { chooseSources } from '../../../src/engine/sources.js'
import { queriesFingerprint } from '../../../src/engine/rules.js'
import { sloFromInputs, type SloSpec } from '../../../src/engine/slo.js'
import { parseSloDocuments } from '../../../src/specs/index.js'
import type { QueryClient, QueryRange, RangeSeries } from '../../../src/prometheus/api.js'

const TIME = new Date('2026-12-01T12:00:00Z')
const END = TIME.getTime() / 1000
const DAY = 86400

/** Counts per probe step of a series evaluated every minute, except at the ages `skip` refuses. */
function series(
  labels: Record<string, string>,
  range: QueryRange,
  skip: (age: number) => boolean = () => false,
  interval = 60
): RangeSeries {
  const values: [number, string][] = []
  for (let t = range.start.getTime() / 1000; t <= END; t += range.stepSeconds) {
    let count = 0
    for (let s = t - range.stepSeconds + 17; s <= t; s += interval) if (!skip(END - s)) count++
    if (count) values.push([t, String(count)])
  }
  return { metric: labels, values }
}

/** A client whose probe answers with these series (built over the range it is asked). */
function probed(answer: (range: QueryRange) => RangeSeries[]): QueryClient & { asked: string[] } {
  const asked: string[] = []
  const none = async () => {
    throw new Error('only the probe is asked here')
  }
  return {
    asked,
    queryScalar: none,
    queryVector: none,
    queryRange: async (query, range) => (asked.push(query), answer(range))
  }
}

const ours = sloFromInputs(
  name =>
    ({
      error_query: 'sum(increase(x{job="a",code=~"5.."}[{{window}}]))',
      total_query: 'sum(increase(x{job="a"}[{{window}}]))',
      query_source: 'auto'
    })[name] ?? '',
  'checkout'
)
const oursSeries = (range: QueryRange, skip?: (age: number) => boolean) =>
  ['ebg_slo:errors:rate5m', 'ebg_slo:total:rate5m'].map(record =>
    series(
      { slo: 'checkout', ebg_queries: queriesFingerprint(ours), ebg_record: record },
      range,
      skip
    )
  )

const [sloth] = parseSloDocuments(
  [
    'version: prometheus/v1',
    'service: shop',
    'slos:',
    '  - name: checkout',
    '    objective: 99.9',
    '    sli:',
    '      events:',
    '        error_query: sum(rate(x{job="a",code=~"5.."}[{{.window}}]))',
    '        total_query: sum(rate(x{job="a"}[{{.window}}]))'
  ].join('\n'),
  'sloth.yaml',
  name => ({ query_source: 'auto' })[name] ?? ''
)
const [pyrra] = parseSloDocuments(
  [
    'apiVersion: pyrra.dev/v1alpha1',
    'kind: ServiceLevelObjective',
    'metadata: { name: checkout }',
    'spec:',
    '  target: "99.9"',
    '  window: 30d',
    '  indicator:',
    '    ratio:',
    `      errors: { metric: 'x_total{job="a",code=~"5.."}' }`,
    `      total: { metric: 'x_total{job="a"}' }`
  ].join('\n'),
  'pyrra.yaml',
  name => ({ query_source: 'auto' })[name] ?? ''
)

async function choose(slo: SloSpec, client: QueryClient) {
  const { plans, warnings } = await chooseSources(client, [slo], TIME, new AbortController().signal)
  return { plan: plans[0], warnings: warnings.join('\n') }
}
const aDayMissing = (age: number) => age > 10 * DAY && age <= 11 * DAY

describe('ours', () => {
  it('complete for 30 days: read', async () => {
    const { plan, warnings } = await choose(
      ours,
      probed(range => oursSeries(range))
    )
    expect([plan.source, warnings]).toEqual(['rules', ''])
  })

  it('a day missing: raw, and the warning says where', async () => {
    const { plan, warnings } = await choose(
      ours,
      probed(range => oursSeries(range, aDayMissing))
    )
    expect(plan.source).toBe('raw')
    expect(warnings).toMatch(
      /^checkout: its recorded series have a gap of 24\.0 h at 2026-11-20T12:00:00Z .*; raw queries used until they cover it \(backfill it with "promtool tsdb create-blocks-from rules --start 1795176000 --end 1795262400"/
    )
  })

  it('a day missing from the error series alone is a gap all the same', async () => {
    const { plan } = await choose(
      ours,
      probed(range => {
        const [errors, total] = oursSeries(range)
        return [{ ...errors, values: series(errors.metric!, range, aDayMissing).values }, total]
      })
    )
    expect(plan.source).toBe('raw')
  })

  it('two series of one record for the SLO (two rulers): not read, and said', async () => {
    const { plan, warnings } = await choose(
      ours,
      probed(range => [
        ...oursSeries(range),
        { ...oursSeries(range)[1], metric: { ...oursSeries(range)[1].metric, replica: 'b' } }
      ])
    )
    expect(plan.source).toBe('raw')
    expect(warnings).toMatch(
      /2 recorded ebg_slo:total:rate5m series of this SLO answer where one is expected/
    )
  })

  it('query_source rules: ERROR with what was found, never the average over the gap', async () => {
    const { plan } = await choose(
      { ...ours, querySource: 'rules' },
      probed(range => oursSeries(range, aDayMissing))
    )
    expect(plan.refusal).toMatch(/^query_source rules: its recorded series have a gap of 24\.0 h/)
  })
})

describe("Sloth's rules, alike", () => {
  const slothSeries = (range: QueryRange, skip?: (age: number) => boolean) => [
    series({ sloth_id: 'shop-checkout', sloth_window: '5m', ebg_record: 'sloth' }, range, skip)
  ]

  it('complete: read', async () => {
    expect(sloth.slothId).toBe('shop-checkout')
    const { plan } = await choose(
      sloth,
      probed(range => slothSeries(range))
    )
    expect(plan.source).toBe('sloth')
  })

  it('a day missing from its 5m ratios (its period ratio averages them): raw, and said', async () => {
    const { plan, warnings } = await choose(
      sloth,
      probed(range => slothSeries(range, aDayMissing))
    )
    expect(plan.source).toBe('raw')
    expect(warnings).toMatch(/^shop-checkout: Sloth's recorded series have a gap of 24\.0 h/)
  })
})

describe("Pyrra's rules, alike", () => {
  const pyrraSeries = (range: QueryRange, skip?: (age: number) => boolean) => [
    series({ ebg_record: 'pyrra:checkout' }, range, skip, 150),
    {
      metric: { ebg_record: 'pyrra-windows:checkout' },
      values: [[END, '4']] as [number, string][]
    }
  ]

  it("reads them with the labels Pyrra gives them: the name and the total's equality matchers", async () => {
    const client = probed(range => pyrraSeries(range))
    const { plan } = await choose(pyrra, client)
    expect(plan.source).toBe('pyrra')
    expect(client.asked[0]).toContain('x:increase4w2d{slo="checkout",job="a"}')
  })

  it('a gap in the middle changes nothing (each sample is the increase over the period)', async () => {
    const { plan } = await choose(
      pyrra,
      probed(range => pyrraSeries(range, aDayMissing))
    )
    expect(plan.source).toBe('pyrra')
  })

  it('rules that stopped a day ago: raw, and said', async () => {
    const { plan, warnings } = await choose(
      pyrra,
      probed(range => pyrraSeries(range, age => age < DAY))
    )
    expect(plan.source).toBe('raw')
    expect(warnings).toMatch(
      /^checkout: Pyrra's recorded series stop at 2026-11-30T12:00:00Z, 24\.0 h before/
    )
  })
})

it('no recorded series at all: raw without a word in auto, ERROR naming the command in rules', async () => {
  const auto = await choose(
    ours,
    probed(() => [])
  )
  expect([auto.plan.source, auto.warnings]).toEqual(['raw', ''])
  const rules = await choose(
    { ...ours, querySource: 'rules' },
    probed(() => [])
  )
  expect(rules.plan.refusal).toMatch(
    /no recorded series for this SLO; generate them with "error-budget rules"/
  )
})
