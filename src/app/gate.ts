/**
 * One deployment protection rule request, from the policy at the deployment's sha to GitHub's
 * callback: the action's engine decides, the server only adds the wait. Every doubt rejects, with
 * a comment that says what to fix.
 */
import { InputError } from '../engine/inputs.js'
import { readGateConfig, type GateConfig } from '../engine/config.js'
import type { SloSpec } from '../engine/slo.js'
import { evaluateGate } from '../engine/evaluate.js'
import type { GateResult } from '../engine/result.js'
import { formatDuration } from '../engine/duration.js'
import type { GitHubClient } from '../github/client.js'
import { httpStatusOf } from '../github/client.js'
import { PrometheusClient } from '../prometheus/client.js'
import { parseSloDocuments, slosFromDocuments } from '../specs/index.js'
import { gateComment, type Verdict } from './comment.js'
import { lastDeployOf, type LastDeploy } from './receipts.js'
import { readRepoFile } from './github-app.js'
import type { Logger } from './log.js'
import type { AppMetrics } from './metrics.js'
import {
  MAX_POLICY_BYTES,
  POLICY_FILE,
  PolicyError,
  policyEnvironments,
  readEnvironmentPolicy,
  type EnvironmentPolicy
} from './policy.js'
import { datasourceFor, notAvailable } from './access.js'
import { addressHider } from '../text/address.js'
import type { Datasource, ServerSettings } from './settings.js'
import type { CallbackTarget } from './delivery.js'
import { waitKey, type PendingWait, type ProtectionRequest, type StateStore } from './store.js'

export type { ProtectionRequest }

export interface GateDeps {
  settings: ServerSettings
  installationClient(installationId: number): Promise<GitHubClient>
  store: StateStore
  log: Logger
  metrics: AppMetrics
  now?: () => number
}

/** What one evaluation found: a final verdict, or a block that a wait may outlast. */
interface Assessment {
  verdict: 'approved' | 'rejected' | 'blocked'
  result?: GateResult
  problem?: string
  note?: string
  policy?: EnvironmentPolicy
  secrets: string[]
  /** Every form of the datasource's address, replaced by its name in the comment. */
  hide?: (text: string) => string
  /** The receipt of the last deploy to the environment, when there is one. */
  lastDeploy?: LastDeploy
}

const rejected = (problem: string): Assessment => ({ verdict: 'rejected', problem, secrets: [] })
const errorText = (error: unknown): string =>
  error instanceof InputError
    ? error.message.replace(/^Input [^:]+: /, '')
    : (error as Error).message
const at = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')

/**
 * The gate's config for one policy entry, from the builder every entry point uses (so the App
 * runs every check the action and the CLI run): the policy's on_error, the server's datasource.
 * The App reads no freeze file, and its review comment has no room for a chart.
 */
export function appGateConfig(
  policy: Pick<EnvironmentPolicy, 'onError'>,
  datasource: Datasource,
  slos: SloSpec[],
  now: () => Date
): GateConfig {
  const inputs: Record<string, string> = { on_error: policy.onError, chart: 'false' }
  return readGateConfig(name => inputs[name] ?? '', slos, { endpoint: datasource, now })
}

export class Gate {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly active = new Set<string>()
  private readonly inFlight = new Set<Promise<void>>()
  private stopping = false
  private readonly now: () => number

  constructor(private readonly deps: GateDeps) {
    this.now = deps.now ?? Date.now
  }

  /** Whether a shutdown has begun: new requests are refused (and can be redelivered). */
  get closing(): boolean {
    return this.stopping
  }

  /** Starts the work of one request and returns at once: the webhook answers before it ends. */
  accept(request: ProtectionRequest): void {
    const key = waitKey(request)
    if (this.active.has(key) || this.deps.store.getWait(key)) {
      this.deps.log.info('already being decided', { key, delivery: request.deliveryId })
      return
    }
    this.track(key, () => this.decide(request, undefined))
  }

  /**
   * Rejects a signed request that cannot be evaluated (no commit in the delivery), saying why:
   * GitHub would otherwise wait 30 days for a verdict.
   */
  reject(target: CallbackTarget, problem: string): void {
    const key = waitKey(target)
    if (this.active.has(key)) return
    this.track(key, async () => {
      const client = await this.deps.installationClient(target.installationId)
      await this.callback(client, target, 'rejected', rejected(problem))
      this.deps.log.info('decided', { key, verdict: 'rejected', status: null, problem })
    })
  }

  /** Picks up every wait the store kept across a restart. */
  resumeAll(): void {
    for (const wait of this.deps.store.waits()) {
      this.deps.log.info('resuming a wait', { key: wait.key, deadline: at(wait.deadline) })
      this.schedule(wait, 0)
    }
    this.updateGauge()
  }

