/**
 * `error-budget backtest` against the real Prometheus: the blocked intervals of services with
 * known error ratios (an incident that ages out of a 7-day window, an incident still in a 30-day
 * one, a calendar week) match the ones computed from the generator step by step, windows that
 * reach before the data are not judged, and the deploys it flags, from a file or from GitHub's
 * Deployments API (the fake, held to GitHub's OpenAPI description), are the right ones.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseCommandLine } from '../../src/cli/args.js'
import type { Io } from '../../src/cli/commands.js'
import { runCommand } from '../../src/cli/commands.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceFlags, serviceQueries } from '../helpers/queries.js'
import { expectedEvents } from '../helpers/scenarios.js'
import { remainingFor } from '../helpers/evaluate.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { mermaidBlocks, parseMermaid } from '../helpers/mermaid.js'

const prometheus = sharedPrometheus()
const HOUR = 3600
const DAY = 86400
const end = prometheus.endTime
/** The grid ends on the last whole hour of the data. */
const to = Math.floor(end / HOUR) * HOUR
const iso = (t: number): string => new Date(t * 1000).toISOString().replace('.000', '')

type Status = 'NORMAL' | 'CAUTION' | 'WARNING' | 'FREEZE' | 'EXHAUSTED'
const ORDER: Status[] = ['NORMAL', 'CAUTION', 'WARNING', 'FREEZE', 'EXHAUSTED']

/** Bad and all events between two instants (Unix seconds), from the generator. */
const events = (service: string, from: number, until: number) =>
  expectedEvents(service, end - from, end - until)

/**
 * The gate's policy on the generator's numbers: the status from the budget left (80/50/20/0),
 * raised to WARNING by the slow burn tier (6h and 30m both over `factor`), blocked from WARNING.
 */
function modelStep(service: string, t: number, windowStart: number, factor: number) {
  const main = events(service, windowStart, t)
  const left = remainingFor(main.errors / main.total)
  let status: Status =
    left < 0
      ? 'EXHAUSTED'
      : left < 20
        ? 'FREEZE'
        : left <= 50
          ? 'WARNING'
          : left <= 80
            ? 'CAUTION'
            : 'NORMAL'
  const burn = (seconds: number) => {
    const e = events(service, t - seconds, t)
    return e.errors / e.total / 0.001
  }
  if (burn(6 * HOUR) > factor && burn(30 * 60) > factor && ORDER.indexOf(status) < 2)
    status = 'WARNING'
  return { status, blocked: ORDER.indexOf(status) >= 2 }
}

interface Interval {
  start: number
  end: number
  worst: Status
}

function modelIntervals(steps: { at: number; status: Status; blocked: boolean }[]): Interval[] {
  const out: Interval[] = []
  let open: Interval | undefined
  for (const s of steps) {
    if (s.blocked) {
      if (!open) out.push((open = { start: s.at, end: s.at, worst: s.status }))
      else if (ORDER.indexOf(s.status) > ORDER.indexOf(open.worst)) open.worst = s.status
    } else if (open) {
      open.end = s.at
      open = undefined
    }
  }
  if (open) open.end = steps[steps.length - 1].at
  return out
}

let cwd: string
beforeEach(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-backtest-'))
})

async function backtest(args: string[], env: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = {
    out: text => out.push(text),
    err: text => err.push(text),
    isTTY: false,
    env,
    cwd,
    signal: new AbortController().signal
  }
  const parsed = parseCommandLine(['backtest', ...args], env)
  const code = await runCommand(parsed, io)
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

async function json(args: string[], env: Record<string, string> = {}) {
  const run = await backtest([...args, '--json'], env)
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout)
}

/** The single-SLO flags for a service, without the evaluation time (the range ends at --until). */
const flags = (service: string, extra: string[] = []): string[] => [
  ...serviceFlags(prometheus, serviceQueries(service)).filter(
    (_, i, all) => all[i] !== '--evaluation-time' && all[i - 1] !== '--evaluation-time'
  ),
  '--until',
  String(end),
  '--query-source',
  'raw',
  // Older data is sampled every 10 minutes: a 5m window holds no sample (the gate would say ERROR).
  '--fast-burn-threshold',
  '0',
  ...extra
]

function expectIntervals(
  got: { start: string; end: string; worst_status: string }[],
  expected: Interval[]
) {
  expect(got).toHaveLength(expected.length)
  got.forEach((interval, i) => {
    expect(Math.abs(Date.parse(interval.start) / 1000 - expected[i].start)).toBeLessThanOrEqual(
      HOUR
    )
    expect(Math.abs(Date.parse(interval.end) / 1000 - expected[i].end)).toBeLessThanOrEqual(HOUR)
    expect(interval.worst_status).toBe(expected[i].worst)
  })
}

const gridFrom = (days: number) => to - days * DAY
const stepsOf = (days: number) =>
  Array.from({ length: days * 24 + 1 }, (_, i) => gridFrom(days) + i * HOUR)

