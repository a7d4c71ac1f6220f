/**
 * A loopback fake of the parts of GitHub's REST API the gate uses, and of a Slack incoming
 * webhook. It records every request, answers with GitHub's shapes (pagination Link headers,
 * 403 "Resource not accessible by integration", 404 for unknown collaborators), and validates
 * every request body against GitHub's OpenAPI description so the fake cannot drift from it.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { Ajv, type ValidateFunction } from 'ajv'

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
  body: unknown
}

export interface User {
  login: string
  id: number
  type: 'User' | 'Bot'
}
export interface Comment {
  id: number
  body: string
  user: User
  issue: number
  created_at: string
  updated_at: string
}
export interface Issue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  /** Who opened it: the bot (the token's issues) unless a test says otherwise. */
  user?: User
}
export interface DeploymentStatus {
  id: number
  state: string
  description: string
  log_url: string
  environment: string
  creator: User
  created_at: string
}
/** A deployment as the Deployments API lists it (`created_at` ISO 8601). */
export interface Deployment {
  id: number
  /** `owner/name`; absent, the repository of every request. */
  repo?: string
  sha: string
  ref: string
  environment: string
  created_at: string
  /** Oldest first, as they were created; the API lists them newest first. */
  statuses: DeploymentStatus[]
}
export interface ScriptedReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

const BOT: User = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin'
/** The legacy `permission` field GitHub still sends: maintain shows as write, triage as read. */
const LEGACY: Record<Role, string> = {
  read: 'read',
  triage: 'read',
  write: 'write',
  maintain: 'write',
  admin: 'admin'
}

// ---------- OpenAPI request-body validation ----------

type Json = Record<string, unknown>
let openApi: Json | undefined
const validators = new Map<string, ValidateFunction | null>()
const ajv = new Ajv({ strict: false, allErrors: true })

function loadOpenApi(): Json {
  if (!openApi) {
    const require = createRequire(import.meta.url)
    openApi = require('@octokit/openapi/generated/api.github.com.json') as Json
  }
  return openApi
}

/** Inlines `#/components/...` references (request bodies here are small and acyclic). */
function deref(node: unknown, root: Json, depth = 0): unknown {
  if (depth > 20 || node === null || typeof node !== 'object') return node
  if (Array.isArray(node)) return node.map(n => deref(n, root, depth + 1))
  const ref = (node as Json).$ref
  if (typeof ref === 'string') {
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Json)[key], root)
    return deref(target, root, depth + 1)
  }
  const { nullable, ...rest } = node as Json
  const schema = Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [k, deref(v, root, depth + 1)])
  )
  // OpenAPI 3.0's `nullable` is not JSON Schema: say it the JSON Schema way.
  return nullable === true ? { anyOf: [schema, { type: 'null' }] } : schema
}

function bodyValidator(method: string, template: string): ValidateFunction | null {
  const key = `${method} ${template}`
  if (!validators.has(key)) {
    const api = loadOpenApi()
    const operation = ((api.paths as Json)[template] as Json | undefined)?.[
      method.toLowerCase()
    ] as Json | undefined
    const schema = ((operation?.requestBody as Json | undefined)?.content as Json | undefined)?.[
      'application/json'
    ] as Json | undefined
    validators.set(key, schema ? ajv.compile(deref(schema.schema, api) as object) : null)
  }
  return validators.get(key) ?? null
}

/** The operation of a method and path template in GitHub's description. */
function operationOf(method: string, template: string): Json | undefined {
  return ((loadOpenApi().paths as Json)[template] as Json | undefined)?.[method.toLowerCase()] as
    Json | undefined
}

/** What is wrong with a request's query string: unknown parameters, values not of their type. */
export function queryErrors(method: string, template: string, query: URLSearchParams): string[] {
  const api = loadOpenApi()
  const parameters = ((operationOf(method, template)?.parameters as unknown[]) ?? []).map(
    p => deref(p, api) as { name: string; in: string; schema?: { type?: string; enum?: string[] } }
  )
  const known = new Map(parameters.filter(p => p.in === 'query').map(p => [p.name, p.schema]))
  const errors: string[] = []
  for (const [name, value] of query) {
    const schema = known.get(name)
    if (!schema) errors.push(`${method} ${template}: unknown query parameter ${name}`)
    else if (schema.type === 'integer' && !/^\d+$/.test(value))
      errors.push(`${method} ${template}: ${name}=${value} is not an integer`)
    else if (schema.enum && !schema.enum.includes(value))
      errors.push(`${method} ${template}: ${name}=${value} is not one of ${schema.enum.join(', ')}`)
  }
  return errors
}

