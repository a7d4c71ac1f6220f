import { policyEnvironments, readEnvironmentPolicy, PolicyError } from '../../../src/app/policy.js'
import { slosFromDocuments } from '../../../src/specs/index.js'

const limits = { minIntervalSeconds: 60, maxWaitSeconds: 86400 }
const policy = (entry: string): string => `environments:\n  production:\n${entry}`
const SLOS = [
  '    slos:',
  '      - name: checkout',
  '        error_query: sum(increase(e[{{window}}]))',
  '        total_query: sum(increase(t[{{window}}]))'
].join('\n')

describe('the policy file', () => {
  it('reads an environment: datasource, defaults for its SLOs, wait and interval', () => {
    const env = readEnvironmentPolicy(
      policy(
        `    prometheus: Prod-EU\n    wait: 2h\n    interval: 10m\n    defaults: { target: 99.5, time_window: 7d, thresholds: { caution: 90, warning: 60, freeze: 30 } }\n${SLOS}`
      ),
      'PRODUCTION',
      limits
    )!
    expect(env.datasource).toBe('prod_eu')
    expect(env.waitSeconds).toBe(7200)
    expect(env.intervalSeconds).toBe(600)
    expect(env.onError).toBe('block')
    const [slo] = slosFromDocuments((env.slos as { inline: unknown[] }).inline, 'p', env.defaults)
    expect(slo.target).toBe(99.5)
    expect(slo.window).toBe('7d')
    expect(slo.thresholds).toEqual({ caution: 90, warning: 60, freeze: 30 })
  })

  it('returns undefined for an environment it does not name', () => {
    expect(
      readEnvironmentPolicy(policy(`    prometheus: prod\n${SLOS}`), 'staging', limits)
    ).toBeUndefined()
  })

  it.each([
    [
      'a URL instead of a datasource name',
      '    prometheus: http://evil.example.com',
      'never a URL'
    ],
    ['no datasource', '', 'environments.production.prometheus'],
    [
      'an unknown field',
      '    prometheus: prod\n    url: x',
      'environments.production.url: unknown field'
    ],
    ['a bad wait', '    prometheus: prod\n    wait: soon', 'environments.production.wait'],
    [
      'a wait longer than the server allows',
      '    prometheus: prod\n    wait: 30d',
      'longer than this server allows'
    ],
    [
      'an interval below the server minimum',
      '    prometheus: prod\n    wait: 1h\n    interval: 5s',
      'shorter than this server allows'
    ],
    ['an interval without a wait', '    prometheus: prod\n    interval: 5m', 'only used with wait'],
    ['a bad on_error', '    prometheus: prod\n    on_error: ignore', 'expected block or allow'],
    [
      'a bad default target',
      '    prometheus: prod\n    defaults: { target: 0.999 }',
      'environments.production.defaults.target: 0.999 looks like a ratio'
    ],
    [
      'a block_on of nothing blocking',
      '    prometheus: prod\n    defaults: { block_on: ERROR }',
      'environments.production.defaults.block_on'
    ],
    [
      'a config file outside the repository',
      '    prometheus: prod\n    config_file: ../../etc/passwd',
      'relative path inside the repository'
    ],
    [
      'a dashboard that is not a URL',
      '    prometheus: prod\n    dashboard: "javascript:alert(1)"',
      'expected an http(s) URL'
    ]
  ])('refuses %s, naming the field', (_, entry, message) => {
    const text = policy(`${entry}\n${entry.includes('config_file') ? '' : SLOS}`)
    expect(() => readEnvironmentPolicy(text, 'production', limits)).toThrow(PolicyError)
    expect(() => readEnvironmentPolicy(text, 'production', limits)).toThrow(message)
  })

  it.each([
    ['not YAML', 'environments: [', 'not valid YAML'],
    ['no environments', 'slos: []', 'expected a mapping with environments'],
    [
      'both slos and config_file',
      policy(`    prometheus: prod\n    config_file: a.yaml\n${SLOS}`),
      'exactly one'
    ]
  ])('refuses a file that is %s', (_, text, message) => {
    expect(() => readEnvironmentPolicy(text, 'production', limits)).toThrow(message)
  })

  it.each([
    [
      '25d',
      30 * 86400,
      'is longer than this server allows (24d, the longest time between two checks)'
    ],
    ['2h', 3600, 'is longer than this server allows (1h, its longest wait)']
  ])(
    'refuses an interval of %s, longer than a timer holds or MAX_WAIT allows, naming the key',
    (interval, maxWaitSeconds, message) => {
      const text = policy(`    prometheus: prod\n    wait: 1h\n    interval: ${interval}\n${SLOS}`)
      const read = () =>
        readEnvironmentPolicy(text, 'production', { minIntervalSeconds: 60, maxWaitSeconds })
      expect(read).toThrow(PolicyError)
      expect(read).toThrow(`environments.production.interval: ${interval} ${message}`)
    }
  )

  it('accepts an interval of 24 days, the longest a timer holds', () => {
    const text = policy(`    prometheus: prod\n    wait: 30d\n    interval: 24d\n${SLOS}`)
    const env = readEnvironmentPolicy(text, 'production', {
      minIntervalSeconds: 60,
      maxWaitSeconds: 30 * 86400
    })!
    expect(env.intervalSeconds).toBe(24 * 86400)
  })

  it('lists the environments a policy names, for the comment on one it does not', () => {
    const text = `environments:\n  production:\n    prometheus: prod\n${SLOS}\n  staging: {}\n`
    expect(policyEnvironments(text)).toEqual(['production', 'staging'])
  })
})
