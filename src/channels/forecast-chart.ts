/**
 * The forecast drawn past today on the burn-down chart: after the last point (the evaluation),
 * one point a step of the chart until the later of the two unblocks (or the forecast's horizon),
 * at the current burn on the budget's own line and if errors stop now on a second one, which
 * repeats the past so that Mermaid spreads both over the same axis.
 */
import type { DailySeries } from '../engine/daily.js'
import { isForecast, type ForecastPoint } from '../engine/forecast.js'
import type { SloResult } from '../engine/result.js'

const DAY_MS = 86400_000

/** The forecast's budget left at `at`: its last point at or before, else its first. */
function valueAt(points: ForecastPoint[], at: number): number | null {
  let found: ForecastPoint | undefined
  for (const point of points) {
    if (point.at.getTime() > at + 1000) break
    found = point
  }
  return (found ?? points[0])?.remaining ?? null
}

export interface ChartWithForecast {
  /** The past points, then the forecast at the current burn. */
  series: DailySeries
  /** The past values, then the forecast if errors stop now; undefined without a forecast. */
  stopped?: number[]
  /** Where the evaluation falls on the chart's axis, in days since its start. */
  now: number
}

export function withForecast(slo: SloResult, past: DailySeries): ChartWithForecast {
  const forecast = slo.forecast
  const first = past.points[0].at.getTime()
  const last = past.points[past.points.length - 1].at.getTime()
  const step = past.points.length > 1 ? past.points[1].at.getTime() - first : DAY_MS
  const now = (past.points.length - 1) * (step / DAY_MS)
  if (!isForecast(forecast)) return { series: past, now }
  const ends = [forecast.atCurrentBurn.at, forecast.ifErrorsStop.at]
  const until = ends.every(end => end instanceof Date)
    ? Math.max(...ends.map(end => (end as Date).getTime()))
    : forecast.horizon.getTime()
  const count = Math.max(1, Math.ceil((until - last) / step - 1e-9))
  const future = Array.from({ length: count }, (_, i) => last + (i + 1) * step)
  const current = future.map(at => valueAt(forecast.atCurrentBurn.points, at))
  const stopped = future.map(at => valueAt(forecast.ifErrorsStop.points, at))
  if ([...current, ...stopped].some(v => v === null)) return { series: past, now }
  const values = past.points.map(p => p.remaining)
  return {
    series: {
      ...past,
      points: [
        ...past.points,
        ...future.map((at, i) => ({ at: new Date(at), remaining: current[i]! }))
      ]
    },
    stopped: [...values, ...(stopped as number[])],
    now
  }
}
