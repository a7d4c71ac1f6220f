/**
 * The pure parts of verify: one check judged from its counts (the low-traffic rule, the spend,
 * counts that cannot be events), the schedule of a watch, and the verify inputs as the config
 * builder reads them.
 */
import { readGateConfig } from '../../../src/engine/config.js'
import { InputError } from '../../../src/engine/inputs.js'
import type { Outcome } from '../../../src/engine/result.js'
import { sloFromInputs } from '../../../src/engine/slo.js'
import {
  defaultMaxBurn,
  judgeDeploy,
  nextCheck,
  verdictOf,
  type DeployFigures
} from '../../../src/engine/verify.js'

const slo = sloFromInputs(() => '')
const NOW = new Date('2026-12-01T12:00:00Z')
const ok = (value: number): Outcome => ({ ok: true, value })
const failed: Outcome = { ok: false, message: 'HTTP 503' }

/** Counts since the deploy and before it, and 25.92 M events over 30 days (25,920 allowed bad). */
function figures(
  errors: number,
  total: number,
  before: [number, number] = [1, 10_000],
  windowTotal: Outcome = ok(25_920_000)
): DeployFigures {
  return {
    since: { errors: ok(errors), total: ok(total) },
    before: { errors: ok(before[0]), total: ok(before[1]) },
    windowTotal
  }
}
const judge = (f: DeployFigures, limits = { maxBurn: 'auto' as const, maxSpend: 2 }) =>
  judgeDeploy(slo, f, limits, NOW, 900)

describe('one check of a deploy', () => {
  it('passes within the limits, with the baseline and the spend of the model', () => {
    const check = judge(figures(9, 9000))
    expect(check).toMatchObject({ verdict: 'pass', causes: [], maxBurn: 14.4, minEvents: 1000 })
    expect(check.burn).toBeCloseTo(1, 10)
    expect(check.baselineBurn).toBeCloseTo(0.1, 10)
    expect(check.spent).toBeCloseTo((9 / 25_920) * 100, 10)
  })

  it('fails on the burn only with min_events events: fewer cannot tell (the gate rule)', () => {
    expect(judge(figures(90, 1000)).causes).toEqual(['burn'])
    const few = judge(figures(90, 999))
    expect(few).toMatchObject({ verdict: 'inconclusive', unknown: 'too-few-events', causes: [] })
    expect(few.reasons.join()).toContain(
      'exceeds 14.4x, but cannot fail on it: too few events (999 < min_events 1000)'
    )
  })

  it('fails on the spend whatever the traffic: bad events are budget spent', () => {
    const spent = judge(figures(600, 600))
    expect(spent).toMatchObject({ verdict: 'fail', causes: ['spend'] })
    expect(spent.reasons.join()).toContain(
      'the deploy spent 2.31% of the 30d budget (600 bad events of the 25920 it allows), more than verify_max_spend 2%'
    )
  })

  it('names a burn that was there before the deploy', () => {
    const check = judge(figures(200, 10_000, [190, 10_000]))
    expect(check).toMatchObject({ verdict: 'fail', causes: ['burn'], preexisting: true })
    expect(check.reasons.join()).toContain(
      'it was 19.00x in the 15m before: the burn predates the deploy'
    )
  })

  it('is inconclusive on counts that are not events, and on an unknown budget', () => {
    expect(judge(figures(10, 5)).reasons.join()).toContain(
      'error_query (10) exceeds total_query (5) over the 15m since the deploy; are the two queries swapped?'
    )
    expect(judge(figures(-1, 5)).unknown).toBe('query')
    expect(judge(figures(0, 0))).toMatchObject({ verdict: 'inconclusive', unknown: 'no-traffic' })
    const unknownBudget = figures(9, 9000, undefined, failed)
    expect(judge(unknownBudget)).toMatchObject({ verdict: 'inconclusive', unknown: 'query' })
    // Without a spend limit, the budget in events is not needed.
    expect(judge(unknownBudget, { maxBurn: 'auto', maxSpend: 0 }).verdict).toBe('pass')
  })

  it('keeps going without a baseline, saying so', () => {
    const check = judge({ ...figures(9, 9000), before: { errors: failed, total: ok(1) } })
    expect(check.verdict).toBe('pass')
    expect(check.baselineBurn).toBeNull()
    expect(check.reasons.join()).toContain(
      'baseline unknown: error_query over the 15m before the deploy: HTTP 503'
    )
  })

  it('measures nothing in the deploy’s first second', () => {
    expect(judgeDeploy(slo, figures(0, 0), { maxBurn: 1, maxSpend: 2 }, NOW, 0).reasons).toEqual([
      'default: the deploy is not a second old: nothing to measure yet'
    ])
  })

  it('takes the fast-burn factor of the SLO window, or the SLO’s own fast_burn_threshold', () => {
    expect(defaultMaxBurn(slo)).toBe(14.4)
    expect(defaultMaxBurn({ ...slo, window: '7d' })).toBe(3.36)
    expect(defaultMaxBurn({ ...slo, fastBurnThreshold: 10 })).toBe(10)
    expect(defaultMaxBurn({ ...slo, fastBurnThreshold: 0 })).toBe(14.4)
  })

  it('the worst SLO decides: fail, then inconclusive, then pass', () => {
    const pass = judge(figures(9, 9000))
    const unsure = judge(figures(0, 0))
    const bad = judge(figures(600, 600))
    expect(verdictOf([pass, unsure])).toBe('inconclusive')
    expect(verdictOf([pass, bad, unsure])).toBe('fail')
    expect(verdictOf([pass])).toBe('pass')
  })
})

