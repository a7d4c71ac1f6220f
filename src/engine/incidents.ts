/**
 * Incidents read from the burn-down chart's daily points, and when one needs a postmortem: the
 * design requires one for a budget that is exhausted and for an incident that spends more than a
 * fifth of it. Pure: the points are the ones the gate already drew.
 */
import type { DailyPoint } from './daily.js'
import type { SloResult } from './result.js'

/** A run of consecutive steps (days) that each burned faster than the budget allows. */
export interface Incident {
  /** The start of its first step and the end of its last. */
  start: Date
  end: Date
  /** Percent of the whole window's budget left at its start and at its end. */
  before: number
  after: number
  /** Percentage points of the budget it spent. */
  spent: number
  /** Its average burn rate: 1 spends exactly the budget over the SLO window. */
  burn: number
}

/** The share of the budget above which an incident needs a postmortem (the design's 20 %). */
export const DEFAULT_INCIDENT_PERCENT = 20

/**
 * The incidents in a series of points: maximal runs of steps whose burn exceeds 1, i.e. that spent
 * more of the budget than their share of the window. One bad day is one incident; a bad night
 * across midnight is two burning steps, hence still one.
 */
export function incidentsOf(points: DailyPoint[], windowSeconds: number): Incident[] {
  const incidents: Incident[] = []
  let run: { from: number; to: number } | undefined
  const close = (): void => {
    if (!run) return
    const first = points[run.from]
    const last = points[run.to]
    const spent = first.remaining - last.remaining
    const seconds = (last.at.getTime() - first.at.getTime()) / 1000
    incidents.push({
      start: first.at,
      end: last.at,
      before: first.remaining,
      after: last.remaining,
      spent,
      burn: ((spent / 100) * windowSeconds) / seconds
    })
    run = undefined
  }
  for (let i = 1; i < points.length; i++) {
    const seconds = (points[i].at.getTime() - points[i - 1].at.getTime()) / 1000
    if (seconds <= 0) continue
    const burn = (((points[i - 1].remaining - points[i].remaining) / 100) * windowSeconds) / seconds
    if (burn > 1) run = { from: run?.from ?? i - 1, to: i }
    else close()
  }
  close()
  return incidents
}

/** Why an SLO needs a postmortem: its budget is exhausted, or an incident spent too much of it. */
export interface PostmortemCause {
  kind: 'exhausted' | 'incident'
  /** The incident; for an exhausted budget without one, the whole window up to the evaluation. */
  incident: Incident
  /** Whether `incident` is the whole window rather than a run of burning days. */
  wholeWindow: boolean
}

/**
 * The cause of one evaluated SLO's postmortem, if it needs one: an exhausted budget first, then
 * the latest incident that spent more than `incidentPercent` of the budget. An SLO whose budget
 * is unknown needs none (its ERROR is the gate's business).
 */
export function postmortemCause(
  slo: SloResult,
  incidentPercent: number,
  windowSeconds: number,
  time: Date
): PostmortemCause | undefined {
  if (slo.budgetRemaining === null) return undefined
  const points = slo.daily && 'points' in slo.daily ? slo.daily.points : undefined
  const latest = incidentsOf(points ?? [], windowSeconds)
    .filter(incident => incident.spent > incidentPercent)
    .pop()
  if (slo.budgetRemaining < 0) {
    if (latest) return { kind: 'exhausted', incident: latest, wholeWindow: false }
    const start = points?.[0]?.at ?? new Date(time.getTime() - windowSeconds * 1000)
    const spent = 100 - slo.budgetRemaining
    const seconds = (time.getTime() - start.getTime()) / 1000
    return {
      kind: 'exhausted',
      wholeWindow: true,
      incident: {
        start,
        end: time,
        before: 100,
        after: slo.budgetRemaining,
        spent,
        burn: seconds > 0 ? ((spent / 100) * windowSeconds) / seconds : spent / 100
      }
    }
  }
  return latest && { kind: 'incident', incident: latest, wholeWindow: false }
}

/** What a closed postmortem recorded of its cause (in its hidden marker). */
export interface RecordedCause {
  kind: PostmortemCause['kind']
  start: Date
  end: Date
}

/**
 * Whether a cause is a new incident rather than the one a closed postmortem covered, so that a
 * postmortem opens once per incident. An incident is new when it began after the recorded one
 * ended (the burn stopped in between: days spent within the budget). An exhausted budget is new
 * once the budget has recovered since: a daily point after the recorded end with budget left,
 * or the recorded end older than the window (the old incident no longer counts). Without daily
 * points that tell, it is not new: a duplicate postmortem is not made on doubt.
 */
export function isNewCause(
  cause: PostmortemCause,
  previous: RecordedCause,
  points: DailyPoint[] | undefined
): boolean {
  if (cause.kind === 'incident') return cause.incident.start.getTime() >= previous.end.getTime()
  if (!points?.length) return false
  if (previous.end.getTime() < points[0].at.getTime()) return true
  return points.some(p => p.at.getTime() > previous.end.getTime() && p.remaining >= 0)
}
