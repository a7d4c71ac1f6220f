/** The CLI's help: each command's usage and flags, from the one table of flags in args.ts. */
import { DEFAULTS } from '../engine/inputs.js'
import { FLAGS, type Command, type FlagSpec } from './args.js'
import { BACKTEST_ABOUT } from './backtest-flags.js'
import * as dashboard from './dashboard-flags.js'
import { VERIFY_ABOUT } from './verify-flags.js'

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
    '  0 NORMAL or CAUTION, 1 WARNING, 2 FREEZE, 3 EXHAUSTED, 99 could not evaluate (ERROR),',
    '  64 usage error (an unknown command or flag, a bad value of a flag, a variable or the config file),',
    '  130 interrupted (the first Ctrl-C aborts at once).',
    'Overrides (each needs OVERRIDE_REASON, 10+ characters; every attempt is logged):',
    '  OVERRIDE_DEPLOY=true            opens WARNING',
    '  OVERRIDE_DEPLOY_FREEZE=true     opens FREEZE and WARNING',
    '  OVERRIDE_BUDGET_EXHAUSTED=true  opens EXHAUSTED, FREEZE and WARNING'
  ],
  status: [
    'error-budget status [--json] [--watch [--interval SECONDS]] [--no-chart] [flags]',
    '',
    'Shows the budget for people. Exits 0 when it could evaluate, 99 on ERROR, 64 on a usage error.',
    'With --watch it redraws every interval until Ctrl-C (then exits 0); with --watch --json it',
    'prints one JSON document a line.'
  ],
  verify: VERIFY_ABOUT,
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
  ...dashboard.DASHBOARD_ABOUT,
  unfreeze: ['error-budget unfreeze [--file PATH]', '', 'Removes the freeze file.'],
  backtest: BACKTEST_ABOUT,
  serve: [
    'error-budget serve',
    '',
    'Runs the GitHub App webhook server that answers deployment protection rules.',
    'Configured by environment variables: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET,',
    'PORT (default 3000), GITHUB_API_URL, DATASOURCE_<NAME>_URL (+ _TOKEN, _USERNAME, _PASSWORD,',
    '_HEADERS, _CA_CERT, and _REPOSITORIES: the repositories that may use it; unset, none may),',
    'STATE_FILE, UNKNOWN_ENVIRONMENT (default reject), MIN_INTERVAL, MAX_WAIT, SHUTDOWN_GRACE,',
    'RETRY_DEADLINE, MAX_CONNECTIONS, MAX_QUERIES. See docs/github-app.md.'
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
    '  verify     after a deploy: watch the budget, exit 0 when it held, print the receipt',
    '  rules      print the recording rules (and --alerts) that make each evaluation cheap',
    '  backtest   what the policy would have done over past data (--since 90d)',
    ...dashboard.DASHBOARD_COMMAND_LINES,
    '  freeze     write the freeze file (--reason TEXT [--by NAME])',
    '  unfreeze   remove the freeze file',
    '  serve      run the GitHub App server for deployment protection rules',
    '  help       this text; "error-budget help COMMAND" for the flags of a command',
    '',
    'Run "error-budget COMMAND --help" for the flags of a command.'
  ].join('\n')
}
