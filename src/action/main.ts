/**
 * The GitHub Action: inputs in, gate evaluated, outputs, report and job summary out, all through
 * @actions/core; the run's context from @actions/github.
 */
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { oneLine } from '../text/escape.js'
import { redactDeep, redactSecrets } from '../text/redact.js'
import { evaluateGate } from '../engine/evaluate.js'
import type { GateResult } from '../engine/result.js'
import { readFreezeFile } from '../workspace/freeze-file.js'
import { shownPath } from '../workspace/paths.js'
import { InputError } from '../engine/inputs.js'
import { readGateConfig, secretValues, type GateConfig } from '../engine/config.js'
import { PrometheusClient } from '../prometheus/client.js'
import { renderAuditMarkdown } from '../override/audit.js'
import { createGitHubClient } from '../github/client.js'
import { readRunContext } from '../github/run-context.js'
import { notify, readNotifyConfig, type NotifyConfig } from '../channels/notify.js'
import { auditSlackMessage, postToSlack } from '../channels/slack.js'
import { applyOverride, readOverrideConfig, type OverrideConfig } from '../override/policy.js'
import { buildReport, gateOutputs, oneLineSummary, renderSummary } from '../channels/report.js'
import { writeReport } from './report-file.js'
import { verifyStep } from './verify.js'
import {
  openPostmortems,
  readPostmortemConfig,
  type PostmortemConfig
} from '../channels/postmortem.js'

/** The action, as actions/typescript-action runs it: never throws, fails the step instead. */
export async function run(): Promise<void> {
  try {
    await gate(process.env)
  } catch (error) {
    // Even an unexpected failure may quote a server's answer: redact it and keep it one line.
    const message = redactSecrets((error as Error).message, secretValues(getInput))
    core.setOutput('can_deploy', 'false')
    core.setOutput('budget_status', 'ERROR')
    core.setFailed(`error-budget-gate failed unexpectedly: ${oneLine(message)}`)
  }
}

const getInput = (name: string): string => core.getInput(name)

