/**
 * The postmortem issue's body: its markers (read back by a later run), the Error Budget Impact
 * table, the design's sections or the repository's template, and every outside string escaped as
 * in the PR comment. The issue itself is opened against the fake GitHub in test/e2e/postmortem.test.ts.
 */
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { postmortemCause } from '../../../src/engine/incidents.js'
import type { GateResult } from '../../../src/engine/result.js'
import {
  BUILT_IN_TEMPLATE,
  causeMarker,
  postmortemMarker,
  postmortemTitle,
  readCauseMarker,
  renderPostmortem,
  type PostmortemContext
} from '../../../src/channels/postmortem-body.js'
import { readPostmortemConfig } from '../../../src/channels/postmortem.js'
import { buildAuditRecord } from '../../../src/override/audit.js'
import { escapeMarkdown } from '../../../src/text/escape.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'

const DAY = 86400
/** 1e6 events a day, 100 bad ones (burn 0.1), and 7,000 on day 25: 21 % of the 33,333 budget... */
const model = dayModel(day => (day === 25 ? 7000 : 100))
const HOSTILE_NAME =
  'pay @octocat <img src=x onerror=alert(1)> --> [x](javascript:alert(1)) | `tick`'

async function resultFor(name = 'checkout', errors = model): Promise<GateResult> {
  const config = fakeConfig({ chart: 'true' })
  config.slos = [{ ...config.slos[0], name }]
  return evaluateGate(config, { client: fakeClient(errors) })
}

const context = (extra: Partial<PostmortemContext> = {}): PostmortemContext => ({
  tag: 'error-budget-gate',
  canDeploy: false,
  incidentPercent: 20,
  links: { runUrl: 'https://github.example.com/acme/shop/actions/runs/1' },
  ...extra
})

async function body(name?: string, extra: Partial<PostmortemContext> = {}): Promise<string> {
  const result = await resultFor(name)
  const slo = result.worst
  const cause = postmortemCause(slo, 20, 30 * DAY, result.evaluationTime)!
  return renderPostmortem(slo, cause, context(extra))
}

