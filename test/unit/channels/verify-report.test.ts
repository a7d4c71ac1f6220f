/**
 * What a verify says in the job summary and Slack: the burn drawn beside the baseline (parsed by
 * Mermaid's own parser), names and server text escaped for each destination, the mention only
 * for a deploy that was not verified, and the outputs.
 */
import { receiptOf } from '../../../src/channels/receipt.js'
import {
  burnChart,
  receiptSlackMessage,
  renderVerifySummary,
  verifyOutputs
} from '../../../src/channels/verify-report.js'
import type { Outcome } from '../../../src/engine/result.js'
import { sloFromInputs } from '../../../src/engine/slo.js'
import { judgeDeploy, worstFirst, type DeployCheck } from '../../../src/engine/verify.js'
import type { VerifyResult } from '../../../src/engine/verify-run.js'
import { escapeMarkdown } from '../../../src/text/escape.js'
import { mermaidBlocks, parseMermaid } from '../../helpers/mermaid.js'

const HOSTILE = 'pay@everyone <img src=x> [x](https://evil.example) `tick` <!channel>'
const slo = { ...sloFromInputs(() => ''), name: HOSTILE }
const ok = (value: number): Outcome => ({ ok: true, value })
const DEPLOYED = new Date('2026-12-01T12:00:00Z')

/** A check `minutes` after the deploy with `errors` of 10 events a second since it. */
function check(minutes: number, errors: number, reason?: string): DeployCheck {
  const total = minutes * 600
  const judged = judgeDeploy(
    slo,
    {
      since: { errors: ok(errors), total: ok(total) },
      before: { errors: ok(total / 10_000), total: ok(total) },
      windowTotal: ok(25_920_000)
    },
    { maxBurn: 'auto', maxSpend: 2 },
    new Date(DEPLOYED.getTime() + minutes * 60_000),
    minutes * 60
  )
  return reason ? { ...judged, reasons: [...judged.reasons, reason] } : judged
}

function result(checks: DeployCheck[]): VerifyResult {
  const last = worstFirst([checks.at(-1)!])
  return {
    verdict: last[0].verdict,
    failing: last[0].verdict !== 'pass',
    settings: {
      deployedAt: DEPLOYED,
      forSeconds: 900,
      intervalSeconds: 60,
      maxBurn: 'auto',
      maxSpend: 2,
      onInconclusive: 'fail'
    },
    checks: checks.map(c => [c]),
    slos: last,
    worst: last[0],
    reasons: last[0].reasons,
    warnings: [`server said ${HOSTILE}`],
    verifiedFor: last[0].seconds,
    startedAt: DEPLOYED,
    dryRun: false,
    requestCount: 2 * checks.length,
    durationMs: 5
  }
}

describe('the verify summary', () => {
  it('draws one check as bars beside the limit, and a watch as lines, both valid Mermaid', () => {
    const once = result([check(15, 9)])
    const watch = result([check(1, 0.6), check(2, 1.2), check(3, 400)])
    const charts = parseMermaid([
      ...mermaidBlocks(burnChart(once).join('\n')),
      ...mermaidBlocks(burnChart(watch).join('\n'))
    ])
    expect(charts.map(c => c.ok)).toEqual([true, true])
    expect(charts[0].plots?.map(p => [p.type, p.data.map(([, v]) => v)])).toEqual([
      ['bar', [0.1, 1]],
      ['line', [14.4, 14.4]]
    ])
    expect(charts[1].plots?.map(p => p.type)).toEqual(['line', 'line', 'line'])
    expect(charts[1].plots?.[0].data.map(([, v]) => v)).toEqual([1, 1, expect.closeTo(222.22, 2)])
    // The SLO's name is made harmless inside the chart's quoted title.
    expect(charts[1].title).not.toMatch(/["<>`[\]]/)
  })

  it('escapes every outside text, and leaves out burns it does not know (no 0 for a gap)', () => {
    const unknown = { ...check(5, 3), burn: null, verdict: 'inconclusive' as const }
    const summary = renderVerifySummary(
      result([check(1, 0.6), unknown, check(15, 9, `query said ${HOSTILE}`)]),
      receiptOf(result([check(15, 9)]), 'a1b2c3d4')
    )
    expect(summary).toContain('## ✅ Deploy verified')
    expect(summary).toContain(
      '**`a1b2c3d` spent 0.0347 % of the budget in its first 15 minutes (burn 1.0x; 0.1x before): verified**'
    )
    // Escaped as the gate's own reasons are (one escape for Markdown, src/text/escape.ts).
    expect(summary).not.toMatch(/<img|<!channel>|(?<!\\)`tick|(?<!\\)\[x/)
    expect(summary).toContain(`- query said ${escapeMarkdown(HOSTILE)}`)
    expect(summary).toContain(`- server said ${escapeMarkdown(HOSTILE)}`)
    expect(summary).toContain(`| SLO | ${escapeMarkdown(HOSTILE)}: 99.9% over 30d |`)
    const [chart] = parseMermaid(mermaidBlocks(summary))
    expect(chart.plots?.[0].data).toHaveLength(2)
  })
})

describe('the receipt in Slack and the outputs', () => {
  it('escapes the reasons, and mentions only for a deploy that was not verified', () => {
    const failed = result([check(30, 900)])
    const message = receiptSlackMessage(
      failed,
      receiptOf(failed, 'a1b2c3d'),
      { repository: 'acme/shop' },
      '<!subteam^S1>'
    )
    const text = JSON.stringify(message)
    expect(message.text).toMatch(
      /^<!subteam\^S1> ❌ Deploy failed its verification \(acme\/shop\): `a1b2c3d` spent/
    )
    expect(text).toContain('&lt;!channel&gt;')
    expect(text).not.toContain('<!channel>')
    const passed = result([check(15, 9)])
    expect(receiptSlackMessage(passed, receiptOf(passed), {}, '<!subteam^S1>').text).not.toContain(
      'subteam'
    )
  })

  it('sets the verify outputs from the worst SLO', () => {
    const failed = result([check(30, 900)])
    expect(verifyOutputs(failed, receiptOf(failed, 'a1b2c3d'))).toMatchObject({
      verdict: 'fail',
      budget_spent_by_deploy: '3.4722',
      burn_since_deploy: '50.00',
      baseline_burn: '0.10',
      verified_for: '1800'
    })
  })
})
