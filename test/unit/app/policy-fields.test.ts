/**
 * The policy file field by field: each refusal names its field, each default is the documented one
 * (cases found by mutation testing, npm run mutate).
 */
import { DEFAULT_INTERVAL, readEnvironmentPolicy, PolicyError } from '../../../src/app/policy.js'

const limits = { minIntervalSeconds: 60, maxWaitSeconds: 86400 }
const SLOS = [
  '    slos:',
  '      - name: checkout',
  '        error_query: sum(increase(e[{{window}}]))',
  '        total_query: sum(increase(t[{{window}}]))'
].join('\n')
const policy = (entry: string, slos = SLOS): string =>
  `environments:\n  production:\n    prometheus: prod\n${entry}${entry ? '\n' : ''}${slos}`
const read = (text: string) => readEnvironmentPolicy(text, 'production', limits)
const refusal = (text: string): string => {
  try {
    read(text)
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError)
    expect((error as Error).name).toBe('PolicyError')
    return (error as Error).message
  }
  throw new Error('expected a PolicyError')
}

describe('an environment entry', () => {
  it('defaults: on_error block, no wait, the default interval, no dashboard', () => {
    expect(read(policy(''))).toMatchObject({
      environment: 'production',
      datasource: 'prod',
      slos: { inline: [{ slos: [expect.objectContaining({ name: 'checkout' })] }] },
      onError: 'block',
      waitSeconds: undefined,
      intervalSeconds: 600,
      dashboard: undefined
    })
    expect(DEFAULT_INTERVAL).toBe('10m')
  })

  it('takes on_error allow, a wait of exactly the maximum, an interval of exactly the minimum', () => {
    expect(read(policy('    on_error: allow\n    wait: 1d\n    interval: 1m'))).toMatchObject({
      onError: 'allow',
      waitSeconds: 86400,
      intervalSeconds: 60
    })
  })

  it('a wait without an interval re-evaluates at the default interval, never below the minimum', () => {
    expect(read(policy('    wait: 2h'))?.intervalSeconds).toBe(600)
    const strict = readEnvironmentPolicy(policy('    wait: 2h'), 'production', {
      minIntervalSeconds: 900,
      maxWaitSeconds: 86400
    })
    expect(strict?.intervalSeconds).toBe(900)
  })

  it('keeps an http(s) dashboard link, trimmed', () => {
    expect(read(policy('    dashboard: " https://grafana.example/d/x "'))?.dashboard).toBe(
      'https://grafana.example/d/x'
    )
    expect(read(policy('    dashboard: http://grafana.local/d/x'))?.dashboard).toBe(
      'http://grafana.local/d/x'
    )
  })

  it('reads a config file at a relative path', () => {
    expect(read(policy('    config_file: slo/sloth.yaml', ''))?.slos).toEqual({
      file: 'slo/sloth.yaml'
    })
  })

  it.each([
    ['an absolute path', '/etc/slo.yaml'],
    ['an empty part', 'slo//x.yaml'],
    ['a part that climbs', 'slo/../../x.yaml'],
    ['an empty path', '""']
  ])('refuses a config file with %s', (_, file) => {
    expect(refusal(policy(`    config_file: ${file}`, ''))).toBe(
      'environments.production.config_file: expected a relative path inside the repository, such as slo/sloth.yaml'
    )
  })

  it.each([
    ['an empty list', '    slos: []'],
    ['a mapping', '    slos: { a: 1 }']
  ])('refuses slos that are %s', (_, slos) => {
    expect(refusal(policy('', slos))).toBe(
      'environments.production.slos: expected a non-empty list of SLOs in our format'
    )
  })

  it.each([
    ['-prod', false],
    ['prod_eu-2', true],
    ['', false],
    ['prod eu', false]
  ])('datasource name %j accepted: %s', (name, ok) => {
    const text = `environments:\n  production:\n    prometheus: "${name}"\n${SLOS}`
    if (ok) expect(read(text)?.datasource).toBe(name.toLowerCase().replace(/-/g, '_'))
    else expect(refusal(text)).toMatch(/^environments\.production\.prometheus: expected the name/)
  })

  it('lists the known fields when one is unknown', () => {
    expect(refusal(policy('    url: x'))).toBe(
      'environments.production.url: unknown field; expected one of prometheus, slos, config_file, defaults, on_error, wait, interval, dashboard'
    )
  })

  it.each([
    ['a list', 'environments:\n  production: [1]'],
    ['a string', 'environments:\n  production: prod']
  ])('refuses an entry that is %s', (_, text) => {
    expect(refusal(text)).toBe('environments.production: expected a mapping')
  })

  it('says the limits in seconds', () => {
    expect(refusal(policy('    wait: 2d'))).toBe(
      'environments.production.wait: 2d is longer than this server allows (86400s)'
    )
    expect(refusal(policy('    wait: 1h\n    interval: 30s'))).toBe(
      'environments.production.interval: 30s is shorter than this server allows (60s): every interval queries Prometheus again'
    )
    expect(refusal(policy('    wait: 1h\n    interval: often'))).toMatch(
      /^environments\.production\.interval: /
    )
    expect(refusal(policy('    on_error: ignore'))).toBe(
      'environments.production.on_error: "ignore" is not allowed; expected block or allow'
    )
    expect(refusal(policy('    dashboard: ftp://x.example/d'))).toBe(
      'environments.production.dashboard: expected an http(s) URL'
    )
  })
})

