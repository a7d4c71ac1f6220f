/**
 * The App's side of GitHub: @octokit/auth-app signs the App's JWTs and issues installation tokens
 * (cached until shortly before they expire, corrected for clock drift), and the two calls the gate
 * makes with them: read a file at a sha, and review the run's deployment protection rule.
 */
import type crypto from 'node:crypto'
import { createAppAuth } from '@octokit/auth-app'
import { request } from '@octokit/request'
import { createGitHubClient, httpStatusOf, type GitHubClient } from '../github/client.js'
import { exponentialMs, withRetry } from '../http/retry.js'

export interface AppAuthOptions {
  appId: string
  privateKey: crypto.KeyObject
  githubApiUrl: string
  /** Called with every token issued, so that the logs and comments can redact it. */
  onToken: (token: string, installationId: number) => void
  /** Retries of a failed request (5xx, no answer), for the token as for the API calls. */
  retries?: number
  /** Injected by tests that check the backoff without waiting for it. */
  sleep?: (ms: number) => Promise<void>
}

/** GitHub answered a server error, or did not answer: another attempt may succeed. */
const transient = (error: unknown): boolean => (httpStatusOf(error) ?? 500) >= 500

/** Installation clients (@octokit/rest), one cached token per installation. */
export class AppAuth {
  private readonly auth: ReturnType<typeof createAppAuth>

  constructor(private readonly options: AppAuthOptions) {
    this.auth = createAppAuth({
      appId: options.appId,
      // auth-app signs with WebCrypto, which reads PKCS#8 (GitHub hands out PKCS#1).
      privateKey: options.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      request: request.defaults({
        baseUrl: options.githubApiUrl,
        headers: { 'user-agent': 'error-budget-gate' }
      })
    })
  }

  async installationClient(installationId: number): Promise<GitHubClient> {
    const { token } = await withRetry(() => this.auth({ type: 'installation', installationId }), {
      attempts: (this.options.retries ?? 3) + 1,
      retryable: transient,
      delayMs: exponentialMs(1000, 8000),
      sleep: this.options.sleep
    })
    this.options.onToken(token, installationId)
    return createGitHubClient({
      token,
      baseUrl: this.options.githubApiUrl,
      retries: this.options.retries,
      outsideRunner: true
    })
  }
}

/** A regular file of the repository at a commit; undefined when there is none at that path. */
export async function readRepoFile(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  path: string,
  sha: string,
  maxBytes: number
): Promise<string | undefined> {
  let data: unknown
  try {
    data = (await client.rest.repos.getContent({ ...repo, path, ref: sha })).data
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined
    throw error
  }
  const file = data as { type?: string; encoding?: string; content?: string; size?: number }
  // A symlink or a submodule is not the policy: read only what the commit holds as a file.
  if (Array.isArray(data) || file.type !== 'file')
    throw new Error(
      `it is ${Array.isArray(data) ? 'a directory' : `a ${file.type}`}, not a regular file`
    )
  if ((file.size ?? 0) > maxBytes || file.encoding !== 'base64' || file.content === undefined)
    throw new Error(`it is larger than ${maxBytes} bytes`)
  return Buffer.from(file.content, 'base64').toString('utf8')
}