async function gate(env: NodeJS.ProcessEnv): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const workspacePath = (file: string): string => path.resolve(workspace, file)
  const secrets = secretValues(getInput)
  for (const secret of secrets) core.setSecret(secret)

  // 1. Every input is validated before any query.
  let config: GateConfig
  let notifyConfig: NotifyConfig
  let overrideConfig: OverrideConfig
  let postmortemConfig: PostmortemConfig
  try {
    const configFile = getInput('config_file').trim()
    // The specs (and the YAML parser) are loaded only for a config file.
    const slos = configFile
      ? (await import('../specs/index.js')).loadSlosFromFile(
          workspacePath(configFile),
          getInput,
          configFile,
          workspace
        )
      : undefined
    config = readGateConfig(getInput, slos)
    notifyConfig = readNotifyConfig(getInput)
    overrideConfig = readOverrideConfig(getInput, github.context.eventName ?? '')
    postmortemConfig = readPostmortemConfig(getInput)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    // Bad input: fail before any query, with can_deploy=false and a message naming the input.
    core.setOutput('can_deploy', 'false')
    core.setOutput('budget_status', 'ERROR')
    return core.setFailed(oneLine(redactSecrets(error.message, secrets)))
  }
  // The last pass on every text we write; the result itself is redacted once, below.
  const say = (text: string): string => redactSecrets(text, config.secrets)
  // Every log line is one line: text from a server or a file must not start a workflow command.
  const logged = (text: string): string => oneLine(say(text))
  const log = {
    info: (text: string) => core.info(logged(text)),
    warning: (text: string) => core.warning(logged(text))
  }
  // An override reason is user text that every channel repeats.
  overrideConfig = { ...overrideConfig, reason: say(overrideConfig.reason) }
  // After the deploy: verify it and say what it cost (src/action/verify.ts).
  if (config.mode === 'verify') return verifyStep(config, notifyConfig, env)

  // 2. Evaluate the budget.
  const client = new PrometheusClient(config.prometheus)
  let result: GateResult
  try {
    const freezeFile = workspacePath(config.freezeFile)
    const freeze = readFreezeFile(freezeFile, workspace)
    // Redacted once, on the raw text, before any channel renders (escapes, cuts) it.
    result = redactDeep(
      await evaluateGate(config, {
        client,
        // Shown in the PR comment: relative to the workspace, not /home/runner/work/...
        freeze: freeze && { ...freeze, file: shownPath(freezeFile, workspace, config.freezeFile) }
      }),
      config.secrets
    )
  } finally {
    client.close()
  }
  for (const warning of result.warnings) log.warning(warning)
  log.info(oneLineSummary(result))
  for (const reason of result.reasons) log.info(`  - ${reason}`)

  // 3. An override from the Actions UI, checked against the actor's repository permission.
  // One GitHub client serves the override, the audit issue and the PR comment; Octokit is loaded
  // only when one of them can happen.
  const runContext = readRunContext(github.context, env)
  const needsGitHub =
    overrideConfig.requested ||
    ((notifyConfig.prComment !== 'never' || postmortemConfig.enabled) && Boolean(runContext.repo))
  const gitHub =
    notifyConfig.githubToken && needsGitHub
      ? await createGitHubClient({
          token: notifyConfig.githubToken,
          baseUrl: runContext.apiUrl,
          log: log.warning
        })
      : undefined
  const slackWebhookUrl = notifyConfig.slackWebhookUrl
  const override = await applyOverride(result, overrideConfig, {
    client: gitHub,
    run: runContext,
    workspace,
    announce: slackWebhookUrl
      ? async record => {
          const sent = await postToSlack(slackWebhookUrl, auditSlackMessage(record))
          if (!sent.ok) log.warning(`Slack audit message failed: ${sent.error}`)
        }
      : undefined,
    log
  })

  // The postmortem an exhausted budget or a large incident requires (never changes the decision).
  const postmortems = await openPostmortems(result, {
    config: postmortemConfig,
    github: gitHub,
    run: runContext,
    tag: notifyConfig.commentTag,
    canDeploy: override.canDeploy,
    override,
    dashboardUrl: notifyConfig.dashboardUrl,
    workspace,
    log,
    redact: say
  })

  // 4. Outputs, JSON report and job summary.
  const report = {
    ...buildReport(result, config, override.canDeploy),
    override_applied: override.applied,
    audit_record: override.record ?? null
  }
  const reportFile = writeReport(
    env.RUNNER_TEMP || os.tmpdir(),
    env.GITHUB_ACTION ?? '',
    redactSecrets(JSON.stringify(report, null, 2), config.secrets) + '\n'
  )
  const outputs = {
    ...gateOutputs(result, override.canDeploy),
    override_applied: String(override.applied),
    audit_record: override.record ? JSON.stringify(override.record) : '',
    report_file: reportFile,
    postmortem_url: postmortems.urls[0] ?? ''
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, say(value))
  const audit = [
    override.record ? `\n${renderAuditMarkdown(override.record)}` : '',
    ...postmortems.notes.map(note => `\n${note}\n`)
  ].join('')
  try {
    await core.summary
      .addRaw(say(renderSummary(result, override.canDeploy, runContext.home) + audit))
      .write()
  } catch (error) {
    log.warning(`Could not write the job summary: ${(error as Error).message}`)
  }

  // 5. Notifications (never change the decision).
  const notified = await notify(result, {
    canDeploy: override.canDeploy,
    config: notifyConfig,
    github: gitHub,
    run: runContext,
    log,
    notes: [...override.notes, ...postmortems.notes]
  })
  core.setOutput('comment_url', notified.commentUrl ?? '')

  // 6. Fail the step when blocked or when an override was refused (never in a dry run).
  if (override.denial && !config.dryRun) core.setFailed(logged(override.denial))
  else if (!override.canDeploy && config.failOnBlock)
    core.setFailed(logged(`Deploy blocked: ${oneLineSummary(result)}`))
  else if (result.status === 'ERROR')
    core.error(
      logged(`Error budget could not be evaluated: ${result.worst.error ?? 'unknown error'}`)
    )
  if (result.blocked && config.dryRun)
    core.notice('dry_run: the deploy would have been blocked; nothing was failed')
}
