/**
 * The core scenarios against VictoriaMetrics. Its increase() does not extrapolate and uses the
 * sample before the window as the base; the test data has samples on every window edge, so the
 * figures must still match the model.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseDuration } from '../../src/engine/duration.js'
import type { GateResult } from '../../src/engine/result.js'
import { sloFromInputs, type SloSpec } from '../../src/engine/slo.js'
import { expandQuery, readingRules, rulesCoverageQuery } from '../../src/engine/rules.js'
import { renderRuleFile } from '../../src/engine/rule-file.js'
import { windowsFor } from '../../src/engine/windows.js'
import { evaluateWith } from '../helpers/evaluate.js'
import { serviceQueries } from '../helpers/queries.js'
import { expectedErrorRatio, expectedEvents } from '../helpers/scenarios.js'
import { createTestVictoriaMetrics, type TestVictoriaMetrics } from '../helpers/victoria-metrics.js'

let vm: TestVictoriaMetrics

beforeAll(async () => {
  vm = await createTestVictoriaMetrics()
}, 60000)
afterAll(async () => vm?.stop())

function gate(
  service: string,
  extra: Record<string, string> = {},
  slos?: SloSpec[]
): Promise<GateResult> {
  return evaluateWith(
    {
      prometheus_url: vm.url,
      evaluation_time: String(vm.endTime),
      ...serviceQueries(service),
      ...extra
    },
    slos
  )
}

describe('VictoriaMetrics', () => {
  it.each([
    ['healthy', 'NORMAL'],
    ['caution', 'CAUTION'],
    ['warning', 'WARNING'],
    ['freeze', 'FREEZE'],
    ['exhausted', 'EXHAUSTED'],
    ['fastburn', 'FREEZE'],
    ['slowburn', 'WARNING']
  ])('%s is %s with the modelled figures', async (service, status) => {
    const result = await gate(service)
    expect(result.status).toBe(status)
    expect(result.warnings).toEqual([])
    const expected = (1 - expectedErrorRatio(service, parseDuration('30d')) / 0.001) * 100
    expect(result.worst.budgetRemaining!).toBeCloseTo(expected, 1)
    for (const w of result.worst.windows) {
      const burn = expectedErrorRatio(service, parseDuration(w.window)) / 0.001
      expect(Math.abs(w.burnRate! - burn)).toBeLessThanOrEqual(Math.max(0.01, burn * 0.01))
    }
  })

  it('serves the Prometheus API under the /prometheus prefix too', async () => {
    const result = await gate('caution', { prometheus_url: `${vm.url}/prometheus` })
    expect(result.status).toBe('CAUTION')
  })

  it('no data and bad MetricsQL are ERROR with the server text', async () => {
    const none = await gate('ghost')
    expect(none.status).toBe('ERROR')
    expect(none.worst.error).toMatch(/no data/)
    const bad = await gate('healthy', { error_query: 'sum(rate(x[{{window}}]' })
    expect(bad.status).toBe('ERROR')
    expect(bad.worst.error).toMatch(/HTTP (400|422)/)
    // Reported against the user's query alone, not the batch the gate sent.
    expect(bad.worst.error).not.toMatch(/label_replace|ebg_window/)
  })

  it('# comments and scalar(...) queries give the modelled figures', async () => {
    const q = serviceQueries('warning')
    const result = await gate('warning', {
      error_query: `scalar(${q.error_query}) # 5xx`,
      total_query: `${q.total_query} # all`
    })
    expect(result.status).toBe('WARNING')
    const expected = (1 - expectedErrorRatio('warning', parseDuration('30d')) / 0.001) * 100
    expect(result.worst.budgetRemaining!).toBeCloseTo(expected, 1)
  })

  it('removes an excluded interval with the @ modifier, whole and clipped to the window', async () => {
    const at = (secondsBeforeEnd: number) =>
      new Date((vm.endTime - secondsBeforeEnd) * 1000).toISOString()
    const exclude = `${at(72 * 3600)}/${at(70 * 3600)} INC-7`
    for (const [window, seconds] of [
      ['30d', 30 * 86400],
      ['71h', 71 * 3600]
    ] as const) {
      const result = await gate('incident', { time_window: window, exclude })
      const all = expectedEvents('incident', seconds)
      const removed = expectedEvents('incident', Math.min(seconds, 72 * 3600), 70 * 3600)
      expect(result.worst.exclusions[0].errors!).toBeCloseTo(removed.errors, 3)
      expect(result.worst.exclusions[0].total!).toBeCloseTo(removed.total, 3)
      expect(result.worst.errorRatio!).toBeCloseTo(
        (all.errors - removed.errors) / (all.total - removed.total),
        7
      )
    }
  })
})

describe('the generated rules evaluated by vmalert (replay) into VictoriaMetrics', () => {
  // The shared data is sampled every minute over its last day only: a 12h window.
  const services: [string, string][] = [
    ['healthy', 'NORMAL'],
    ['warning', 'WARNING'],
    ['exhausted', 'EXHAUSTED'],
    // 2 % errors over the last hour spend a 12h budget 1.8 times over.
    ['fastburn', 'EXHAUSTED']
  ]
  const sloOf = (service: string): SloSpec => {
    // The 30d burn factors on the short window: the levels are those of the budget.
    const inputs: Record<string, string> = {
      ...serviceQueries(service),
      time_window: '12h',
      fast_burn_threshold: '14.4',
      slow_burn_threshold: '6'
    }
    return sloFromInputs(name => inputs[name] ?? '', service)
  }

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-vmalert-'))
    const ruleFile = path.join(dir, 'rules.yml')
    fs.writeFileSync(
      ruleFile,
      renderRuleFile(
        services.map(([s]) => sloOf(s)),
        { interval: '1m', alerts: true }
      )
    )
    const iso = (seconds: number): string => new Date(seconds * 1000).toISOString()
    try {
      await promisify(execFile)('vmalert', [
        `-rule=${ruleFile}`,
        `-datasource.url=${vm.url}`,
        `-remoteWrite.url=${vm.url}`,
        `-replay.timeFrom=${iso(vm.endTime - 13 * 3600)}`,
        // Like promtool, the replay stops before timeTo: one interval more.
        `-replay.timeTo=${iso(vm.endTime + 60)}`,
        '-replay.disableProgressBar',
        '-loggerLevel=ERROR'
      ])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
    await fetch(`${vm.url}/internal/force_flush`)
    // VictoriaMetrics indexes a new label pair a few seconds after the samples: wait until the
    // gate's own probe and each SLO's error series answer, one SLO at a time.
    const answers = async (query: string): Promise<number> => {
      const url = `${vm.url}/api/v1/query?query=${encodeURIComponent(query)}&time=${vm.endTime}`
      const body = (await fetch(url).then(r => r.json())) as { data?: { result?: unknown[] } }
      return body.data?.result?.length ?? 0
    }
    const deadline = Date.now() + 30000
    for (const [service] of services) {
      // Exactly what the gate will read: the errors and totals of the SLO's own fingerprint.
      const read = readingRules(sloOf(service))
      const ready = async (): Promise<boolean> =>
        (await answers(rulesCoverageQuery([sloOf(service)], windowsFor, 3600))) > 0 &&
        (await answers(expandQuery(read.errorQuery, '12h'))) > 0 &&
        (await answers(expandQuery(read.totalQuery, '12h'))) > 0
      while (!(await ready())) {
        if (Date.now() > deadline) throw new Error(`no recorded series for ${service}`)
        await new Promise(resolve => setTimeout(resolve, 300))
      }
    }
  }, 60000)

  it.each(services)('%s: rules give %s with the figures of raw', async (service, status) => {
    const slo = sloOf(service)
    const raw = await gate(service, {}, [{ ...slo, querySource: 'raw' }])
    const rules = await gate(service, {}, [{ ...slo, querySource: 'rules' }])
    expect(raw.status).toBe(status)
    expect([rules.status, rules.worst.error]).toEqual([status, undefined])
    expect(rules.worst.querySource).toBe('rules')
    // A burst in the last hour is seen through 5m rates, a few minutes late at the window's edge.
    const tolerance = service === 'fastburn' ? 10 : 0.1
    expect(Math.abs(rules.worst.budgetRemaining! - raw.worst.budgetRemaining!)).toBeLessThanOrEqual(
      tolerance
    )
  })
})
