/**
 * The App's side of GitHub: a JWT signed with the App's key (RS256, node:crypto), installation
 * tokens for it (cached until shortly before they expire), and the two calls the gate makes with
 * them: read a file at a sha, and review the run's deployment protection rule.
 */
import crypto from 'node:crypto'
import { createGitHubClient, httpStatusOf, type GitHubClient } from '../github/client.js'

const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url')

/** A JWT for the App: valid 9 minutes, issued a minute in the past against clock drift. */
export function appJwt(appId: string, key: crypto.KeyObject, nowMs = Date.now()): string {
  const now = Math.floor(nowMs / 1000)
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))
  const payload = base64url(JSON.stringify({ iat: now - 60, exp: now + 9 * 60, iss: appId }))
  const signature = crypto.sign('sha256', Buffer.from(`${header}.${payload}`), key)
  return `${header}.${payload}.${base64url(signature)}`
}

export interface AppAuthOptions {
  appId: string
  privateKey: crypto.KeyObject
  githubApiUrl: string
  /** Called with every new token so the logs can redact it. */
  onToken: (token: string) => void
  retries?: number
}

/** Installation clients, one token per installation, renewed 5 minutes before it expires. */
export class AppAuth {
  private readonly tokens = new Map<number, { token: string; expiresAt: number }>()

  constructor(private readonly options: AppAuthOptions) {}

  private client(token: string): Promise<GitHubClient> {
    return createGitHubClient(
      { token, retries: this.options.retries },
      { GITHUB_API_URL: this.options.githubApiUrl }
    )
  }

  async installationClient(installationId: number): Promise<GitHubClient> {
    const cached = this.tokens.get(installationId)
    if (cached && cached.expiresAt - Date.now() > 5 * 60_000) return this.client(cached.token)
    const jwt = appJwt(this.options.appId, this.options.privateKey)
    this.options.onToken(jwt)
    const app = await this.client(jwt)
    const { data } = await app.apps.createInstallationAccessToken({
      installation_id: installationId
    })
    this.options.onToken(data.token)
    this.tokens.set(installationId, {
      token: data.token,
      expiresAt: Date.parse(data.expires_at) || Date.now() + 30 * 60_000
    })
    return this.client(data.token)
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
    data = (await client.repos.getContent({ ...repo, path, ref: sha })).data
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

/** The run id in GitHub's deployment_callback_url; only the id is taken from it, never the host. */
export function runIdOf(callbackUrl: unknown): number | undefined {
  if (typeof callbackUrl !== 'string') return undefined
  const match = /\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(callbackUrl)
  return match ? Number(match[1]) : undefined
}
