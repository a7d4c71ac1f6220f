/**
 * `error-budget backtest`: the policy run over past data, with the deploys of a file or of
 * GitHub's Deployments API, printed as a terminal timeline, Markdown or JSON.
 */
import path from 'node:path'
import { backtestRange, runBacktest, type BacktestResult } from '../engine/backtest-run.js'
import type { GateConfig } from '../engine/config.js'
import { formatDuration, parseDuration } from '../engine/duration.js'
import { iso } from '../engine/exclusions.js'
import { InputError, parseEvaluationTime } from '../engine/inputs.js'
import { STATUSES, type Status } from '../engine/status.js'
import { backtestJson, backtestMarkdown } from '../channels/backtest-report.js'
import { createGitHubClient, gitHubReason } from '../github/client.js'
import { listDeployments } from '../github/deployments.js'
import { PrometheusClient } from '../prometheus/client.js'
import { redactSecrets } from '../text/redact.js'
import { readRepositoryFile } from '../workspace/read.js'
import { UsageError, type ParsedArgs } from './args.js'
import type { Io } from './commands.js'
import { plain } from './render.js'

/** A deploys file holds times, not logs: a megabyte is tens of thousands of deploys. */
const MAX_DEPLOYS_BYTES = 1024 * 1024
/** The terminal timeline's width in columns. */
const WIDTH = 72

const text = (args: ParsedArgs, flag: string): string | undefined => {
  const value = args.values[flag]
  return typeof value === 'string' ? value.trim() : undefined
}

function duration(flag: string, value: string, min: number, max: number): number {
  let seconds: number
  try {
    seconds = parseDuration(value)
  } catch (error) {
    throw new InputError(flag, (error as Error).message)
  }
  if (seconds < min || seconds > max)
    throw new InputError(
      flag,
      `"${value}" is not between ${formatDuration(min)} and ${formatDuration(max)}`
    )
  return seconds
}

