/**
 * The SLOs real teams write, against the real Prometheus: burn tiers scaled to the window, low
 * traffic, excluded intervals. Every expected figure comes from the scenario model.
 */
import { parseDuration } from '../../src/engine/duration.js'
import type { GateResult } from '../../src/engine/result.js'
import { parseSloDocuments } from '../../src/specs/index.js'
import { buildReport, renderSummary } from '../../src/channels/report.js'
import { renderComment } from '../../src/channels/pr-comment.js'
import { readGateConfig } from '../../src/engine/config.js'
import { evaluateWith, remainingFor } from '../helpers/evaluate.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { expectedErrorRatio, expectedEvents } from '../helpers/scenarios.js'

const prometheus = sharedPrometheus()
const HOUR = 3600
const DAY = 86400

function gate(
  inputs: Record<string, string>,
  evaluationTime = prometheus.endTime
): Promise<GateResult> {
  return evaluateWith({
    prometheus_url: prometheus.url,
    evaluation_time: String(evaluationTime),
    ...inputs
  })
}

/** The burn the model gives over a window ending at the end of the data, for a 99.9% target. */
const modelBurn = (service: string, window: string): number =>
  expectedErrorRatio(service, parseDuration(window)) / 0.001

describe('burn tiers scaled to the SLO window', () => {
  it('a 5x burst over the last hour freezes a 7d SLO (factor 3.36) but not a 30d one (14.4)', async () => {
    const week = await gate({ ...serviceQueries('weekburst'), time_window: '7d' })
    expect(week.status).toBe('FREEZE')
    const fast = week.worst.tiers.find(t => t.check.name === 'fast burn')!
    expect(fast.check.threshold).toBe(3.36)
    expect(fast.fired).toBe(true)
    expect(fast.longBurn!).toBeCloseTo(modelBurn('weekburst', '1h'), 2)
    expect(fast.shortBurn!).toBeCloseTo(modelBurn('weekburst', '5m'), 2)
    expect(week.reasons.join('\n')).toMatch(
      /fast burn: burn rate 5\.0x over 1h and 5\.0x over 5m exceed 3\.36x \(at least FREEZE\)/
    )
    // The slow tier (1.4 on 7d) sees the model's 6h burn, below its factor.
    const slow = week.worst.tiers.find(t => t.check.name === 'slow burn')!
    expect(slow.check.threshold).toBe(1.4)
    expect(slow.longBurn!).toBeCloseTo(modelBurn('weekburst', '6h'), 2)
    expect(slow.fired).toBe(modelBurn('weekburst', '6h') > 1.4)

    const month = await gate(serviceQueries('weekburst'))
    expect(month.status).toBe('NORMAL')
    expect(month.worst.tiers.map(t => t.check.threshold)).toEqual([14.4, 6])
    // The old fixed factors on a 7d window miss it: a number overrides the derived factor.
    const fixed = await gate({
      ...serviceQueries('weekburst'),
      time_window: '7d',
      fast_burn_threshold: '14.4',
      slow_burn_threshold: '6'
    })
    expect(fixed.status).toBe('NORMAL')
    expect(fixed.worst.tiers.map(t => t.check.threshold)).toEqual([14.4, 6])
  })

  it('the ticket tiers catch a day-long 3.5x burn that the page tiers let through', async () => {
    const page = await gate(serviceQueries('ticketburn'))
    expect(page.status).toBe('NORMAL')
    const both = await gate({ ...serviceQueries('ticketburn'), burn_tiers: 'page,ticket' })
    expect(both.status).toBe('CAUTION')
    expect(both.worst.budgetRemaining!).toBeCloseTo(
      remainingFor(expectedErrorRatio('ticketburn', 30 * DAY)),
      1
    )
    expect(both.worst.tiers.map(t => [t.check.name, t.check.threshold, t.fired])).toEqual([
      ['fast burn', 14.4, false],
      ['slow burn', 6, false],
      ['ticket fast burn', 3, modelBurn('ticketburn', '1d') > 3],
      ['ticket slow burn', 1, modelBurn('ticketburn', '3d') > 1]
    ])
    expect(both.worst.tiers[3].longBurn!).toBeCloseTo(modelBurn('ticketburn', '3d'), 2)
    const none = await gate({ ...serviceQueries('ticketburn'), burn_tiers: 'none' })
    expect(none.worst.tiers).toEqual([])
    expect(none.worst.windows.map(w => w.window)).toEqual(['30d', '1h'])
  })

  it('shows each tier with its derived factor beside the burns in the summary, comment and report', async () => {
    const inputs = {
      prometheus_url: prometheus.url,
      ...serviceQueries('weekburst'),
      time_window: '7d'
    }
    const result = await gate(inputs)
    const summary = renderSummary(result)
    expect(summary).toContain('### Burn tiers')
    expect(summary).toMatch(
      /\| fast burn \| 1h \/ 5m \| 2% \| 3\.36x \| 5\.00x \/ 5\.00x \| FREEZE \| fired/
    )
    expect(summary).toMatch(/\| slow burn \| 6h \/ 30m \| 5% \| 1\.40x \|/)
    const comment = renderComment(result, { tag: 't', canDeploy: false })
    expect(comment).toMatch(
      /Burn tiers: fast burn 3\.36x \(fired: at least FREEZE\) · slow burn 1\.40x/
    )
    const report = buildReport(
      result,
      readGateConfig(name => inputs[name as keyof typeof inputs] ?? '')
    )
    const tiers = (report.slos as { burn_tiers: Record<string, unknown>[] }[])[0].burn_tiers
    expect(tiers[0]).toMatchObject({
      name: 'fast burn',
      long_window: '1h',
      short_window: '5m',
      budget_share: 0.02,
      factor: 3.36,
      escalate_to: 'FREEZE',
      fired: true
    })
  })

  it('a burn window without data names the window and suggests a longer short window; a 15m tier then works', async () => {
    // Two days back the data is sampled every 10 minutes: 5m holds one sample, 15m holds two.
    const sparse = prometheus.endTime - 2 * DAY
    const result = await gate(serviceQueries('healthy'), sparse)
    expect(result.status).toBe('ERROR')
    expect(result.worst.error).toMatch(
      /over 5m: no data.*the 30d window has data, so 5m \(the short window of the fast burn tier\).*longer short window \(e\.g\. 15m\)/
    )
    const slos = parseSloDocuments(
      [
        'slos:',
        '  - name: scraped-slowly',
        `    error_query: ${serviceQueries('slowburn').error_query}`,
        `    total_query: ${serviceQueries('slowburn').total_query}`,
        '    burn_tiers:',
        '      - { name: fast, long: 1h, short: 15m, share: 2%, escalate_to: FREEZE }',
        '      - { name: slow, long: 6h, short: 30m, share: 5%, escalate_to: WARNING }'
      ].join('\n'),
      'slos.yaml',
      () => ''
    )
    const own = await evaluateWith(
      { prometheus_url: prometheus.url, evaluation_time: String(sparse) },
      slos
    )
    expect(own.status).toBe('NORMAL')
    expect(
      own.worst.tiers.map(t => [t.check.name, t.check.shortWindow, t.check.threshold])
    ).toEqual([
      ['fast', '15m', 14.4],
      ['slow', '30m', 6]
    ])
    // The slowburn model is 0.01% two days back: burn 0.1 on every window.
    for (const tier of own.worst.tiers) expect(tier.shortBurn!).toBeCloseTo(0.1, 2)
  })
})

