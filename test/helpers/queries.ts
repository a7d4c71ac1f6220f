/** The error/total queries for one test service of the shared fixture. */
export function serviceQueries(service: string): { error_query: string; total_query: string } {
  return {
    error_query: `sum(increase(http_requests_total{service="${service}",status=~"5.."}[{{window}}]))`,
    total_query: `sum(increase(http_requests_total{service="${service}"}[{{window}}]))`
  }
}
