/** The CLI's commands, on the same modules as the action. Each returns the exit code. */
import os from 'node:os'
import path from 'node:path'
import { redactDeep, redactSecrets } from '../text/redact.js'
import { evaluateGate } from '../engine/evaluate.js'
import type { GateResult } from '../engine/result.js'
import { readFreezeFile, removeFreezeFile, writeFreezeFile } from '../workspace/freeze-file.js'
import { shownPath } from '../workspace/paths.js'
import { InputError, parseWindow } from '../engine/inputs.js'
import { readGateConfig, type GateConfig } from '../engine/config.js'
import { sloFromInputs, type SloSpec } from '../engine/slo.js'
import { renderRuleFile } from '../engine/rule-file.js'
import { recordsNothing, tooShortForRate } from '../engine/rules.js'
import { parseLinkTemplate } from '../engine/links.js'
import { PrometheusClient } from '../prometheus/client.js'
import { buildReport } from '../channels/report.js'
import { EXIT_CODE } from '../engine/status.js'
import { UsageError, type ParsedArgs } from './args.js'
import { helpText } from './help.js'
import { appendAuditLine, auditRecord, decideOverride, levelToOpen } from './overrides.js'
import { plain, renderHuman } from './render.js'
import { sleep } from '../http/retry.js'
import { terminalCharts } from './chart.js'
import { verify, verifyInputs } from './verify.js'

export const EXIT_USAGE = 64
export const EXIT_ERROR = EXIT_CODE.ERROR
/** Ctrl-C (SIGINT), as shells report it: 128 + 2. */
export const EXIT_INTERRUPTED = 130

export interface Io {
  out(text: string): void
  err(text: string): void
  isTTY: boolean
  env: NodeJS.ProcessEnv
  cwd: string
  /** Aborted when the user interrupts (SIGINT): requests in flight end at once. */
  signal: AbortSignal
}

async function evaluate(config: GateConfig, io: Io): Promise<GateResult> {
  const client = new PrometheusClient(config.prometheus)
  const file = path.resolve(io.cwd, config.freezeFile)
  const freeze = readFreezeFile(file, io.cwd)
  try {
    // Redacted once, on the raw text, before anything renders it.
    const result = await evaluateGate(config, {
      client,
      freeze: freeze && { ...freeze, file: shownPath(file, io.cwd, config.freezeFile) },
      signal: io.signal
    })
    return redactDeep(result, config.secrets)
  } finally {
    client.close()
  }
}

/** The recovery forecast, unless --no-forecast. */
const withForecast = (args: ParsedArgs, config: GateConfig): boolean =>
  config.forecast && !args.values['no-forecast']

function useColor(args: ParsedArgs, io: Io): boolean {
  return io.isTTY && !args.values['no-color'] && !io.env.NO_COLOR
}

async function check(args: ParsedArgs, config: GateConfig, io: Io): Promise<number> {
  // A CI gate: no chart to look at, so no chart's range query (the forecast's, when blocked).
  const result = await evaluate(
    { ...config, chart: false, forecast: withForecast(args, config) },
    io
  )
  // Interrupted: no decision, no override record (the entry point exits 130).
  if (io.signal.aborted) return EXIT_INTERRUPTED
  const say = (text: string): string => redactSecrets(text, config.secrets)
  const attempt = decideOverride(levelToOpen(result), result.blocked, io.env)
  let canDeploy = result.canDeploy
  let auditLine: string | undefined
  if (attempt) {
    const file = path.resolve(
      io.cwd,
      (args.values['audit-log'] as string | undefined) ?? 'deploy-freeze-overrides.log'
    )
    // The reason is user text: a pasted token must not reach the durable record either.
    auditLine = appendAuditLine(
      file,
      redactDeep(auditRecord(attempt, result, io.env), config.secrets),
      io.cwd
    )
    if (attempt.granted) canDeploy = true
  }
  if (args.values.json) {
    io.out(
      say(
        JSON.stringify(
          { ...buildReport(result, config, canDeploy), override: attempt ?? null },
          null,
          2
        )
      )
    )
  } else {
    io.out(say(renderHuman(result, useColor(args, io), canDeploy)))
  }
  if (attempt) {
    // With --json, stdout carries only the report: the override notes go to stderr.
    const note = args.values.json ? io.err : io.out
    note(
      attempt.granted
        ? `OVERRIDE by ${attempt.variable}: deploy allowed despite ${result.status}. Recorded: ${auditLine}`
        : `Override refused: ${attempt.refusal}. Recorded: ${auditLine}`
    )
  }
  if (canDeploy) return 0
  return result.status === 'ERROR' ? EXIT_ERROR : EXIT_CODE[result.status] || EXIT_CODE.WARNING
}