describe('defaults', () => {
  it.each([
    ['not a mapping', '    defaults: [1]', 'environments.production.defaults: expected a mapping'],
    [
      'thresholds that are not a mapping',
      '    defaults: { thresholds: 5 }',
      'environments.production.defaults.thresholds: expected a mapping'
    ],
    [
      'an unknown threshold',
      '    defaults: { thresholds: { panic: 5 } }',
      'environments.production.defaults.thresholds.panic: unknown field; expected caution, warning, freeze'
    ],
    [
      'an unknown field',
      '    defaults: { colour: red }',
      'environments.production.defaults.colour: unknown field; expected one of target, time_window, error_query, total_query, block_on, burn_rate_window, fast_burn_threshold, slow_burn_threshold, thresholds'
    ]
  ])('refuses defaults with %s', (_, entry, message) => {
    expect(refusal(policy(entry))).toBe(message)
  })

  it('names the threshold a bad value was given for', () => {
    expect(refusal(policy('    defaults: { thresholds: { caution: 20, warning: 50 } }'))).toMatch(
      /^environments\.production\.defaults\.thresholds\.(caution|warning): /
    )
  })

  it('an empty defaults entry gives every input empty', () => {
    const env = read(policy('    defaults:'))
    expect(env?.defaults('slo_target')).toBe('')
  })

  it('a list value is joined with commas, as the action input would be written', () => {
    const env = read(policy('    defaults: { block_on: [FREEZE, EXHAUSTED] }'))
    expect(env?.defaults('block_on')).toBe('FREEZE,EXHAUSTED')
    expect(env?.defaults('slo_target')).toBe('')
  })
})

describe('the file', () => {
  it('reports only the first line of a YAML error', () => {
    const message = refusal('environments:\n  production: [\n')
    expect(message).toMatch(/^not valid YAML: /)
    expect(message).not.toContain('\n')
  })

  it.each([
    ['environments that are a list', 'environments: [a]'],
    ['a scalar', 'just text']
  ])('refuses %s', (_, text) => {
    expect(refusal(text)).toBe(
      'expected a mapping with environments: { <environment name>: {...} }'
    )
  })

  it('refuses any top-level field besides environments', () => {
    expect(refusal(`${policy('')}\nextra: 1`)).toBe('extra: unknown field; expected environments')
  })
})
