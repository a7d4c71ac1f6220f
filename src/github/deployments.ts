/**
 * GitHub deployments: the past deploys of an environment within a range (for the backtest), and,
 * for the deploy receipt, the deployment of this run (GitHub Actions makes one for a job with an
 * environment), a status on it, and the recent statuses of an environment's deployments (the App
 * reads the last receipt there). Bounded: a few requests, or pages only as far back as a range.
 */
import type { GitHubClient, RepoRef } from './client.js'

export interface DeploymentRef {
  id: number
  environment: string
  sha: string
}

/** Deployments looked at, newest first; their statuses read per deployment. */
const DEPLOYMENTS = 5
const STATUSES = 30

/** A status of this run: its log (or target) URL is one of the run's pages. */
const ofRun = (url: string | null | undefined, runId: string): boolean =>
  /^\d+$/.test(runId) && new RegExp(`/actions/runs/${runId}(/|$)`).test(url ?? '')

/**
 * The deployment of this run for `sha`: the newest whose statuses link to the run (GitHub
 * Actions' own deployment of a job with an environment links its job), or undefined.
 */
export async function findRunDeployment(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  runId: string
): Promise<DeploymentRef | undefined> {
  const { data } = await client.rest.repos.listDeployments({ ...repo, sha, per_page: DEPLOYMENTS })
  for (const deployment of data.slice(0, DEPLOYMENTS)) {
    const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: deployment.id,
      per_page: STATUSES
    })
    if (statuses.some(s => ofRun(s.log_url, runId) || ofRun(s.target_url, runId)))
      return { id: deployment.id, environment: deployment.environment, sha: deployment.sha }
  }
  return undefined
}

export type StatusState = 'success' | 'failure' | 'error'

/** A status on the deployment; it leaves the environment's other deployments as they are. */
export async function postDeploymentStatus(
  client: GitHubClient,
  repo: RepoRef,
  deployment: number,
  status: { state: StatusState; description: string; logUrl?: string }
): Promise<void> {
  await client.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: deployment,
    state: status.state,
    description: status.description,
    ...(status.logUrl ? { log_url: status.logUrl } : {}),
    auto_inactive: false
  })
}

/**
 * The newest status description of the environment's recent deployments that `read` accepts,
 * with its deployment: newest deployment first, each one's statuses newest first.
 */
export async function lastStatusOf<T>(
  client: GitHubClient,
  repo: RepoRef,
  environment: string,
  read: (description: string) => T | undefined
): Promise<{ deployment: DeploymentRef; found: T } | undefined> {
  const { data } = await client.rest.repos.listDeployments({
    ...repo,
    environment,
    per_page: DEPLOYMENTS
  })
  for (const deployment of data.slice(0, DEPLOYMENTS)) {
    const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: deployment.id,
      per_page: STATUSES
    })
    for (const status of statuses) {
      const found = status.description ? read(status.description) : undefined
      if (found !== undefined)
        return {
          deployment: {
            id: deployment.id,
            environment: deployment.environment,
            sha: deployment.sha
          },
          found
        }
    }
  }
  return undefined
}

/** Most pages read (100 deployments each): a range with more deploys is cut there, and said so. */
export const MAX_PAGES = 50

export interface DeploymentTimes {
  /** Creation times within the range, Unix seconds, oldest first. */
  times: number[]
  /** Set when the listing stopped at MAX_PAGES before reaching the range's start. */
  truncated: boolean
}

export async function listDeployments(
  client: GitHubClient,
  repo: RepoRef,
  environment: string,
  range: { from: number; to: number }
): Promise<DeploymentTimes> {
  const times: number[] = []
  let pages = 0
  const iterator = client.paginate.iterator(client.rest.repos.listDeployments, {
    ...repo,
    environment,
    per_page: 100
  })
  for await (const { data } of iterator) {
    pages++
    let older = false
    for (const deployment of data) {
      const created = Date.parse(deployment.created_at) / 1000
      if (!Number.isFinite(created)) continue
      if (created < range.from) older = true
      else if (created <= range.to) times.push(created)
    }
    if (older) return { times: times.sort((a, b) => a - b), truncated: false }
    if (pages >= MAX_PAGES) return { times: times.sort((a, b) => a - b), truncated: true }
  }
  return { times: times.sort((a, b) => a - b), truncated: false }
}
