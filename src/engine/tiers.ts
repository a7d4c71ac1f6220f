/** The burn checks an SLO is judged by: shared by the evaluation and the generated alert rules. */
import { builtInTiers, burnChecks, type BurnCheck } from './budget.js'
import { nominalSeconds, type SloSpec } from './slo.js'

/** The burn checks of an SLO: its own tiers (config file), or the built-in ones of burn_tiers. */
export function checksFor(slo: SloSpec): BurnCheck[] {
  const tiers =
    slo.burnTiers ?? builtInTiers(slo.burnTierLevels, slo.fastBurnThreshold, slo.slowBurnThreshold)
  return burnChecks(tiers, windowSeconds(slo))
}

/** The SLO window's length for the budget maths: a calendar window's is its whole period's. */
export const windowSeconds = (slo: SloSpec): number =>
  slo.calendar ? (slo.calendar.end - slo.calendar.start) / 1000 : nominalSeconds(slo.window)
