/** The CLI's commands, on the same modules as the action. Each returns the exit code. */
import os from 'node:os'
import path from 'node:path'
import { redactSecrets } from '../text/escape.js'
import { evaluateGate, type GateResult } from '../engine/evaluate.js'
import { readFreezeFile, removeFreezeFile, writeFreezeFile } from '../workspace/freeze-file.js'
import {
  InputError,
  parseWindow,
  readGateConfig,
  sloFromInputs,
  type GateConfig,
  type SloSpec
} from '../engine/config.js'
import { renderRuleFile } from '../engine/rules.js'
import { PrometheusClient } from '../prometheus/client.js'
import { buildReport } from '../channels/report.js'
import { EXIT_CODE } from '../engine/status.js'
import { helpText, UsageError, type ParsedArgs } from './args.js'
import { appendAuditLine, auditRecord, decideOverride } from './overrides.js'
import { plain, renderHuman } from './render.js'

export const EXIT_USAGE = 64
export const EXIT_ERROR = EXIT_CODE.ERROR

export interface Io {
  out(text: string): void
  err(text: string): void
  isTTY: boolean
  env: NodeJS.ProcessEnv
  cwd: string
  /** Resolves when the user interrupts (SIGINT); used by --watch. */
  interrupted: Promise<void>
}

async function evaluate(config: GateConfig, cwd: string): Promise<GateResult> {
  const client = new PrometheusClient(config.prometheus)
  try {
    return await evaluateGate(config, {
      client,
      freeze: readFreezeFile(path.resolve(cwd, config.freezeFile))
    })
  } finally {
    client.close()
  }
}

function useColor(args: ParsedArgs, io: Io): boolean {
  return io.isTTY && !args.values['no-color'] && !io.env.NO_COLOR
}

async function check(args: ParsedArgs, config: GateConfig, io: Io): Promise<number> {
  const result = await evaluate(config, io.cwd)
  const say = (text: string): string => redactSecrets(text, config.secrets)
  const attempt = decideOverride(result.status, result.blocked, io.env)
  let canDeploy = result.canDeploy
  let auditLine: string | undefined
  if (attempt) {
    const file = path.resolve(
      io.cwd,
      (args.values['audit-log'] as string | undefined) ?? 'deploy-freeze-overrides.log'
    )
    auditLine = say(appendAuditLine(file, auditRecord(attempt, result, io.env)))
    if (attempt.granted) canDeploy = true
  }
  if (args.values.json) {
    io.out(
      say(
        JSON.stringify(
          { ...buildReport(result, config), can_deploy: canDeploy, override: attempt ?? null },
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

const sleepUntil = (ms: number, interrupted: Promise<void>): Promise<void> =>
  Promise.race([new Promise<void>(resolve => setTimeout(resolve, ms)), interrupted])

async function status(args: ParsedArgs, config: GateConfig, io: Io): Promise<number> {
  const say = (text: string): string => redactSecrets(text, config.secrets)
  const show = (result: GateResult): void =>
    io.out(
      say(
        args.values.json
          ? JSON.stringify(buildReport(result, config), null, 2)
          : renderHuman(result, useColor(args, io))
      )
    )
  if (!args.values.watch) {
    const result = await evaluate(config, io.cwd)
    show(result)
    return result.status === 'ERROR' ? EXIT_ERROR : 0
  }
  const intervalText = (args.values.interval as string | undefined) ?? '30'
  const interval = Number(intervalText)
  if (!/^\d+(\.\d+)?$/.test(intervalText) || interval < 1) {
    throw new InputError('interval', `"${intervalText}" is not a number of seconds >= 1`)
  }
  let stopped = false
  void io.interrupted.then(() => (stopped = true))
  while (!stopped) {
    const result = await evaluate(config, io.cwd)
    if (stopped) break
    if (io.isTTY && !args.values.json) io.out('\u001b[2J\u001b[H')
    else io.out(`--- ${new Date().toISOString()} ---`)
    show(result)
    if (!args.values.json) io.out(`\nRefreshing every ${interval}s; Ctrl-C to stop.`)
    await sleepUntil(interval * 1000, io.interrupted)
  }
  return 0
}

function freeze(args: ParsedArgs, io: Io): number {
  const reason = ((args.values.reason as string | undefined) ?? '').trim()
  if (!reason) throw new UsageError('freeze needs --reason TEXT: say why deploys are frozen')
  const file = path.resolve(io.cwd, (args.values.file as string | undefined) ?? '.deploy-freeze')
  const by =
    ((args.values.by as string | undefined) ?? '').trim() ||
    io.env.GITLAB_USER_LOGIN ||
    io.env.USER ||
    os.userInfo().username
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

/** Prints the rule file; needs no Prometheus, so prometheus_url may be unset. */
function rules(args: ParsedArgs, slos: SloSpec[] | undefined, io: Io): number {
  const interval = parseWindow('interval', (args.values.interval as string | undefined) ?? '1m')
  io.out(
    renderRuleFile(slos ?? [sloFromInputs(args.input)], {
      interval,
      alerts: Boolean(args.values.alerts)
    }).trimEnd()
  )
  return 0
}

export async function runCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.command === 'help' || args.values.help) {
    io.out(helpText(args.command === 'help' ? undefined : args.command))
    return args.command === 'help' && !args.values.help ? EXIT_USAGE : 0
  }
  if (args.command === 'freeze') return freeze(args, io)
  if (args.command === 'unfreeze') return unfreeze(args, io)
  const configFile = args.values.config as string | undefined
  // The specs (and the YAML parser) are loaded only for a config file.
  const slos = configFile
    ? (await import('../specs/index.js')).loadSlosFromFile(
        path.resolve(io.cwd, configFile),
        args.input,
        configFile
      )
    : undefined
  if (args.command === 'rules') return rules(args, slos, io)
  const config = readGateConfig(args.input, slos)
  return args.command === 'check' ? check(args, config, io) : status(args, config, io)
}
