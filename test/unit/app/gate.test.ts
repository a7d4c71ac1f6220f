/**
 * The App's config goes through the builder the action and the CLI use, so it runs the same
 * checks: here the exclusion checks (at most 50 intervals, none overlapping, none in the future)
 * that the App once skipped by building its GateConfig by hand.
 */
import { appGateConfig } from '../../../src/app/gate.js'
import { readEnvironmentPolicy } from '../../../src/app/policy.js'
import type { Datasource } from '../../../src/app/settings.js'
import { InputError } from '../../../src/engine/inputs.js'
import { slosFromDocuments } from '../../../src/specs/index.js'

const limits = { minIntervalSeconds: 60, maxWaitSeconds: 86400 }
const datasource: Datasource = {
  name: 'prod',
  prometheus: {
    url: 'http://127.0.0.1:1/',
    token: 'tok-1234567890',
    headers: {},
    timeoutSeconds: 5,
    retries: 0
  },
  secrets: ['tok-1234567890'],
  repositories: []
}
const NOW = new Date('2026-12-01T00:00:00Z')
const HOUR = 3600_000

/** `START/END reason` for an interval of `minutes` that starts `hoursBefore` hours before `now`. */
function interval(hoursBefore: number, minutes = 30, now = NOW): string {
  const start = new Date(now.getTime() - hoursBefore * HOUR)
  const end = new Date(start.getTime() + minutes * 60_000)
  return `${start.toISOString()}/${end.toISOString()} maintenance`
}

/** The App's path for one policy entry: the policy file, its SLO documents, then the config. */
function configFor(exclusions: string[], options: { onError?: string; now?: Date } = {}) {
  const text = [
    'environments:',
    '  production:',
    '    prometheus: prod',
    ...(options.onError ? [`    on_error: ${options.onError}`] : []),
    '    slos:',
    '      - name: checkout',
    '        error_query: sum(increase(e[{{window}}]))',
    '        total_query: sum(increase(t[{{window}}]))',
    ...(exclusions.length ? ['        exclude:'] : []),
    ...exclusions.map(line => `          - ${JSON.stringify(line)}`)
  ].join('\n')
  const policy = readEnvironmentPolicy(text, 'production', limits)!
  const slos = slosFromDocuments(
    (policy.slos as { inline: unknown[] }).inline,
    '.github/error-budget.yml',
    policy.defaults
  )
  return appGateConfig(policy, datasource, slos, () => options.now ?? NOW)
}

const refusal = (run: () => unknown): InputError => {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected the config to be refused')
}

describe("the App's gate config", () => {
  it('refuses 121 excluded intervals, as the action does', () => {
    const many = Array.from({ length: 121 }, (_, i) => interval(2 * (i + 1)))
    expect(refusal(() => configFor(many)).message).toContain(
      'checkout: 121 intervals; at most 50 are allowed'
    )
  })

  it('refuses overlapping intervals', () => {
    const error = refusal(() => configFor([interval(10, 60), interval(9.5, 60)]))
    expect(error.message).toContain('checkout:')
    expect(error.message).toMatch(/overlaps .*; merge them into one interval/)
  })

  it("refuses an interval that ends after the evaluation time, by the App's clock", () => {
    const future = interval(-1)
    expect(refusal(() => configFor([future])).message).toMatch(
      /checkout: .*ends at 2026-12-01T01:30:00Z, after the evaluation time 2026-12-01T00:00:00Z/
    )
    // The same interval is over a day later: the check follows the clock it is given.
    expect(
      configFor([future], { now: new Date(NOW.getTime() + 24 * HOUR) }).slos[0].exclusions
    ).toHaveLength(1)
  })

  it("accepts 50 intervals, and keeps the datasource, the policy's on_error and no chart", () => {
    const fifty = Array.from({ length: 50 }, (_, i) => interval(2 * (i + 1)))
    const config = configFor(fifty, { onError: 'allow' })
    expect(config.slos[0].exclusions).toHaveLength(50)
    expect(config.prometheus).toBe(datasource.prometheus)
    expect(config.secrets).toEqual(datasource.secrets)
    expect(config).toMatchObject({
      onError: 'allow',
      chart: false,
      dryRun: false,
      failOnBlock: true,
      maxConcurrency: 8,
      evaluationTime: undefined
    })
  })
})
