/** The workflow run the action is in, read once from the runner's environment and event file. */
import fs from 'node:fs'
import type { RepoRef } from './client.js'

export interface RunContext {
  /** `owner/name` from GITHUB_REPOSITORY, when the run has one. */
  repo?: RepoRef
  /** Link to this run: `{server}/{repo}/actions/runs/{run_id}`. */
  runUrl?: string
  serverUrl: string
  eventName: string
  /** The pull request of a pull_request(_target) event. */
  pullRequest?: number
  /** The commit the run is about (a push's `after`, else GITHUB_SHA): its PRs get the comment. */
  sha?: string
  /** The whole environment, for the few readers that need more (the audit record). */
  env: NodeJS.ProcessEnv
}

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file) return {}
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const repo = owner && name ? { owner, repo: name } : undefined
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const event = readEvent(env.GITHUB_EVENT_PATH)
  const pr = (event.pull_request as { number?: unknown } | undefined)?.number
  const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target'
  return {
    repo,
    runUrl:
      repo && env.GITHUB_RUN_ID
        ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    serverUrl,
    eventName,
    pullRequest: isPullRequest && typeof pr === 'number' ? pr : undefined,
    sha:
      (typeof event.after === 'string' ? event.after : undefined) ?? (env.GITHUB_SHA || undefined),
    env
  }
}
