/** Runs the gate engine in-process with action-style inputs, closing its client afterwards. */
import { evaluateGate } from '../../src/engine/evaluate.js'
import type { GateResult } from '../../src/engine/result.js'
import { readGateConfig } from '../../src/engine/config.js'
import type { SloSpec } from '../../src/engine/slo.js'
import { PrometheusClient } from '../../src/prometheus/client.js'

export async function evaluateWith(
  inputs: Record<string, string>,
  slos?: SloSpec[]
): Promise<GateResult> {
  const config = readGateConfig(name => inputs[name] ?? '', slos)
  const client = new PrometheusClient(config.prometheus)
  try {
    return await evaluateGate(config, { client })
  } finally {
    client.close()
  }
}

/** Percent of budget left for an error ratio and a target in percent. */
export const remainingFor = (ratio: number, target = 99.9): number =>
  (1 - ratio / (1 - target / 100)) * 100