describe('low traffic', () => {
  const trickle = serviceQueries('trickle')

  it('one error among 60 requests an hour would freeze; min_events holds the fast tier back', async () => {
    const unguarded = await gate({ ...trickle, min_events: '0' })
    expect(unguarded.status).toBe('FREEZE')
    expect(unguarded.worst.tiers[0].longBurn!).toBeCloseTo(modelBurn('trickle', '1h'), 1)

    const guarded = await gate(trickle)
    expect(guarded.status).toBe('NORMAL')
    expect(guarded.worst.minEvents).toBe(1000)
    const hour = expectedEvents('trickle', HOUR)
    expect(hour.total).toBe(60)
    expect(guarded.reasons.join('\n')).toContain(
      `fast burn: burn rate ${modelBurn('trickle', '1h').toFixed(1)}x over 1h and ${modelBurn('trickle', '5m').toFixed(1)}x over 5m exceed 14.4x, but cannot escalate: too few events over 1h (${hour.total} < 1000)`
    )
    expect(guarded.worst.tiers[0].tooFewEvents!).toBeCloseTo(60, 6)
    // 43,200 events over 30d are enough for the SLO window: no warning.
    expect(guarded.warnings).toEqual([])
    expect(renderSummary(guarded)).toContain('cannot escalate: too few events over 1h (60 < 1000)')
  })

  it('an SLO window with fewer events than min_events warns; low_traffic: allow never blocks it', async () => {
    const twelve = expectedEvents('trickle', 12 * HOUR)
    const evaluate = await gate({ ...trickle, time_window: '12h' })
    // One bad event in 720 at 99.9% overspends the budget.
    expect(evaluate.worst.budgetRemaining!).toBeCloseTo(
      remainingFor(twelve.errors / twelve.total),
      1
    )
    expect(evaluate.status).toBe('EXHAUSTED')
    expect(evaluate.canDeploy).toBe(false)
    expect(evaluate.warnings.join('\n')).toContain(
      `low traffic: ${twelve.total} events over 12h, fewer than min_events 1000`
    )
    expect(renderSummary(evaluate)).toContain('low traffic: 720 events over 12h')

    const allow = await gate({ ...trickle, time_window: '12h', low_traffic: 'allow' })
    expect(allow.status).toBe('EXHAUSTED')
    expect(allow.worst.blocks).toBe(false)
    expect(allow.canDeploy).toBe(true)
    expect(allow.reasons.join('\n')).toContain(
      'does not block: low_traffic is allow and the 12h window holds 720 events, fewer than min_events 1000'
    )
    expect(renderComment(allow, { tag: 't', canDeploy: true })).toContain(
      '**Low traffic (default):** 720 events over 12h, fewer than min_events 1000; low_traffic is allow, so it does not block.'
    )
    const inputs = { prometheus_url: prometheus.url }
    const report = buildReport(
      allow,
      readGateConfig(name => inputs[name as 'prometheus_url'] ?? '')
    )
    expect((report.slos as Record<string, unknown>[])[0]).toMatchObject({
      min_events: 1000,
      low_traffic: { events: 720, min_events: 1000, allowed: true }
    })
  })

  it('an explicit min_events replaces the derived one', async () => {
    const result = await gate({ ...trickle, time_window: '12h', min_events: '500' })
    expect(result.worst.minEvents).toBe(500)
    expect(result.warnings).toEqual([])
    expect(result.status).toBe('EXHAUSTED')
  })
})

