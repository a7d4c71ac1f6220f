/** The error/total queries for one test service of the shared fixture. */
export function serviceQueries(service: string): { error_query: string; total_query: string } {
  return {
    error_query: `sum(increase(http_requests_total{service="${service}",status=~"5.."}[{{window}}]))`,
    total_query: `sum(increase(http_requests_total{service="${service}"}[{{window}}]))`
  }
}

/** The CLI flags that point a command at one service of the test data, at the data's end. */
export function serviceFlags(
  prometheus: { url: string; endTime: number },
  queries: { error_query: string; total_query: string }
): string[] {
  return [
    '--prometheus-url',
    prometheus.url,
    '--evaluation-time',
    String(prometheus.endTime),
    '--error-query',
    queries.error_query,
    '--total-query',
    queries.total_query
  ]
}
