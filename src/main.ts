/** The GitHub Action: inputs in, gate evaluated, outputs, report and job summary out. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { redactSecrets } from './escape.js'
import { evaluateGate, type GateResult } from './evaluate.js'
import { readFreezeFile } from './freeze.js'
import { InputError, readGateConfig, secretValues, type GateConfig } from './inputs.js'
import { PrometheusClient } from './prometheus.js'
import { notify, readNotifyConfig, type NotifyConfig } from './notify.js'
import { buildReport, gateOutputs, oneLineSummary, renderSummary } from './report.js'

const getInput = (name: string): string => core.getInput(name)

function workspacePath(file: string): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), file)
}

function writeReport(result: GateResult, config: GateConfig): string {
  const file = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'error-budget-report.json')
  const text = JSON.stringify(buildReport(result, config), null, 2)
  fs.writeFileSync(file, redactSecrets(text, config.secrets) + '\n')
  return file
}

function publishOutputs(outputs: Record<string, string>, secrets: string[]): void {
  for (const [name, value] of Object.entries(outputs))
    core.setOutput(name, redactSecrets(value, secrets))
}

async function writeSummary(markdown: string, secrets: string[]): Promise<void> {
  try {
    await core.summary.addRaw(redactSecrets(markdown, secrets)).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

/** Bad input: fail before any query, with can_deploy=false and a message naming the input. */
function failOnBadInput(error: unknown, secrets: string[]): void {
  core.setOutput('can_deploy', 'false')
  core.setOutput('budget_status', 'ERROR')
  core.setFailed(redactSecrets((error as Error).message, secrets))
}

export async function run(): Promise<void> {
  const secrets = secretValues(getInput)
  for (const secret of secrets) core.setSecret(secret)

  // 1. Every input is validated before any query.
  let config: GateConfig
  let notifyConfig: NotifyConfig
  try {
    config = readGateConfig(getInput)
    notifyConfig = readNotifyConfig(getInput)
  } catch (error) {
    if (error instanceof InputError) return failOnBadInput(error, secrets)
    throw error
  }

  // 2. Evaluate the budget.
  const client = new PrometheusClient(config.prometheus)
  let result: GateResult
  try {
    result = await evaluateGate(config, {
      client,
      freeze: readFreezeFile(workspacePath(config.freezeFile))
    })
  } finally {
    client.close()
  }

  const say = (text: string): string => redactSecrets(text, config.secrets)
  for (const warning of result.warnings) core.warning(say(warning))
  core.info(say(oneLineSummary(result)))
  for (const reason of result.reasons) core.info(say(`  - ${reason}`))

  // 3. Outputs, JSON report and job summary.
  const reportFile = writeReport(result, config)
  publishOutputs({ ...gateOutputs(result), report_file: reportFile }, config.secrets)
  await writeSummary(renderSummary(result), config.secrets)

  // 4. Notifications (never change the decision).
  const notified = await notify(result, result.canDeploy, notifyConfig, {
    info: text => core.info(say(text)),
    warning: text => core.warning(say(text))
  })
  core.setOutput('comment_url', notified.commentUrl ?? '')

  // 5. Fail the step when blocked.
  const failing = !result.canDeploy && config.failOnBlock
  if (failing) core.setFailed(say(`Deploy blocked: ${oneLineSummary(result)}`))
  else if (result.status === 'ERROR')
    core.error(say(`Error budget could not be evaluated: ${result.worst.error ?? 'unknown error'}`))
  if (result.blocked && config.dryRun)
    core.notice('dry_run: the deploy would have been blocked; nothing was failed')
}
