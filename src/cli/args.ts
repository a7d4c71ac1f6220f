/** Command-line flags: the action's inputs in kebab-case, then environment variables. */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { DEFAULTS, type InputSource } from '../engine/config.js'

export class UsageError extends Error {}

/** Every gate input, as its flag. `--prometheus-ca-cert` takes a file, read into the PEM input. */
const GATE_INPUTS = [
  'prometheus_url',
  'prometheus_token',
  'prometheus_username',
  'prometheus_password',
  'prometheus_ca_cert',
  'prometheus_timeout',
  'prometheus_retries',
  'slo_target',
  'time_window',
  'error_query',
  'total_query',
  'caution_threshold',
  'warning_threshold',
  'freeze_threshold',
  'block_on',
  'burn_rate_window',
  'fast_burn_threshold',
  'slow_burn_threshold',
  'freeze_file',
  'on_error',
  'evaluation_time',
  'max_concurrency',
  'query_source'
]

/** Environment variables of the shell-script freeze, read when the flag is absent. */
export const ENVIRONMENT: Record<string, string> = {
  prometheus_url: 'PROMETHEUS_URL',
  prometheus_token: 'PROMETHEUS_TOKEN',
  slo_target: 'SLO_TARGET',
  time_window: 'TIME_WINDOW',
  freeze_threshold: 'FREEZE_THRESHOLD',
  warning_threshold: 'WARNING_THRESHOLD',
  caution_threshold: 'CAUTION_THRESHOLD'
}

export const flagOf = (input: string): string => input.replace(/_/g, '-')

const OPTIONS = {
  ...Object.fromEntries(GATE_INPUTS.map(input => [flagOf(input), { type: 'string' as const }])),
  'prometheus-header': { type: 'string' as const, multiple: true },
  config: { type: 'string' as const },
  json: { type: 'boolean' as const },
  watch: { type: 'boolean' as const },
  interval: { type: 'string' as const },
  alerts: { type: 'boolean' as const },
  reason: { type: 'string' as const },
  by: { type: 'string' as const },
  file: { type: 'string' as const },
  'audit-log': { type: 'string' as const },
  'no-color': { type: 'boolean' as const },
  help: { type: 'boolean' as const, short: 'h' }
}

export const COMMANDS = ['check', 'status', 'rules', 'freeze', 'unfreeze'] as const
export type Command = (typeof COMMANDS)[number]

export interface ParsedArgs {
  command: Command | 'help'
  values: Record<string, string | string[] | boolean | undefined>
  /** The gate's inputs: flags first, then the environment; '' when neither is set. */
  input: InputSource
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
  const [first, ...extra] = parsed.positionals
  const values = parsed.values as ParsedArgs['values']
  if (!first || first === 'help') return { command: 'help', values, input: () => '' }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`unknown command "${first}"; expected one of ${COMMANDS.join(', ')}`)
  }
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`)

  const input: InputSource = name => {
    if (name === 'prometheus_headers')
      return ((values['prometheus-header'] as string[] | undefined) ?? []).join('\n')
    const flag = values[flagOf(name)]
    if (typeof flag === 'string') {
      if (name === 'prometheus_ca_cert') return readCaFile(flag)
      return flag
    }
    const variable = ENVIRONMENT[name]
    return (variable && env[variable]) || ''
  }
  return { command: first as Command, values, input }
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

export function helpText(command?: string): string {
  const common = GATE_INPUTS.map(input => {
    const fallback = DEFAULTS[input] ? ` (default ${DEFAULTS[input]})` : ''
    const variable = ENVIRONMENT[input] ? ` [env ${ENVIRONMENT[input]}]` : ''
    return `  --${flagOf(input)} VALUE${fallback}${variable}`
  })
  const byCommand: Record<string, string[]> = {
    check: [
      'error-budget check [flags]',
      '',
      'Evaluates the error budget and exits with the deploy decision:',
      '  0 NORMAL or CAUTION, 1 WARNING, 2 FREEZE, 3 EXHAUSTED, 99 could not evaluate (ERROR, bad value),',
      '  64 usage error (unknown command or flag).',
      '  --json                 print only the JSON report on stdout',
      '  --audit-log FILE       where override records go (default deploy-freeze-overrides.log)',
      'Overrides (each needs OVERRIDE_REASON, 10+ characters; every attempt is logged):',
      '  OVERRIDE_DEPLOY=true            opens WARNING',
      '  OVERRIDE_DEPLOY_FREEZE=true     opens FREEZE and WARNING',
      '  OVERRIDE_BUDGET_EXHAUSTED=true  opens EXHAUSTED, FREEZE and WARNING'
    ],
    status: [
      'error-budget status [--json] [--watch [--interval SECONDS]] [flags]',
      '',
      'Shows the budget for people. Exits 0 when it could evaluate, 99 on ERROR.',
      '  --watch                redraw every interval until Ctrl-C',
      '  --interval SECONDS     seconds between redraws (default 30)'
    ],
    rules: [
      'error-budget rules [--config FILE | flags] [--alerts] [--interval DURATION]',
      '',
      'Prints a Prometheus rule file (groups:) that records, per SLO, the bad-event and total-event',
      'rates over 5m, labelled slo. The gate reads them with --query-source rules or auto.',
      "  --alerts               add multiwindow burn-rate alerts matching the gate's burn tiers",
      '  --interval DURATION    how often the rules are evaluated (default 1m)'
    ],
    freeze: [
      'error-budget freeze --reason TEXT [--by NAME] [--file PATH]',
      '',
      'Writes the freeze file (reason, who, when in UTC). check and the action treat it as FREEZE.'
    ],
    unfreeze: ['error-budget unfreeze [--file PATH]', '', 'Removes the freeze file.']
  }
  if (command && byCommand[command]) {
    const flags =
      command === 'check' || command === 'status' || command === 'rules'
        ? [
            '',
            'Flags:',
            '  --config FILE          SLOs from a YAML file (ours, Sloth, OpenSLO, Pyrra)',
            ...common,
            '  --prometheus-header "Name: value" (repeatable)',
            '  --no-color'
          ]
        : []
    return [...byCommand[command], ...flags].join('\n')
  }
  return [
    'error-budget: the SLO error-budget deploy gate, from a terminal or any CI',
    '',
    'Commands:',
    '  check      evaluate and exit with the deploy decision (0 deploy, 1 WARNING, 2 FREEZE, 3 EXHAUSTED, 99 ERROR)',
    '  status     show the budget; --watch to keep it on screen',
    '  rules      print the recording rules (and --alerts) that make each evaluation cheap',
    '  freeze     write the freeze file (--reason TEXT [--by NAME])',
    '  unfreeze   remove the freeze file',
    '',
    'Run "error-budget COMMAND --help" for the flags of a command.'
  ].join('\n')
}
