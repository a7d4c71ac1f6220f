/**
 * Queries as users write them: with `# comments`, as scalars, with typos. Errors must speak of the
 * user's query, never of the batched `label_replace(...) or ...` the gate sends, and the gate must
 * not cost Prometheus more requests than the form needs (counted at a proxy).
 */
import { parseDuration } from '../../src/engine/duration.js'
import { evaluateWith, remainingFor } from '../helpers/evaluate.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { startProxy, type TestProxy } from '../helpers/proxy.js'
import { serviceQueries } from '../helpers/queries.js'
import { expectedErrorRatio } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()
let proxy: TestProxy
beforeAll(async () => {
  proxy = await startProxy({ target: prometheus.url })
})
afterAll(async () => proxy.close())
beforeEach(() => {
  proxy.requests.length = 0
})

const queries = serviceQueries('warning')
const expected = remainingFor(expectedErrorRatio('warning', parseDuration('30d')))
// The burn-down chart's range query is counted in its own tests (chart.test.ts), the forecast's
// (warning blocks) in forecast.test.ts.
const gate = (inputs: Record<string, string>) =>
  evaluateWith({
    prometheus_url: proxy.url,
    evaluation_time: String(prometheus.endTime),
    chart: 'false',
    forecast: 'false',
    // No recorded series here: the rules probe is counted in rules.test.ts.
    query_source: 'raw',
    ...queries,
    ...inputs
  })
/** A parse error's position must point into the user's query (expanded), not a longer batch. */
function expectPositionWithin(error: string | undefined, query: string): void {
  const [, line, column] = / (\d+):(\d+): parse error/.exec(error ?? '') ?? []
  expect(Number(line)).toBe(1)
  expect(Number(column)).toBeLessThanOrEqual(query.replace('{{window}}', '30d').length + 1)
}
const sentQueries = (): string[] =>
  proxy.requests.map(r => new URLSearchParams(r.body).get('query') ?? '')

describe('query forms', () => {
  it('a query with # comments is batched as usual: same figures, one request per query', async () => {
    const result = await gate({
      error_query: `# 5xx of the warning service\n${queries.error_query} # server errors`,
      total_query: `${queries.total_query} # every request`
    })
    expect(result.status).toBe('WARNING')
    expect(result.worst.budgetRemaining).toBeCloseTo(expected, 1)
    // One request per query, and the coverage check of the totals at the window's start.
    expect(proxy.requests).toHaveLength(3)
    expect(result.requestCount).toBe(3)
  })

  it('scalar(...) queries are evaluated, batched in vector(): one request per query', async () => {
    const result = await gate({
      error_query: `scalar(${queries.error_query})`,
      total_query: `scalar(${queries.total_query}) # all of them`
    })
    expect(result.status).toBe('WARNING')
    expect(result.worst.budgetRemaining).toBeCloseTo(expected, 1)
    expect(proxy.requests).toHaveLength(2)
    // No coverage probe: a scalar carries no timestamp of its data.
    expect(sentQueries().join('\n')).not.toMatch(/coverage|timestamp\(/)
  })

  it('a scalar form the gate cannot recognise still works, one window at a time', async () => {
    // scalar(x) * 1 is a scalar too; the batch fails to type-check, the query alone does not.
    const result = await gate({ total_query: `scalar(${queries.total_query}) * 1` })
    expect(result.status).toBe('WARNING')
    expect(result.worst.budgetRemaining).toBeCloseTo(expected, 1)
    const windows = result.worst.windows.length
    // The failed batch, then each window alone (the first doubles as the check), plus the error
    // query's own batch and the coverage check of the totals (a form it does not recognise).
    expect(proxy.requests).toHaveLength(1 + windows + 1 + 1)
    expect(result.requestCount).toBe(proxy.requests.length)
  })

  it('a typo is reported against the user query, never the batched one, in two cheap requests', async () => {
    const result = await gate({ error_query: 'sum(increase(http_requests_total[{{window}}])' })
    expect(result.status).toBe('ERROR')
    const error = result.worst.error ?? ''
    expect(error).toMatch(/^error_query over 30d: .*HTTP 400 \(bad_data\): .*parse error/)
    expect(error).not.toMatch(/label_replace|ebg_window/)
    expectPositionWithin(error, 'sum(increase(http_requests_total[{{window}}])')
    expect(result.reasons.join('\n')).not.toMatch(/label_replace|ebg_window/)
    // The batch, then the query alone once; no request per window.
    const errorQueries = sentQueries().filter(q => !q.includes('service='))
    expect(errorQueries).toHaveLength(2)
    expect(errorQueries[1]).toBe('sum(increase(http_requests_total[30d])')
  })

  it('a comment that hides the closing of the query is reported against the user query', async () => {
    const query = 'sum(increase(http_requests_total[{{window}}]) # )'
    const result = await gate({ total_query: query })
    expect(result.status).toBe('ERROR')
    expect(result.worst.error).toMatch(/^total_query over 30d: .*parse error/)
    expect(result.worst.error).not.toMatch(/label_replace|ebg_window/)
    expectPositionWithin(result.worst.error, query)
  })
})
