/**
 * The Octokit stack, loaded by client.ts only for runs that talk to GitHub, with the retry and
 * throttling plugins: in a workflow run, @actions/github's `getOctokit` (GitHub's own client for
 * actions: the runner's proxy settings and user agent); outside one (the App server),
 * @octokit/rest with the same plugins and options. Writes that can be retried must be idempotent
 * at the call site (find, then update).
 */
import { getOctokit } from '@actions/github'
import type { Octokit } from '@octokit/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit as RestOctokit } from '@octokit/rest'
import { GitHubUnreachable, type GitHubClientOptions } from './client.js'

export type GitHubClient = ReturnType<typeof getOctokit>

type Hooked = Pick<Octokit, 'hook'>

/**
 * A request that got no answer at all (DNS, refused connection, TLS) becomes GitHubUnreachable,
 * naming the host and the cause. Registered before the retry plugin, so that its hook sees the
 * failure first: an error that is not a RequestError is not retried (1 + 4 + 9 s of waiting,
 * then "HTTP 500", for a host that is not there).
 */
function unreachable(octokit: Hooked): void {
  octokit.hook.error('request', (error, options) => {
    const failed = error as { status?: number; response?: unknown; message?: string }
    if (failed.response !== undefined || failed.status !== 500) throw error
    const host = (() => {
      try {
        return new URL(String(options.baseUrl ?? options.url)).host
      } catch {
        return 'the GitHub API'
      }
    })()
    throw new GitHubUnreachable(host, failed.message ?? 'no answer')
  })
}

const ServerOctokit = RestOctokit.plugin(unreachable, retry, throttling)

export function createOctokitClient(options: GitHubClientOptions): GitHubClient {
  const warn = options.log ?? (() => undefined)
  const retries = options.retries ?? 3
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      warn(`GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter}s`)
      return retryCount < retries
    }
  const settings = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
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
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit')
    }
  }
  return options.outsideRunner
    ? new ServerOctokit({ auth: options.token, ...settings })
    : getOctokit(options.token, settings, unreachable, retry, throttling)
}
