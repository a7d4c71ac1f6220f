/** The burn-down chart in the terminal: asciichart in colour on a TTY, plain ASCII otherwise. */
import { terminalCharts } from '../../../src/cli/chart.js'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'

async function linearResult(names = ['checkout']) {
  const config = fakeConfig()
  config.slos = names.map(name => ({ ...config.slos[0], name }))
  return evaluateGate(config, { client: fakeClient(dayModel(() => 600)) })
}

describe('terminalCharts', () => {
  it('draws plain ASCII without colour: the line from 100 down to 40, dotted reference lines', async () => {
    const lines = terminalCharts(await linearResult(), false)
    const text = lines.join('\n')
    // eslint-disable-next-line no-control-regex
    expect(text).toMatch(/^[\x0a\x20-\x7e]*$/)
    expect(lines).toContain('checkout: budget left over 30d (%)')
    const rows = text.split('\n').filter(line => /^ +-?\d+ {2}[+|]/.test(line))
    expect(rows).toHaveLength(11)
    // The line starts at the top row and ends on the 40 row; the 50 row is a dotted reference.
    expect(rows[0]).toMatch(/^ +100 {2}\+-/)
    expect(rows[6]).toMatch(/^ +40 {2}\|.*-$/)
    expect(rows[5]).toMatch(/^ +50 {2}\|\.{10,}/)
    expect(text).toContain('2026-11-01 12:00 UTC')
    expect(text).toMatch(/dotted: caution 80%, warning 50%, freeze 20%, exhausted 0%/)
  })

  it('colours the lines on a TTY', async () => {
    const text = terminalCharts(await linearResult(), true).join('\n')
    expect(text).toContain('\u001b[34m')
    expect(text).toContain('\u001b[33m')
  })

  it('keeps control characters of an SLO name out of the terminal, and names the SLOs not drawn', async () => {
    const names = ['evil\u001b]0;pwned\u0007', 'b', 'c', 'd', 'e', 'f']
    const text = terminalCharts(await linearResult(names), false).join('\n')
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(text.match(/budget left over 30d \(%\)/g)).toHaveLength(5)
    expect(text).toContain("1 more SLO not drawn; --json has every SLO's daily points.")
  })
})
