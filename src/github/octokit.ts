/**
 * The Octokit stack (a third of the action's bundle), loaded by client.ts only for runs that talk
 * to GitHub. Base URL from GITHUB_API_URL (GitHub Enterprise Server), retries on 5xx and secondary
 * rate limits. Writes that can be retried must be idempotent at the call site (find, then update).
 */
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { GitHubClientOptions } from './client.js'

const GateOctokit = Octokit.plugin(retry, throttling)
export type GitHubClient = InstanceType<typeof GateOctokit>

export function createOctokitClient(
  options: GitHubClientOptions,
  env: NodeJS.ProcessEnv = process.env
): GitHubClient {
  const warn = options.log ?? (() => undefined)
  const retries = options.retries ?? 3
  return new GateOctokit({
    auth: options.token,
    baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'error-budget-gate',
    // Octokit logs every failed request to stderr ("POST ... - 403 with id UNKNOWN"); each call
    // site already reports its failure with the reason and the remedy, once. Its warnings
    // (deprecations) go through the gate's logger.
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (message: string) => warn(`GitHub API: ${message}`),
      error: () => undefined
    },
    retry: { retries },
    throttle: {
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number
      ) => {
        warn(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`)
        return retryCount < retries
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number
      ) => {
        warn(
          `GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`
        )
        return retryCount < retries
      }
    }
  })
}
