/** Command-line flags: the action's inputs in kebab-case, then environment variables. */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { SECRET_INPUTS, type InputSource } from '../engine/inputs.js'
import { BACKTEST_FLAGS } from './backtest-flags.js'
import { VERIFY_FLAGS } from './verify-flags.js'
import * as dashboard from './dashboard-flags.js'

/** A command line the CLI cannot run; `command` is the command it was for, when known. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: Command
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

// prettier-ignore
const GATE_COMMANDS = ['check', 'status', 'verify', 'rules', 'freeze', 'unfreeze', 'serve', 'backtest'] as const
export const COMMANDS = [...GATE_COMMANDS, ...dashboard.DASHBOARD_COMMANDS] as const
export type Command = (typeof COMMANDS)[number]

/** One flag: the single source of `--help` and of the README's flag table. */
export interface FlagSpec {
  flag: string
  /** The action input it sets (snake_case), when it is one. */
  input?: string
  /** What the flag takes; absent for a switch. */
  value?: string
  help: string
  commands: readonly Command[]
  /** Read when the flag is absent (the shell-script freeze's variables). */
  env?: string
  /** Other spellings (the kebab-case of an input the flag reads under another name). */
  aliases?: string[]
  multiple?: boolean
}

const EVALUATING = ['check', 'status', 'verify', 'backtest'] as const
/** The commands that read SLOs: those that evaluate, and those that write from them. */
// prettier-ignore
const READING_SLOS = ['check', 'status', 'verify', 'rules', 'backtest', 'postmortem', 'dashboard'] as const
const gate = (input: string, help: string, env?: string): FlagSpec => ({
  flag: flagOf(input),
  input,
  value: 'VALUE',
  help,
  commands: READING_SLOS,
  env
})

export const flagOf = (input: string): string => input.replace(/_/g, '-')

