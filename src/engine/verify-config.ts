/**
 * The verify inputs (`mode: verify`, `error-budget verify`), read and checked for the config
 * builder (config.ts), so that the action and the CLI apply the same rules. Pure.
 */
import { formatDuration } from './duration.js'
import {
  InputError,
  parseBurnThreshold,
  parseEvaluationTime,
  parsePercent,
  parseSpan,
  parseWord,
  withDefaults,
  type InputSource
} from './inputs.js'
import { nominalSeconds, UNRANGED, unrangedQuery, type SloSpec } from './slo.js'
import type { VerifySettings } from './verify.js'

export const MODES = ['gate', 'verify'] as const
export type Mode = (typeof MODES)[number]

/** The inputs only a verify reads: set in gate mode, they are a mistake, not a no-op. */
export const VERIFY_INPUTS = [
  'deployed_at',
  'verify_for',
  'verify_interval',
  'verify_max_burn',
  'verify_max_spend',
  'on_inconclusive'
] as const

/** A CI job lasts hours at most; a longer watch is a mistake. */
const MAX_WATCH_SECONDS = 86400
/** Checking more often than a scrape or two tells nothing new and costs queries. */
const MIN_INTERVAL_SECONDS = 5
const MAX_INTERVAL_SECONDS = 3600

/** In gate mode, a verify input is refused by name: the workflow most likely lacks `mode: verify`. */
export function refuseVerifyInputs(get: InputSource): void {
  const given = VERIFY_INPUTS.find(name => get(name).trim() !== '')
  if (given)
    throw new InputError(
      given,
      'is an input of mode verify, but mode is gate; set mode: verify to verify a deploy (or remove it)'
    )
}

/**
 * The verify settings, checked against the SLOs and the clock: the deploy is not in the future,
 * each SLO counts events over ranges (so that the span since the deploy can be asked), and the
 * longest span measured is at most a quarter of each SLO window, so that a check (the span since
 * the deploy and as long before it, the window's total once) reads fewer samples than one
 * evaluation of the gate.
 */
export function readVerifySettings(
  get: InputSource,
  slos: SloSpec[],
  input: string,
  now: Date
): VerifySettings {
  const value = withDefaults(get)
  const deployedAt = parseEvaluationTime('deployed_at', get('deployed_at')) ?? now
  if (deployedAt.getTime() > now.getTime())
    throw new InputError(
      'deployed_at',
      `${deployedAt.toISOString()} is after the evaluation time ${now.toISOString()}; a deploy is verified once it has happened`
    )
  const forSeconds = parseSpan('verify_for', value('verify_for'))
  if (forSeconds > MAX_WATCH_SECONDS)
    throw new InputError(
      'verify_for',
      `${value('verify_for')} is longer than 24h; watch at most a day`
    )
  const intervalSeconds = parseSpan('verify_interval', value('verify_interval'))
  if (intervalSeconds < MIN_INTERVAL_SECONDS || intervalSeconds > MAX_INTERVAL_SECONDS)
    throw new InputError(
      'verify_interval',
      `${value('verify_interval')} is out of range; expected a duration from ${MIN_INTERVAL_SECONDS}s to 1h`
    )
  const maxBurn = parseBurnThreshold('verify_max_burn', value('verify_max_burn'))
  const maxSpend = parsePercent('verify_max_spend', value('verify_max_spend'))
  if (maxBurn === 0 && maxSpend === 0)
    throw new InputError(
      'verify_max_burn',
      'and verify_max_spend are both 0, so nothing could fail the deploy; keep at least one limit'
    )
  const settings: VerifySettings = {
    deployedAt,
    forSeconds,
    intervalSeconds,
    maxBurn,
    maxSpend,
    onInconclusive: parseWord('on_inconclusive', value('on_inconclusive'), ['fail', 'pass'])
  }
  const age = Math.floor((now.getTime() - deployedAt.getTime()) / 1000)
  const longest = Math.max(age, forSeconds)
  for (const slo of slos) {
    const unranged = unrangedQuery(slo)
    if (unranged)
      throw new InputError(
        input,
        `${slo.name}: verify counts the events since the deploy over a fixed range ([{{window}}] @ instant), but its ${unranged[0]} (${unranged[1]}) ${UNRANGED}`
      )
    const limit = Math.floor(nominalSeconds(slo.window) / 4)
    if (longest > limit)
      throw new InputError(
        age > forSeconds ? 'deployed_at' : 'verify_for',
        `${slo.name}: verify would measure ${formatDuration(longest)} since the deploy and as long before it; at most a quarter of the ${slo.window} window (${formatDuration(limit)}) may be measured, so that a check costs less than an evaluation of the gate`
      )
  }
  return settings
}
