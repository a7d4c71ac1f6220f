/** Excluded intervals: clipping to a window and the `@` queries that count their events. */
import { clip, expandAt, supportsExclusion } from '../../../src/engine/exclusions.js'
import { batchQuery } from '../../../src/engine/plan.js'

const e = { start: 1000, end: 8200, reason: 'r', source: 'exclude line 1' }

describe('exclusions', () => {
  it.each([
    ['inside the window', 86400, 10000, { seconds: 7200, end: 8200 }],
    ['reaching past the window start', 5000, 10000, { seconds: 3200, end: 8200 }],
    ['still going at evaluation time (clipped at it)', 86400, 5000, { seconds: 4000, end: 5000 }],
    ['before the window', 1000, 10000, null]
  ])('clips an interval %s', (_label, window, time, expected) => {
    expect(clip(e, window, time)).toEqual(expected)
  })

  it('puts the @ modifier after every range selector, subqueries included', () => {
    expect(expandAt('sum(increase(x{a="b"}[{{window}}]))', 7200, 1763000000)).toBe(
      'sum(increase(x{a="b"}[7200s] @ 1763000000))'
    )
    expect(expandAt('sum(increase(a[{{window}}])) + sum(rate(b[5m])[{{window}}:1m])', 60, 99)).toBe(
      'sum(increase(a[60s] @ 99)) + sum(rate(b[5m])[60s:1m] @ 99)'
    )
    expect(supportsExclusion('sum(increase(a[{{window}}]))')).toBe(true)
    expect(supportsExclusion('vector(1)')).toBe(false)
    expect(supportsExclusion('sum(a[{{window}}]) / {{window}}')).toBe(false)
  })

  it('batches the fixed ranges with the windows, each labelled', () => {
    expect(
      batchQuery({
        template: 'x[{{window}}]',
        windows: ['1h'],
        ranges: [{ seconds: 7200, end: 8200 }]
      })
    ).toBe(
      // Each term on lines of its own, so that a `# comment` in a query ends with it.
      'label_replace(x[1h]\n, "ebg_window", "1h", "", "") or label_replace(x[7200s] @ 8200\n, "ebg_window", "at 7200s@8200", "", "")'
    )
  })
})