  /** Stops the timers (the waits stay in the store) and lets in-flight evaluations finish. */
  async drain(graceMs: number): Promise<boolean> {
    this.stopping = true
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<false>(
      resolve => (timer = setTimeout(() => resolve(false), graceMs))
    )
    const done = Promise.all([...this.inFlight]).then(() => true)
    const finished = await Promise.race([done, timeout])
    clearTimeout(timer)
    return finished
  }

  private track(key: string, work: () => Promise<void>): void {
    this.active.add(key)
    const job = work()
      .catch(error => this.deps.log.error('evaluation failed', { key, error }))
      .finally(() => {
        this.active.delete(key)
        this.inFlight.delete(job)
      })
    this.inFlight.add(job)
  }

  private schedule(wait: PendingWait, delayMs: number): void {
    if (this.stopping) return
    clearTimeout(this.timers.get(wait.key))
    const timer = setTimeout(() => {
      this.timers.delete(wait.key)
      if (this.stopping || this.active.has(wait.key)) return
      this.track(wait.key, () => this.decide(wait, wait))
    }, delayMs)
    this.timers.set(wait.key, timer)
  }

  private updateGauge(): void {
    this.deps.metrics.pendingWaits.set(this.deps.store.waits().length)
  }

  /** Evaluates, then approves, rejects, or reports and waits. */
  private async decide(request: ProtectionRequest, wait: PendingWait | undefined): Promise<void> {
    const { log, store, metrics } = this.deps
    const key = waitKey(request)
    let client: GitHubClient
    try {
      client = await this.deps.installationClient(request.installationId)
    } catch (error) {
      // Without a token there is no way to answer GitHub: a wait tries again at its interval.
      const retry = wait !== undefined && this.now() < wait.deadline
      log.error('no installation token', {
        key,
        httpStatus: httpStatusOf(error) ?? null,
        error,
        retry
      })
      if (retry) this.schedule(wait, wait.intervalSeconds * 1000)
      else if (wait) store.deleteWait(key)
      return
    }
    const found = await this.assess(client, request)
    metrics.evaluations.inc({ status: found.result?.status ?? 'POLICY' })
    const now = this.now()
    const waitSeconds = found.policy?.waitSeconds
    if (found.verdict === 'blocked' && waitSeconds !== undefined) {
      const pending: PendingWait = wait ?? {
        key,
        owner: request.owner,
        repo: request.repo,
        installationId: request.installationId,
        runId: request.runId,
        environment: request.environment,
        sha: request.sha,
        deliveryId: request.deliveryId,
        startedAt: now,
        deadline: now + waitSeconds * 1000,
        intervalSeconds: found.policy!.intervalSeconds,
        reports: 0
      }
      // Timers may fire a little early: under half a second left is the end of the wait.
      if (now < pending.deadline - 500) {
        const next = Math.min(now + pending.intervalSeconds * 1000, pending.deadline)
        const posted = await this.callback(client, request, 'waiting', {
          ...found,
          note: `Waiting up to ${formatDuration(waitSeconds)} for the budget (until ${at(pending.deadline)}); next check at ${at(next)}.`
        })
        store.putWait({ ...pending, reports: pending.reports + (posted ? 1 : 0) })
        this.updateGauge()
        this.schedule(pending, next - now)
        return
      }
      found.note = `The wait of ${formatDuration((pending.deadline - pending.startedAt) / 1000)} ended at ${at(pending.deadline)} and the budget still blocks this deploy.`
    }
    const verdict = found.verdict === 'approved' ? 'approved' : 'rejected'
    await this.callback(client, request, verdict, found)
    store.deleteWait(key)
    this.updateGauge()
    log.info('decided', {
      key,
      verdict,
      status: found.result?.status ?? null,
      problem: found.problem ?? null
    })
  }

  /** Posts the review (a status report when waiting); false when GitHub did not take it. */
  private async callback(
    client: GitHubClient,
    request: CallbackTarget & { sha?: string },
    verdict: Verdict,
    found: Assessment
  ): Promise<boolean> {
    const comment = gateComment({
      verdict,
      environment: request.environment,
      sha: request.sha,
      result: found.result,
      problem: found.problem,
      note: found.note,
      dashboard: found.policy?.dashboard,
      // The logger knows the server's secrets and every installation token issued so far.
      secrets: [...this.deps.log.secrets(), ...found.secrets],
      hide: found.hide,
      lastDeploy: found.lastDeploy
    })
    const outcome = verdict === 'waiting' ? 'status_report' : verdict
    try {
      await client.rest.actions.reviewCustomGatesForRun({
        owner: request.owner,
        repo: request.repo,
        run_id: request.runId,
        environment_name: request.environment,
        ...(verdict === 'waiting' ? {} : { state: verdict }),
        comment
      })
      this.deps.metrics.callbacks.inc({ outcome })
      return true
    } catch (error) {
      this.deps.metrics.callbacks.inc({ outcome: 'failed' })
      this.deps.log.error('callback failed', {
        key: waitKey(request),
        outcome,
        httpStatus: httpStatusOf(error) ?? null,
        error
      })
      return false
    }
  }

