/**
 * The action in mode verify: watches the budget after the deploy, then says what it cost (the
 * receipt) in the log, the outputs, the JSON report, the job summary, the deployment of the run,
 * the PR comment and Slack; fails the step on `fail` (and `inconclusive`, by default).
 */
import os from 'node:os'
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { GateConfig } from '../engine/config.js'
import { verifyDeploy, type VerifyResult } from '../engine/verify-run.js'
import type { Verdict } from '../engine/verify.js'
import { createGitHubClient, type GitHubClient } from '../github/client.js'
import { findRunDeployment, postDeploymentStatus, type StatusState } from '../github/deployments.js'
import { readRunContext, type RunContext } from '../github/run-context.js'
import type { Logger, NotifyConfig } from '../channels/notify.js'
import { permissionHint } from '../channels/notify.js'
import { receiptDescription, receiptOf, receiptText, type Receipt } from '../channels/receipt.js'
import { notifyReceipt } from '../channels/receipt-notify.js'
import {
  progressLine,
  renderVerifySummary,
  verifyOutputs,
  verifyReport
} from '../channels/verify-report.js'
import { PrometheusClient } from '../prometheus/client.js'
import { sleep } from '../http/retry.js'
import { redactDeep, redactSecrets } from '../text/redact.js'
import { oneLine } from '../text/escape.js'
import { writeReport } from './report-file.js'

const STATE: Record<Verdict, StatusState> = {
  pass: 'success',
  fail: 'failure',
  inconclusive: 'error'
}

/** The receipt as a status of the run's deployment, when the run has one; never fails the step. */
async function markDeployment(
  client: GitHubClient,
  run: RunContext,
  receipt: Receipt,
  verdict: Verdict,
  log: Logger,
  say: (text: string) => string
): Promise<void> {
  if (!run.repo || !run.sha) return
  try {
    const deployment = await findRunDeployment(
      client,
      run.repo,
      run.sha,
      String(github.context.runId)
    )
    if (!deployment) return log.info('No deployment of this run: no deployment status.')
    await postDeploymentStatus(client, run.repo, deployment.id, {
      state: STATE[verdict],
      description: receiptDescription(receipt, say),
      logUrl: run.runUrl
    })
    log.info(`Receipt added to deployment ${deployment.id} (${deployment.environment}).`)
  } catch (error) {
    log.warning(
      `Deployment status skipped: ${permissionHint(error, 'write a deployment status').replace('"pull-requests: write" (or "issues: write")', '"deployments: write"')}`
    )
  }
}

/** Mode verify, after the inputs were read and checked by the gate's config builder. */
export async function verifyStep(
  config: GateConfig,
  notifyConfig: NotifyConfig,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const say = (text: string): string => redactSecrets(text, config.secrets)
  const logged = (text: string): string => oneLine(say(text))
  const log: Logger = {
    info: text => core.info(logged(text)),
    warning: text => core.warning(logged(text))
  }
  const client = new PrometheusClient(config.prometheus)
  let result: VerifyResult
  try {
    // Redacted once, on the raw text, before any channel renders it.
    result = redactDeep(
      await verifyDeploy(config, { client, sleep, onCheck: slos => log.info(progressLine(slos)) }),
      config.secrets
    )
  } finally {
    client.close()
  }
  for (const warning of result.warnings) log.warning(warning)
  const run = readRunContext(github.context, env)
  const receipt = receiptOf(result, run.sha)
  log.info(receiptText(receipt))
  for (const reason of result.reasons) log.info(`  - ${reason}`)

  const gitHub =
    notifyConfig.githubToken && run.repo
      ? await createGitHubClient({
          token: notifyConfig.githubToken,
          baseUrl: run.apiUrl,
          log: log.warning
        })
      : undefined
  if (gitHub) await markDeployment(gitHub, run, receipt, result.verdict, log, say)

  const reportFile = writeReport(
    env.RUNNER_TEMP || os.tmpdir(),
    env.GITHUB_ACTION ?? '',
    say(JSON.stringify(verifyReport(result, config, receipt), null, 2)) + '\n'
  )
  const outputs = { ...verifyOutputs(result, receipt), report_file: reportFile }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, say(value))
  try {
    await core.summary.addRaw(say(renderVerifySummary(result, receipt, run.home))).write()
  } catch (error) {
    log.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
  const notified = await notifyReceipt(result, receipt, {
    config: notifyConfig,
    github: gitHub,
    run,
    log
  })
  core.setOutput('comment_url', notified.commentUrl ?? '')

  if (!result.failing) return
  if (config.dryRun) core.notice('dry_run: the deploy was not verified; nothing was failed')
  else if (config.failOnBlock)
    core.setFailed(logged(`Deploy not verified: ${receiptText(receipt)}`))
  else core.warning(logged(`Deploy not verified: ${receiptText(receipt)}`))
}
