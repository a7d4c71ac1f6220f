import { plain, renderHuman } from '../../../src/cli/render.js'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { WINDOW_LABEL } from '../../../src/engine/plan.js'
import { readGateConfig } from '../../../src/engine/config.js'
import type { QueryClient } from '../../../src/prometheus/api.js'

/** 0.06% errors on every window: WARNING at the default 99.9% target. */
const client = {
  async queryVector(query: string) {
    return query.split(' or ').map(term => {
      const window = /"ebg_window", "([^"]+)"/.exec(term)![1]
      return {
        metric: { [WINDOW_LABEL]: window },
        value: [0, term.includes('5..') ? '600' : '1000000']
      }
    })
  },
  close() {}
} as unknown as QueryClient

async function warningResult() {
  return evaluateGate(
    readGateConfig(name => (name === 'prometheus_url' ? 'http://127.0.0.1:1' : '')),
    { client }
  )
}

describe('renderHuman', () => {
  it('colours the status only when asked (a TTY), and shows the figures and policy', async () => {
    const result = await warningResult()
    const coloured = renderHuman(result, true)
    expect(coloured).toContain('\u001b[33;1mWARNING\u001b[0m')
    const text = renderHuman(result, false)
    expect(text).not.toContain('\u001b')
    expect(text).toMatch(/^Error budget: WARNING \(deploy blocked\)/)
    expect(text).toMatch(/Budget remaining\s+40\.00%/)
    expect(text).toMatch(/Policy: Reliability focus/)
  })

  it("shows the burn tiers with their factors, and a calendar window's period", async () => {
    const values: Record<string, string> = {
      prometheus_url: 'http://127.0.0.1:1',
      time_window: 'month',
      time_zone: 'Europe/Berlin',
      evaluation_time: '2026-10-11T22:00:00Z'
    }
    const result = await evaluateGate(
      readGateConfig(name => values[name] ?? ''),
      { client }
    )
    const text = renderHuman(result, false)
    expect(text).toMatch(/Burn tiers\s+fast burn 14\.90x {2}slow burn 6\.21x/)
    expect(text).toContain(
      'Period               month 2026-09-30T22:00:00Z – 2026-10-31T23:00:00Z (Europe/Berlin, 745 h): 20.0 days left'
    )
  })

  it('replaces control characters in user text', () => {
    expect(plain('a\u001b[2Jb\u0007c\u009bd\te\nf')).toBe('a?[2Jb?c?d e f')
    expect(plain('x\r\n::stop-commands::t')).toBe('x ::stop-commands::t')
    expect(plain('::add-mask::x')).toBe('> ::add-mask::x')
  })
})
