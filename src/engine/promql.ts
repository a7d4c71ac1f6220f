/** What the gate reads out of a PromQL text without parsing it fully (pure). */

/** Where each window goes in a query template. */
export const WINDOW_PLACEHOLDER = '{{window}}'

/** PromQL keywords that can stand before a `(` or `[` and are not metric names. */
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'offset'])

/**
 * The metric names selected without any label matcher (`http_requests_total[5m]`, or `{}`): on a
 * shared Prometheus such a selector sums every series of every service of that name.
 */
export function unfilteredSelectors(query: string): string[] {
  // String literals may hold anything, braces included: blank them first.
  const code = query.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
  const found = new Set<string>()
  const selector = /(^|[^\w:.])([a-zA-Z_:][\w:]*)\s*(\{\s*\})?\s*(?=\[)/g
  for (const match of code.matchAll(selector)) {
    if (!KEYWORDS.has(match[2])) found.add(match[2])
  }
  return [...found]
}
