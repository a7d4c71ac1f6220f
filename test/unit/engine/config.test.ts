import {
  InputError,
  matchWord,
  parseBoolean,
  type InputSource
} from '../../../src/engine/inputs.js'
import { readGateConfig, secretValues } from '../../../src/engine/config.js'

const source =
  (values: Record<string, string>): InputSource =>
  name =>
    values[name] ?? ''

const base = { prometheus_url: 'http://127.0.0.1:9090' }

function errorOf(values: Record<string, string>): InputError {
  try {
    readGateConfig(source({ ...base, ...values }))
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError')
}

describe('readGateConfig', () => {
  it('applies the documented defaults', () => {
    const config = readGateConfig(source(base))
    const slo = config.slos[0]
    expect(slo.target).toBe(99.9)
    expect(slo.window).toBe('30d')
    expect(slo.thresholds).toEqual({ caution: 80, warning: 50, freeze: 20 })
    expect(slo.blockOn).toEqual(['WARNING', 'FREEZE', 'EXHAUSTED'])
    expect(slo.errorQuery).toContain('{{window}}')
    expect(slo.fastBurnThreshold).toBe('auto')
    expect(slo.slowBurnThreshold).toBe('auto')
    expect(slo.burnTierLevels).toEqual(['page'])
    expect(slo.minEvents).toBe('auto')
    expect(slo.lowTraffic).toBe('evaluate')
    expect(config.onError).toBe('block')
    expect(config.failOnBlock).toBe(true)
    expect(config.dryRun).toBe(false)
    expect(config.prometheus.timeoutSeconds).toBe(30)
    expect(config.prometheus.retries).toBe(2)
    expect(config.evaluationTime).toBeUndefined()
  })

  it('requires prometheus_url and names it', () => {
    expect(() => readGateConfig(source({}))).toThrow(/prometheus_url.*required/)
    expect(errorOf({ prometheus_url: 'ftp://x' }).input).toBe('prometheus_url')
    expect(errorOf({ prometheus_url: 'not a url' }).message).toMatch(/prometheus_url: is not a URL/)
  })

  it('refuses a ratio-looking target with a hint', () => {
    const error = errorOf({ slo_target: '0.999' })
    expect(error.input).toBe('slo_target')
    expect(error.message).toMatch(/looks like a ratio.*99\.9/)
    expect(errorOf({ slo_target: '100' }).message).toMatch(/0 < x < 100/)
    expect(errorOf({ slo_target: '0.99999' }).message).toMatch(/\(99\.999 for 0\.99999\)/)
  })

  it.each(['1', '1.0', '1.000'])(
    'a target of %s is a ratio of 100 %%: no suggestion of 100',
    text => {
      const message = errorOf({ slo_target: text }).message
      expect(message).toBe(
        `Input slo_target: ${text} looks like a ratio of 1.0 = 100 %, which leaves no error budget; give the target in percent below 100, such as 99.9`
      )
      expect(message).not.toMatch(/\(100 for/)
      expect(errorOf({ slo_target: 'abc' }).message).toMatch(/not a number/)
      expect(errorOf({ slo_target: '0x10' }).message).toMatch(/not a number/)
    }
  )

  it('refuses queries without {{window}}', () => {
    const error = errorOf({ error_query: 'sum(rate(x[5m]))' })
    expect(error.input).toBe('error_query')
    expect(error.message).toMatch(/\{\{window\}\}/)
    expect(errorOf({ total_query: 'sum(x)' }).input).toBe('total_query')
  })

  it.each([
    'x[{{ window }}] + y[{{window}}]',
    'x[{{window}}] / y[{{windows}}]',
    'x[{{window}}{{}}]'
  ])('refuses a placeholder left after expansion: %s', query => {
    const error = errorOf({ error_query: query })
    expect(error.input).toBe('error_query')
    expect(error.message).toMatch(/placeholder \{\{.*\}\} that the gate does not fill/)
  })

  it('requires strictly decreasing thresholds within 0-100', () => {
    expect(errorOf({ warning_threshold: '80' }).message).toMatch(/strictly decreasing/)
    expect(errorOf({ freeze_threshold: '60' }).message).toMatch(/strictly decreasing/)
    expect(errorOf({ caution_threshold: '120' }).input).toBe('caution_threshold')
  })

  it('validates windows, booleans, on_error, block_on, numbers and time', () => {
    expect(errorOf({ time_window: '30 days' }).input).toBe('time_window')
    expect(errorOf({ burn_rate_window: '1.5h' }).input).toBe('burn_rate_window')
    expect(errorOf({ dry_run: 'yes' }).message).toMatch(/dry_run.*true or false/)
    expect(errorOf({ on_error: 'ignore' }).message).toMatch(/block or allow/)
    expect(errorOf({ block_on: 'WARNING,PANIC' }).message).toMatch(/PANIC/)
    expect(errorOf({ block_on: 'ERROR' }).message).toMatch(/on_error/)
    for (const blockOn of [',', ' , ', 'NORMAL', 'CAUTION NORMAL'])
      expect(errorOf({ block_on: blockOn }).message).toMatch(/^Input block_on: /)
    expect(errorOf({ prometheus_timeout: '0' }).input).toBe('prometheus_timeout')
    expect(errorOf({ prometheus_retries: '1.5' }).input).toBe('prometheus_retries')
    expect(errorOf({ fast_burn_threshold: '-1' }).input).toBe('fast_burn_threshold')
    expect(errorOf({ evaluation_time: 'yesterday' }).input).toBe('evaluation_time')
    expect(errorOf({ prometheus_headers: 'no colon here' }).input).toBe('prometheus_headers')
    expect(errorOf({ prometheus_ca_cert: 'garbage' }).input).toBe('prometheus_ca_cert')
  })

  it('parses evaluation_time as RFC 3339 or Unix seconds', () => {
    expect(
      readGateConfig(
        source({ ...base, evaluation_time: '2026-01-31T12:00:00Z' })
      ).evaluationTime?.toISOString()
    ).toBe('2026-01-31T12:00:00.000Z')
    expect(
      readGateConfig(source({ ...base, evaluation_time: '1700000000' })).evaluationTime?.getTime()
    ).toBe(1700000000000)
  })

  it('parses headers and moves URL credentials out of the URL', () => {
    const config = readGateConfig(
      source({
        prometheus_url: 'https://inst:t%40ken@example.com/prometheus',
        prometheus_headers: 'X-Scope-OrgID: team-a\nX-Other:  b '
      })
    )
    expect(config.prometheus.url).toBe('https://example.com/prometheus')
    expect(config.prometheus.username).toBe('inst')
    expect(config.prometheus.password).toBe('t@ken')
    expect(config.prometheus.headers).toEqual({ 'X-Scope-OrgID': 'team-a', 'X-Other': 'b' })
  })

  it('lists secrets from token, password and URL userinfo', () => {
    const secrets = secretValues(
      source({
        prometheus_url: 'https://u:pw123@h',
        prometheus_token: 'tok',
        prometheus_password: 'pass'
      })
    )
    expect(secrets).toEqual(expect.arrayContaining(['tok', 'pass', 'pw123']))
  })

  it('lists the credentials of a header value without their scheme, and a Basic pair decoded', () => {
    const pair = Buffer.from('ops-user:hunter2-pw').toString('base64')
    const secrets = secretValues(
      source({
        prometheus_url: 'https://h',
        prometheus_headers: `Authorization: Bearer glsa_9f8e7d6c\nProxy-Authorization: Basic ${pair}`
      })
    )
    expect(secrets).toEqual(expect.arrayContaining(['glsa_9f8e7d6c', 'hunter2-pw']))
  })

  it('never echoes a secret in an input error', () => {
    const error = errorOf({ prometheus_token: 'sekret-token', prometheus_username: 'u' })
    expect(error.message).not.toContain('sekret-token')
  })
})

describe('one rule for words and booleans (getBooleanInput)', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('%s is %s', (text, value) => {
    expect(parseBoolean('dry_run', text)).toBe(value)
  })

  it.each(['tRUE', 'yes', '1', 'on', 'FaLsE'])('refuses the boolean %j', text => {
    expect(() => parseBoolean('dry_run', text)).toThrow(/dry_run: .* true or false/)
  })

  it('applies the same rule to on_error and block_on', () => {
    expect(readGateConfig(source({ ...base, on_error: 'Allow' })).onError).toBe('allow')
    expect(readGateConfig(source({ ...base, on_error: 'BLOCK' })).onError).toBe('block')
    expect(errorOf({ on_error: 'bLOCK' }).input).toBe('on_error')
    const slo = readGateConfig(source({ ...base, block_on: 'warning, Freeze EXHAUSTED' })).slos[0]
    expect(slo.blockOn).toEqual(['WARNING', 'FREEZE', 'EXHAUSTED'])
    expect(errorOf({ block_on: 'WARNING,fReEzE' }).message).toMatch(/fReEzE/)
    expect(matchWord('Never', ['always', 'never'])).toBe('never')
  })
})

describe('inputs refused before any query', () => {
  it('a token with a line break names prometheus_token and does not echo it', () => {
    const error = errorOf({ prometheus_token: 'abc\ndef' })
    expect(error.input).toBe('prometheus_token')
    expect(error.message).not.toMatch(/abc|def/)
  })

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-02-29T12:00:00Z',
    '2026-04-31T00:00:00+02:00',
    '2026-01-31T24:00:00Z'
  ])('the time %s is not on the calendar', text => {
    expect(errorOf({ evaluation_time: text }).input).toBe('evaluation_time')
  })

  it('a leap day is', () => {
    const config = readGateConfig(source({ ...base, evaluation_time: '2028-02-29T23:59:59Z' }))
    expect(config.evaluationTime?.toISOString()).toBe('2028-02-29T23:59:59.000Z')
  })

  it.each([
    [
      { caution_threshold: '10' },
      'caution_threshold',
      /caution_threshold \(10\) is not above warning_threshold \(50\)/
    ],
    [
      { warning_threshold: '85' },
      'warning_threshold',
      /warning_threshold \(85\) is not below caution_threshold \(80\)/
    ],
    [
      { freeze_threshold: '50' },
      'freeze_threshold',
      /freeze_threshold \(50\) is not below warning_threshold \(50\)/
    ],
    [
      { warning_threshold: '10' },
      'warning_threshold',
      /warning_threshold \(10\) is not above freeze_threshold \(20\)/
    ],
    [
      { caution_threshold: '40', warning_threshold: '45' },
      'caution_threshold',
      /caution_threshold \(40\)/
    ]
  ])('the threshold order error for %j names %s', (values, input, message) => {
    const error = errorOf(values)
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
  })
})

describe('slo_name', () => {
  it('names the single SLO; unset, it is called default', () => {
    expect(readGateConfig(source({ ...base, slo_name: ' checkout ' })).slos[0].name).toBe(
      'checkout'
    )
    expect(readGateConfig(source(base)).slos[0].name).toBe('default')
  })

  it.each([
    ['a line break', 'checkout\n::error::x'],
    ['a line separator', 'checkout\u2028x'],
    ['a terminal escape', 'checkout\u001b[2J']
  ])('refuses %s, as a config file refuses it in a name', (_, name) => {
    const error = errorOf({ slo_name: name })
    expect(error.input).toBe('slo_name')
    expect(error.message).toMatch(/has control characters or line breaks; an SLO name is one line/)
  })
})
