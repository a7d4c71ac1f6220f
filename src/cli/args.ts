/** Command-line flags: the action's inputs in kebab-case, then environment variables. */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { DEFAULTS, type InputSource } from '../engine/inputs.js'

export class UsageError extends Error {}

export const COMMANDS = ['check', 'status', 'rules', 'freeze', 'unfreeze', 'serve'] as const
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

const EVALUATING = ['check', 'status'] as const
/** The commands that read SLOs: the two that evaluate, and rules, which writes their rule file. */
const READING_SLOS = ['check', 'status', 'rules'] as const
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
    commands: EVALUATING,
    multiple: true
  },
  { ...gate('prometheus_ca_cert', 'PEM file of a CA to trust as well'), value: 'FILE' },
  gate('prometheus_timeout', 'seconds per request (1-600)'),
  gate('prometheus_retries', 'retries on network errors, 429 and 5xx (0-10)'),
  gate('slo_target', 'SLO target in percent, 0 < x < 100', 'SLO_TARGET'),
  gate(
    'time_window',
    'SLO window: rolling (30d, 4w, 720h) or calendar (month, quarter, week)',
    'TIME_WINDOW'
  ),
  gate('time_zone', 'IANA time zone of a calendar window (default UTC)'),
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
    commands: EVALUATING,
    multiple: true
  },
  gate('freeze_file', 'freeze file read by check and status'),
  gate('on_error', 'block or allow: the decision when the budget is unknown'),
  gate('evaluation_time', 'evaluate at this instant (RFC 3339 or Unix seconds)'),
  gate('max_concurrency', 'most queries in flight at once (1-64)'),
  gate('query_source', 'raw, rules or auto: read raw series or the recording rules of `rules`'),
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
    help: 'no burn-down chart (saves one range query per error query); with --json the chart is slos[].daily',
    commands: ['status']
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
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ''))
  }
  const { values, typed: typedFlag } = canonical(parsed.values)
  const [first, ...extra] = parsed.positionals
  const isCommand = (word: string | undefined): word is Command =>
    (COMMANDS as readonly string[]).includes(word ?? '')
  const unknown = (word: string): UsageError =>
    new UsageError(`unknown command "${word}"; expected one of ${COMMANDS.join(', ')} or help`)
  const noInput = { input: () => '', sourceOf: (input: string) => `--${flagOf(input)}` }
  if (!first) return { command: 'help', bare: !values.help, values, ...noInput }
  if (first === 'help') {
    if (extra.length > 1) throw new UsageError(`unexpected argument "${extra[1]}"`)
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
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`)
  const misplaced = FLAGS.find(
    spec => values[spec.flag] !== undefined && !spec.commands.includes(first)
  )
  if (misplaced && !values.help)
    throw new UsageError(`--${typedFlag[misplaced.flag]} is not a flag of ${first}`)

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

function readCaFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(
      `--prometheus-ca-cert: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`
    )
  }
}

/** `--flag VALUE` with its aliases, as help and the README show it. */
export function flagUsage(spec: FlagSpec): string {
  return [spec.flag, ...(spec.aliases ?? [])]
    .map(name => `--${name}${spec.value ? ` ${spec.value}` : ''}`)
    .join(', ')
}

/** Default and environment variable of a flag, as help and the README show them. */
export function flagDefault(spec: FlagSpec): string | undefined {
  return spec.input ? DEFAULTS[spec.input] : undefined
}

function flagLines(command: Command): string[] {
  const specs = FLAGS.filter(spec => spec.commands.includes(command))
  const width = Math.max(...specs.map(spec => flagUsage(spec).length)) + 2
  return specs.map(spec => {
    const fallback = flagDefault(spec) ? ` (default ${flagDefault(spec)})` : ''
    const variable = spec.env ? ` [env ${spec.env}]` : ''
    return `  ${flagUsage(spec).padEnd(width)}${spec.help}${fallback}${variable}`
  })
}

const ABOUT: Record<Command, string[]> = {
  check: [
    'error-budget check [flags]',
    '',
    'Evaluates the error budget and exits with the deploy decision:',
    '  0 NORMAL or CAUTION, 1 WARNING, 2 FREEZE, 3 EXHAUSTED, 99 could not evaluate (ERROR, bad value),',
    '  64 usage error (unknown command or flag), 130 interrupted (the first Ctrl-C aborts at once).',
    'Overrides (each needs OVERRIDE_REASON, 10+ characters; every attempt is logged):',
    '  OVERRIDE_DEPLOY=true            opens WARNING',
    '  OVERRIDE_DEPLOY_FREEZE=true     opens FREEZE and WARNING',
    '  OVERRIDE_BUDGET_EXHAUSTED=true  opens EXHAUSTED, FREEZE and WARNING'
  ],
  status: [
    'error-budget status [--json] [--watch [--interval SECONDS]] [--no-chart] [flags]',
    '',
    'Shows the budget for people. Exits 0 when it could evaluate, 99 on ERROR.',
    'With --watch it redraws every interval until Ctrl-C (then exits 0); with --watch --json it',
    'prints one JSON document a line.'
  ],
  freeze: [
    'error-budget freeze --reason TEXT [--by NAME] [--file PATH]',
    '',
    'Writes the freeze file (reason, who, when in UTC). check and the action treat it as FREEZE.',
    '--reason and --by are one line each.'
  ],
  rules: [
    'error-budget rules [--config-file FILE | flags] [--alerts] [--interval DURATION]',
    '',
    'Prints a Prometheus rule file (groups:) that records, per SLO, the bad-event and total-event',
    'rates over 5m (four scrapes with a slower --scrape-interval), labelled slo. The gate reads',
    'them with --query-source rules or auto. Needs no Prometheus: --prometheus-url may be left out.',
    'Refuses rules that would record nothing; warns (stderr) about burn windows shorter than the rate.'
  ],
  unfreeze: ['error-budget unfreeze [--file PATH]', '', 'Removes the freeze file.'],
  serve: [
    'error-budget serve',
    '',
    'Runs the GitHub App webhook server that answers deployment protection rules.',
    'Configured by environment variables: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET,',
    'PORT (default 3000), GITHUB_API_URL, DATASOURCE_<NAME>_URL (+ _TOKEN, _USERNAME, _PASSWORD,',
    '_HEADERS, _CA_CERT), STATE_FILE, UNKNOWN_ENVIRONMENT, MIN_INTERVAL, MAX_WAIT. See the README.'
  ]
}

export function helpText(command?: Command): string {
  if (command) return [...ABOUT[command], '', 'Flags:', ...flagLines(command)].join('\n')
  return [
    'error-budget: the SLO error-budget deploy gate, from a terminal or any CI',
    '',
    'Usage: error-budget COMMAND [flags]',
    '',
    'Commands:',
    '  check      evaluate and exit with the deploy decision (0 deploy, 1 WARNING, 2 FREEZE, 3 EXHAUSTED, 99 ERROR)',
    '  status     show the budget; --watch to keep it on screen',
    '  rules      print the recording rules (and --alerts) that make each evaluation cheap',
    '  freeze     write the freeze file (--reason TEXT [--by NAME])',
    '  unfreeze   remove the freeze file',
    '  serve      run the GitHub App server for deployment protection rules',
    '  help       this text; "error-budget help COMMAND" for the flags of a command',
    '',
    'Run "error-budget COMMAND --help" for the flags of a command.'
  ].join('\n')
}
