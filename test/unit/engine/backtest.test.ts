/**
 * The backtest on the fake's 30-day model: range queries chunked under the points limit (never
 * one instant query per step), windows before the data not judged, a gap read as doubt; the
 * summary's intervals, shares and deploys; and the command's refusals of bad flags.
 */
import { runBacktest } from '../../../src/engine/backtest-run.js'
import type { GateStep } from '../../../src/engine/backtest.js'
import { summarise } from '../../../src/engine/backtest-summary.js'
import { parseCommandLine } from '../../../src/cli/args.js'
import { parseDeploys } from '../../../src/cli/backtest.js'
import { runCommand, type Io } from '../../../src/cli/commands.js'
import { InputError } from '../../../src/engine/inputs.js'
import { dayModel, fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'

const NOW = Date.parse('2026-12-01T12:00:00Z') / 1000
const HOUR = 3600
const DAY = 86400

async function run(
  days: number,
  extra: Record<string, string> = {},
  options: { step?: number; model?: ReturnType<typeof dayModel> } = {}
) {
  const client = fakeClient(options.model ?? dayModel(() => 600))
  const result = await runBacktest(fakeConfig({ time_window: '7d', ...extra }), {
    client,
    sinceSeconds: days * DAY,
    until: new Date(NOW * 1000),
    stepSeconds: options.step ?? HOUR
  })
  return { result, client }
}

describe('runBacktest', () => {
  it('judges every step from two range queries, never an instant query per step', async () => {
    const { result, client } = await run(5)
    expect(client.asked).toEqual(['errors[1h]', 'total[1h]'])
    expect(result.requests).toBe(2)
    expect(result.range).toEqual({ from: NOW - 5 * DAY, to: NOW, step: HOUR })
    // The steps reach back a whole window before the range.
    expect(client.ranges[0].range.start.getTime() / 1000).toBe(NOW - 12 * DAY + HOUR)
    expect(result.summary).toMatchObject({
      steps: 5 * 24 + 1,
      judged: 5 * 24 + 1,
      blockedShare: 1,
      statusShare: { WARNING: 1 }
    })
    expect(result.summary.intervals).toEqual([
      {
        start: NOW - 5 * DAY,
        end: NOW,
        ongoing: true,
        worst: 'WARNING',
        reasons: [expect.stringMatching(/^default: 40\.00% of the error budget left over 7d/)]
      }
    ])
  })

  it('splits a long range into requests of at most 11,000 points, adjacent', async () => {
    const { result, client } = await run(5, {}, { step: 60 })
    // 12 days of minutes: 17,280 points a query, in two requests each.
    expect(client.ranges).toHaveLength(4)
    const [first, second] = client.ranges.filter(r => r.query === 'errors[1m]').map(r => r.range)
    expect((first.end.getTime() - first.start.getTime()) / 60000 + 1).toBe(11000)
    expect(second.start.getTime() - first.end.getTime()).toBe(60000)
    expect(second.end.getTime() / 1000).toBe(NOW)
    expect(result.summary.judged).toBe(result.summary.steps)
  })

  it('does not judge the windows that reach before the data begins', async () => {
    const { result } = await run(25)
    const dataBegins = NOW - 30 * DAY
    expect(result.dataBegins).toEqual([dataBegins + HOUR])
    for (const step of result.steps) {
      if (step.at - 7 * DAY < dataBegins) {
        expect(step.status).toBeNull()
        expect(step.reasons[0]).toMatch(/window ending at .* reaches before the data begins/)
      }
      if (step.at - 7 * DAY >= dataBegins + HOUR) expect(step.status).not.toBeNull()
    }
    expect(result.summary.judged).toBeLessThan(result.summary.steps)
  })

  it('reads a gap in the traffic as doubt: ERROR for every window over it', async () => {
    const model = dayModel(() => 100)
    const gapAt = NOW - 3 * DAY
    const gap = {
      ...model,
      range: (q: string, at: Date) =>
        q.startsWith('total') && at.getTime() / 1000 === gapAt ? undefined : model.range!(q, at)
    }
    const { result } = await run(5, {}, { model: gap })
    for (const step of result.steps) {
      const over = step.at - 7 * DAY < gapAt && gapAt <= step.at
      expect(step.status).toBe(over ? 'ERROR' : 'NORMAL')
    }
    expect(result.summary.intervals[0].reasons[0]).toMatch(/a gap in the data is doubt/)
  })
})

describe('summarise', () => {
  const step = (at: number, status: GateStep['status'], blocked: boolean | null): GateStep => ({
    at,
    status,
    blocked,
    reasons: [status ?? 'before the data'],
    slos: []
  })
  const steps = [
    step(0, null, null),
    step(1, 'NORMAL', false),
    step(2, 'WARNING', true),
    step(3, 'EXHAUSTED', true),
    step(4, 'WARNING', true),
    step(5, 'CAUTION', false),
    step(6, 'FREEZE', true)
  ].map(s => ({ ...s, at: s.at * HOUR }))

  it('counts shares over the judged steps and finds each blocked interval', () => {
    const summary = summarise(steps, HOUR, 'block')
    expect(summary).toMatchObject({ steps: 7, judged: 6, blockedShare: 4 / 6 })
    expect(summary.statusShare).toEqual({
      NORMAL: 1 / 6,
      CAUTION: 1 / 6,
      WARNING: 2 / 6,
      FREEZE: 1 / 6,
      EXHAUSTED: 1 / 6,
      ERROR: 0
    })
    expect(summary.intervals).toEqual([
      {
        start: 2 * HOUR,
        end: 5 * HOUR,
        ongoing: false,
        worst: 'EXHAUSTED',
        reasons: ['EXHAUSTED']
      },
      { start: 6 * HOUR, end: 6 * HOUR, ongoing: true, worst: 'FREEZE', reasons: ['FREEZE'] }
    ])
  })

  it('judges each deploy by the step at or before it, and says when it could have gone', () => {
    const deploys = [1.5, 2.2, 6.5, 0.5, -1, 7.5].map(h => h * HOUR)
    expect(summarise(steps, HOUR, 'block', deploys).deploys).toEqual([
      { time: 1.5 * HOUR, status: 'NORMAL', blocked: false, couldGoAt: 1.5 * HOUR },
      { time: 2.2 * HOUR, status: 'WARNING', blocked: true, couldGoAt: 5 * HOUR },
      { time: 6.5 * HOUR, status: 'FREEZE', blocked: true, couldGoAt: null },
      { time: 0.5 * HOUR, status: null, blocked: null, couldGoAt: null, note: 'before the data' },
      { time: -HOUR, status: null, blocked: null, couldGoAt: null, note: 'outside the range' },
      { time: 7.5 * HOUR, status: null, blocked: null, couldGoAt: null, note: 'outside the range' }
    ])
  })
})

describe('the backtest command', () => {
  it('reads deploy times one a line, with comments, and names a bad line', () => {
    expect(parseDeploys('# deploys\n2026-11-20T10:00:00Z\n\n1795000000  # unix\n')).toEqual([
      Date.parse('2026-11-20T10:00:00Z') / 1000,
      1795000000
    ])
    expect(() => parseDeploys('2026-11-20T10:00:00Z\nyesterday\n')).toThrow(InputError)
    expect(() => parseDeploys('2026-11-20T10:00:00Z\nyesterday\n')).toThrow(/line 2: /)
  })

  const io = (): Io => ({
    out: () => undefined,
    err: () => undefined,
    isTTY: false,
    env: {},
    cwd: '/tmp',
    signal: new AbortController().signal
  })
  const base = ['backtest', '--prometheus-url', 'http://127.0.0.1:9', '--since', '7d']
  it.each([
    [['backtest', '--prometheus-url', 'http://127.0.0.1:9'], /needs --since DURATION/],
    [[...base, '--json', '--markdown'], /--json or --markdown, not both/],
    [[...base, '--evaluation-time', '1795000000'], /--until, not --evaluation-time/],
    [[...base, '--deploys', 'a', '--deploys-from', 'github'], /not both/],
    [[...base, '--deploys-from', 'gitlab'], /takes github/],
    [[...base, '--deploys-from', 'github', '--environment', 'prod'], /needs --repo OWNER\/NAME/],
    [[...base, '--deploys-from', 'github', '--repo', 'a/b'], /needs --environment NAME/],
    [[...base, '--deploys-from', 'github', '--repo', 'a/b', '--environment', 'p'], /GITHUB_TOKEN/],
    [[...base, '--environment', 'prod'], /go with --deploys-from github/]
  ])('refuses %j', async (argv, message) => {
    await expect(runCommand(parseCommandLine(argv, {}), io())).rejects.toThrow(message)
  })

  it.each([
    [['--step', '10s'], /step: "10s" is not between 1m and 1d/],
    [['--since', 'ninety days'], /since: "ninety days" is not a Prometheus duration/],
    [['--until', 'tomorrow'], /until/]
  ])('refuses the values of %j, naming the flag', async (extra, message) => {
    const argv = [...base, ...extra]
    await expect(runCommand(parseCommandLine(argv, {}), io())).rejects.toThrow(message)
  })

  it('is not a flag of other commands, and has its help', () => {
    expect(() => parseCommandLine(['check', '--since', '7d'], {})).toThrow(
      /--since is not a flag of check/
    )
  })
})
