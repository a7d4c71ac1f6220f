/** The server's own metrics, in Prometheus text format on GET /metrics (prom-client). */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export interface AppMetrics {
  registry: Registry
  /**
   * Webhook deliveries by what became of them (accepted, in_progress, duplicate, state_unsaved,
   * bad_signature, too_large, ignored, ...).
   */
  webhooks: Counter<'result'>
  /** Evaluations by gate status (NORMAL … ERROR, or POLICY for a policy that could not be used). */
  evaluations: Counter<'status'>
  /** Callbacks to GitHub by outcome (approved, rejected, status_report, failed). */
  callbacks: Counter<'outcome'>
  /** Time from a delivery's first byte to its answer. */
  webhookSeconds: Histogram
  pendingWaits: Gauge
}

export function createMetrics(): AppMetrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'error_budget_app_' })
  return {
    registry,
    webhooks: new Counter({
      name: 'error_budget_app_webhooks_total',
      help: 'Webhook deliveries by result.',
      labelNames: ['result'],
      registers: [registry]
    }),
    evaluations: new Counter({
      name: 'error_budget_app_evaluations_total',
      help: 'Error budget evaluations by gate status.',
      labelNames: ['status'],
      registers: [registry]
    }),
    callbacks: new Counter({
      name: 'error_budget_app_callbacks_total',
      help: 'Deployment protection rule callbacks to GitHub by outcome.',
      labelNames: ['outcome'],
      registers: [registry]
    }),
    webhookSeconds: new Histogram({
      name: 'error_budget_app_webhook_duration_seconds',
      help: 'Time to answer a webhook delivery.',
      buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10],
      registers: [registry]
    }),
    pendingWaits: new Gauge({
      name: 'error_budget_app_pending_waits',
      help: 'Deployments waiting for the budget to allow them.',
      registers: [registry]
    })
  }
}
