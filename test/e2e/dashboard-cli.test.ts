/**
 * The bundled CLI's `dashboard` and the links of `rules --alerts`, as a user's shell runs them;
 * and Grafana's SDK stays out of every bundle but the dashboard's own chunk.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dashboardUid } from '../../src/engine/links.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-dash-cli-'))
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }))
const example = (file: string): string => path.join(REPO_ROOT, 'examples', file)

describe('error-budget dashboard', () => {
  it('prints one dashboard for a config file, needing no Prometheus', async () => {
    const r = await runCli(['dashboard', '--config-file', example('slos.yaml')], { cwd })
    expect([r.code, r.stderr]).toEqual([0, ''])
    const dashboard = JSON.parse(r.stdout)
    expect(dashboard.tags).toEqual(['slo', 'error-budget'])
    expect(dashboard.uid).toBe(
      dashboardUid(['checkout-availability', 'checkout-latency', 'search-availability'])
    )
    expect(dashboard.panels.filter((p: { type: string }) => p.type === 'row')).toHaveLength(3)
    // The recorded series by default.
    expect(dashboard.panels[0].targets[1].expr).toContain('ebg_slo:errors:rate5m')
  })

  it('--output DIR: one file per service; --query-source raw reads the raw series', async () => {
    const out = path.join(cwd, 'dashboards')
    const r = await runCli(
      [
        'dashboard',
        '--config-file',
        example('sloth.yaml'),
        '--output',
        out,
        '--query-source',
        'raw',
        '--datasource-uid',
        'prom-1'
      ],
      { cwd }
    )
    expect(r.code).toBe(0)
    expect(fs.readdirSync(out)).toEqual(['payments.json'])
    expect(r.stdout.trim()).toBe(
      `${path.join(out, 'payments.json')}: Error budget: payments (uid ${dashboardUid(['payments'])})`
    )
    const dashboard = JSON.parse(fs.readFileSync(path.join(out, 'payments.json'), 'utf8'))
    expect(dashboard.templating.list[0].current).toEqual({ text: 'prom-1', value: 'prom-1' })
    expect(JSON.stringify(dashboard)).not.toContain('ebg_slo:')
  })

  it.each([
    [['--query-source', 'sideways'], /--query-source: "sideways" is not allowed/],
    [['--datasource-uid', 'a b'], /--datasource-uid: expected a Grafana uid/],
    [
      ['--runbook-url', 'https://wiki.example.com/{{team}}'],
      /--runbook-url: unknown placeholder \{\{team\}\}/
    ]
  ])('%j is a usage error (64) that names the flag', async (flags, message) => {
    const r = await runCli(['dashboard', ...flags], { cwd })
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(message)
  })
})

describe('error-budget rules --alerts with links', () => {
  it('fills --runbook-url and --dashboard-url into every alert; a bad URL is a usage error', async () => {
    const r = await runCli(
      [
        'rules',
        '--alerts',
        '--slo-name',
        'checkout',
        '--runbook-url',
        'https://wiki.example.com/runbooks/{{slo}}',
        '--dashboard-url',
        'https://grafana.example.com/d/{{dashboard_uid}}'
      ],
      { cwd }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('runbook_url: "https://wiki.example.com/runbooks/checkout"')
    expect(r.stdout).toContain(
      `dashboard_url: "https://grafana.example.com/d/${dashboardUid(['checkout'])}"`
    )
    const bad = await runCli(['rules', '--alerts', '--dashboard-url', 'ftp://x/{{slo}}'], { cwd })
    expect([bad.code, bad.stderr]).toEqual([
      64,
      expect.stringMatching(/--dashboard-url: must be an http\(s\) URL/)
    ])
  })
})

describe("Grafana's SDK is bundled for the dashboard only", () => {
  it('is in one lazily loaded chunk of the CLI, not in the CLI entry, the action or the App', () => {
    const has = (file: string) =>
      fs.readFileSync(path.join(REPO_ROOT, 'dist', file), 'utf8').includes('DashboardBuilder')
    const cliChunks = fs
      .readdirSync(path.join(REPO_ROOT, 'dist/cli'))
      .filter(f => f.endsWith('.js'))
    expect(cliChunks.filter(f => has(`cli/${f}`)).length).toBeGreaterThan(0)
    expect(has('cli/index.js')).toBe(false)
    expect(has('index.js')).toBe(false)
    expect(has('app/index.js')).toBe(false)
  })
})
