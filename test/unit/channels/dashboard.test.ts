/**
 * The Grafana dashboard as Grafana's SDK builds it: its schema version is the SDK's, its uid is
 * stable, and every threshold, tier line and status colour is the gate's own for each SLO of our
 * example file and of a Sloth file. (The panels' PromQL is run in test/integration/dashboard.test.ts.)
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { defaultDashboard } from '@grafana/grafana-foundation-sdk/dashboard'
import { statusFromRemaining } from '../../../src/engine/budget.js'
import { dashboardUid } from '../../../src/engine/links.js'
import { sloFromInputs, type SloSpec } from '../../../src/engine/slo.js'
import { checksFor } from '../../../src/engine/tiers.js'
import { STATUSES } from '../../../src/engine/status.js'
import { loadSlosFromFile } from '../../../src/specs/index.js'
import {
  STATUS_COLOR,
  buildDashboard,
  dashboardsByService
} from '../../../src/channels/dashboard.js'
import { LEVEL_COLORS } from '../../../src/channels/chart.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const load = (file: string): SloSpec[] =>
  loadSlosFromFile(path.join(REPO_ROOT, file), () => '', file, REPO_ROOT)
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json

/** The panels of one SLO: those after its row, up to the next row. */
function panelsOf(dashboard: Json, slo: string): Json[] {
  const panels = dashboard.panels as Json[]
  const start = panels.findIndex(p => p.type === 'row' && p.title === slo)
  const end = panels.findIndex((p, i) => i > start && p.type === 'row')
  expect(start).toBeGreaterThanOrEqual(0)
  return panels.slice(start + 1, end < 0 ? undefined : end)
}

/** The colour Grafana gives a value: that of the last step at or below it. */
function colourOf(steps: { value: number | null; color: string }[], value: number): string {
  return steps.filter(s => s.value === null || value >= s.value).at(-1)!.color
}

