/**
 * Which repositories may use which datasource: DATASOURCE_<NAME>_REPOSITORIES, and none without it.
 * A repository is told the same words for a datasource it may not use and one that does not exist.
 */
import crypto from 'node:crypto'
import {
  datasourceFor,
  notAvailable,
  readRepositoryPatterns,
  mayUse
} from '../../../src/app/access.js'
import { readServerSettings, SettingError, startupWarnings } from '../../../src/app/settings.js'

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
const env = {
  APP_ID: '1',
  PRIVATE_KEY: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  WEBHOOK_SECRET: 'a-webhook-secret-long-enough'
}

function settingError(extra: Record<string, string>): SettingError {
  try {
    readServerSettings({ ...env, ...extra })
  } catch (error) {
    if (error instanceof SettingError) return error
    throw error
  }
  throw new Error('expected a SettingError')
}

describe('repository patterns', () => {
  it.each([
    ['acme/shop', 'acme', 'shop', true],
    ['acme/shop', 'ACME', 'Shop', true],
    ['acme/shop', 'acme', 'shop2', false],
    ['acme/*', 'acme', 'anything.js', true],
    ['acme/*', 'acme-evil', 'shop', false],
    ['acme/*', 'evil', 'acme', false],
    ['*/shop', 'anyone', 'shop', true],
    ['acme/team-*', 'acme', 'team-pay', true],
    ['acme/team-*', 'acme', 'other', false],
    ['acme/a.b', 'acme', 'aXb', false],
    ['platform/*, acme/shop', 'acme', 'shop', true]
  ])('%s: %s/%s is %s', (patterns, owner, repo, allowed) => {
    expect(mayUse(readRepositoryPatterns(patterns), owner, repo)).toBe(allowed)
  })

  it.each(['acme', 'acme/shop/x', '/shop', 'acme/', 'acme/sh op', 'acme/(.*)'])(
    'refuses %j',
    text => {
      expect(() => readRepositoryPatterns(text)).toThrow(/is not an owner\/repository pattern/)
    }
  )
})

describe('datasources bound to repositories', () => {
  const settings = readServerSettings({
    ...env,
    DATASOURCE_TEAM_A_URL: 'http://a.internal:9090',
    DATASOURCE_TEAM_A_REPOSITORIES: 'acme/shop,acme/cart-*',
    DATASOURCE_TEAM_B_URL: 'http://b.internal:9090',
    DATASOURCE_TEAM_B_REPOSITORIES: 'platform/*',
    DATASOURCE_OPEN_URL: 'http://open.internal:9090'
  })

  it('gives a repository only the datasources bound to it', () => {
    const shop = { owner: 'acme', repo: 'shop' }
    expect(datasourceFor(settings.datasources, 'team_a', shop)?.name).toBe('team_a')
    expect(
      datasourceFor(settings.datasources, 'team_a', { owner: 'acme', repo: 'cart-eu' })
    ).toBeDefined()
    expect(datasourceFor(settings.datasources, 'team_b', shop)).toBeUndefined()
    expect(
      datasourceFor(settings.datasources, 'team_b', { owner: 'platform', repo: 'x' })
    ).toBeDefined()
    // No REPOSITORIES setting: no repository may use it.
    expect(datasourceFor(settings.datasources, 'open', shop)).toBeUndefined()
    expect(datasourceFor(settings.datasources, 'nope', shop)).toBeUndefined()
  })

  it('warns at start for each datasource that serves no repository', () => {
    expect(startupWarnings(settings)).toEqual([
      expect.stringMatching(
        /^datasource open serves no repository: set DATASOURCE_OPEN_REPOSITORIES to the repositories/
      )
    ])
  })

  it('says the same words for a forbidden datasource and a missing one, listing none', () => {
    expect(notAvailable('production', 'team_b')).toBe(
      'environments.production.prometheus: datasource "team_b" is not available to this repository; ask the server\'s operator which datasource it may use'
    )
    expect(notAvailable('production', 'team_b').replace('team_b', 'nope')).toBe(
      notAvailable('production', 'nope')
    )
  })

  it('refuses a bad DATASOURCE_<NAME>_REPOSITORIES, naming the variable', () => {
    const error = settingError({
      DATASOURCE_X_URL: 'http://x:9090',
      DATASOURCE_X_REPOSITORIES: 'acme/shop, everything'
    })
    expect(error.variable).toBe('DATASOURCE_X_REPOSITORIES')
    expect(error.message).toContain('entry 2 is not an owner/repository pattern')
  })

  it('names each datasource by its name in its messages', () => {
    expect(settings.datasources.get('team_a')?.prometheus.shownAs).toBe('datasource team_a')
  })
})

describe('unknown environments and wait limits', () => {
  it('rejects environments the policy does not name unless told to approve them', () => {
    expect(readServerSettings(env).unknownEnvironment).toBe('reject')
    expect(readServerSettings({ ...env, UNKNOWN_ENVIRONMENT: 'approve' }).unknownEnvironment).toBe(
      'approve'
    )
  })

  it('refuses a MAX_WAIT longer than GitHub waits, and a MIN_INTERVAL no wait could hold', () => {
    expect(settingError({ MAX_WAIT: '31d' }).variable).toBe('MAX_WAIT')
    expect(readServerSettings({ ...env, MAX_WAIT: '30d' }).maxWaitSeconds).toBe(30 * 86400)
    expect(settingError({ MAX_WAIT: '30d', MIN_INTERVAL: '25d' }).variable).toBe('MIN_INTERVAL')
    expect(settingError({ MIN_INTERVAL: '2d' }).variable).toBe('MIN_INTERVAL')
  })
})
