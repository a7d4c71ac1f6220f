/**
 * A deployment_protection_rule delivery, read as GitHub sends it: the commit from the top-level
 * `sha` (then `deployment.sha`), the environment, the run id in `deployment_callback_url`, the
 * installation and the repository. GitHub's published schema types `deployment` as a whole
 * Deployment, but recorded deliveries carry `sha` and `ref` at the top level and a `deployment`
 * that is absent, null or only `{id, environment}`: nothing here depends on it.
 */
import type { EmitterWebhookEvent } from '@octokit/webhooks'
import type { ProtectionRequest } from './store.js'

type Published = EmitterWebhookEvent<'deployment_protection_rule.requested'>['payload']

/** The payload as delivered: the published fields, any of which may be missing or malformed. */
export type DeliveredPayload = Partial<Omit<Published, 'deployment'>> & {
  sha?: unknown
  ref?: unknown
  deployment?: Partial<Published['deployment']> | null
}

/** Where a verdict can be sent: enough to reject a request that cannot be evaluated. */
export type CallbackTarget = Omit<ProtectionRequest, 'deliveryId' | 'sha'>

export type ReadDelivery =
  | { request: ProtectionRequest }
  /** The fields that are missing or malformed; `target` when GitHub can still be answered. */
  | { missing: string[]; target?: CallbackTarget }

const FULL_SHA = /^[0-9a-f]{40}$/

/** GitHub's X-GitHub-Delivery is a GUID: anything else is never stored or logged as an id. */
export const validDeliveryId = (id: string): boolean => /^[0-9A-Za-z-]{1,100}$/.test(id)

/** The run id in GitHub's deployment_callback_url; only the id is taken from it, never the host. */
export function runIdOf(callbackUrl: unknown): number | undefined {
  if (typeof callbackUrl !== 'string') return undefined
  const match = /\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(callbackUrl)
  return match ? Number(match[1]) : undefined
}

const fullSha = (value: unknown): string | undefined =>
  typeof value === 'string' && FULL_SHA.test(value) ? value : undefined

export function readProtectionRequest(payload: DeliveredPayload, deliveryId: string): ReadDelivery {
  const owner = payload.repository?.owner?.login
  const repo = payload.repository?.name
  const installationId = payload.installation?.id
  const environment = payload.environment
  const runId = runIdOf(payload.deployment_callback_url)
  const sha = fullSha(payload.sha) ?? fullSha(payload.deployment?.sha)
  const missing = [
    (typeof owner !== 'string' || typeof repo !== 'string') && 'repository',
    typeof installationId !== 'number' && 'installation.id',
    (typeof environment !== 'string' || !environment) && 'environment',
    runId === undefined && 'deployment_callback_url (a workflow run)',
    sha === undefined && 'sha (a full commit hash)',
    !validDeliveryId(deliveryId) && 'X-GitHub-Delivery'
  ].filter((field): field is string => typeof field === 'string')
  if (missing.length === 0)
    return {
      request: {
        deliveryId,
        owner: owner!,
        repo: repo!,
        installationId: installationId!,
        runId: runId!,
        environment: environment!,
        sha: sha!
      }
    }
  const answerable =
    typeof owner === 'string' &&
    typeof repo === 'string' &&
    typeof installationId === 'number' &&
    typeof environment === 'string' &&
    environment !== '' &&
    runId !== undefined
  return {
    missing,
    target: answerable ? { owner, repo, installationId, runId, environment } : undefined
  }
}