/** Every flag of every command, in the order `--help` lists them. */
export const FLAGS: FlagSpec[] = [
  {
    flag: 'config-file',
    input: 'config_file',
    value: 'FILE',
    help: 'SLOs from a YAML file (ours, Sloth, OpenSLO, Pyrra); the other flags are their defaults',
    commands: READING_SLOS,
    aliases: ['config']
  },
  gate('prometheus_url', 'base URL of the Prometheus HTTP API', 'PROMETHEUS_URL'),
  gate('prometheus_token', 'bearer token', 'PROMETHEUS_TOKEN'),
  gate('prometheus_username', 'basic-auth user'),
  gate('prometheus_password', 'basic-auth password'),
  {
    flag: 'prometheus-header',
    input: 'prometheus_headers',
    value: '"Name: value"',
    help: 'extra request header (repeatable)',
    commands: [...EVALUATING, 'postmortem'],
    multiple: true
  },
  { ...gate('prometheus_ca_cert', 'PEM file of a CA to trust as well'), value: 'FILE' },
  gate('prometheus_timeout', 'seconds per request (1-600)'),
  gate('prometheus_retries', 'retries on network errors, 429 and 5xx (0-10)'),
  gate('slo_name', 'name of the SLO the flags describe, in every message (not with --config-file)'),
  gate('slo_target', 'SLO target in percent, 0 < x < 100', 'SLO_TARGET'),
  gate(
    'time_window',
    'SLO window: rolling (30d, 4w, 720h) or calendar (month, quarter, week)',
    'TIME_WINDOW'
  ),
  gate('time_zone', 'IANA time zone of a calendar window'),
  gate('error_query', 'PromQL counting bad events, with {{window}}'),
  gate('total_query', 'PromQL counting all events, with {{window}}'),
  gate(
    'caution_threshold',
    'percent of budget left at or below which it is CAUTION',
    'CAUTION_THRESHOLD'
  ),
  gate(
    'warning_threshold',
    'percent of budget left at or below which it is WARNING',
    'WARNING_THRESHOLD'
  ),
  gate('freeze_threshold', 'percent of budget left below which it is FREEZE', 'FREEZE_THRESHOLD'),
  gate('block_on', 'comma-separated statuses that block'),
  gate('burn_rate_window', 'window of the burn rate and the forecast'),
  gate(
    'fast_burn_threshold',
    'burn over 1h and 5m that escalates to FREEZE; auto, a number, 0 off'
  ),
  gate(
    'slow_burn_threshold',
    'burn over 6h and 30m that escalates to WARNING; auto, a number, 0 off'
  ),
  gate('burn_tiers', 'page, page,ticket or none: the burn tiers, scaled to the SLO window'),
  gate('min_events', 'events a burn tier or SLO window needs to count; auto, a number, 0 off'),
  gate('low_traffic', 'evaluate or allow: what an SLO window with fewer than min_events does'),
  {
    flag: 'exclude',
    input: 'exclude',
    value: '"START/END reason"',
    help: 'an excluded interval (repeatable; START/DURATION too, e.g. 2026-11-13T02:00:00Z/PT2H failover)',
    commands: [...EVALUATING, 'postmortem'],
    multiple: true
  },
  gate('freeze_file', 'freeze file read by check and status'),
  gate('on_error', 'block or allow: the decision when the budget is unknown'),
  gate('evaluation_time', 'evaluate at this instant (RFC 3339 or Unix seconds)'),
  gate('max_concurrency', 'most queries in flight at once (1-64)'),
  gate(
    'query_source',
    'raw, rules or auto: read raw series, the recording rules that the rules command prints, or either'
  ),
  ...VERIFY_FLAGS,
  gate(
    'scrape_interval',
    'how often the series are scraped, when slower than 1m: the rules rate over four scrapes'
  ),
  { flag: 'json', help: 'print only the JSON report on stdout', commands: EVALUATING },
  {
    flag: 'audit-log',
    value: 'FILE',
    help: 'where override records go (default deploy-freeze-overrides.log)',
    commands: ['check']
  },
  { flag: 'watch', help: 'redraw every interval until Ctrl-C', commands: ['status'] },
  {
    flag: 'interval',
    value: 'SECONDS',
    help: 'status --watch: seconds between redraws (default 30); rules: how often the rules are evaluated (a duration, default 1m)',
    commands: ['status', 'rules']
  },
  {
    flag: 'alerts',
    help: "add multiwindow burn-rate alerts matching the gate's burn tiers",
    commands: ['rules']
  },
  { flag: 'no-color', help: 'no colours, even on a terminal', commands: EVALUATING },
  {
    flag: 'no-chart',
    help: 'no burn-down chart (saves one range query per error query); with --json the chart is slos[].daily. check never draws one',
    commands: EVALUATING
  },
  {
    flag: 'no-forecast',
    help: 'no recovery forecast of a blocked deploy (saves two range queries per blocking SLO)',
    commands: ['check', 'status']
  },
  {
    flag: 'reason',
    value: 'TEXT',
    help: 'why deploys are frozen (required)',
    commands: ['freeze']
  },
  {
    flag: 'by',
    value: 'NAME',
    help: 'who froze (default GITLAB_USER_LOGIN or USER)',
    commands: ['freeze']
  },
  {
    flag: 'file',
    value: 'PATH',
    help: 'the freeze file (default .deploy-freeze)',
    commands: ['freeze', 'unfreeze']
  },
  ...BACKTEST_FLAGS,
  ...dashboard.DASHBOARD_FLAGS,
  {
    flag: 'markdown',
    help: 'Markdown: backtest for a PR or an issue (with a Mermaid chart); postmortem the body of each postmortem issue, as the action opens it',
    commands: ['backtest', 'postmortem']
  },
  { flag: 'help', help: 'print this help (also -h)', commands: COMMANDS }
]

const OPTIONS = Object.fromEntries(
  FLAGS.flatMap(spec =>
    [spec.flag, ...(spec.aliases ?? [])].map(name => [
      name,
      {
        type: spec.value ? ('string' as const) : ('boolean' as const),
        ...(spec.multiple ? { multiple: true } : {}),
        ...(name === 'help' ? { short: 'h' } : {})
      }
    ])
  )
)

export interface ParsedArgs {
  command: Command | 'help'
  /** Only for `help`: the command whose help to print. */
  helpFor?: Command
  /** `error-budget` alone: usage, but as a usage error. */
  bare: boolean
  /** Values by canonical flag name (an alias is stored under its flag). */
  values: Record<string, string | string[] | boolean | undefined>
  /** The gate's inputs: flags first, then the environment; '' when neither is set. */
  input: InputSource
  /** Where an input's value came from, for messages: the flag typed, or the variable read. */
  sourceOf(input: string): string
}

/** Folds aliases into their flag (giving both is a usage error); `typed` keeps the spelling used. */
function canonical(raw: Record<string, unknown>): {
  values: ParsedArgs['values']
  typed: Record<string, string>
} {
  const values: ParsedArgs['values'] = {}
  const typed: Record<string, string> = {}
  for (const spec of FLAGS) {
    for (const name of [spec.flag, ...(spec.aliases ?? [])]) {
      if (raw[name] === undefined) continue
      if (typed[spec.flag])
        throw new UsageError(`--${typed[spec.flag]} and --${name} are the same flag; give one`)
      typed[spec.flag] = name
      values[spec.flag] = raw[name] as string | string[] | boolean
    }
  }
  return { values, typed }
}

