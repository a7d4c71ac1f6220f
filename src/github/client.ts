/**
 * The GitHub REST client shared by PR comments, permission checks, the audit issue and the App:
 * its types and helpers here, the Octokit stack itself in octokit.ts, imported only when a run
 * needs it (a comment, an override, an audit), so that a run without them does not parse it.
 */
import type { GitHubClient } from './octokit.js'

export type { GitHubClient }

export interface RepoRef {
  owner: string
  repo: string
}

export interface GitHubClientOptions {
  token: string
  /** The REST API: GITHUB_API_URL in a run (GitHub Enterprise Server has its own). */
  baseUrl: string
  /** The gate's warnings (rate limits, Octokit's own warnings); defaults to silence. */
  log?: (message: string) => void
  /** Retries on 5xx/secondary rate limits; tests lower the wait. */
  retries?: number
  /** Not in a workflow run (the App server): @octokit/rest rather than @actions/github. */
  outsideRunner?: boolean
}

/** A request to GitHub that got no answer at all: the host and the cause, never "HTTP 500". */
export class GitHubUnreachable extends Error {
  constructor(
    readonly host: string,
    cause: string
  ) {
    super(`cannot reach ${host}: ${cause}`)
    this.name = 'GitHubUnreachable'
  }
}

/** Loads Octokit and builds the client (see octokit.ts). */
export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  const { createOctokitClient } = await import('./octokit.js')
  return createOctokitClient(options)
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

/** The HTTP status of an Octokit error, when GitHub answered at all. */
export function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof GitHubUnreachable) return undefined
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : undefined
}
