/** A missing figure reads "unknown", without a unit, in every channel. */
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { readGateConfig } from '../../../src/engine/config.js'
import type { QueryClient } from '../../../src/prometheus/api.js'
import { renderSummary } from '../../../src/channels/report.js'
import { renderComment } from '../../../src/channels/pr-comment.js'
import { auditSlackMessage, gateMessage } from '../../../src/channels/slack.js'
import { buildAuditRecord, renderAuditMarkdown } from '../../../src/override/audit.js'
import { renderHuman } from '../../../src/cli/render.js'

/** Prometheus knows none of the metrics: every SLO is ERROR and no figure exists. */
const noData = {
  queryScalar: async () => {
    throw new Error('unused')
  },
  queryVector: async () => []
} as unknown as QueryClient

async function errorResult() {
  const config = readGateConfig(name => (name === 'prometheus_url' ? 'http://127.0.0.1:1' : ''))
  return evaluateGate(config, { client: noData })
}

describe('missing figures', () => {
  it('read "unknown" with no %, x or days in the summary, comment, CLI, Slack and audit', async () => {
    const result = await errorResult()
    expect(result.status).toBe('ERROR')
    const record = buildAuditRecord(
      {
        actor: 'alice',
        permission: 'admin',
        decision: 'denied',
        explanation: 'x',
        reason: 'y',
        required_permission: 'maintain',
        required_by: 'SLO default'
      },
      result,
      { ref: '', workflow: '', eventName: '' }
    )
    const texts: Record<string, string> = {
      summary: renderSummary(result),
      comment: renderComment(result, { tag: 't', canDeploy: false }),
      cli: renderHuman(result, false),
      slack: JSON.stringify(gateMessage(result, false, {})),
      auditMarkdown: renderAuditMarkdown(record),
      auditSlack: JSON.stringify(auditSlackMessage(record))
    }
    for (const [channel, text] of Object.entries(texts)) {
      expect([channel, text]).toEqual([channel, expect.stringContaining('unknown')])
      expect([channel, text]).not.toEqual([
        channel,
        expect.stringMatching(/n\/a|unknown ?(%|x\b|days)/)
      ])
    }
    expect(texts.auditMarkdown).toContain(
      'budget unknown, burn unknown, days to exhaustion unknown)'
    )
    expect(texts.auditSlack).toContain('*Budget:* unknown left, burn unknown')
  })
})
