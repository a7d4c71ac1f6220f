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
  /** Requests per second, constant; REQUESTS_PER_SECOND unless given. */
  requestsPerSecond?: number
}

export const REQUESTS_PER_SECOND = 10
const HOUR = 3600
const DAY = 86400

const constant = (ratio: number) => () => ratio

/** The incident of the `incident` service, in seconds before the end of the data. */
export const INCIDENT_START = 72 * HOUR
export const INCIDENT_END = 70 * HOUR

/** The deploy of the `baddeploy` service, in seconds before the end of the data; errors rise after it. */
export const BAD_DEPLOY = 30 * 60

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
    service: 'oldincident',
    description:
      '0.01% errors, and one 2-hour incident at 10% that ended 12.25 days ago (62% left)',
    errorRatioAt: s => (s >= 12.25 * DAY && s < 12.25 * DAY + 2 * HOUR ? 0.1 : 0.0001)
  },
  {
    service: 'weekburst',
    description:
      "0.01% errors, then 0.5% over the last hour: burn 5x, which only a 7d window's tiers catch (3.36 there, 14.4 on 30d)",
    errorRatioAt: s => (s < HOUR ? 0.005 : 0.0001)
  },
  {
    service: 'ticketburn',
    description:
      'no errors, then 0.35% over the last day: burn 3.5x, above the 30d ticket tiers (3 and 1), below the page tiers',
    errorRatioAt: s => (s < DAY ? 0.0035 : 0)
  },
  {
    service: 'trickle',
    description:
      'one request a minute, and one error 2-3 minutes before the end: 16.7x over 1h on 60 events',
    requestsPerSecond: 1 / 60,
    errorRatioAt: s => (s >= 120 && s < 180 ? 1 : 0)
  },
  {
    service: 'recovered',
    description:
      '0.07% errors until 4 days before the end, none since: 39.3% left, and no burn to wait out',
    errorRatioAt: s => (s >= 4 * DAY ? 0.0007 : 0)
  },
  {
    service: 'incident',
    description: '0.01% errors, and 20% during the 2 hours from 72h to 70h before the end',
    errorRatioAt: s => (s >= INCIDENT_END && s < INCIDENT_START ? 0.2 : 0.0001)
  },
  {
    service: 'baddeploy',
    description: '0.01% errors, and 5% from a deploy 30 minutes before the end (burn 50x since it)',
    errorRatioAt: s => (s < BAD_DEPLOY ? 0.05 : 0.0001)
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
  return modelErrorRatio(scenario(service), windowSeconds)
}

/** The same for any model of the error ratio per minute (a test's own scenario). */
export function modelErrorRatio(
  model: Pick<Scenario, 'errorRatioAt'>,
  windowSeconds: number
): number {
  const minutes = Math.round(windowSeconds / 60)
  let sum = 0
  for (let m = 0; m < minutes; m++) sum += model.errorRatioAt(m * 60 + 30)
  return sum / minutes
}

export const requestsPerSecond = (service: string): number =>
  scenario(service).requestsPerSecond ?? REQUESTS_PER_SECOND

/**
 * The exact bad and total events of a service between two instants given in seconds before the
 * end of the data (`from` > `to`), minute by minute as the data was written.
 */
export function expectedEvents(
  service: string,
  fromSecondsBeforeEnd: number,
  toSecondsBeforeEnd = 0
): { errors: number; total: number } {
  const model = scenario(service)
  const perMinute = requestsPerSecond(service) * 60
  let errors = 0
  let total = 0
  for (let s = toSecondsBeforeEnd; s < fromSecondsBeforeEnd; s += 60) {
    errors += perMinute * model.errorRatioAt(s + 30)
    total += perMinute
  }
  return { errors, total }
}
