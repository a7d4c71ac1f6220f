/**
 * What the last deploy to an environment cost: the newest deploy receipt among the statuses of
 * the environment's deployments (written by `mode: verify`), read back into figures. Any failure
 * to read it leaves it out: it never changes a verdict.
 */
import { parseReceipt, type Receipt } from '../channels/receipt.js'
import type { GitHubClient, RepoRef } from '../github/client.js'
import { httpStatusOf } from '../github/client.js'
import { lastStatusOf } from '../github/deployments.js'
import type { Logger } from './log.js'

export interface LastDeploy {
  environment: string
  receipt: Receipt
}

export async function lastDeployOf(
  client: GitHubClient,
  repo: RepoRef,
  environment: string,
  log: Logger
): Promise<LastDeploy | undefined> {
  try {
    const last = await lastStatusOf(client, repo, environment, parseReceipt)
    return last && { environment: last.deployment.environment, receipt: last.found }
  } catch (error) {
    log.warn('the last deploy receipt could not be read', {
      repo: `${repo.owner}/${repo.repo}`,
      environment,
      httpStatus: httpStatusOf(error) ?? null,
      error
    })
    return undefined
  }
}