describe('the schedule of a watch', () => {
  const deployedAt = new Date(1_000_000 * 1000)
  const all = (start: number, forSeconds: number, intervalSeconds: number): number[] => {
    const times: number[] = []
    for (
      let at = nextCheck(undefined, start, { deployedAt, forSeconds, intervalSeconds });
      at !== undefined;
      at = nextCheck(at, start, { deployedAt, forSeconds, intervalSeconds })
    )
      times.push(at - 1_000_000)
    return times
  }

  it.each([
    [
      'from the deploy, every interval, the last at verify_for',
      0,
      300,
      60,
      [60, 120, 180, 240, 300]
    ],
    ['the last one at verify_for when it falls between', 0, 150, 60, [60, 120, 150]],
    ['verify_for 0: once, now', 30, 0, 60, [30]],
    ['a deploy older than verify_for: once, now', 3600, 900, 60, [3600]],
    ['a watch begun later: at once, then every interval', 90, 300, 60, [90, 150, 210, 270, 300]],
    ['verify_for shorter than the interval: once, at its end', 0, 30, 60, [30]]
  ])('%s', (_, start, forSeconds, interval, expected) => {
    expect(all(1_000_000 + start, forSeconds, interval)).toEqual(expected)
  })
})

describe('the verify inputs, through the config builder', () => {
  const read = (inputs: Record<string, string>, now = NOW) =>
    readGateConfig(name => inputs[name] ?? '', undefined, { now: () => now })
  const refusal = (inputs: Record<string, string>): string => {
    try {
      read({ prometheus_url: 'http://p', mode: 'verify', ...inputs })
    } catch (error) {
      if (error instanceof InputError) return error.message
      throw error
    }
    throw new Error('expected a refusal')
  }

  it('defaults: deployed when the step started, 15m every 1m, the fast-burn factor, 2 %, fail', () => {
    const config = read({ prometheus_url: 'http://p', mode: 'Verify' })
    expect(config.mode).toBe('verify')
    expect(config.verify).toEqual({
      deployedAt: NOW,
      forSeconds: 900,
      intervalSeconds: 60,
      maxBurn: 'auto',
      maxSpend: 2,
      onInconclusive: 'fail'
    })
    expect(read({ prometheus_url: 'http://p' })).toMatchObject({ mode: 'gate', verify: undefined })
    expect(
      read({ prometheus_url: 'http://p', mode: 'verify', verify_max_spend: '0.5', verify_for: '0' })
        .verify
    ).toMatchObject({ maxSpend: 0.5, forSeconds: 0 })
  })

  it.each([
    [
      { mode: 'gate', verify_for: '15m' },
      'Input verify_for: is an input of mode verify, but mode is gate'
    ],
    [{ mode: 'deploy' }, 'Input mode: "deploy" is not allowed; expected gate or verify'],
    [
      { deployed_at: '2026-12-01T12:00:01Z' },
      'Input deployed_at: 2026-12-01T12:00:01.000Z is after the evaluation time'
    ],
    [{ verify_for: '25h' }, 'Input verify_for: 25h is longer than 24h'],
    [{ verify_for: '1500ms' }, 'Input verify_for: "1500ms" is not whole seconds'],
    [{ verify_for: 'soon' }, 'Input verify_for: "soon" is not a Prometheus duration'],
    [
      { verify_interval: '1s' },
      'Input verify_interval: 1s is out of range; expected a duration from 5s to 1h'
    ],
    [{ verify_max_spend: '150%' }, 'Input verify_max_spend: 150% is outside 0-100%'],
    [{ verify_max_spend: 'lots' }, 'Input verify_max_spend: "lots" is not a number'],
    [{ verify_max_burn: '-1' }, 'Input verify_max_burn: -1 is negative'],
    [
      { verify_max_burn: '0', verify_max_spend: '0%' },
      'Input verify_max_burn: and verify_max_spend are both 0, so nothing could fail the deploy'
    ],
    [
      { on_inconclusive: 'ignore' },
      'Input on_inconclusive: "ignore" is not allowed; expected fail or pass'
    ],
    [
      { time_window: '1d', verify_for: '7h' },
      'Input verify_for: default: verify would measure 7h since the deploy and as long before it; at most a quarter of the 1d window (6h) may be measured'
    ],
    [
      { deployed_at: '2026-11-20T12:00:00Z' },
      'Input deployed_at: default: verify would measure 1w4d since the deploy and as long before it; at most a quarter of the 30d window (1w12h) may be measured'
    ],
    [
      {
        error_query: 'label_replace(sum(increase(e[{{window}}])), "w", "{{window}}", "", "")'
      },
      'Input error_query: default: verify counts the events since the deploy over a fixed range'
    ]
  ])('refuses %j', (inputs, message) => {
    expect(refusal(inputs)).toContain(message)
  })

  it('checks deployed_at against evaluation_time when that is set', () => {
    const config = read({
      prometheus_url: 'http://p',
      mode: 'verify',
      evaluation_time: '2026-11-01T00:00:00Z',
      deployed_at: '2026-10-31T23:45:00Z'
    })
    expect(config.verify!.deployedAt.toISOString()).toBe('2026-10-31T23:45:00.000Z')
    // Unset, the deploy is at the evaluation time: as if the step had started then.
    const unset = read({
      prometheus_url: 'http://p',
      mode: 'verify',
      evaluation_time: '1764547200'
    })
    expect(unset.verify!.deployedAt.toISOString()).toBe('2025-12-01T00:00:00.000Z')
  })
})
