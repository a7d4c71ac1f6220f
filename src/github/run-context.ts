/**
 * The workflow run the action is in: @actions/github's `context` (event, payload, repository, run,
 * server and API URLs, actor, sha), plus the little it lacks, read here once.
 */
import type { context as actionsContext } from '@actions/github'
import { gateHome, type GateHome } from '../text/about.js'
import type { RepoRef } from './client.js'

/** What @actions/github hydrates from the runner's environment and event file. */
export type ActionsContext = typeof actionsContext

export interface RunContext {
  /** `owner/name` of the run, when it has one. */
  repo?: RepoRef
  /** Link to this run: `{server}/{owner}/{repo}/actions/runs/{run_id}`. */
  runUrl?: string
  serverUrl: string
  /** The REST API the run's token works against (GitHub Enterprise Server has its own). */
  apiUrl: string
  eventName: string
  /** The pull request of a pull_request(_target) event. */
  pullRequest?: number
  /** The commit the run is about (a push's `after`, else GITHUB_SHA): its PRs get the comment. */
  sha?: string
  ref: string
  workflow: string
  /**
   * Who started this attempt: a re-run's triggering actor, which `context.actor` (the first
   * run's) does not say.
   */
  actor: string
  /** The gate's repository and ref as `uses:` named them, for the links to its docs. */
  home: GateHome
}

function repoOf(context: ActionsContext): RepoRef | undefined {
  try {
    const { owner, repo } = context.repo
    return owner && repo ? { owner, repo } : undefined
  } catch {
    // context.repo throws when neither GITHUB_REPOSITORY nor the payload names one.
    return undefined
  }
}

export function readRunContext(
  context: ActionsContext,
  env: NodeJS.ProcessEnv = process.env
): RunContext {
  const repo = repoOf(context)
  const eventName = context.eventName ?? ''
  const pr = context.payload.pull_request?.number
  const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target'
  const after = context.payload.after
  const serverUrl = (context.serverUrl || 'https://github.com').replace(/\/+$/, '')
  return {
    repo,
    runUrl:
      repo && context.runId
        ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}`
        : undefined,
    serverUrl,
    apiUrl: (context.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    pullRequest: isPullRequest && typeof pr === 'number' ? pr : undefined,
    sha: (typeof after === 'string' ? after : undefined) ?? (context.sha || undefined),
    ref: context.ref ?? '',
    workflow: context.workflow ?? '',
    actor: env.GITHUB_TRIGGERING_ACTOR || context.actor || 'unknown',
    home: gateHome(env)
  }
}
