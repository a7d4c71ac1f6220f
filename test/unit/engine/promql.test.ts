/** Selectors without a label matcher sum every series of a name: the gate warns about them. */
import { unfilteredSelectors } from '../../../src/engine/promql.js'

describe('unfilteredSelectors', () => {
  it.each([
    ['sum(increase(http_requests_total[{{window}}]))', ['http_requests_total']],
    ['sum(increase(http_requests_total{}[{{window}}]))', ['http_requests_total']],
    ['sum(increase(http_requests_total{job="api"}[{{window}}]))', []],
    ['sum by (job) (rate(x{job="a"}[5m])) / sum(rate(y[5m]))', ['y']],
    ['sum(rate(x{path="[a]{b}"}[5m]))', []],
    ['max_over_time(slo:ratio{slo="a"}[1h:5m])', []],
    ['sum(increase(a:b_c[{{window}}] offset 1h))', ['a:b_c']]
  ])('%s → %j', (query, expected) => {
    expect(unfilteredSelectors(query)).toEqual(expected)
  })
})
