/**
 * Notifications for the action: the sticky PR comment and Slack. A failure to notify is a
 * warning; it never changes the decision and never fails the step.
 */
import type { GateResult } from '../engine/result.js'
import { gitHubReason, httpStatusOf, type GitHubClient, type RepoRef } from '../github/client.js'
import type { RunContext } from '../github/run-context.js'
import { InputError, parseWord, type InputSource } from '../engine/inputs.js'
import { renderComment, upsertComment } from './pr-comment.js'
import { gateMessage, postToSlack, type SlackLinks, type SlackMessage } from './slack.js'

export type CommentMode = 'always' | 'blocked' | 'never'

export interface NotifyConfig {
  githubToken: string
  prComment: CommentMode
  commentTag: string
  dashboardUrl?: string
  slackWebhookUrl?: string
  slackNotify: CommentMode
  slackMention?: string
}

export interface Logger {
  info(message: string): void
  warning(message: string): void
}

const COMMENT_MODES: readonly CommentMode[] = ['always', 'blocked', 'never']

const oneOf = (input: string, text: string, fallback: CommentMode): CommentMode =>
  parseWord(input, text.trim() || fallback, COMMENT_MODES)

/** An http(s) URL safe to put inside a Markdown link or a Slack <url|label>. */
export function parseLinkUrl(input: string, text: string): string | undefined {
  const value = text.trim()
  if (!value) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(input, 'is not a URL; expected https://...')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(input, 'must be an http(s) URL')
  return url.toString().replace(/\(/g, '%28').replace(/\)/g, '%29')
}

export function readNotifyConfig(get: InputSource): NotifyConfig {
  const tag = get('comment_tag').trim() || 'error-budget-gate'
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(tag)) {
    throw new InputError(
      'comment_tag',
      'expected 1-64 letters, digits, dots, dashes or underscores'
    )
  }
  const mention = get('slack_mention').trim() || undefined
  if (mention && !/^(<(!subteam\^[A-Z0-9]+|@[UW][A-Z0-9]+|!here|!channel)>\s*)+$/.test(mention)) {
    throw new InputError(
      'slack_mention',
      'expected Slack mention syntax such as <!subteam^S012345>, <@U012345> or <!here>'
    )
  }
  const webhook = get('slack_webhook_url').trim() || undefined
  if (webhook) parseLinkUrl('slack_webhook_url', webhook)
  return {
    githubToken: get('github_token').trim(),
    prComment: oneOf('pr_comment', get('pr_comment'), 'always'),
    commentTag: tag,
    dashboardUrl: parseLinkUrl('dashboard_url', get('dashboard_url')),
    slackWebhookUrl: webhook,
    slackNotify: oneOf('slack_notify', get('slack_notify'), 'blocked'),
    slackMention: mention
  }
}

/**
 * The PRs this run is about: the event's PR, or the open PRs of the pushed commit (and, for a
 * deploy's receipt, the merged ones: a commit is deployed once its PR is merged).
 */
export async function pullRequestsOf(
  client: GitHubClient,
  repo: RepoRef,
  run: RunContext,
  options: { merged?: boolean } = {}
): Promise<number[]> {
  if (run.pullRequest) return [run.pullRequest]
  if (!run.sha) return []
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: run.sha
  })
  return data
    .filter(p => p.state === 'open' || (options.merged && Boolean(p.merged_at)))
    .map(p => p.number)
}

export function pullRequestUrl(run: RunContext, repo: RepoRef, number: number): string {
  return `${run.serverUrl}/${repo.owner}/${repo.repo}/pull/${number}`
}

export function permissionHint(error: unknown, what: string): string {
  const status = httpStatusOf(error)
  const said = gitHubReason(error)
  if (status === 403 || status === 404) {
    return `the token cannot ${what} (HTTP ${status}${said ? `, ${said}` : ''}): it needs "pull-requests: write" (or "issues: write"); add them to the workflow's permissions: block. Fork and Dependabot PRs get a read-only token, so no comment is possible there.`
  }
  // Without an answer (a network error) the error's own first line is the reason.
  const reason = status
    ? said
    : String((error as Error).message ?? '')
        .split('\n')[0]
        .slice(0, 200)
  const detail = [status && `HTTP ${status}`, reason].filter(Boolean).join(', ')
  return `could not ${what}${detail ? ` (${detail})` : ''}`
}

export interface NotifyOutcome {
  commentUrl?: string
}

export interface NotifyDeps {
  /** The final decision, after any override. */
  canDeploy: boolean
  config: NotifyConfig
  /** Absent without a github_token: no PR comment. */
  github?: GitHubClient
  run: RunContext
  log: Logger
  /** Lines for the PR comment (an override's outcome), already escaped. */
  notes?: string[]
}

export async function notify(result: GateResult, deps: NotifyDeps): Promise<NotifyOutcome> {
  const { canDeploy, config, github, log, notes = [] } = deps
  const outcome: NotifyOutcome = {}
  const repo = deps.run.repo
  const run = deps.run.runUrl
  const blocked = !canDeploy
  let pullRequest: { number: number; url: string } | undefined

  if (config.prComment !== 'never' && repo && github) {
    try {
      const numbers = await pullRequestsOf(github, repo, deps.run)
      if (numbers.length === 0)
        log.info('No pull request is associated with this run: no PR comment.')
      else pullRequest = { number: numbers[0], url: pullRequestUrl(deps.run, repo, numbers[0]) }
      const body = renderComment(result, {
        tag: config.commentTag,
        canDeploy,
        runUrl: run,
        dashboardUrl: config.dashboardUrl,
        notes,
        home: deps.run.home
      })
      for (const number of numbers) {
        // "blocked": no new comment while the deploy is open, but an existing one is kept current.
        const written = await upsertComment(
          github,
          repo,
          number,
          config.commentTag,
          body,
          blocked || config.prComment === 'always'
        )
        if (written) {
          outcome.commentUrl ??= written.url
          log.info(`PR comment ${written.action}: ${written.url}`)
        }
      }
    } catch (error) {
      log.warning(`PR comment skipped: ${permissionHint(error, 'write the PR comment')}`)
    }
  }

  const wantsSlack =
    config.slackNotify === 'always' || (config.slackNotify === 'blocked' && blocked)
  if (config.slackWebhookUrl && wantsSlack) {
    const message = gateMessage(
      result,
      canDeploy,
      slackLinks(deps.run, pullRequest, config.dashboardUrl),
      config.slackMention
    )
    await notifySlack(config.slackWebhookUrl, message, log)
  }
  return outcome
}

/** Posts to Slack; a failure is a warning. */
export async function notifySlack(url: string, message: SlackMessage, log: Logger): Promise<void> {
  const sent = await postToSlack(url, message)
  if (sent.ok) log.info('Slack notified.')
  else log.warning(`Slack notification failed: ${sent.error}`)
}

/** The links of a Slack message about this run. */
export const slackLinks = (
  run: RunContext,
  pullRequest: SlackLinks['pullRequest'],
  dashboard?: string
): SlackLinks => ({
  repository: run.repo && `${run.repo.owner}/${run.repo.repo}`,
  run: run.runUrl,
  pullRequest,
  dashboard
})