const responseValidators = new Map<string, ValidateFunction | null>()
/** Answers carry formats (uri, date-time) Ajv does not know without ajv-formats: shapes only. */
const responseAjv = new Ajv({ strict: false, allErrors: true, validateFormats: false })

/** What is wrong with a 200 body the fake answers, by GitHub's description of the response. */
export function responseErrors(method: string, template: string, body: unknown): string[] {
  const key = `${method} ${template}`
  if (!responseValidators.has(key)) {
    const response = (operationOf(method, template)?.responses as Json | undefined)?.['200'] as
      Json | undefined
    const schema = ((response?.content as Json | undefined)?.['application/json'] as Json)?.schema
    responseValidators.set(
      key,
      schema ? responseAjv.compile(deref(schema, loadOpenApi()) as object) : null
    )
  }
  const check = responseValidators.get(key)
  return check && !check(body) ? [`${key} answer: ${responseAjv.errorsText(check.errors)}`] : []
}

// ---------- the fake ----------

export interface FakeGitHub {
  url: string
  slackUrl: string
  requests: RecordedRequest[]
  /** Bodies that GitHub's OpenAPI description (or Slack's payload shape) would refuse. */
  schemaErrors: string[]
  comments: Comment[]
  issues: Issue[]
  labels: string[]
  /** sha -> PR numbers associated with the commit. */
  commitPulls: Map<string, number[]>
  /** sha -> merged (closed) PRs associated with the commit. */
  mergedPulls: Map<string, number[]>
  /** Deployments, listed by GET /repos/{owner}/{repo}/deployments (newest first, paginated). */
  deployments: Deployment[]
  /** A deployment, with statuses given as [state, description, log_url], oldest first. */
  addDeployment(
    sha: string,
    environment: string,
    statuses?: [string, string, string?][],
    creator?: User
  ): Deployment
  permissions: Map<string, Role>
  /** Writes (POST/PATCH) answer 403 like a read-only GITHUB_TOKEN. */
  readOnly: boolean
  /** Scripted answers for the Slack webhook, used in order; then 200 "ok". */
  slackResponses: ScriptedReply[]
  slackMessages: { text?: unknown; blocks?: unknown }[]
  /** The next requests matching method and path answer this instead (times = how many). */
  failNext(method: string, path: RegExp, reply: ScriptedReply, times?: number): void
  /** Drops the scripted failures not played yet. */
  clearFailures(): void
  /** The next matching request is carried out, but its answer is replaced (a lost response). */
  loseNextAnswer(method: string, path: RegExp, reply: ScriptedReply): void
  /** A comment written by someone else, e.g. a human quoting the marker. */
  addComment(issue: number, body: string, user?: User): Comment
  /**
   * A GitHub App: installation tokens are issued only for a JWT signed with this key, and once set,
   * repository calls need one of those tokens.
   */
  app?: { appId: string; publicKey: crypto.KeyObject }
  /** Why each refused JWT was refused. */
  jwtRefusals: string[]
  installationTokens: string[]
  /** `<owner>/<repo>@<ref>:<path>` -> file text (or a symlink), served by the contents API. */
  files: Map<string, string | { symlink: string }>
  /** Deployment protection rule reviews: state and comment, or a status report (no state). */
  gateReviews: { repo: string; runId: number; body: Json; at: number }[]
  close(): Promise<void>
}

const now = (): string => new Date().toISOString()