describe('the postmortem body', () => {
  it('opens with our markers, then the design sections with the impact table filled in', async () => {
    const result = await resultFor()
    const slo = result.worst
    const cause = postmortemCause(slo, 20, 30 * DAY, result.evaluationTime)!
    // 7,000 of a 30 x 1e6 x 0.001 budget: 23.33 points, from 80.33 % to 57.00 %.
    expect(cause.kind).toBe('incident')
    expect(cause.incident.spent).toBeCloseTo(((7000 - 0) / 30000) * 100, 6)
    const text = renderPostmortem(slo, cause, context())
    const lines = text.split('\n')
    expect(lines[0]).toBe(postmortemMarker('error-budget-gate', 'checkout'))
    expect(readCauseMarker(text)).toEqual({
      kind: 'incident',
      start: cause.incident.start,
      end: cause.incident.end
    })
    expect(text).toContain(`| Budget before | ${cause.incident.before.toFixed(2)}% |`)
    expect(text).toContain('| Budget spent | 23.33% |')
    expect(text).toContain(`| Budget left now | ${slo.budgetRemaining!.toFixed(2)}% |`)
    expect(text).toContain('| Burn rate over the interval | 7.00x |')
    for (const section of [
      'Executive summary',
      'Timeline',
      'Root cause (five whys)',
      'Action items',
      'Approvals'
    ])
      expect(text).toContain(section)
    expect(text).toContain('- [Workflow run](https://github.example.com/acme/shop/actions/runs/1)')
    expect(text).toContain('_No override was asked for in this run._')
    expect(text).not.toMatch(/\{\{\w+\}\}/)
    expect(postmortemTitle(slo, cause)).toBe(
      'Postmortem: checkout: an incident spent 23.33% of the error budget'
    )
  })

  it('escapes an SLO name as the PR comment does: no HTML, no mention, no link, no marker end', async () => {
    const text = await body(HOSTILE_NAME)
    const [marker, cause, ...rest] = text.split('\n')
    expect(marker).toBe(
      `<!-- error-budget-gate:postmortem:error-budget-gate slo=${encodeURIComponent(HOSTILE_NAME)} -->`
    )
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    expect(readCauseMarker(text)?.kind).toBe('incident')
    const shown = rest.join('\n')
    // Escaped: `\](` is text, not the end of a link text.
    expect(shown).not.toMatch(/<img|@octocat|-->|(?<!\\)\]\(javascript/)
    // Exactly as the PR comment shows it (its one escaping for Markdown).
    expect(shown).toContain(`**SLO:** ${escapeMarkdown(HOSTILE_NAME)}, 99.9% over 30d`)
    expect(cause).toMatch(/^<!-- error-budget-gate:postmortem-cause kind=incident /)
  })

  it('the override: the audit record, its reason escaped, and the link to it', async () => {
    const result = await resultFor()
    const record = buildAuditRecord(
      {
        actor: 'alice',
        permission: 'admin',
        decision: 'granted',
        explanation: 'alice has "admin"',
        reason: 'hotfix @here <script>x</script> for INC-1',
        required_permission: 'admin',
        required_by: 'SLO checkout'
      },
      result,
      { ref: 'refs/heads/main', workflow: 'deploy', eventName: 'workflow_dispatch' }
    )
    const text = await body('checkout', {
      override: record,
      canDeploy: true,
      links: { auditUrl: 'https://github.example.com/acme/shop/issues/1#issuecomment-5' }
    })
    expect(text).toContain('### 🔓 Deploy override granted')
    expect(text).toContain('hotfix @\u200dhere &lt;script&gt;x&lt;/script&gt; for INC-1')
    expect(text).toContain(
      '- [Override audit record](https://github.example.com/acme/shop/issues/1#issuecomment-5)'
    )
    expect(text).toMatch(/\| Status, deploy \| .* deployed \|/)
  })

  it("a repository template: its Markdown kept, its HTML and mentions defused, the gate's parts placed", async () => {
    const template = [
      '# Our postmortem <!-- error-budget-gate:postmortem:error-budget-gate slo=forged -->',
      '## Impact',
      '{{error_budget_impact}}',
      '- [ ] cc @acme/sre <script>alert(1)</script>',
      '{{unknown}}'
    ].join('\n')
    const text = await body('checkout', { template })
    const lines = text.split('\n')
    // The summary, override and links the template does not place come first, after the markers.
    expect(lines[2]).toMatch(/^\*\*SLO:\*\* checkout/)
    expect(text.indexOf('_No override was asked')).toBeLessThan(text.indexOf('# Our postmortem'))
    expect(text).toContain('## Impact\n| Error budget | |')
    // Without `<` no tag opens (nor a hidden comment): `>` stays, for Markdown quotes.
    expect(text).toContain('- [ ] cc @\u200dacme/sre &lt;script>alert(1)&lt;/script>')
    expect(text).toContain('# Our postmortem &lt;!-- error-budget-gate:postmortem')
    expect(lines.filter(line => line.startsWith('<!--'))).toHaveLength(2)
    expect(text).toContain('{{unknown}}')
    expect(BUILT_IN_TEMPLATE).toContain('{{error_budget_impact}}')
  })

  it('an exhausted budget spent evenly: the window is the interval, from 100 %', async () => {
    const result = await resultFor(
      'checkout',
      dayModel(() => 1500)
    )
    const slo = result.worst
    const cause = postmortemCause(slo, 20, 30 * DAY, result.evaluationTime)!
    expect([cause.kind, cause.incident.before]).toEqual(['exhausted', 100])
    const text = renderPostmortem(slo, cause, context())
    expect(text).toContain('| Budget spent | 150.00% |')
    expect(text).toContain('| Budget left after | -50.00% |')
    expect(text).toContain('| Burn rate over the interval | 1.50x |')
    expect(causeMarker(cause)).toBe(readCauseMarker(text) && text.split('\n')[1])
  })
})

describe('postmortem inputs', () => {
  const read = (values: Record<string, string>) => readPostmortemConfig(name => values[name] ?? '')

  it('off by default, 20 % and the built-in template', () => {
    expect(read({})).toEqual({ enabled: false, template: undefined, incidentPercent: 20 })
    expect(
      read({ postmortem: 'TRUE', postmortem_threshold: '10', postmortem_template: 'pm.md' })
    ).toEqual({
      enabled: true,
      template: 'pm.md',
      incidentPercent: 10
    })
  })

  it.each([['0'], ['100'], ['-5'], ['ten']])(
    'refuses a threshold of %s, naming the input',
    value => {
      expect(() => read({ postmortem_threshold: value })).toThrow(/^Input postmortem_threshold: /)
    }
  )

  it('refuses a postmortem that is not a boolean', () => {
    expect(() => read({ postmortem: 'yes' })).toThrow(/^Input postmortem: /)
  })
})
