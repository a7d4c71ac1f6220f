/**
 * The GitHub REST client shared by PR comments, permission checks and the audit issue.
 * Base URL from GITHUB_API_URL (GitHub Enterprise Server), retries on 5xx and secondary rate
 * limits. Writes that can be retried must be idempotent at the call site (find, then update).
 */
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

const GateOctokit = Octokit.plugin(retry, throttling)
export type GitHubClient = InstanceType<typeof GateOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export interface GitHubClientOptions {
  token: string
  /** The gate's warnings (rate limits, Octokit's own warnings); defaults to silence. */
  log?: (message: string) => void
  /** Retries on 5xx/secondary rate limits; tests lower the wait. */
  retries?: number
}

export function createGitHubClient(
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

/**
 * What GitHub said about a failed request, one line: its message and, on 403, the permissions it
 * asks for (`x-accepted-github-permissions`). Server text, so JSON-quoted and capped.
 */
export function gitHubReason(error: unknown): string {
  const response = (error as { response?: { data?: unknown; headers?: Record<string, unknown> } })
    .response
  const data = response?.data as { message?: unknown } | undefined
  const message = typeof data?.message === 'string' ? data.message.slice(0, 200) : undefined
  const accepted = response?.headers?.['x-accepted-github-permissions']
  return [
    message && `GitHub says ${JSON.stringify(message)}`,
    typeof accepted === 'string' &&
      `accepted permissions: ${JSON.stringify(accepted.slice(0, 200))}`
  ]
    .filter(Boolean)
    .join('; ')
}

/** The HTTP status of an Octokit error, when there is one. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}