describe.each([
  ['our example', 'examples/slos.yaml'],
  ['a Sloth file', 'examples/sloth.yaml']
])("the dashboard of %s: the gate's thresholds for each SLO", (_what, file) => {
  const slos = load(file)
  const dashboard = json(buildDashboard(slos, { source: 'rules' }))

  it("is Grafana's current schema, tagged, with a datasource variable every query uses", () => {
    expect(dashboard.schemaVersion).toBe(defaultDashboard().schemaVersion)
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(41)
    expect(dashboard.tags).toEqual(['slo', 'error-budget'])
    expect(dashboard.templating.list).toEqual([
      expect.objectContaining({ type: 'datasource', name: 'datasource', query: 'prometheus' })
    ])
    const targets = (dashboard.panels as Json[]).flatMap(p => (p.targets ?? []) as Json[])
    expect(targets.length).toBeGreaterThan(slos.length * 5)
    for (const target of targets) {
      expect(target.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' })
      // Plain PromQL: nothing for Grafana to substitute, so the test Prometheus can run it as is.
      expect(target.expr).not.toContain('$')
    }
    const ids = (dashboard.panels as Json[]).map(p => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(slos.map(s => [s.name, s]))(
    '%s: the gauge is coloured at its caution, warning and freeze thresholds',
    (_name, slo) => {
      const gauge = panelsOf(dashboard, slo.name).find(p => p.type === 'gauge')!
      const steps = gauge.fieldConfig.defaults.thresholds.steps
      const t = slo.thresholds
      expect(steps.map((s: Json) => s.value)).toEqual([null, 0, t.freeze, t.warning, t.caution])
      // Inside each band the gauge shows the colour of the status the gate gives.
      for (const value of [-30, 0, t.freeze / 2, (t.freeze + t.warning) / 2, t.freeze, 65, 99]) {
        const status = statusFromRemaining(value, t)
        expect([value, colourOf(steps, value)]).toEqual([value, STATUS_COLOR[status]])
      }
      const history = panelsOf(dashboard, slo.name).find(p => p.title === 'Budget left over time')!
      expect(history.fieldConfig.defaults.thresholds).toEqual(gauge.fieldConfig.defaults.thresholds)
    }
  )

  it.each(slos.map(s => [s.name, s]))(
    "%s: the burn-rate panel draws each tier's factor in the colour of the status it raises",
    (_name, slo) => {
      const burn = panelsOf(dashboard, slo.name).find(p => p.title?.startsWith('Burn rate'))!
      const lines = (burn.fieldConfig.defaults.thresholds.steps as Json[]).slice(1)
      expect(lines).toEqual(
        checksFor(slo)
          .sort((a, b) => a.threshold - b.threshold)
          .map(c => ({ value: c.threshold, color: STATUS_COLOR[c.escalateTo] }))
      )
      expect(burn.fieldConfig.defaults.custom.thresholdsStyle.mode).toBe('dashed')
    }
  )

  it('the overview names each status in the colour the gate draws it with', () => {
    const table = (dashboard.panels as Json[]).find(p => p.type === 'table')!
    const status = (table.fieldConfig.overrides as Json[]).find(
      o => o.matcher.options === 'Value #A'
    )!
    const mapping = status.properties.find((p: Json) => p.id === 'mappings').value[0].options
    STATUSES.filter(s => s !== 'ERROR').forEach((s, level) =>
      expect(mapping[level]).toEqual({ text: s, color: STATUS_COLOR[s] })
    )
    // The chart's reference lines and the dashboard agree on the colours.
    expect(STATUS_COLOR.FREEZE).toBe(LEVEL_COLORS.freeze)
    expect(table.targets.map((t: Json) => t.refId)).toEqual(['A', 'B', 'C'])
  })
})

describe('uid, services and links', () => {
  const slo = (name: string, service?: string): SloSpec => ({
    ...sloFromInputs(() => ''),
    name,
    service
  })

  it('the uid comes from the services, in any order, within 40 characters of [a-z0-9-]', () => {
    const a = buildDashboard([slo('checkout', 'shop'), slo('search', 'find')], { source: 'raw' })
    const b = buildDashboard([slo('search', 'find'), slo('checkout', 'shop')], { source: 'raw' })
    expect(a.uid).toBe(b.uid)
    expect(a.uid).toBe(dashboardUid(['shop', 'find']))
    expect(a.uid).not.toBe(dashboardUid(['shop']))
    const long = dashboardUid(['Ä very long service name with spaces / and slashes'.repeat(3)])
    expect(long).toMatch(/^ebg-[a-z0-9-]{1,25}-?[0-9a-f]{10}$/)
    expect(long.length).toBeLessThanOrEqual(40)
  })

  it('--output: one dashboard per service, each of its own SLOs', () => {
    const slos = [slo('a', 'shop'), slo('b', 'shop'), slo('c')]
    const byService = dashboardsByService(slos, { source: 'rules' })
    expect(byService.map(d => [d.service, d.dashboard.uid])).toEqual([
      ['shop', dashboardUid(['shop'])],
      ['c', dashboardUid(['c'])]
    ])
    const rows = (d: Json) => (d.panels as Json[]).filter(p => p.type === 'row').map(p => p.title)
    expect(rows(json(byService[0].dashboard))).toEqual(['a', 'b'])
  })

  it('the datasource variable starts on --datasource-uid; a $ in an SLO name reads no variable', () => {
    const d = json(
      buildDashboard([slo('pay ${__user.login} $datasource')], {
        source: 'rules',
        datasourceUid: 'prom-main'
      })
    )
    expect(d.templating.list[0].current).toEqual({ text: 'prom-main', value: 'prom-main' })
    const titles = [d.title, ...(d.panels as Json[]).map(p => p.title)].join('\n')
    expect(titles).not.toContain('$')
    expect(titles).toContain('pay ＄{__user.login} ＄datasource')
  })

  it('a runbook_url template links the runbook from the gauge, with the name encoded', () => {
    const runbook = {
      ...slo('pay/ments (eu)', 'shop'),
      runbookUrl: 'https://wiki.example.com/{{service}}/{{slo}}'
    }
    const gauge = (json(buildDashboard([runbook], { source: 'rules' })).panels as Json[]).find(
      p => p.type === 'gauge'
    )!
    expect(gauge.links).toEqual([
      expect.objectContaining({
        title: 'Runbook',
        url: 'https://wiki.example.com/shop/pay%2Fments%20%28eu%29'
      })
    ])
  })
})

describe('the provisioning example (examples/grafana/provisioning)', () => {
  const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')
  const docs = read('docs/dashboard-and-postmortems.md')

  it('a file provider at the path the docs mount the dashboards at, and the datasource of --datasource-uid', () => {
    const provider = parse(read('examples/grafana/provisioning/dashboards/error-budget.yaml'))
    expect(provider.apiVersion).toBe(1)
    const [files] = provider.providers
    expect([files.type, files.allowUiUpdates]).toEqual(['file', false])
    expect(docs).toContain(`at ${files.options.path}`)
    const { datasources } = parse(read('examples/grafana/provisioning/datasources/prometheus.yaml'))
    expect(datasources[0].type).toBe('prometheus')
    expect(docs).toContain(`--datasource-uid ${datasources[0].uid} --output`)
  })
})