/** Deploy times from a file: one RFC 3339 time or Unix seconds a line; `#` comments and blank lines skipped. */
export function parseDeploys(content: string): number[] {
  return content.split('\n').flatMap((line, i) => {
    const value = line.replace(/#.*$/, '').trim()
    if (!value) return []
    try {
      return [parseEvaluationTime('deploys', value)!.getTime() / 1000]
    } catch (error) {
      throw new InputError(
        'deploys',
        `line ${i + 1}: ${(error as Error).message.replace(/^Input deploys: /, '')}`
      )
    }
  })
}

async function deploysOf(
  args: ParsedArgs,
  io: Io,
  range: { from: number; to: number }
): Promise<{ times: number[]; warnings: string[]; secrets: string[] }> {
  const file = text(args, 'deploys')
  const from = text(args, 'deploys-from')
  if (file && from) throw new UsageError('give --deploys FILE or --deploys-from github, not both')
  if (file) {
    const read = readRepositoryFile(path.resolve(io.cwd, file), {
      maxBytes: MAX_DEPLOYS_BYTES,
      workspace: io.cwd
    })
    if (read.kind === 'missing') throw new InputError('deploys', `${plain(file)} does not exist`)
    if (read.kind === 'refused') throw new InputError('deploys', `${plain(file)} ${read.why}`)
    return { times: parseDeploys(read.text), warnings: [], secrets: [] }
  }
  if (from === undefined) {
    if (text(args, 'repo') || text(args, 'environment'))
      throw new UsageError('--repo and --environment go with --deploys-from github')
    return { times: [], warnings: [], secrets: [] }
  }
  if (from !== 'github') throw new UsageError(`--deploys-from takes github, not "${plain(from)}"`)
  const repo = text(args, 'repo') || io.env.GITHUB_REPOSITORY || ''
  const [owner, name, ...more] = repo.split('/')
  if (!owner || !name || more.length)
    throw new UsageError('--deploys-from github needs --repo OWNER/NAME (or GITHUB_REPOSITORY)')
  const environment = text(args, 'environment')
  if (!environment) throw new UsageError('--deploys-from github needs --environment NAME')
  const token = io.env.GITHUB_TOKEN ?? ''
  if (!token) throw new UsageError('--deploys-from github reads GITHUB_TOKEN, which is not set')
  const client = await createGitHubClient({
    token,
    baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
    outsideRunner: true,
    log: message => io.err(plain(redactSecrets(message, [token])))
  })
  try {
    const listed = await listDeployments(client, { owner, repo: name }, environment, range)
    const warnings = listed.truncated
      ? [
          `GitHub listed more deployments than are read (the newest ${listed.times.length} in the range); the older ones are not judged`
        ]
      : []
    return { times: listed.times, warnings, secrets: [token] }
  } catch (error) {
    const reason = gitHubReason(error) || (error as Error).message
    throw new InputError(
      'deploys_from',
      `cannot list the deployments of ${repo} (${environment}): ${redactSecrets(reason, [token])}`
    )
  }
}

const LETTER: Record<Status, string> = {
  NORMAL: '.',
  CAUTION: 'c',
  WARNING: 'W',
  FREEZE: 'F',
  EXHAUSTED: 'X',
  ERROR: '?'
}

/** One character per column of steps: the worst status in it, blank where nothing was judged. */
function timeline(statuses: (Status | null)[], errorBlocks: boolean): string {
  const width = Math.max(1, Math.ceil(statuses.length / WIDTH))
  let line = ''
  for (let i = 0; i < statuses.length; i += width) {
    const judged = statuses.slice(i, i + width).filter((s): s is Status => s !== null)
    const order = (s: Status) => (s === 'ERROR' ? (errorBlocks ? 9 : -1) : STATUSES.indexOf(s))
    line += judged.length ? LETTER[judged.reduce((a, b) => (order(b) > order(a) ? b : a))] : ' '
  }
  return line
}

const shown = (seconds: number): string => `${iso(seconds).slice(0, 16).replace('T', ' ')}`

export function renderBacktest(result: BacktestResult, onError: GateConfig['onError']): string {
  const { range, summary } = result
  const errorBlocks = onError === 'block'
  const rows: [string, (Status | null)[]][] = [['gate', result.steps.map(s => s.status)]]
  if (result.slos.length > 1)
    result.slos.forEach((slo, i) =>
      rows.push([
        plain(slo.name).slice(0, 12),
        result.steps.map(s => {
          const step = s.slos[i]
          return 'result' in step ? step.result.status : null
        })
      ])
    )
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`
  const lines = [
    `Backtest ${shown(range.from)} – ${shown(range.to)} UTC, every ${formatDuration(range.step)}: blocked ${percent(summary.blockedShare)} of the judged time, ${summary.intervals.length} interval${summary.intervals.length === 1 ? '' : 's'}`,
    '',
    ...rows.map(([name, statuses]) => `  ${name.padEnd(12)} |${timeline(statuses, errorBlocks)}|`),
    `  ${''.padEnd(12)}  ${shown(range.from).padEnd(Math.max(0, Math.min(WIDTH, result.steps.length) - 16))}${shown(range.to).slice(5)}`,
    `  ${STATUSES.map(s => `${LETTER[s]} ${s}`).join('  ')}  (blank) not judged`,
    `  per status: ${STATUSES.filter(s => summary.statusShare[s] > 0)
      .map(s => `${s} ${percent(summary.statusShare[s])}`)
      .join(', ')} (${summary.judged} of ${summary.steps} steps judged)`
  ]
  if (summary.intervals.length) {
    lines.push('', 'Blocked intervals (UTC):')
    for (const i of summary.intervals)
      lines.push(
        `  ${shown(i.start)} – ${shown(i.end)}${i.ongoing ? ' (still blocked)' : ''}  ${formatDuration(i.end - i.start) || '0s'}  ${i.worst}: ${plain(i.reasons.find(r => /tier|left over|cannot/.test(r)) ?? i.reasons[0] ?? '')}`
      )
  }
  if (summary.deploys.length) {
    lines.push('', 'Deploys (UTC):')
    for (const d of summary.deploys)
      lines.push(
        `  ${shown(d.time)}  ${d.status === null ? `not judged: ${plain(d.note ?? '')}` : `${d.status.padEnd(9)} ${d.blocked ? `blocked; could have gone ${d.couldGoAt === null ? 'not within the range' : shown(d.couldGoAt)}` : 'allowed'}`}`
      )
  }
  const notJudged = result.steps.find(s => s.status === null)
  if (notJudged)
    lines.push(
      '',
      `Not judged: ${summary.steps - summary.judged} steps; ${plain(notJudged.reasons[0] ?? '')}`
    )
  for (const warning of result.warnings) lines.push(`Warning: ${plain(warning)}`)
  lines.push('', `${result.requests} Prometheus requests.`)
  return lines.join('\n')
}

export async function backtest(args: ParsedArgs, config: GateConfig, io: Io): Promise<number> {
  if (config.evaluationTime)
    throw new UsageError('backtest ends its range at --until, not --evaluation-time')
  const since = text(args, 'since')
  if (!since) throw new UsageError('backtest needs --since DURATION, e.g. --since 90d')
  const sinceSeconds = duration('since', since, 60, 10 * 365 * 86400)
  const stepSeconds = duration('step', text(args, 'step') || '1h', 60, 86400)
  const until = parseEvaluationTime('until', text(args, 'until') ?? '') ?? new Date()
  if (args.values.json && args.values.markdown)
    throw new UsageError('give --json or --markdown, not both')
  const range = backtestRange(sinceSeconds, until, stepSeconds)
  const deploys = await deploysOf(args, io, { from: range.from, to: range.to + stepSeconds })
  const client = new PrometheusClient(config.prometheus)
  let result: BacktestResult
  try {
    result = await runBacktest(config, {
      client,
      sinceSeconds,
      until,
      stepSeconds,
      deploys: deploys.times,
      signal: io.signal
    })
  } finally {
    client.close()
  }
  if (io.signal.aborted) return 130
  result.warnings.push(...deploys.warnings)
  const say = (out: string): string => redactSecrets(out, [...config.secrets, ...deploys.secrets])
  if (args.values.json) io.out(say(JSON.stringify(backtestJson(result), null, 2)))
  else if (args.values.markdown) io.out(say(backtestMarkdown(result)))
  else io.out(say(renderBacktest(result, config.onError)))
  return 0
}
