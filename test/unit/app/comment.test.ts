import { gateComment, MAX_COMMENT_CHARS } from '../../../src/app/comment.js'
import type { SloSpec } from '../../../src/engine/slo.js'
import type { GateResult, SloResult } from '../../../src/engine/result.js'

function slo(name: string, reasons: string[]): SloResult {
  return {
    name,
    target: 99.9,
    window: '30d',
    status: 'EXHAUSTED',
    blocks: true,
    budgetRemaining: -50,
    budgetConsumed: 150,
    errorRatio: 0.0015,
    availability: 99.85,
    burnRate: 1.5,
    daysToExhaustion: 0,
    windows: [],
    reasons,
    dataSince: null,
    warnings: [],
    tiers: [],
    minEvents: 0,
    exclusions: [],
    querySource: 'raw',
    spec: { burnRateWindow: '1h' } as SloSpec
  }
}

function result(slos: SloResult[]): GateResult {
  return {
    status: 'EXHAUSTED',
    canDeploy: false,
    blocked: true,
    reasons: slos.flatMap(s => s.reasons),
    worst: slos[0],
    slos,
    evaluationTime: new Date(0),
    dryRun: false,
    warnings: [],
    requestCount: 1,
    durationMs: 1
  }
}

const base = { verdict: 'rejected' as const, environment: 'production', sha: 'a'.repeat(40) }

describe('the deployment review comment', () => {
  it('stays under 1024 characters with many SLOs and long reasons, saying how many were left out', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      slo(`service-${i}`, [`service-${i}: ${'x'.repeat(120)}`])
    )
    const text = gateComment({ ...base, result: result(many), secrets: [] })
    expect(text.length).toBeLessThan(MAX_COMMENT_CHARS)
    expect(text).toMatch(/… and \d+ more/)
    expect(text).toContain('-50.00% of the budget left')
  })

  it('redacts secrets before escaping, and escapes repository text for Markdown', () => {
    const text = gateComment({
      ...base,
      result: result([slo('<img src=x>', ['failed with tok_secret_1 @admins | ](x)'])]),
      problem: 'fix `this`\n::warning::',
      secrets: ['tok_secret_1'],
      dashboard: 'https://grafana.example.com/d/x?a=(b)'
    })
    expect(text).not.toContain('tok_secret_1')
    expect(text).not.toContain('tok\\_secret\\_1')
    expect(text).toContain('\\*\\*\\*')
    expect(text).not.toContain('<img')
    expect(text).toContain('@\u200dadmins')
    expect(text).not.toContain('\n::warning')
    expect(text).toContain('[Dashboard](https://grafana.example.com/d/x?a=%28b%29)')
  })

  it('names the datasource instead of its URL', () => {
    const text = gateComment({
      ...base,
      result: result([slo('a', ['http://10.0.0.7:9090/api/v1/query answered HTTP 503'])]),
      secrets: [],
      aliases: [['http://10.0.0.7:9090', 'datasource prod']]
    })
    expect(text).toContain('datasource prod/api/v1/query answered HTTP 503')
    expect(text).not.toContain('10.0.0.7')
  })
})