describe('backtest against the real Prometheus', () => {
  it('oldincident over a 7d window: blocked from the incident until it ages out', async () => {
    const report = await json(['--since', '14d', '--time-window', '7d', ...flags('oldincident')])
    const model = stepsOf(14).map(at => ({
      at,
      ...modelStep('oldincident', at, at - 7 * DAY, 1.4)
    }))
    const expected = modelIntervals(model)
    expect(expected).toHaveLength(1)
    expectIntervals(report.intervals, expected)
    expect(report).toMatchObject({ from: iso(gridFrom(14)), to: iso(to), step_seconds: 3600 })
    expect(report.judged_steps).toBe(report.steps)
    const blocked = model.filter(s => s.blocked).length / model.length
    expect(Math.abs(report.blocked_share - blocked)).toBeLessThanOrEqual(2 / model.length)
    // Two range queries per SLO query: its steps, and its short windows (30m) batched.
    expect(report.requests).toBe(4)
  })

  it('incident over 30d: the windows that reach before the data are not judged, the rest blocks from the incident', async () => {
    const report = await json(['--since', '14d', ...flags('incident')])
    const dataStart = end - 40 * DAY
    const steps = stepsOf(14)
    steps.forEach((at, i) => {
      if (at - 30 * DAY < dataStart) expect(report.timeline[i]).toBeNull()
      if (at - 30 * DAY >= dataStart + 2 * HOUR) expect(report.timeline[i]).not.toBeNull()
    })
    const judged = steps.filter((_, i) => report.timeline[i] !== null)
    const model = judged.map(at => ({ at, ...modelStep('incident', at, at - 30 * DAY, 6) }))
    expectIntervals(report.intervals, modelIntervals(model))
    expect(report.intervals.at(-1).ongoing).toBe(true)
    expect(report.slos[0].data_begins).not.toBeNull()
  })

  it('a calendar week starts afresh: blocked from the incident to the end of its week', async () => {
    const report = await json(['--since', '21d', '--time-window', 'week', ...flags('oldincident')])
    // Monday 00:00 UTC before t (a step on a Monday stands for the week that ends there).
    const monday = (t: number) => Math.floor(((t - 1) / DAY + 3) / 7) * 7 * DAY - 3 * DAY
    const model = stepsOf(21).map(at => ({ at, ...modelStep('oldincident', at, monday(at), 1.4) }))
    const expected = modelIntervals(model)
    expect(expected.length).toBeGreaterThanOrEqual(1)
    expectIntervals(report.intervals, expected)
    expect(report.status_share.ERROR).toBe(0)
  })

  it('flags the deploys the policy would have blocked, and when each could have gone', async () => {
    const model = stepsOf(14).map(at => ({
      at,
      ...modelStep('oldincident', at, at - 7 * DAY, 1.4)
    }))
    const [interval] = modelIntervals(model)
    const deploys = [
      interval.start - 5 * HOUR,
      interval.start + 2 * HOUR + 17 * 60,
      interval.end + 3 * HOUR,
      gridFrom(14) - DAY
    ]
    fs.writeFileSync(
      path.join(cwd, 'deploys.txt'),
      ['# deploys of the shop', ...deploys.map((t, i) => (i === 3 ? String(t) : iso(t))), ''].join(
        '\n'
      )
    )
    const args = ['--since', '14d', '--time-window', '7d', ...flags('oldincident')]
    const report = await json([...args, '--deploys', 'deploys.txt'])
    expect(report.deploys.map((d: { blocked: boolean | null }) => d.blocked)).toEqual([
      false,
      true,
      false,
      null
    ])
    expect(report.deploys[3].note).toBe('outside the range')
    expect(report.deploys[0].could_go_at).toBe(iso(deploys[0]))
    expect(
      Math.abs(Date.parse(report.deploys[1].could_go_at) / 1000 - interval.end)
    ).toBeLessThanOrEqual(HOUR)

    // The same deploys from GitHub's Deployments API, with others of another environment.
    const fake: FakeGitHub = await startFakeGitHub()
    try {
      deploys.forEach((t, i) =>
        fake.deployments.push(
          {
            id: 10 + i,
            repo: 'acme/shop',
            environment: 'production',
            sha: 'a'.repeat(40),
            ref: 'main',
            created_at: iso(t),
            statuses: []
          },
          {
            id: 50 + i,
            repo: 'acme/shop',
            environment: 'staging',
            sha: 'b'.repeat(40),
            ref: 'main',
            created_at: iso(t + 600),
            statuses: []
          }
        )
      )
      const env = { GITHUB_TOKEN: 'ghs_faketoken', GITHUB_API_URL: fake.url }
      const fromGitHub = await json(
        [...args, '--deploys-from', 'github', '--repo', 'acme/shop', '--environment', 'production'],
        env
      )
      // Within the range only; the one before it is never listed.
      expect(fromGitHub.deploys).toEqual(report.deploys.slice(0, 3))
      const asked = fake.requests.filter(r => r.path === '/repos/acme/shop/deployments')
      expect(asked.length).toBeGreaterThanOrEqual(1)
      expect(asked[0].query.get('environment')).toBe('production')
      expect(asked[0].headers.authorization).toMatch(/ghs_faketoken/)
      expect(fake.schemaErrors).toEqual([])
    } finally {
      await fake.close()
    }
  })

  it('--markdown has a Mermaid chart of the budget left that Mermaid parses', async () => {
    const run = await backtest([
      '--since',
      '14d',
      '--time-window',
      '7d',
      '--markdown',
      ...flags('oldincident')
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^## Backtest: blocked \d+\.\d % of the time/)
    const [chart] = parseMermaid(mermaidBlocks(run.stdout))
    expect(chart).toMatchObject({
      ok: true,
      type: 'xychart',
      title: 'default: budget left over 7d'
    })
    const line = chart.plots![0].data.map(([, y]) => y)
    expect(line.length).toBeGreaterThan(100)
    expect(Math.min(...line)).toBeLessThan(0)
    expect(line.at(-1)).toBeGreaterThan(80)
  })
})