  private async readFile(
    client: GitHubClient,
    request: ProtectionRequest,
    path: string
  ): Promise<string | undefined> {
    return readRepoFile(
      client,
      { owner: request.owner, repo: request.repo },
      path,
      request.sha,
      MAX_POLICY_BYTES
    )
  }

  private async assess(client: GitHubClient, request: ProtectionRequest): Promise<Assessment> {
    const { settings } = this.deps
    const sha = request.sha.slice(0, 7)
    let text: string | undefined
    try {
      text = await this.readFile(client, request, POLICY_FILE)
    } catch (error) {
      return rejected(`${POLICY_FILE} could not be read at ${sha}: ${errorText(error)}`)
    }
    if (text === undefined)
      return rejected(
        `there is no ${POLICY_FILE} at ${sha}: add one with an entry for environment ${request.environment} (see "The policy file" in docs/github-app.md, linked below)`
      )
    let policy: EnvironmentPolicy | undefined
    try {
      policy = readEnvironmentPolicy(text, request.environment, settings)
    } catch (error) {
      if (error instanceof PolicyError) return rejected(`${POLICY_FILE}: ${error.message}`)
      throw error
    }
    if (!policy) {
      const note = `Environment ${request.environment} is not named in ${POLICY_FILE} at ${sha}`
      return settings.unknownEnvironment === 'approve'
        ? { verdict: 'approved', note: `${note}: approved without a budget check.`, secrets: [] }
        : rejected(unnamedEnvironment(note, request.environment, text))
    }
    // Unknown and forbidden alike: a repository learns nothing of the server's other datasources.
    const datasource = datasourceFor(settings.datasources, policy.datasource, request)
    if (!datasource)
      return { ...rejected(notAvailable(policy.environment, policy.datasource)), policy }
    let slos: SloSpec[]
    try {
      if ('inline' in policy.slos) {
        slos = slosFromDocuments(
          policy.slos.inline,
          `${POLICY_FILE} environments.${policy.environment}`,
          policy.defaults
        )
      } else {
        const file = policy.slos.file
        const specText = await this.readFile(client, request, file)
        if (specText === undefined)
          return {
            ...rejected(
              `environments.${policy.environment}.config_file: ${file} does not exist at ${sha}`
            ),
            policy
          }
        slos = parseSloDocuments(specText, file, policy.defaults)
      }
    } catch (error) {
      return { ...rejected(errorText(error)), policy }
    }
    let config: GateConfig
    try {
      config = appGateConfig(policy, datasource, slos, () => new Date(this.now()))
    } catch (error) {
      return { ...rejected(errorText(error)), policy }
    }
    const prometheus = new PrometheusClient(config.prometheus)
    let result: GateResult
    try {
      result = await evaluateGate(config, { client: prometheus, now: () => new Date(this.now()) })
    } finally {
      prometheus.close()
    }
    return {
      verdict: result.canDeploy ? 'approved' : 'blocked',
      result,
      policy,
      problem:
        result.status === 'ERROR' && !result.canDeploy
          ? `the budget could not be read from datasource "${datasource.name}"; fix the query in the policy if the reasons name it, otherwise ask the server's operator to check DATASOURCE_${datasource.name.toUpperCase()}_URL and that Prometheus is up.`
          : undefined,
      secrets: datasource.secrets,
      hide: addressHider(datasource.prometheus.url, `datasource ${datasource.name}`),
      lastDeploy: await lastDeployOf(
        client,
        { owner: request.owner, repo: request.repo },
        request.environment,
        this.deps.log
      )
    }
  }
}

/** How to name an environment in the policy, with the names it has (the repository's own text). */
function unnamedEnvironment(note: string, environment: string, policyText: string): string {
  const names = policyEnvironments(policyText)
  const shown = names.slice(0, 10).map(name => `"${name.slice(0, 60)}"`)
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : ''
  const has = names.length ? `; it names ${shown.join(', ')}${more}` : ''
  return `${note}${has}. To gate deploys to it, add it under environments as "${environment}:" (GitHub ignores the case) with its prometheus and slos; this server rejects deploys to an environment the policy does not name.`
}
