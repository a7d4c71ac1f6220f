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
import { validDeliveryId, type CallbackTarget } from './delivery.js'
import { exponentialMs } from '../http/retry.js'
import { Jobs, limitedClient, serverLimiters, type Acceptance } from './jobs.js'
import {
  waitKey,
  type AcceptedRequest,
  type PendingWait,
  type ProtectionRequest,
  type StateStore
} from './store.js'

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
  private readonly jobs: Jobs
  private readonly now: () => number
  /** Backoff of a failed token request or callback. */
  private readonly retryDelayMs = exponentialMs(5000, 300_000)
  /** MAX_QUERIES for all evaluations together (see serverLimiters). */
  private readonly limits: ReturnType<typeof serverLimiters>

  constructor(private readonly deps: GateDeps) {
    this.jobs = new Jobs(deps.log)
    this.now = deps.now ?? Date.now
    this.limits = serverLimiters(deps.settings.maxQueries)
  }

  /** Whether a shutdown has begun: new requests are refused (and can be redelivered). */
  get closing(): boolean {
    return this.jobs.stopping
  }

  /**
   * Starts the work of one request and returns at once: the webhook answers before it ends. The
   * request is kept in the store until it is decided, so that a restart resumes it; one already
   * being decided (a concurrent copy, a redelivery during its evaluation) is not evaluated twice.
   */
  accept(request: ProtectionRequest): Acceptance {
    return this.begin({ ...request, key: waitKey(request), acceptedAt: this.now() })
  }

  /**
   * Rejects a signed request that cannot be evaluated (no commit in the delivery), saying why:
   * GitHub would otherwise wait 30 days for a verdict.
   */
  reject(target: CallbackTarget, problem: string, deliveryId: string): Acceptance {
    // An id that is not GitHub's is never stored: such a delivery is never "already decided".
    const id = validDeliveryId(deliveryId) ? deliveryId : ''
    const key = waitKey(target)
    return this.begin({ ...target, deliveryId: id, key, problem, acceptedAt: this.now() })
  }

  private begin(request: AcceptedRequest): Acceptance {
    const { key, deliveryId } = request
    if (this.jobs.busy(key) || this.deps.store.getWait(key)) {
      this.deps.log.info('already being decided', { key, delivery: deliveryId })
      return 'in_progress'
    }
    if (!this.deps.store.accept(request)) return 'unsaved'
    this.jobs.run(key, () => this.work(request))
    return 'accepted'
  }

  private work(request: AcceptedRequest): Promise<void> {
    if (request.problem !== undefined || request.sha === undefined)
      return this.decide(request, undefined, rejected(request.problem ?? 'no commit'))
    return this.decide({ ...request, sha: request.sha }, undefined)
  }

  /** Picks up every wait and every undecided request the store kept across a restart. */
  resumeAll(): void {
    for (const wait of this.deps.store.waits()) {
      this.deps.log.info('resuming a wait', { key: wait.key, deadline: at(wait.deadline) })
      this.schedule(wait, 0)
    }
    for (const request of this.deps.store.accepted()) {
      if (this.jobs.busy(request.key) || this.deps.store.getWait(request.key)) continue
      const { key, deliveryId } = request
      this.deps.log.info('resuming an undecided request', { key, delivery: deliveryId })
      this.jobs.run(key, () => this.work(request))
    }
    this.updateGauge()
  }

  /** Stops the timers (what is undecided stays in the store) and lets in-flight work finish. */
  drain(graceMs: number): Promise<boolean> {
    return this.jobs.drain(graceMs)
  }

  private schedule(wait: PendingWait, delayMs: number): void {
    this.jobs.later(wait.key, delayMs, () => this.decide(wait, wait))
  }

  private updateGauge(): void {
    this.deps.metrics.pendingWaits.set(this.deps.store.waits().length)
  }

  /**
   * Evaluates, then approves, rejects, or reports and waits. A token request or a final callback
   * that fails is retried with backoff until `RETRY_DEADLINE` after the request (after the wait's
   * deadline for a wait); only a verdict GitHub took marks the delivery id as decided.
   */
  private async decide(
    request: ProtectionRequest | AcceptedRequest,
    wait: PendingWait | undefined,
    preset?: Assessment
  ): Promise<void> {
    const { log, store, metrics } = this.deps
    const key = waitKey(request)
    const since = wait?.deadline ?? ('acceptedAt' in request ? request.acceptedAt : this.now())
    const answerBy = since + this.deps.settings.retryDeadlineMs
    const retry = { key, answerBy, now: this.now, delayMs: this.retryDelayMs }
    const client = await this.jobs.retrying({ ...retry, failure: 'no installation token' }, () =>
      this.deps.installationClient(request.installationId)
    )
    if (!client) return this.giveUp(key)
    const found = preset ?? (await this.assess(client, request as ProtectionRequest))
    if (!preset) metrics.evaluations.inc({ status: found.result?.status ?? 'POLICY' })
    const now = this.now()
    const waitSeconds = found.policy?.waitSeconds
    if (found.verdict === 'blocked' && waitSeconds !== undefined && request.sha !== undefined) {
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
        // A status report is not retried: the next check sends another.
        const posted = await this.callback(client, request, 'waiting', {
          ...found,
          note: `Waiting up to ${formatDuration(waitSeconds)} for the budget (until ${at(pending.deadline)}); next check at ${at(next)}.`
        }).catch(() => false)
        const kept = { ...pending, reports: pending.reports + (posted ? 1 : 0) }
        // Unsaved (the write error is logged), the wait still runs; only a restart would lose it.
        store.putWait(kept)
        this.updateGauge()
        this.schedule(kept, next - now)
        return
      }
      found.note = `The wait of ${formatDuration((pending.deadline - pending.startedAt) / 1000)} ended at ${at(pending.deadline)} and the budget still blocks this deploy.`
    }
    const verdict = found.verdict === 'approved' ? 'approved' : 'rejected'
    const sent = await this.jobs.retrying({ ...retry, failure: 'callback failed' }, () =>
      this.callback(client, request, verdict, found)
    )
    if (!sent) return this.giveUp(key)
    store.finish(key, request.deliveryId || undefined, this.now())
    this.updateGauge()
    log.info('decided', {
      key,
      verdict,
      status: found.result?.status ?? null,
      problem: found.problem ?? null
    })
  }

  /**
   * No verdict could be sent. On a shutdown the request stays in the store for the next start;
   * otherwise it leaves it undecided, so that GitHub's redelivery of its id starts it again.
   */
  private giveUp(key: string): void {
    if (this.jobs.stopping) return
    this.deps.store.finish(key, undefined)
    this.updateGauge()
    this.deps.log.error('no verdict sent: a redelivery of the delivery will evaluate it again', {
      key
    })
  }

  /** Posts the review (a status report when waiting); throws when GitHub did not take it. */
  private async callback(
    client: GitHubClient,
    request: CallbackTarget & { sha?: string },
    verdict: Verdict,
    found: Assessment
  ): Promise<true> {
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
      if (verdict === 'waiting')
        this.deps.log.error('callback failed', {
          key: waitKey(request),
          outcome,
          httpStatus: httpStatusOf(error) ?? null,
          error
        })
      throw error
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
      const client = limitedClient(prometheus, this.limits.queries)
      result = await this.limits.evaluations(() =>
        evaluateGate(config, { client, now: () => new Date(this.now()) })
      )
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
