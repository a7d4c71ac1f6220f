/**
 * The model behind the test data: services with known error ratios over time. The OpenMetrics
 * writer and the expected answers both come from here, so every figure a test checks is derived
 * from the same numbers that were backfilled into Prometheus.
 */

export interface Scenario {
  service: string
  description: string
  /** Error ratio during the minute that ends `secondsBeforeEnd` before the end of the data. */
  errorRatioAt(secondsBeforeEnd: number): number
}

export const REQUESTS_PER_SECOND = 10
const HOUR = 3600
const DAY = 86400

const constant = (ratio: number) => () => ratio

export const SCENARIOS: Scenario[] = [
  {
    service: 'healthy',
    description: '0.01% errors: 90% of a 99.9% budget left',
    errorRatioAt: constant(0.0001)
  },
  { service: 'caution', description: '0.03% errors: 70% left', errorRatioAt: constant(0.0003) },
  { service: 'warning', description: '0.06% errors: 40% left', errorRatioAt: constant(0.0006) },
  { service: 'freeze', description: '0.09% errors: 10% left', errorRatioAt: constant(0.0009) },
  { service: 'exhausted', description: '0.15% errors: -50% left', errorRatioAt: constant(0.0015) },
  {
    service: 'recovering',
    description: '0.045% errors: 55% left, 36.7 days to go',
    errorRatioAt: constant(0.00045)
  },
  {
    service: 'fastburn',
    description: '0.01% errors, then 2% over the last hour (burn 20x)',
    errorRatioAt: s => (s < HOUR ? 0.02 : 0.0001)
  },
  {
    service: 'slowburn',
    description: '0.01% errors, then 0.8% over the last 6 hours (burn 8x)',
    errorRatioAt: s => (s < 6 * HOUR ? 0.008 : 0.0001)
  },
  {
    service: 'oldoutage',
    description: '0.01% errors, and a 2-hour outage at 50% that ended 35 days ago',
    errorRatioAt: s => (s >= 35 * DAY && s < 35 * DAY + 2 * HOUR ? 0.5 : 0.0001)
  },
  {
    service: 'incident',
    description:
      '0.01% errors, and one 2-hour incident at 10% that ended 12.25 days ago (62% left)',
    errorRatioAt: s => (s >= 12.25 * DAY && s < 12.25 * DAY + 2 * HOUR ? 0.1 : 0.0001)
  }
]

/** The latency SLO: a histogram where this fraction of requests is slower than 0.5 s. */
export const LATENCY_SERVICE = 'latency'
export const LATENCY_THRESHOLD = '0.5'
export const LATENCY_SLOW_FRACTION = 0.004
/** Cumulative fraction of requests at or below each bucket bound. */
export const LATENCY_BUCKETS: [string, number][] = [
  ['0.1', 0.7],
  ['0.25', 0.9],
  [LATENCY_THRESHOLD, 1 - LATENCY_SLOW_FRACTION],
  ['1', 1 - LATENCY_SLOW_FRACTION / 4],
  ['+Inf', 1]
]

export function scenario(service: string): Scenario {
  const found = SCENARIOS.find(s => s.service === service)
  if (!found) throw new Error(`no scenario named ${service}`)
  return found
}

/**
 * The exact error ratio over the `windowSeconds` that end at the end of the data: the average of
 * the per-minute ratio (the request rate is constant, and every change falls on a minute).
 */
export function expectedErrorRatio(service: string, windowSeconds: number): number {
  const model = scenario(service)
  const minutes = Math.round(windowSeconds / 60)
  let sum = 0
  for (let m = 0; m < minutes; m++) sum += model.errorRatioAt(m * 60 + 30)
  return sum / minutes
}
