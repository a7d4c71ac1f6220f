/** The GitHub Action: inputs in, gate evaluated, outputs, report and job summary out. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type * as toolkit from '@actions/core'
import { redactSecrets } from '../text/escape.js'
import { evaluateGate, type GateResult } from '../engine/evaluate.js'
import { readFreezeFile } from '../workspace/freeze-file.js'
import { InputError, readGateConfig, secretValues, type GateConfig } from '../engine/config.js'
import { PrometheusClient } from '../prometheus/client.js'
import { renderAuditMarkdown } from '../override/audit.js'
import { createGitHubClient } from '../github/client.js'
import { readRunContext } from '../github/run-context.js'
import { notify, readNotifyConfig, type NotifyConfig } from '../channels/notify.js'
import { auditSlackMessage, postToSlack } from '../channels/slack.js'
import { applyOverride, readOverrideConfig, type OverrideConfig } from '../override/policy.js'
import { buildReport, gateOutputs, oneLineSummary, renderSummary } from '../channels/report.js'

/** What the action uses of @actions/core: passed in, so tests hand in a recording fake. */
export type Core = Pick<
  typeof toolkit,
  'getInput' | 'setOutput' | 'setFailed' | 'setSecret' | 'info' | 'warning' | 'error' | 'notice'
> & { summary: { addRaw(text: string): { write(): Promise<unknown> } } }

function writeReport(
  file: string,
  result: GateResult,
  config: GateConfig,
  decision: Record<string, unknown>
): void {
  const text = JSON.stringify({ ...buildReport(result, config), ...decision }, null, 2)
  fs.writeFileSync(file, redactSecrets(text, config.secrets) + '\n')
}

export async function run(core: Core, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const getInput = (name: string): string => core.getInput(name)
  const workspacePath = (file: string): string =>
    path.resolve(env.GITHUB_WORKSPACE || process.cwd(), file)
  const secrets = secretValues(getInput)
  for (const secret of secrets) core.setSecret(secret)

  // 1. Every input is validated before any query.
  let config: GateConfig
  let notifyConfig: NotifyConfig
  let overrideConfig: OverrideConfig
  try {
    const configFile = getInput('config_file').trim()
    // The specs (and the YAML parser) are loaded only for a config file.
    const slos = configFile
      ? (await import('../specs/index.js')).loadSlosFromFile(
          workspacePath(configFile),
          getInput,
          configFile
        )
      : undefined
    config = readGateConfig(getInput, slos)
    notifyConfig = readNotifyConfig(getInput)
    overrideConfig = readOverrideConfig(getInput, env.GITHUB_EVENT_NAME ?? '')
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    // Bad input: fail before any query, with can_deploy=false and a message naming the input.
    core.setOutput('can_deploy', 'false')
    core.setOutput('budget_status', 'ERROR')
    return core.setFailed(redactSecrets(error.message, secrets))
  }
  const say = (text: string): string => redactSecrets(text, config.secrets)
  const log = {
    info: (text: string) => core.info(say(text)),
    warning: (text: string) => core.warning(say(text))
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
  for (const warning of result.warnings) log.warning(warning)
  log.info(oneLineSummary(result))
  for (const reason of result.reasons) log.info(`  - ${reason}`)

  // 3. An override from the Actions UI, checked against the actor's repository permission.
  // One GitHub client serves the override, the audit issue and the PR comment; Octokit is loaded
  // only when one of them can happen.
  const runContext = readRunContext(env)
  const needsGitHub =
    overrideConfig.requested || (notifyConfig.prComment !== 'never' && Boolean(runContext.repo))
  const github =
    notifyConfig.githubToken && needsGitHub
      ? await createGitHubClient({ token: notifyConfig.githubToken, log: log.warning }, env)
      : undefined
  const slackWebhookUrl = notifyConfig.slackWebhookUrl
  const override = await applyOverride(result, overrideConfig, {
    client: github,
    repo: runContext.repo,
    env,
    runUrl: runContext.runUrl,
    announce: slackWebhookUrl
      ? async record => {
          const sent = await postToSlack(slackWebhookUrl, auditSlackMessage(record))
          if (!sent.ok) log.warning(`Slack audit message failed: ${sent.error}`)
        }
      : undefined,
    log
  })

  // 4. Outputs, JSON report and job summary.
  const reportFile = path.join(env.RUNNER_TEMP || os.tmpdir(), 'error-budget-report.json')
  writeReport(reportFile, result, config, {
    can_deploy: override.canDeploy,
    override_applied: override.applied,
    audit_record: override.record ?? null
  })
  const outputs = {
    ...gateOutputs(result, override.canDeploy),
    override_applied: String(override.applied),
    audit_record: override.record ? JSON.stringify(override.record) : '',
    report_file: reportFile
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, say(value))
  const audit = override.record ? `\n${renderAuditMarkdown(override.record)}` : ''
  try {
    await core.summary.addRaw(say(renderSummary(result, override.canDeploy) + audit)).write()
  } catch (error) {
    log.warning(`Could not write the job summary: ${(error as Error).message}`)
  }

  // 5. Notifications (never change the decision).
  const notified = await notify(result, {
    canDeploy: override.canDeploy,
    config: notifyConfig,
    github,
    run: runContext,
    log,
    notes: override.notes
  })
  core.setOutput('comment_url', notified.commentUrl ?? '')

  // 6. Fail the step when blocked or when an override was refused (never in a dry run).
  if (override.denial && !config.dryRun) core.setFailed(say(override.denial))
  else if (!override.canDeploy && config.failOnBlock)
    core.setFailed(say(`Deploy blocked: ${oneLineSummary(result)}`))
  else if (result.status === 'ERROR')
    core.error(say(`Error budget could not be evaluated: ${result.worst.error ?? 'unknown error'}`))
  if (result.blocked && config.dryRun)
    core.notice('dry_run: the deploy would have been blocked; nothing was failed')
}