export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv): ParsedArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; args: string[] }>
  >
  // The command, when one is named, for the help a usage error points at.
  const named = argv.find((arg): arg is Command => (COMMANDS as readonly string[]).includes(arg))
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    const message = (error as Error).message
    const unknownFlag = /^Unknown option '-{1,2}([^'=]+)/.exec(message)
    if (!unknownFlag) throw new UsageError(message.replace(/\. To specify.*$/s, ''), named)
    const guess = closestFlag(unknownFlag[1], named)
    throw new UsageError(
      `unknown flag --${unknownFlag[1]}${guess ? `; did you mean --${guess}?` : ''}`,
      named
    )
  }
  const { values, typed: typedFlag } = canonical(parsed.values)
  const [first, ...extra] = parsed.positionals
  const isCommand = (word: string | undefined): word is Command =>
    (COMMANDS as readonly string[]).includes(word ?? '')
  // A stray word next to a secret flag may be half of an unquoted credential (`Bearer <token>`).
  const secretFlags = FLAGS.filter(spec => spec.input && SECRET_INPUTS.has(spec.input)).flatMap(
    spec => [spec.flag, ...(spec.aliases ?? [])].map(flag => `--${flag}`)
  )
  const hasSecret = argv.some(arg => secretFlags.includes(arg.split('=')[0]))
  const shown = (word: string): string =>
    hasSecret
      ? `number ${argv.indexOf(word) + 1} (not shown: it may be part of a credential; quote a value that has spaces)`
      : `"${word}"`
  const unknown = (word: string): UsageError =>
    new UsageError(`unknown command ${shown(word)}; expected one of ${COMMANDS.join(', ')} or help`)
  const noInput = { input: () => '', sourceOf: (input: string) => `--${flagOf(input)}` }
  if (!first) return { command: 'help', bare: !values.help, values, ...noInput }
  if (first === 'help') {
    if (extra.length > 1) throw new UsageError(`unexpected argument ${shown(extra[1])}`)
    if (extra.length && !isCommand(extra[0])) throw unknown(extra[0])
    return {
      command: 'help',
      helpFor: extra[0] as Command | undefined,
      bare: false,
      values,
      ...noInput
    }
  }
  if (!isCommand(first)) throw unknown(first)
  if (extra.length) throw new UsageError(`unexpected argument ${shown(extra[0])}`, first)
  const misplaced = FLAGS.find(
    spec => values[spec.flag] !== undefined && !spec.commands.includes(first)
  )
  if (misplaced && !values.help)
    throw new UsageError(`--${typedFlag[misplaced.flag]} is not a flag of ${first}`, first)

  const byInput = new Map(FLAGS.filter(s => s.input).map(s => [s.input!, s]))
  const input: InputSource = name => {
    const spec = byInput.get(name)
    if (!spec) return ''
    const flag = values[spec.flag]
    if (Array.isArray(flag)) return flag.join('\n')
    if (typeof flag === 'string') return name === 'prometheus_ca_cert' ? readCaFile(flag) : flag
    return (spec.env && env[spec.env]) || ''
  }
  const sourceOf = (name: string): string => {
    const spec = byInput.get(name)
    if (spec && values[spec.flag] === undefined && spec.env && env[spec.env])
      return `${spec.env} (environment variable)`
    return `--${spec ? (typedFlag[spec.flag] ?? spec.flag) : flagOf(name)}`
  }
  return { command: first, bare: false, values, input, sourceOf }
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/** The flag (of the command, when named) a typo most likely meant, if one is close enough. */
export function closestFlag(typed: string, command?: Command): string | undefined {
  const names = FLAGS.filter(spec => !command || spec.commands.includes(command)).flatMap(spec => [
    spec.flag,
    ...(spec.aliases ?? [])
  ])
  const word = typed.toLowerCase().replace(/_/g, '-')
  let best: { name: string; distance: number } | undefined
  for (const name of names) {
    const distance = editDistance(word, name)
    if (!best || distance < best.distance) best = { name, distance }
  }
  // A third of the word may be wrong (two letters of a short flag), never more.
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined
}

function readCaFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    // A pasted PEM (or anything else that is no path) is a secret-bearing input's text: not shown.
    const path = /^[^\r\n]{1,255}$/.test(file) && !file.includes('-----') ? file : 'the file named'
    throw new UsageError(
      `--prometheus-ca-cert: cannot read ${path} (${(error as NodeJS.ErrnoException).code}); expected the path of a PEM file`
    )
  }
}
