/**
 * An SLO read from recorded series (ours or Pyrra's) still counts events: it keeps the low-traffic
 * guard and its burn-down chart, as when read from raw series. Its window sits in the reading
 * placeholders then, and only a ratio SLI (a `vector(1)` total) has no event counts.
 */
import { minEventsFor } from '../../../src/engine/assess.js'
import { planDaily } from '../../../src/engine/daily.js'
import { isRatioSlo, readingPyrra, readingRules, readingSloth } from '../../../src/engine/rules.js'
import { sloFromInputs } from '../../../src/engine/slo.js'
import { parseSloDocuments } from '../../../src/specs/index.js'

const events = sloFromInputs(
  name =>
    ({
      error_query: 'sum(increase(http_requests_total{job="api",code=~"5.."}[{{window}}]))',
      total_query: 'sum(increase(http_requests_total{job="api"}[{{window}}]))'
    })[name] ?? ''
)
const pyrra = parseSloDocuments(
  [
    'apiVersion: pyrra.dev/v1alpha1',
    'kind: ServiceLevelObjective',
    'metadata: { name: api }',
    'spec:',
    '  target: "99.9"',
    '  window: 30d',
    '  indicator:',
    '    ratio:',
    `      errors: { metric: 'http_requests_total{job="api",code=~"5.."}' }`,
    `      total: { metric: 'http_requests_total{job="api"}' }`
  ].join('\n'),
  'pyrra.yaml',
  () => ''
)[0]
const time = new Date('2026-12-01T00:00:00Z')

describe('an SLO read from recorded series', () => {
  it.each([
    ['our rules', readingRules(events), events],
    ["Pyrra's rules", readingPyrra(pyrra), pyrra]
  ])('from %s counts events: the same min_events and a chart', (_, read, written) => {
    expect(isRatioSlo(written)).toBe(false)
    expect(isRatioSlo(read)).toBe(false)
    expect(minEventsFor(read)).toBe(minEventsFor(written))
    expect(minEventsFor(read)).toBeGreaterThan(0)
    expect(planDaily(read, time)).not.toHaveProperty('unavailable')
  })

  it("from Sloth's recorded ratios has no counts, nor has a ratio SLI", () => {
    const ratio = { ...events, totalQuery: 'vector(1)' }
    expect(isRatioSlo(ratio)).toBe(true)
    expect(minEventsFor(ratio)).toBe(0)
    expect(isRatioSlo(readingSloth({ ...events, slothId: 'api-availability' }))).toBe(true)
  })
})
