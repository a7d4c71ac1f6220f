/**
 * What a backtest found, from its judged steps: the share of time per status and blocked, each
 * blocked interval (start, end, worst status, why), and for each deploy whether the policy would
 * have blocked it and when it could have gone. Pure.
 */
import type { GateStep } from './backtest.js'
import { severity, STATUSES, type Status } from './status.js'

export interface BlockedInterval {
  start: number
  /** The first step that no longer blocks; the range's end when `ongoing`. */
  end: number
  ongoing: boolean
  worst: Status
  /** The reasons at the first step of the worst status. */
  reasons: string[]
}

export interface DeployVerdict {
  time: number
  /** The status of the step at or before the deploy; null when that step was not judged. */
  status: Status | null
  blocked: boolean | null
  /** When it could have gone: its own time when allowed, the end of its block, or null. */
  couldGoAt: number | null
  /** Why there is no verdict (outside the range, or before the data). */
  note?: string
}

export interface BacktestSummary {
  steps: number
  judged: number
  /** Per status, of the judged steps (0-1). */
  statusShare: Record<Status, number>
  /** Blocked steps, of the judged steps (0-1; 0 when none was judged). */
  blockedShare: number
  intervals: BlockedInterval[]
  deploys: DeployVerdict[]
}

export function summarise(
  steps: GateStep[],
  step: number,
  onError: 'block' | 'allow',
  deploys: number[] = []
): BacktestSummary {
  const judged = steps.filter(s => s.status !== null)
  const statusShare = Object.fromEntries(
    STATUSES.map(status => [
      status,
      judged.length ? judged.filter(s => s.status === status).length / judged.length : 0
    ])
  ) as Record<Status, number>
  const intervals: BlockedInterval[] = []
  let open: BlockedInterval | undefined
  for (const s of steps) {
    if (s.blocked && s.status) {
      if (!open) {
        open = { start: s.at, end: s.at, ongoing: true, worst: s.status, reasons: s.reasons }
        intervals.push(open)
      } else if (
        severity(s.status, onError === 'block') > severity(open.worst, onError === 'block')
      ) {
        open.worst = s.status
        open.reasons = s.reasons
      }
      continue
    }
    if (open) {
      open.end = s.at
      open.ongoing = false
      open = undefined
    }
  }
  if (open) open.end = steps[steps.length - 1].at
  const from = steps[0]?.at ?? 0
  const to = steps[steps.length - 1]?.at ?? 0
  return {
    steps: steps.length,
    judged: judged.length,
    statusShare,
    blockedShare: judged.length ? judged.filter(s => s.blocked).length / judged.length : 0,
    intervals,
    deploys: deploys.map(time => {
      if (time < from || time >= to + step)
        return { time, status: null, blocked: null, couldGoAt: null, note: 'outside the range' }
      const i = Math.floor((time - from) / step)
      const at = steps[i]
      if (at.status === null)
        return { time, status: null, blocked: null, couldGoAt: null, note: at.reasons[0] }
      if (!at.blocked) return { time, status: at.status, blocked: false, couldGoAt: time }
      const free = steps.slice(i + 1).find(s => s.status !== null && !s.blocked)
      return { time, status: at.status, blocked: true, couldGoAt: free?.at ?? null }
    })
  }
}
