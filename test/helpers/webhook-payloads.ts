/**
 * deployment_protection_rule deliveries shaped as GitHub records them, and GitHub's own webhook
 * schema (@octokit/openapi-webhooks) to hold them to. Recorded deliveries carry `sha` and `ref`
 * at the top level; `deployment` may be whole, absent, null, or only `{id, environment}`.
 */
import { createRequire } from 'node:module'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'

type Json = Record<string, unknown>

const API = 'https://api.github.com'
const WEB = 'https://github.com'

/** GitHub's simple-user object, every field it lists. */
export function gitHubUser(login: string, id: number, type: 'User' | 'Organization' | 'Bot'): Json {
  const url = `${API}/users/${login}`
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false
  }
}

/** GitHub's repository object as webhooks send it. */
export function gitHubRepository(owner: string, name: string, id: number): Json {
  const url = `${API}/repos/${owner}/${name}`
  const links = Object.fromEntries(
    [
      ['archive_url', '/{archive_format}{/ref}'],
      ['assignees_url', '/assignees{/user}'],
      ['blobs_url', '/git/blobs{/sha}'],
      ['branches_url', '/branches{/branch}'],
      ['collaborators_url', '/collaborators{/collaborator}'],
      ['comments_url', '/comments{/number}'],
      ['commits_url', '/commits{/sha}'],
      ['compare_url', '/compare/{base}...{head}'],
      ['contents_url', '/contents/{+path}'],
      ['contributors_url', '/contributors'],
      ['deployments_url', '/deployments'],
      ['downloads_url', '/downloads'],
      ['events_url', '/events'],
      ['forks_url', '/forks'],
      ['git_commits_url', '/git/commits{/sha}'],
      ['git_refs_url', '/git/refs{/sha}'],
      ['git_tags_url', '/git/tags{/sha}'],
      ['hooks_url', '/hooks'],
      ['issue_comment_url', '/issues/comments{/number}'],
      ['issue_events_url', '/issues/events{/number}'],
      ['issues_url', '/issues{/number}'],
      ['keys_url', '/keys{/key_id}'],
      ['labels_url', '/labels{/name}'],
      ['languages_url', '/languages'],
      ['merges_url', '/merges'],
      ['milestones_url', '/milestones{/number}'],
      ['notifications_url', '/notifications{?since,all,participating}'],
      ['pulls_url', '/pulls{/number}'],
      ['releases_url', '/releases{/id}'],
      ['stargazers_url', '/stargazers'],
      ['statuses_url', '/statuses/{sha}'],
      ['subscribers_url', '/subscribers'],
      ['subscription_url', '/subscription'],
      ['tags_url', '/tags'],
      ['teams_url', '/teams'],
      ['trees_url', '/git/trees{/sha}']
    ].map(([key, suffix]) => [key, `${url}${suffix}`])
  )
  return {
    id,
    node_id: `R_kgDO${id}`,
    name,
    full_name: `${owner}/${name}`,
    private: true,
    owner: gitHubUser(owner, 2, 'Organization'),
    html_url: `${WEB}/${owner}/${name}`,
    description: 'The shop',
    fork: false,
    url,
    ...links,
    created_at: '2024-03-01T09:00:00Z',
    updated_at: '2026-11-30T09:00:00Z',
    pushed_at: '2026-12-01T09:00:00Z',
    git_url: `git://github.com/${owner}/${name}.git`,
    ssh_url: `git@github.com:${owner}/${name}.git`,
    clone_url: `${WEB}/${owner}/${name}.git`,
    svn_url: `${WEB}/${owner}/${name}`,
    homepage: null,
    size: 1204,
    stargazers_count: 3,
    watchers_count: 3,
    language: 'TypeScript',
    has_issues: true,
    has_projects: false,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 4,
    license: null,
    forks: 0,
    open_issues: 4,
    watchers: 3,
    default_branch: 'main'
  }
}

/** How the delivery holds its deployment. */
export type DeploymentShape = 'whole' | 'absent' | 'null' | 'id-and-environment'

export interface ProtectionRuleOptions {
  /** Where the callback URL points (the API of the GitHub under test). */
  apiUrl: string
  runId: number
  sha: string
  environment: string
  installationId?: number
  deployment?: DeploymentShape
  owner?: string
  repo?: string
}

/** A deployment_protection_rule `requested` delivery, as GitHub records it. */
export function protectionRuleEvent(options: ProtectionRuleOptions): Json {
  const owner = options.owner ?? 'acme'
  const name = options.repo ?? 'shop'
  const deploymentId = options.runId + 1
  const whole = {
    url: `${API}/repos/${owner}/${name}/deployments/${deploymentId}`,
    id: deploymentId,
    node_id: `DE_kwDO${deploymentId}`,
    sha: options.sha,
    ref: 'main',
    task: 'deploy',
    payload: {},
    original_environment: options.environment,
    environment: options.environment,
    description: null,
    creator: gitHubUser('octocat', 1, 'User'),
    created_at: '2026-12-01T10:00:00Z',
    updated_at: '2026-12-01T10:00:00Z',
    statuses_url: `${API}/repos/${owner}/${name}/deployments/${deploymentId}/statuses`,
    repository_url: `${API}/repos/${owner}/${name}`
  }
  const deployment = {
    whole,
    absent: undefined,
    null: null,
    'id-and-environment': { id: deploymentId, environment: options.environment }
  }[options.deployment ?? 'whole']
  return {
    action: 'requested',
    environment: options.environment,
    event: 'push',
    ref: 'refs/heads/main',
    sha: options.sha,
    deployment_callback_url: `${options.apiUrl}/repos/${owner}/${name}/actions/runs/${options.runId}/deployment_protection_rule`,
    ...(deployment === undefined ? {} : { deployment }),
    pull_requests: [],
    repository: gitHubRepository(owner, name, 99),
    organization: {
      login: owner,
      id: 2,
      node_id: 'O_kgDOAAAAAg',
      url: `${API}/orgs/${owner}`,
      repos_url: `${API}/orgs/${owner}/repos`,
      events_url: `${API}/orgs/${owner}/events`,
      hooks_url: `${API}/orgs/${owner}/hooks`,
      issues_url: `${API}/orgs/${owner}/issues`,
      members_url: `${API}/orgs/${owner}/members{/member}`,
      public_members_url: `${API}/orgs/${owner}/public_members{/member}`,
      avatar_url: 'https://avatars.githubusercontent.com/u/2?v=4',
      description: null
    },
    installation: {
      id: options.installationId ?? 77,
      node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNzc='
    },
    sender: gitHubUser('octocat', 1, 'User')
  }
}

let validator: ValidateFunction | undefined
let validatorAjv: Ajv2020 | undefined

/**
 * The schema's complaints about a delivery (none when it fits), from GitHub's published webhook
 * description, OpenAPI 3.1 (JSON Schema 2020-12).
 */
export function webhookSchemaErrors(payload: unknown): string[] {
  if (!validator) {
    const require = createRequire(import.meta.url)
    validatorAjv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
    validatorAjv.addSchema(
      require('@octokit/openapi-webhooks/generated/api.github.com.json') as Json,
      'webhooks'
    )
    validator = validatorAjv.compile({
      $ref: 'webhooks#/components/schemas/webhook-deployment-protection-rule-requested'
    })
  }
  return validator(payload)
    ? []
    : (validator.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
}
