/**
 * Sloth `sloth.slok.dev/v1` `AlertWindows`: the page and ticket burn windows of one SLO period,
 * each with the share of the budget that trips it. They become the burn tiers of the SLOs of the
 * file whose window is that period: quick page → FREEZE, slow page → WARNING, tickets → CAUTION.
 */
import type { BurnTierSpec } from '../engine/budget.js'
import { parseNumber, parseWindow } from '../engine/inputs.js'
import type { SloSpec } from '../engine/slo.js'
import { parseDuration } from '../engine/duration.js'
import { isCalendarUnit } from '../engine/calendar.js'
import type { Status } from '../engine/status.js'
import { isObject, object, optionalText, text, type Doc, type Where } from './fields.js'

export const SLOTH_API_VERSION = 'sloth.slok.dev/v1'

export interface AlertWindows {
  /** Shown in the summary after "burn tiers from". */
  source: string
  period: string
  periodSeconds: number
  tiers: BurnTierSpec[]
  where: Where
}

const TIERS: { severity: 'page' | 'ticket'; speed: 'quick' | 'slow'; escalateTo: Status }[] = [
  { severity: 'page', speed: 'quick', escalateTo: 'FREEZE' },
  { severity: 'page', speed: 'slow', escalateTo: 'WARNING' },
  { severity: 'ticket', speed: 'quick', escalateTo: 'CAUTION' },
  { severity: 'ticket', speed: 'slow', escalateTo: 'CAUTION' }
]

export function isAlertWindows(doc: Doc): boolean {
  return doc.apiVersion === SLOTH_API_VERSION && doc.kind === 'AlertWindows'
}

export function parseAlertWindows(doc: Doc, where: Where): AlertWindows {
  /** A required scalar, parsed with an input parser whose error is labelled with the field. */
  const read = <T>(value: unknown, field: string, parse: (raw: string) => T): T => {
    const raw = text(value, where, field)
    return where.field(field, () => parse(raw))
  }
  const spec = object(doc.spec, where, 'spec')
  const period = read(spec.sloPeriod, 'spec.sloPeriod', raw => parseWindow('sloPeriod', raw))
  const periodSeconds = parseDuration(period)
  const tiers = TIERS.map(({ severity, speed, escalateTo }): BurnTierSpec => {
    const field = `spec.${severity}.${speed}`
    const window = object(object(spec[severity], where, `spec.${severity}`)[speed], where, field)
    const duration = (key: string): string =>
      read(window[key], `${field}.${key}`, raw => parseWindow(key, raw))
    const shortWindow = duration('shortWindow')
    const longWindow = duration('longWindow')
    if (parseDuration(shortWindow) >= parseDuration(longWindow))
      throw where.error(
        `${field}.shortWindow`,
        `${shortWindow} is not shorter than longWindow ${longWindow}`
      )
    if (parseDuration(longWindow) > periodSeconds)
      throw where.error(`${field}.longWindow`, `${longWindow} is longer than sloPeriod ${period}`)
    const percent = read(window.errorBudgetPercent, `${field}.errorBudgetPercent`, raw =>
      parseNumber('errorBudgetPercent', raw, 'a percentage of the budget such as 2')
    )
    if (!(percent > 0 && percent <= 100))
      throw where.error(
        `${field}.errorBudgetPercent`,
        `${percent} is out of range; expected a percentage of the budget with 0 < x <= 100`
      )
    return {
      name: `${severity} ${speed}`,
      longWindow,
      shortWindow,
      budgetShare: percent / 100,
      escalateTo
    }
  })
  const name = isObject(doc.metadata)
    ? optionalText(doc.metadata.name, where, 'metadata.name')
    : undefined
  return {
    source: `AlertWindows ${name ?? period} (${where.file}, document ${where.document})`,
    period,
    periodSeconds,
    tiers,
    where
  }
}

/**
 * Gives every SLO without tiers of its own the tiers of the AlertWindows for its window. One
 * AlertWindows per period; one that fits no SLO of the file is refused, as its tiers would
 * silently go unused.
 */
export function applyAlertWindows(slos: SloSpec[], catalog: AlertWindows[]): SloSpec[] {
  const byPeriod = new Map<number, AlertWindows>()
  for (const windows of catalog) {
    const earlier = byPeriod.get(windows.periodSeconds)
    if (earlier)
      throw windows.where.error(
        'spec.sloPeriod',
        `a second AlertWindows for ${windows.period} (document ${earlier.where.document} has one); keep one per period`
      )
    byPeriod.set(windows.periodSeconds, windows)
  }
  const used = new Set<AlertWindows>()
  const result = slos.map(slo => {
    // A calendar period has no fixed length to match a sloPeriod against.
    const windows = isCalendarUnit(slo.window) ? undefined : byPeriod.get(parseDuration(slo.window))
    if (!windows || slo.burnTiers) return slo
    used.add(windows)
    return {
      ...slo,
      burnTiers: windows.tiers.map(tier => ({ ...tier })),
      burnTiersSource: windows.source
    }
  })
  for (const windows of catalog) {
    if (used.has(windows)) continue
    const why = slos.some(
      slo => !isCalendarUnit(slo.window) && parseDuration(slo.window) === windows.periodSeconds
    )
      ? `every SLO with a ${windows.period} window sets burn tiers of its own`
      : `no SLO of this file has a ${windows.period} window (${[...new Set(slos.map(s => s.window))].join(', ')})`
    throw windows.where.error(
      'spec.sloPeriod',
      `${why}, so these windows would not be used; match sloPeriod to the SLO window or remove the document`
    )
  }
  return result
}