describe('excluded intervals', () => {
  const incident = serviceQueries('incident')
  const at = (secondsBeforeEnd: number) =>
    new Date((prometheus.endTime - secondsBeforeEnd) * 1000).toISOString()
  /** The SLO-window figures the model gives once [from, to] (seconds before the end) is removed. */
  const without = (window: number, from: number, to: number) => {
    const all = expectedEvents('incident', window)
    const removed = expectedEvents('incident', from, to)
    return { removed, ratio: (all.errors - removed.errors) / (all.total - removed.total) }
  }

  it('the incident costs most of the budget; excluded whole, the budget is the baseline one', async () => {
    const counted = await gate(incident)
    expect(counted.status).toBe('WARNING')
    expect(counted.worst.budgetRemaining!).toBeCloseTo(
      remainingFor(expectedErrorRatio('incident', 30 * DAY)),
      1
    )

    const exclude = `${at(72 * HOUR)}/${at(70 * HOUR)} DB failover, paid for in INC-7`
    const result = await gate({ ...incident, exclude })
    const { removed, ratio } = without(30 * DAY, 72 * HOUR, 70 * HOUR)
    expect(result.status).toBe('NORMAL')
    expect(result.worst.budgetRemaining!).toBeCloseTo(remainingFor(ratio), 1)
    expect(result.worst.errorRatio!).toBeCloseTo(0.0001, 7)
    const [x] = result.worst.exclusions
    expect(x.errors!).toBeCloseTo(removed.errors, 3)
    expect(x.total!).toBeCloseTo(removed.total, 3)
    expect(result.reasons.join('\n')).toContain(
      `excluded ${at(72 * HOUR).replace('.000Z', 'Z')}/${at(70 * HOUR).replace('.000Z', 'Z')} (DB failover, paid for in INC-7): ${removed.errors} bad of ${removed.total} events removed from the 30d window`
    )
    // The burn windows do not reach back 70 hours: nothing is removed from them.
    const hour = result.worst.windows.find(w => w.window === '1h')!
    expect(hour.total).toBeCloseTo(expectedEvents('incident', HOUR).total, 3)
  })

  it('excluded in part (its first hour, given as START/DURATION), the rest still counts', async () => {
    const result = await gate({ ...incident, exclude: `${at(72 * HOUR)}/PT1H first hour of INC-7` })
    const { removed, ratio } = without(30 * DAY, 72 * HOUR, 71 * HOUR)
    expect(result.worst.budgetRemaining!).toBeCloseTo(remainingFor(ratio), 1)
    expect(result.worst.exclusions[0].errors!).toBeCloseTo(removed.errors, 3)
    expect(result.status).toBe(
      remainingFor(ratio) <= 50 ? (remainingFor(ratio) < 20 ? 'FREEZE' : 'WARNING') : 'CAUTION'
    )
  })

  it('an interval reaching past the window start is clipped to the window', async () => {
    // A 71h window starts one hour into the incident: only its second hour is removed.
    const result = await gate({
      ...incident,
      time_window: '71h',
      exclude: `${at(72 * HOUR)}/${at(70 * HOUR)} INC-7`
    })
    const { removed, ratio } = without(71 * HOUR, 71 * HOUR, 70 * HOUR)
    expect(result.worst.exclusions[0].total!).toBeCloseTo(removed.total, 3)
    expect(result.worst.exclusions[0].errors!).toBeCloseTo(removed.errors, 3)
    expect(result.worst.errorRatio!).toBeCloseTo(ratio, 7)
  })

  it('the summary, the PR comment and the report list each exclusion with what it removed', async () => {
    const exclude = [
      `${at(72 * HOUR)}/${at(70 * HOUR)} DB failover`,
      `${at(50 * DAY)}/PT1H long ago <b>old</b>`
    ].join('\n')
    const inputs: Record<string, string> = {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      ...incident,
      exclude
    }
    const result = await evaluateWith(inputs)
    const { removed } = without(30 * DAY, 72 * HOUR, 70 * HOUR)
    const summary = renderSummary(result)
    expect(summary).toContain('### Excluded intervals')
    expect(summary).toMatch(
      new RegExp(`\\| DB failover \\| ${removed.errors} \\| ${removed.total} \\|`)
    )
    expect(summary).toContain('| long ago &lt;b&gt;old&lt;/b&gt; | outside the window | — |')
    const comment = renderComment(result, { tag: 't', canDeploy: true })
    expect(comment).toContain('**Excluded intervals**')
    expect(comment).toMatch(new RegExp(`DB failover \\| ${removed.errors} \\| ${removed.total}`))
    const report = buildReport(
      result,
      readGateConfig(name => inputs[name] ?? '')
    )
    const [slo] = report.slos as { exclusions: Record<string, unknown>[] }[]
    expect(slo.exclusions).toEqual([
      {
        start: at(72 * HOUR).replace('.000Z', 'Z'),
        end: at(70 * HOUR).replace('.000Z', 'Z'),
        reason: 'DB failover',
        source: 'exclude line 1',
        errors_removed: expect.closeTo(removed.errors, 3),
        total_removed: expect.closeTo(removed.total, 3)
      },
      expect.objectContaining({ reason: 'long ago <b>old</b>', errors_removed: null })
    ])
  })

  it('per SLO in our config, on top of defaults:', async () => {
    const slos = parseSloDocuments(
      [
        'defaults:',
        `  exclude: ["${at(72 * HOUR)}/PT1H first hour"]`,
        'slos:',
        '  - name: incident',
        `    error_query: ${incident.error_query}`,
        `    total_query: ${incident.total_query}`,
        `    exclude: ["${at(71 * HOUR)}/PT1H second hour"]`
      ].join('\n'),
      'slos.yaml',
      () => ''
    )
    const result = await evaluateWith(
      { prometheus_url: prometheus.url, evaluation_time: String(prometheus.endTime) },
      slos
    )
    const { ratio } = without(30 * DAY, 72 * HOUR, 70 * HOUR)
    expect(result.worst.exclusions.map(x => x.exclusion.reason)).toEqual([
      'first hour',
      'second hour'
    ])
    expect(result.worst.errorRatio!).toBeCloseTo(ratio, 7)
    expect(result.status).toBe('NORMAL')
  })
})