async function status(args: ParsedArgs, gateConfig: GateConfig, io: Io): Promise<number> {
  const config = {
    ...gateConfig,
    chart: gateConfig.chart && !args.values['no-chart'],
    forecast: withForecast(args, gateConfig)
  }
  const say = (text: string): string => redactSecrets(text, config.secrets)
  const human = (result: GateResult): string =>
    [renderHuman(result, useColor(args, io)), ...terminalCharts(result, useColor(args, io))].join(
      '\n'
    )
  // --watch --json: one compact JSON document a line, so that the stream can be piped.
  const show = (result: GateResult): void =>
    io.out(
      say(
        args.values.json
          ? JSON.stringify(buildReport(result, config), null, args.values.watch ? undefined : 2)
          : human(result)
      )
    )
  if (!args.values.watch) {
    const result = await evaluate(config, io)
    if (io.signal.aborted) return EXIT_INTERRUPTED
    show(result)
    return result.status === 'ERROR' ? EXIT_ERROR : 0
  }
  const intervalText = (args.values.interval as string | undefined) ?? '30'
  const interval = Number(intervalText)
  if (!/^\d+(\.\d+)?$/.test(intervalText) || interval < 1) {
    throw new InputError('interval', `"${intervalText}" is not a number of seconds >= 1`)
  }
  // Ctrl-C is how a watch ends: 0, even in the middle of a refresh.
  while (!io.signal.aborted) {
    const result = await evaluate(config, io)
    if (io.signal.aborted) break
    if (io.isTTY && !args.values.json) io.out('\u001b[2J\u001b[H')
    else if (!args.values.json) io.out(`--- ${new Date().toISOString()} ---`)
    show(result)
    if (!args.values.json) io.out(`\nRefreshing every ${interval}s; Ctrl-C to stop.`)
    await sleep(interval * 1000, io.signal)
  }
  return 0
}

/** A field of the freeze file is one line: a line break could write a `by:` line of its own. */
function oneLineField(flag: string, text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new UsageError(`${flag} must be one line of text (no line breaks or control characters)`)
  return text
}

function freeze(args: ParsedArgs, io: Io): number {
  const reason = oneLineField('--reason', ((args.values.reason as string | undefined) ?? '').trim())
  if (!reason) throw new UsageError('freeze needs --reason TEXT: say why deploys are frozen')
  const file = path.resolve(io.cwd, (args.values.file as string | undefined) ?? '.deploy-freeze')
  const by = oneLineField(
    '--by',
    ((args.values.by as string | undefined) ?? '').trim() ||
      io.env.GITLAB_USER_LOGIN ||
      io.env.USER ||
      os.userInfo().username
  )
  const existed = Boolean(readFreezeFile(file))
  writeFreezeFile(file, { reason, by, at: new Date() })
  io.out(
    `${existed ? 'Freeze updated' : 'Deploys frozen'}: ${plain(file)} (reason: ${plain(reason)}, by ${plain(by)})`
  )
  return 0
}

function unfreeze(args: ParsedArgs, io: Io): number {
  const file = path.resolve(io.cwd, (args.values.file as string | undefined) ?? '.deploy-freeze')
  io.out(
    removeFreezeFile(file)
      ? `Freeze lifted: ${plain(file)} removed`
      : `No freeze: ${plain(file)} does not exist`
  )
  return 0
}

/**
 * Prints the rule file; needs no Prometheus, so prometheus_url may be unset. Refuses rules that
 * would record nothing, and says (on stderr) which burn windows their rate makes meaningless.
 */
function rules(args: ParsedArgs, slos: SloSpec[] | undefined, io: Io): number {
  const interval = parseWindow('interval', (args.values.interval as string | undefined) ?? '1m')
  const specs = slos ?? [sloFromInputs(args.input)]
  for (const slo of specs) {
    const nothing = recordsNothing(slo, interval)
    if (nothing) throw new InputError(slo.scrapeInterval ? 'scrape_interval' : 'interval', nothing)
  }
  for (const note of specs.flatMap(tooShortForRate)) io.err(`warning: ${plain(note)}`)
  io.out(
    renderRuleFile(specs, {
      interval,
      alerts: Boolean(args.values.alerts),
      links: { dashboardUrl: parseLinkTemplate('dashboard_url', args.input('dashboard_url')) }
    }).trimEnd()
  )
  return 0
}

export async function runCommand(args: ParsedArgs, io: Io): Promise<number> {
  // `error-budget` alone is a usage error; help, --help, -h and `help COMMAND` are not.
  if (args.bare) {
    io.err(helpText())
    return EXIT_USAGE
  }
  if (args.command === 'help' || args.values.help) {
    io.out(helpText(args.command === 'help' ? args.helpFor : args.command))
    return 0
  }
  if (args.command === 'freeze') return freeze(args, io)
  if (args.command === 'unfreeze') return unfreeze(args, io)
  if (args.command === 'serve') {
    // Loaded only for serve: check and status never load the server's modules.
    const { serve } = await import('../app/main.js')
    return serve(io.env)
  }
  const configFile = args.input('config_file') || undefined
  // The specs (and the YAML parser) are loaded only for a config file.
  const slos = configFile
    ? (await import('../specs/index.js')).loadSlosFromFile(
        path.resolve(io.cwd, configFile),
        args.input,
        configFile,
        io.cwd
      )
    : undefined
  if (args.command === 'rules') return rules(args, slos, io)
  if (args.command === 'verify')
    return verify(args, readGateConfig(verifyInputs(args.input), slos), io)
  // Grafana's SDK is loaded only for the dashboard.
  if (args.command === 'dashboard')
    return (await import('./dashboard.js')).dashboard(args, slos ?? [sloFromInputs(args.input)], io)
  const config = readGateConfig(args.input, slos)
  if (args.command === 'postmortem')
    return (await import('./postmortem.js')).postmortem(args, config, io, evaluate)
  if (args.command === 'backtest') {
    // Loaded only for backtest: check and status never parse it.
    const { backtest } = await import('./backtest.js')
    return backtest(args, config, io)
  }
  return args.command === 'check' ? check(args, config, io) : status(args, config, io)
}
