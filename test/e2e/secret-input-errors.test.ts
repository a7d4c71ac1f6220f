/**
 * Issue 21, item 3: an error about a secret-bearing input (a header, a token, a URL with
 * credentials) names the input and the line, never the text, not even a prefix: a prefix of a
 * secret matches none of its registered forms, so redaction alone would show it. The action
 * in-process (fake core), the bundled CLI and the bundled App's start-up.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import * as core from '../fixtures/core.js'
import { startApp } from '../helpers/run-app.js'
import { runCli } from '../helpers/run-cli.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/main.js')

/** A header pasted without its colon: long enough that a 40-character prefix is not all of it. */
const TOKEN = 'glsa_9f8e7d6c5b4a39281706f5e4d3c2b1a0_0badc0de'
const BAD_LINE = `Authorization Bearer ${TOKEN}`
const HEADERS = `X-Scope-OrgID: team-a\n${BAD_LINE}`

/** Fails when any 8 characters in a row of `value` appear in `text`. */
function expectNoPartOf(value: string, text: string): void {
  const shown = [...Array(Math.max(0, value.length - 7)).keys()]
    .map(start => value.slice(start, start + 8))
    .filter(part => text.includes(part))
  expect(shown).toEqual([])
}

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-secret-errors-'))

describe('a header line without its colon is named by its number, never shown', () => {
  const savedEnv = { ...process.env }
  afterEach(() => {
    process.env = { ...savedEnv }
  })

  it('action: the failure names prometheus_headers and line 2; no log line, output or summary shows the line', async () => {
    const workspace = tempDir()
    process.env.RUNNER_TEMP = workspace
    process.env.GITHUB_WORKSPACE = workspace
    const recorded = core.resetCore({
      prometheus_url: 'http://127.0.0.1:9',
      prometheus_headers: HEADERS
    })
    await run()
    expect(recorded.outputs).toEqual({ can_deploy: 'false', budget_status: 'ERROR' })
    expect(recorded.failed).toMatch(/^Input prometheus_headers: line 2 is not a header/)
    expectNoPartOf(
      BAD_LINE,
      [...recorded.calls, recorded.summaryText, JSON.stringify(recorded.outputs)].join('\n')
    )
  })

  it('CLI: exit 64, names the flag and line 2, shows no part of the line', async () => {
    const r = await runCli(
      [
        'check',
        '--prometheus-url',
        'http://127.0.0.1:9',
        '--prometheus-header',
        'X-Scope-OrgID: team-a',
        '--prometheus-header',
        BAD_LINE
      ],
      { cwd: tempDir() }
    )
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(/prometheus-header.*: line 2 is not a header/)
    expectNoPartOf(BAD_LINE, r.stdout + r.stderr)
  })

  it('CLI: a token pasted unquoted with its "Bearer" is refused by position, not quoted', async () => {
    const r = await runCli(
      ['check', '--prometheus-url', 'http://127.0.0.1:9', '--prometheus-token', 'Bearer', TOKEN],
      { cwd: tempDir() }
    )
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(
      /unexpected argument number 6 \(not shown: it may be part of a credential/
    )
    expectNoPartOf(TOKEN, r.stdout + r.stderr)
  })

  it('CLI: a URL that is a pasted user:password names no part of it', async () => {
    const r = await runCli(['check', '--prometheus-url', `grafana:${TOKEN}`], { cwd: tempDir() })
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(/prometheus-url.*has protocol other than http\(s\)/)
    expectNoPartOf(`grafana:${TOKEN}`, r.stdout + r.stderr)
  })
})

describe('the App start-up', () => {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
  const WEBHOOK_SECRET = 'whsec_5a4b3c2d1e0f9a8b7c6d'
  const env = { APP_ID: '1', PRIVATE_KEY: pem, WEBHOOK_SECRET, STATE_FILE: '' }

  /** The server's exit and everything it printed, for settings it must refuse. */
  async function refused(extra: Record<string, string>): Promise<string> {
    const stateFile = path.join(tempDir(), 'state.json')
    try {
      const app = await startApp({ ...env, STATE_FILE: stateFile, ...extra })
      await app.stop()
    } catch (error) {
      return (error as Error).message
    }
    throw new Error('the server started')
  }

  it('DATASOURCE_<NAME>_HEADERS: exit 1, names the variable and line 2, shows no part of the line', async () => {
    const said = await refused({
      DATASOURCE_PROD_URL: 'http://127.0.0.1:9',
      DATASOURCE_PROD_HEADERS: HEADERS
    })
    expect(said).toMatch(/^server exited with 1:/)
    expect(said).toMatch(/"level":"error","msg":"DATASOURCE_PROD_HEADERS: line 2 is not a header/)
    expectNoPartOf(BAD_LINE, said)
  })

  it('prints its settings errors through the redacting logger: a secret pasted into another setting is masked', async () => {
    // An environment file one line off: the webhook secret lands in PORT, which quotes its value.
    const said = await refused({ PORT: WEBHOOK_SECRET, DATASOURCE_PROD_URL: 'http://127.0.0.1:9' })
    expect(said).toMatch(/"msg":"PORT: \\"\*\*\*\\" is not a port number"/)
    expectNoPartOf(WEBHOOK_SECRET, said)
  })

  it('a datasource token pasted into another setting is masked as well', async () => {
    const token = 'glc_datasource_token_7f6e5d4c'
    const said = await refused({
      DATASOURCE_PROD_URL: 'http://127.0.0.1:9',
      DATASOURCE_PROD_TOKEN: token,
      PORT: token
    })
    expect(said).toMatch(/"msg":"PORT: \\"\*\*\*\\" is not a port number"/)
    expectNoPartOf(token, said)
  })
})
