/** Turns the fields a spec gives into a validated SloSpec, on top of the action's inputs as defaults. */
import {
  parseBlockOn,
  parseBurnThreshold,
  parseQuery,
  parseTarget,
  parseThresholds,
  parseWindow,
  type SloSpec
} from '../inputs.js'
import type { Where } from './fields.js'

export interface SloFields {
  name: string
  /** Percent. */
  target?: string
  window?: string
  errorQuery?: string
  totalQuery?: string
  /** A query for the error ratio itself (Sloth raw SLIs); replaces errorQuery/totalQuery. */
  errorRatioQuery?: string
  thresholds?: { caution?: string; warning?: string; freeze?: string }
  blockOn?: string
  burnRateWindow?: string
  fastBurnThreshold?: string
  slowBurnThreshold?: string
}

/**
 * A ratio query becomes errors = the ratio and total = 1: the gate's ratio errors/total is then the
 * ratio itself, and "no traffic" shows up as NaN, which the gate already treats as ERROR.
 */
export const RATIO_TOTAL_QUERY = 'vector(1)'

export function buildSlo(
  base: SloSpec,
  fields: SloFields,
  where: Where,
  paths: Partial<Record<keyof SloFields, string>> = {}
): SloSpec {
  const at = (key: keyof SloFields): string => paths[key] ?? key
  const t = fields.thresholds ?? {}
  const ratio = fields.errorRatioQuery
  return {
    name: fields.name,
    target:
      fields.target === undefined
        ? base.target
        : where.field(at('target'), () => parseTarget('target', fields.target!)),
    window:
      fields.window === undefined
        ? base.window
        : where.field(at('window'), () => parseWindow('window', fields.window!)),
    errorQuery: ratio
      ? where.field(at('errorRatioQuery'), () => `(${parseQuery('error_ratio_query', ratio)})`)
      : fields.errorQuery === undefined
        ? base.errorQuery
        : where.field(at('errorQuery'), () => parseQuery('error_query', fields.errorQuery!)),
    totalQuery: ratio
      ? RATIO_TOTAL_QUERY
      : fields.totalQuery === undefined
        ? base.totalQuery
        : where.field(at('totalQuery'), () => parseQuery('total_query', fields.totalQuery!)),
    thresholds:
      fields.thresholds === undefined
        ? base.thresholds
        : where.field(at('thresholds'), () =>
            parseThresholds({
              caution: ['caution', t.caution ?? String(base.thresholds.caution)],
              warning: ['warning', t.warning ?? String(base.thresholds.warning)],
              freeze: ['freeze', t.freeze ?? String(base.thresholds.freeze)]
            })
          ),
    blockOn:
      fields.blockOn === undefined
        ? base.blockOn
        : where.field(at('blockOn'), () => parseBlockOn('block_on', fields.blockOn!)),
    burnRateWindow:
      fields.burnRateWindow === undefined
        ? base.burnRateWindow
        : where.field(at('burnRateWindow'), () =>
            parseWindow('burn_rate_window', fields.burnRateWindow!)
          ),
    fastBurnThreshold:
      fields.fastBurnThreshold === undefined
        ? base.fastBurnThreshold
        : where.field(at('fastBurnThreshold'), () =>
            parseBurnThreshold('fast_burn_threshold', fields.fastBurnThreshold!)
          ),
    slowBurnThreshold:
      fields.slowBurnThreshold === undefined
        ? base.slowBurnThreshold
        : where.field(at('slowBurnThreshold'), () =>
            parseBurnThreshold('slow_burn_threshold', fields.slowBurnThreshold!)
          )
  }
}

/** A ratio (0.999) from specs that use ratios, as the percent SloSpec wants. */
export function ratioToPercent(value: unknown, where: Where, field: string): string {
  const ratio = typeof value === 'number' ? value : Number(value)
  if (typeof value === 'boolean' || !Number.isFinite(ratio) || ratio <= 0 || ratio >= 1) {
    throw where.error(
      field,
      `${JSON.stringify(value)} is not a ratio; expected 0 < x < 1, such as 0.999`
    )
  }
  return String(Number((ratio * 100).toPrecision(12)))
}
