/**
 * Where a deploy's receipt goes besides the summary: the Deploys section of the sticky comment of
 * the commit's pull requests (open or merged), and Slack. As for the gate, a failure to notify is
 * a warning and never changes the verdict.
 */
import type { VerifyResult } from '../engine/verify-run.js'
import type { GitHubClient } from '../github/client.js'
import type { RunContext } from '../github/run-context.js'
import { addDeploy } from './deploys.js'
import {
  notifySlack,
  permissionHint,
  pullRequestsOf,
  pullRequestUrl,
  slackLinks,
  type Logger,
  type NotifyConfig,
  type NotifyOutcome
} from './notify.js'
import { commentMarker, MAX_COMMENT, upsertComment } from './pr-comment.js'
import type { Receipt } from './receipt.js'
import { receiptSlackMessage } from './verify-report.js'

export interface ReceiptDeps {
  config: NotifyConfig
  github?: GitHubClient
  run: RunContext
  log: Logger
}

export async function notifyReceipt(
  result: VerifyResult,
  receipt: Receipt,
  deps: ReceiptDeps
): Promise<NotifyOutcome> {
  const { config, github, log, run } = deps
  const outcome: NotifyOutcome = {}
  const unverified = result.verdict !== 'pass'
  let pullRequest: { number: number; url: string } | undefined
  if (config.prComment !== 'never' && run.repo && github) {
    const repo = run.repo
    try {
      const numbers = await pullRequestsOf(github, repo, run, { merged: true })
      if (numbers.length === 0)
        log.info('No pull request is associated with this commit: no receipt in a PR comment.')
      else pullRequest = { number: numbers[0], url: pullRequestUrl(run, repo, numbers[0]) }
      const entry = { at: result.settings.deployedAt, receipt }
      for (const number of numbers) {
        const written = await upsertComment(
          github,
          repo,
          number,
          config.commentTag,
          existing => addDeploy(existing, entry, commentMarker(config.commentTag), MAX_COMMENT),
          unverified || config.prComment === 'always'
        )
        if (written) {
          outcome.commentUrl ??= written.url
          log.info(`Receipt added to the PR comment: ${written.url}`)
        }
      }
    } catch (error) {
      log.warning(`PR comment skipped: ${permissionHint(error, 'write the PR comment')}`)
    }
  }
  const wanted = config.slackNotify === 'always' || (config.slackNotify === 'blocked' && unverified)
  if (config.slackWebhookUrl && wanted) {
    const links = slackLinks(run, pullRequest, config.dashboardUrl)
    const message = receiptSlackMessage(result, receipt, links, config.slackMention)
    await notifySlack(config.slackWebhookUrl, message, log)
  }
  return outcome
}
