/**
 * `error-budget rules --alerts` with links: every alert carries summary, description (with the
 * share of the budget its tier stands for), runbook_url and dashboard_url, and the file passes
 * `promtool check rules`, which also parses every label and annotation as a Go template.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { tierSharePercent } from '../../src/engine/alert-annotations.js'
import { dashboardUid } from '../../src/engine/links.js'
import { renderRuleFile } from '../../src/engine/rule-file.js'
import { sloFromInputs, type SloSpec } from '../../src/engine/slo.js'
import { checksFor } from '../../src/engine/tiers.js'
import { serviceQueries } from '../helpers/queries.js'

const run = promisify(execFile)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-alerts-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

type Rule = {
  alert?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
}

const slo = (name: string, inputs: Record<string, string> = {}): SloSpec => {
  const values: Record<string, string> = { ...serviceQueries('warning'), ...inputs }
  return sloFromInputs(key => values[key] ?? '', name)
}

async function check(text: string): Promise<{ ok: boolean; output: string }> {
  const file = path.join(dir, `rules-${Math.random().toString(36).slice(2)}.yml`)
  fs.writeFileSync(file, text)
  try {
    const { stdout } = await run('promtool', ['check', 'rules', file])
    return { ok: true, output: stdout }
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string }
    return { ok: false, output: stdout + stderr }
  }
}

const alertsOf = (text: string): Rule[] =>
  (parse(text) as { groups: { rules: Rule[] }[] }).groups.flatMap(g => g.rules).filter(r => r.alert)

describe('rules --alerts: annotations that link what to do', () => {
  const slos = [
    { ...slo('checkout', { burn_tiers: 'page,ticket' }), service: 'shop' },
    slo('search', { time_window: '7d', runbook_url: 'https://wiki.example.com/search' })
  ]
  const options = {
    interval: '1m',
    alerts: true,
    links: { dashboardUrl: 'https://grafana.example.com/d/{{dashboard_uid}}?var-slo={{slo}}' }
  }
  slos[0].runbookUrl = 'https://wiki.example.com/runbooks/{{service}}/{{slo}}'
  const text = renderRuleFile(slos, options)

  it('passes promtool check rules', async () => {
    const checked = await check(text)
    expect(checked).toEqual({
      ok: true,
      output: expect.stringContaining('SUCCESS: 10 rules found')
    })
  })

  it("each alert: summary, a description with its tier's budget share, the runbook and the dashboard", () => {
    const alerts = alertsOf(text)
    expect(alerts).toHaveLength(4 + 2)
    for (const s of slos) {
      const mine = alerts.filter(a => a.labels?.slo === s.name)
      const checks = checksFor(s)
      expect(mine).toHaveLength(checks.length)
      mine.forEach((alert, i) => {
        const share = tierSharePercent(s, checks[i])
        expect(Object.keys(alert.annotations!)).toEqual([
          'summary',
          'description',
          'runbook_url',
          'dashboard_url'
        ])
        expect(alert.annotations!.description).toContain(
          `at that rate ${share}% of the ${s.window} budget goes in ${checks[i].longWindow}`
        )
        expect(alert.annotations!.description).toContain('{{ $value | humanizePercentage }}')
        expect(alert.annotations!.dashboard_url).toBe(
          `https://grafana.example.com/d/${dashboardUid([s.service ?? s.name])}?var-slo=${s.name}`
        )
      })
    }
    const [fast, slow, ticketFast, ticketSlow] = alerts.filter(a => a.labels?.slo === 'checkout')
    // The built-in tiers are defined by their share: 2 %, 5 %, 10 % and 10 %.
    expect(
      [fast, slow, ticketFast, ticketSlow].map(
        a => /(\d+)% of the 30d/.exec(a.annotations!.description)![1]
      )
    ).toEqual(['2', '5', '10', '10'])
    expect(fast.annotations!.runbook_url).toBe('https://wiki.example.com/runbooks/shop/checkout')
    expect(alerts.find(a => a.labels?.slo === 'search')!.annotations!.runbook_url).toBe(
      'https://wiki.example.com/search'
    )
  })

  it('a tier given by its factor: the share it stands for is computed from it', () => {
    const fixed = slo('fixed', { fast_burn_threshold: '7.2' })
    const [fast] = alertsOf(renderRuleFile([fixed], { interval: '1m', alerts: true }))
    // 7.2 x 1h of a 720h window: 1 % of the budget.
    expect(fast.annotations!.description).toContain('at that rate 1% of the 30d budget goes in 1h')
    expect(Object.keys(fast.annotations!)).toEqual(['summary', 'description'])
  })

  it('an SLO name that is a Go template prints itself, and promtool accepts the file', async () => {
    const hostile = [slo('pay {{ nope'), slo('q {{ query "up" }} x')]
    const file = renderRuleFile(hostile, {
      interval: '1m',
      alerts: true,
      links: { dashboardUrl: 'https://g.example.com/{{slo}}' }
    })
    expect(await check(file)).toEqual({ ok: true, output: expect.stringContaining('SUCCESS') })
    const alerts = alertsOf(file)
    expect(alerts[0].labels!.slo).toBe('pay {{ "{{" }} nope')
    expect(alerts[0].annotations!.summary).toMatch(
      /^pay \{\{ "\{\{" \}\} nope: error budget burning/
    )
    // In a URL the name is percent-encoded: nothing for the template engine.
    expect(alerts[2].annotations!.dashboard_url).toBe(
      'https://g.example.com/q%20%7B%7B%20query%20%22up%22%20%7D%7D%20x'
    )
    // Unescaped, the same name breaks the file: the escaping is what makes it load.
    // (The file is YAML of JSON strings: the quotes inside are escaped.)
    const unescaped = file.replaceAll('{{ \\"{{\\" }}', '{{')
    expect(unescaped).not.toBe(file)
    expect((await check(unescaped)).ok).toBe(false)
  })
})
