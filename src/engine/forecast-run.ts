/**
 * Reads what the forecast of each blocking SLO needs: the steps of its two queries over the
 * longest window it ages out, two range queries per SLO through the evaluation's limiter and
 * within its deadline, after the decision. A forecast that cannot be made says why.
 */
import type { EndpointHealth, Limiter } from './concurrency.js'
import type { GateConfig } from './config.js'
import { forecastSlo, forecastStep, historySeconds, type SloForecast } from './forecast.js'
import { historyOf, stepQuery, stepsFrom } from './history.js'
import { runStepQueries, type StepQuery } from './range-queries.js'
import type { SloFigures, SloResult } from './result.js'
import { isRatioSlo } from './rules.js'
import type { SloSpec } from './slo.js'
import type { SourcePlan } from './sources.js'
import type { QueryClient } from '../prometheus/api.js'

/**
 * Whether an SLO's figures are event counts that add up over steps: not an error-ratio SLI, and
 * not read from Sloth's recorded ratios. Told from the SLO as written, since the queries that read
 * recording rules carry placeholders of their own.
 */
export const countsEvents = (plan: Pick<SourcePlan, 'slo' | 'source'>): boolean =>
  !isRatioSlo(plan.slo) && plan.source !== 'sloth'

export interface ForecastItem {
  /** The SLO as queried at the evaluation time. */
  slo: SloSpec
  /** Whether its figures are event counts (see countsEvents). */
  countsEvents: boolean
  /** Its figures; undefined when it was refused before any query. */
  figures?: SloFigures
  result: SloResult
}

/** Why an SLO that blocks has no forecast before any query, if it has none. */
function refusal(item: ForecastItem): string | undefined {
  if (item.result.status === 'ERROR' || !item.figures) return 'the budget is unknown'
  if (!item.countsEvents)
    return 'the SLI is an error ratio, not event counts, so nothing can be aged out of its window'
  return undefined
}

/** The forecast of each blocking SLO (undefined for the others), and the requests sent. */
export async function forecastBlocking(
  client: QueryClient,
  items: ForecastItem[],
  options: {
    onError: GateConfig['onError']
    time: Date
    slots: Limiter
    signal?: AbortSignal
    endpoint: EndpointHealth
  }
): Promise<{ forecasts: (SloForecast | undefined)[]; sent: number }> {
  const now = options.time.getTime() / 1000
  const plans = items.map(item => {
    if (!item.result.blocks || refusal(item)) return undefined
    const step = forecastStep(item.slo)
    const start = now - Math.ceil(historySeconds(item.slo) / step) * step
    return {
      errors: stepQuery(item.slo.errorQuery, start, now, step),
      total: stepQuery(item.slo.totalQuery, start, now, step)
    }
  })
  const queries = plans.flatMap((p): StepQuery[] => (p ? [p.errors, p.total] : []))
  const { answers, sent } = await runStepQueries(
    client,
    queries,
    options.slots,
    options.signal,
    options.endpoint
  )
  const forecasts = items.map((item, i): SloForecast | undefined => {
    if (!item.result.blocks) return undefined
    const why = refusal(item)
    const plan = plans[i]
    if (why || !plan) return { unavailable: why ?? 'not planned' }
    const errors = stepsFrom(plan.errors, answers.get(plan.errors.key))
    const total = stepsFrom(plan.total, answers.get(plan.total.key))
    if (typeof errors === 'string' || typeof total === 'string')
      return {
        unavailable: `the range query failed: ${typeof errors === 'string' ? errors : total}`
      }
    return forecastSlo({
      slo: item.slo,
      figures: item.figures!,
      result: item.result,
      history: historyOf(errors, total),
      onError: options.onError,
      time: options.time
    })
  })
  return { forecasts, sent }
}
