/**
 * Past deploys from GitHub's Deployments API, for the backtest: the deployments of one
 * environment created within a range, newest first as GitHub lists them, read page by page
 * only as far back as the range begins.
 */
import type { GitHubClient, RepoRef } from './client.js'

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