/** A user as GitHub's `simple-user` describes one (every field it requires). */
function simpleUser(user: User): Json {
  const url = `https://api.github.example.com/users/${user.login}`
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    type: user.type,
    site_admin: false,
    avatar_url: `https://avatars.github.example.com/u/${user.id}`,
    gravatar_id: '',
    url,
    html_url: `https://github.example.com/${user.login}`,
    ...Object.fromEntries(
      [
        'events_url',
        'followers_url',
        'following_url',
        'gists_url',
        'organizations_url',
        'received_events_url',
        'repos_url',
        'starred_url',
        'subscriptions_url'
      ].map(field => [field, `${url}/${field.replace(/_url$/, '')}`])
    )
  }
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000
  const faults: { method: string; path: RegExp; reply: ScriptedReply; times: number }[] = []
  const lostAnswers: typeof faults = []

  const fake: FakeGitHub = {
    url: '',
    slackUrl: '',
    requests: [],
    schemaErrors: [],
    comments: [],
    issues: [],
    labels: [],
    commitPulls: new Map(),
    mergedPulls: new Map(),
    deployments: [],
    addDeployment(sha, environment, statuses = [], creator = BOT) {
      const deployment: Deployment = {
        id: nextId++,
        sha,
        ref: 'main',
        environment,
        created_at: now(),
        statuses: []
      }
      for (const [state, description, log_url = ''] of statuses)
        deployment.statuses.push({
          id: nextId++,
          state,
          description,
          log_url,
          environment,
          creator,
          created_at: now()
        })
      fake.deployments.push(deployment)
      return deployment
    },
    permissions: new Map(),
    readOnly: false,
    jwtRefusals: [],
    installationTokens: [],
    files: new Map(),
    gateReviews: [],
    slackResponses: [],
    slackMessages: [],
    failNext(method, path, reply, times = 1) {
      faults.push({ method, path, reply, times })
    },
    clearFailures() {
      faults.length = 0
    },
    loseNextAnswer(method, path, reply) {
      lostAnswers.push({ method, path, reply, times: 1 })
    },
    addComment(issue, body, user = { login: 'mallory', id: 7, type: 'User' }) {
      const comment = { id: nextId++, body, user, issue, created_at: now(), updated_at: now() }
      fake.comments.push(comment)
      return comment
    },
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }

  const commentJson = (c: Comment, repo: string): Json => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${fake.url}/repos/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.example.com/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${fake.url}/repos/${repo}/issues/${c.issue}`,
    body: c.body,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER'
  })
  const issueJson = (i: Issue, repo: string): Json => ({
    id: i.number + 5000,
    node_id: `I_${i.number}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    labels: i.labels.map(name => ({ name })),
    url: `${fake.url}/repos/${repo}/issues/${i.number}`,
    html_url: `https://github.example.com/${repo}/issues/${i.number}`,
    user: i.user ?? BOT
  })
  const notFound = {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404'
  }
  const forbidden: ScriptedReply = {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest',
      status: '403'
    },
    headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' }
  }

  /** Returns [status, body, headers] for a GitHub route. */
  function route(method: string, path: string, query: URLSearchParams, body: Json): ScriptedReply {
    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path)
    if (!repoMatch) return { status: 404, body: notFound }
    const repo = `${repoMatch[1]}/${repoMatch[2]}`
    const rest = repoMatch[3]
    const isWrite = method !== 'GET'
    if (isWrite && fake.readOnly) return forbidden
    let m: RegExpExecArray | null

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1])
      if (method === 'GET') {
        const perPage = Math.min(Number(query.get('per_page') ?? 30), 100)
        const page = Number(query.get('page') ?? 1)
        const all = fake.comments.filter(c => c.issue === issue)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const link = (p: number, rel: string): string =>
          `<${fake.url}/repos/${repo}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`
        const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : []
        return {
          status: 200,
          body: all.slice((page - 1) * perPage, page * perPage).map(c => commentJson(c, repo)),
          headers: links.length ? { link: links.join(', ') } : {}
        }
      }
      if (method === 'POST') {
        return {
          status: 201,
          body: commentJson(fake.addComment(issue, String(body.body), BOT), repo)
        }
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = fake.comments.find(c => c.id === Number(m![1]))
      if (!comment) return { status: 404, body: notFound }
      if (method === 'PATCH') {
        comment.body = String(body.body)
        comment.updated_at = now()
      }
      return { status: 200, body: commentJson(comment, repo) }
    }
    if ((m = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest)) && method === 'GET') {
      const pull = (n: number, merged: boolean) => ({
        number: n,
        state: merged ? 'closed' : 'open',
        merged_at: merged ? now() : null,
        title: `PR ${n}`,
        html_url: `https://github.example.com/${repo}/pull/${n}`
      })
      return {
        status: 200,
        body: [
          ...(fake.commitPulls.get(m[1]) ?? []).map(n => pull(n, false)),
          ...(fake.mergedPulls.get(m[1]) ?? []).map(n => pull(n, true))
        ]
      }
    }
    const deploymentAnswer = deploymentRoute(method, rest, query, body, repo)
    if (deploymentAnswer) return deploymentAnswer
    if ((m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest)) && method === 'GET') {
      const login = decodeURIComponent(m[1])
      const role = fake.permissions.get(login)
      if (!role) return { status: 404, body: notFound }
      return {
        status: 200,
        body: { permission: LEGACY[role], role_name: role, user: { login, id: 1, type: 'User' } }
      }
    }
    if (rest === '/issues' && method === 'GET') {
      const wanted = (query.get('labels') ?? '').split(',').filter(Boolean)
      const state = query.get('state') ?? 'open'
      const found = fake.issues.filter(
        i =>
          (state === 'all' || i.state === state) && wanted.every(label => i.labels.includes(label))
      )
      return { status: 200, body: found.map(i => issueJson(i, repo)) }
    }
    if (rest === '/issues' && method === 'POST') {
      const issue: Issue = {
        number: fake.issues.length + 1,
        title: String(body.title),
        body: String(body.body ?? ''),
        state: 'open',
        labels: ((body.labels as string[] | undefined) ?? []).map(String)
      }
      for (const label of issue.labels) if (!fake.labels.includes(label)) fake.labels.push(label)
      fake.issues.push(issue)
      return { status: 201, body: issueJson(issue, repo) }
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest)) && method === 'GET') {
      const file = decodeURIComponent(m[1])
      const found = fake.files.get(`${repo}@${query.get('ref') ?? 'main'}:${file}`)
      if (found === undefined) return { status: 404, body: notFound }
      const common = { name: file.split('/').pop(), path: file, sha: 'c'.repeat(40) }
      if (typeof found !== 'string')
        return { status: 200, body: { ...common, type: 'symlink', target: found.symlink, size: 0 } }
      const content = Buffer.from(found).toString('base64').replace(/.{60}/g, '$&\n')
      return {
        status: 200,
        body: { ...common, type: 'file', encoding: 'base64', size: found.length, content }
      }
    }
    if (
      (m = /^\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(rest)) &&
      method === 'POST'
    ) {
      fake.gateReviews.push({ repo, runId: Number(m[1]), body, at: Date.now() })
      return { status: 204 }
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rest)) && method === 'GET') {
      const issue = fake.issues.find(i => i.number === Number(m![1]))
      return issue ? { status: 200, body: issueJson(issue, repo) } : { status: 404, body: notFound }
    }
    return { status: 404, body: notFound }
  }

  const deploymentJson = (d: Deployment, repo: string): Json => ({
    url: `${fake.url}/repos/${repo}/deployments/${d.id}`,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: 'deploy',
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: null,
    creator: simpleUser(BOT),
    created_at: d.created_at,
    updated_at: d.created_at,
    statuses_url: `${fake.url}/repos/${repo}/deployments/${d.id}/statuses`,
    repository_url: `${fake.url}/repos/${repo}`
  })
  const statusJson = (d: Deployment, st: DeploymentStatus, repo: string): Json => ({
    id: st.id,
    node_id: `DES_${st.id}`,
    url: `${fake.url}/repos/${repo}/deployments/${d.id}/statuses/${st.id}`,
    state: st.state,
    description: st.description,
    environment: st.environment,
    log_url: st.log_url,
    target_url: st.log_url,
    creator: st.creator,
    created_at: st.created_at,
    updated_at: st.created_at,
    deployment_url: `${fake.url}/repos/${repo}/deployments/${d.id}`
  })

  /** The deployments API: listed newest first, filtered as GitHub filters; statuses likewise. */
  function deploymentRoute(
    method: string,
    rest: string,
    query: URLSearchParams,
    body: Json,
    repo: string
  ): ScriptedReply | undefined {
    const perPage = Math.min(Number(query.get('per_page') ?? 30), 100)
    if (rest === '/deployments' && method === 'GET') {
      const template = '/repos/{owner}/{repo}/deployments'
      fake.schemaErrors.push(...queryErrors(method, template, query))
      const page = Number(query.get('page') ?? 1)
      const all = fake.deployments
        .filter(d => (d.repo ?? repo) === repo)
        .filter(d => !query.get('sha') || d.sha === query.get('sha'))
        .filter(d => !query.get('environment') || d.environment === query.get('environment'))
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link = (p: number, rel: string): string =>
        `<${fake.url}/repos/${repo}/deployments?${new URLSearchParams({ ...Object.fromEntries(query), per_page: String(perPage), page: String(p) })}>; rel="${rel}"`
      const found = all
        .slice((page - 1) * perPage, page * perPage)
        .map(d => deploymentJson(d, repo))
      fake.schemaErrors.push(...responseErrors(method, template, found))
      const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : []
      return { status: 200, body: found, headers: links.length ? { link: links.join(', ') } : {} }
    }
    const m = /^\/deployments\/(\d+)\/statuses$/.exec(rest)
    if (!m) return undefined
    const deployment = fake.deployments.find(d => d.id === Number(m[1]))
    if (!deployment) return { status: 404, body: notFound }
    if (method === 'GET')
      return {
        status: 200,
        body: [...deployment.statuses]
          .reverse()
          .slice(0, perPage)
          .map(st => statusJson(deployment, st, repo))
      }
    if (method !== 'POST') return undefined
    // GitHub's own limit, which its OpenAPI description states only in words.
    const description = String(body.description ?? '')
    if (description.length > 140)
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'DeploymentStatus',
              code: 'custom',
              field: 'description',
              message: 'description is too long (maximum is 140 characters)'
            }
          ]
        }
      }
    const status: DeploymentStatus = {
      id: nextId++,
      state: String(body.state),
      description,
      log_url: String(body.log_url ?? ''),
      environment: deployment.environment,
      creator: BOT,
      created_at: now()
    }
    deployment.statuses.push(status)
    return { status: 201, body: statusJson(deployment, status, repo) }
  }

  const TEMPLATES: [RegExp, string][] = [
    [
      /^\/repos\/[^/]+\/[^/]+\/deployments\/\d+\/statuses$/,
      '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
    ],
    [
      /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/,
      '/repos/{owner}/{repo}/issues/{issue_number}/comments'
    ],
    [
      /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/,
      '/repos/{owner}/{repo}/issues/comments/{comment_id}'
    ],
    [/^\/repos\/[^/]+\/[^/]+\/issues$/, '/repos/{owner}/{repo}/issues'],
    [
      /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/\d+\/deployment_protection_rule$/,
      '/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule'
    ]
  ]

  /** GitHub's checks of an App JWT: RS256 by the App's key, issuer, at most 10 minutes of life. */
  function jwtRefusal(authorization: string): string | undefined {
    const app = fake.app!
    const match = /^bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/i.exec(authorization)
    if (!match) return 'not a bearer JWT'
    const [, header, payload, signature] = match
    const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as Json
    if (head.alg !== 'RS256') return `alg ${String(head.alg)}`
    const signed = crypto.verify(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      app.publicKey,
      Buffer.from(signature, 'base64url')
    )
    if (!signed) return 'signature does not verify with the App key'
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Json
    const now = Date.now() / 1000
    if (claims.iss !== app.appId) return `iss ${String(claims.iss)}`
    if (typeof claims.exp !== 'number' || claims.exp < now) return 'expired'
    if (typeof claims.iat !== 'number' || claims.iat > now + 60) return 'issued in the future'
    if (claims.exp - claims.iat > 660) return 'lives longer than 10 minutes'
    return undefined
  }

  function appRoute(
    method: string,
    path: string,
    authorization: string
  ): ScriptedReply | undefined {
    const m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path)
    if (!m || method !== 'POST' || !fake.app) return undefined
    const refusal = jwtRefusal(authorization)
    if (refusal) {
      fake.jwtRefusals.push(refusal)
      return {
        status: 401,
        body: { message: 'A JSON web token could not be decoded', documentation_url: '' }
      }
    }
    const token = `ghs_${crypto.randomBytes(18).toString('hex')}`
    fake.installationTokens.push(token)
    return {
      status: 201,
      body: {
        token,
        expires_at: new Date(Date.now() + 3600_000).toISOString(),
        permissions: { deployments: 'write', actions: 'read', contents: 'read' },
        repository_selection: 'all'
      }
    }
  }

  /** Whether the body fits GitHub's description; a misfit is recorded (and answered 422). */
  function validate(method: string, path: string, body: unknown): boolean {
    const template = TEMPLATES.find(([pattern]) => pattern.test(path))?.[1]
    const before = fake.schemaErrors.length
    if (!template) {
      fake.schemaErrors.push(`${method} ${path}: no OpenAPI operation known to the fake`)
    } else {
      try {
        const check = bodyValidator(method, template)
        if (check && !check(body))
          fake.schemaErrors.push(`${method} ${path}: ${ajv.errorsText(check.errors)}`)
      } catch (error) {
        fake.schemaErrors.push(
          `${method} ${path}: the fake could not validate: ${(error as Error).message}`
        )
      }
    }
    return fake.schemaErrors.length === before
  }

  function slack(body: unknown): ScriptedReply {
    const payload = body as { text?: unknown; blocks?: unknown }
    if (typeof payload?.text !== 'string') fake.schemaErrors.push('slack: text must be a string')
    if (payload?.blocks !== undefined && !Array.isArray(payload.blocks))
      fake.schemaErrors.push('slack: blocks must be an array')
    fake.slackMessages.push(payload)
    return fake.slackResponses.shift() ?? { status: 200, body: 'ok' }
  }

  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', chunk => (raw += chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      let body: unknown = raw
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        // keep the raw text
      }
      const method = req.method ?? 'GET'
      fake.requests.push({
        method,
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body
      })
      const send = (reply: ScriptedReply): void => {
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {})
        const type =
          typeof reply.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8'
        res.writeHead(reply.status, { 'content-type': type, ...reply.headers })
        res.end(text)
      }
      if (url.pathname.startsWith('/slack/')) return send(slack(body))
      const fault = faults.find(
        f => f.method === method && f.path.test(url.pathname) && f.times > 0
      )
      if (fault) {
        fault.times--
        return send(fault.reply)
      }
      const appAnswer = appRoute(method, url.pathname, req.headers.authorization ?? '')
      if (appAnswer) return send(appAnswer)
      const credential = /^(token|Bearer) (\S+)$/i.exec(req.headers.authorization ?? '')?.[2]
      if (!credential || (fake.app && !fake.installationTokens.includes(credential))) {
        return send({
          status: 401,
          body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
        })
      }
      if (method !== 'GET' && !validate(method, url.pathname, body)) {
        return send({
          status: 422,
          body: { message: 'Invalid request', errors: fake.schemaErrors.slice(-1) }
        })
      }
      const answer = route(method, url.pathname, url.searchParams, (body ?? {}) as Json)
      const lost = lostAnswers.find(
        f => f.method === method && f.path.test(url.pathname) && f.times > 0
      )
      if (lost) lost.times--
      send(lost ? lost.reply : answer)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.slackUrl = `${fake.url}/slack/services/T000/B000/XXXXSECRETXXXX`
  return fake
}

export function pullRequestEvent(number: number, headSha = 'b'.repeat(40)): Json {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      title: `PR ${number}`,
      head: { sha: headSha },
      html_url: `https://github.example.com/acme/shop/pull/${number}`
    },
    repository: { name: 'shop', owner: { login: 'acme' }, full_name: 'acme/shop' },
    sender: { login: 'octocat' }
  }
}

export function pushEvent(sha: string): Json {
  return {
    after: sha,
    ref: 'refs/heads/main',
    repository: { name: 'shop', owner: { login: 'acme' }, full_name: 'acme/shop' },
    sender: { login: 'octocat' }
  }
}

export function workflowDispatchEvent(inputs: Record<string, string | boolean>): Json {
  return {
    inputs,
    ref: 'refs/heads/main',
    repository: { name: 'shop', owner: { login: 'acme' }, full_name: 'acme/shop' },
    sender: { login: 'octocat' }
  }
}
