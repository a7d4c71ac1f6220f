/**
 * applyOverride in-process, against the loopback fake of GitHub: who opens what, and the record
 * every attempt leaves. The end-to-end suite runs the same through the bundled action; these pin
 * down each decision where mutation testing (npm run mutate) can see it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createGitHubClient, type GitHubClient } from '../../../src/github/client.js'
import type { RunContext } from '../../../src/github/run-context.js'
import {
  applyOverride,
  readOverrideConfig,
  type OverrideConfig
} from '../../../src/override/policy.js'
import { AUDIT_LABEL } from '../../../src/override/audit.js'
import { PACKAGE_HOME } from '../../../src/text/about.js'
import type { GateResult } from '../../../src/engine/result.js'
import type { Status } from '../../../src/engine/status.js'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'

let fake: FakeGitHub
let client: GitHubClient
beforeAll(async () => {
  fake = await startFakeGitHub()
  client = await createGitHubClient({
    token: 'ghs_test',
    baseUrl: fake.url,
    retries: 0,
    outsideRunner: true
  })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests.length = 0
  fake.comments.length = 0
  fake.issues.length = 0
  fake.readOnly = false
  fake.permissions.clear()
})

const run = (eventName = 'workflow_dispatch', actor = 'alice'): RunContext => ({
  repo: { owner: 'acme', repo: 'shop' },
  runUrl: 'https://github.com/acme/shop/actions/runs/1',
  serverUrl: 'https://github.com',
  apiUrl: fake.url,
  eventName,
  sha: 'a'.repeat(40),
  ref: 'refs/heads/main',
  workflow: 'deploy',
  actor,
  home: PACKAGE_HOME
})

function result(status: Status, blocked = true): GateResult {
  const slo = {
    name: 'checkout',
    status,
    blocks: blocked,
    budgetRemaining: -4,
    burnRate: 2,
    daysToExhaustion: 0
  }
  return {
    status,
    canDeploy: !blocked,
    blocked,
    reasons: [],
    worst: slo,
    slos: [slo],
    evaluationTime: new Date(),
    dryRun: false,
    warnings: [],
    requestCount: 0,
    durationMs: 0
  } as unknown as GateResult
}

const config = (values: Record<string, string> = {}): OverrideConfig =>
  readOverrideConfig(
    name =>
      ({ override: 'true', override_reason: 'INC-42 approved by the on-call lead', ...values })[
        name
      ] ?? '',
    'workflow_dispatch'
  )

async function apply(
  status: Status,
  options: {
    values?: Record<string, string>
    event?: string
    actor?: string
    blocked?: boolean
    noClient?: boolean
    workspace?: string
  } = {}
) {
  const lines: string[] = []
  const announced: unknown[] = []
  const outcome = await applyOverride(
    result(status, options.blocked ?? true),
    config(options.values),
    {
      client: options.noClient ? undefined : client,
      run: run(options.event, options.actor),
      workspace: options.workspace ?? os.tmpdir(),
      announce: async record => void announced.push(record),
      log: { info: t => lines.push(`info ${t}`), warning: t => lines.push(`warning ${t}`) }
    }
  )
  return { outcome, lines, announced }
}

describe('applyOverride', () => {
  it('opens EXHAUSTED for an admin and records it on the audit issue and in Slack', async () => {
    fake.permissions.set('alice', 'admin')
    const { outcome, announced, lines } = await apply('EXHAUSTED')
    expect(outcome).toMatchObject({ canDeploy: true, applied: true })
    expect(outcome.denial).toBeUndefined()
    expect(outcome.record).toMatchObject({
      actor: 'alice',
      permission: 'admin',
      decision: 'granted',
      required_permission: 'admin',
      required_by: 'SLO checkout',
      reason: 'INC-42 approved by the on-call lead'
    })
    expect(announced).toEqual([outcome.record])
    expect(fake.issues.map(i => i.labels)).toEqual([[AUDIT_LABEL]])
    expect(fake.comments).toHaveLength(1)
    expect(outcome.auditComment?.id).toBe(fake.comments[0].id)
    expect(outcome.notes).toEqual([
      expect.stringMatching(/^\*\*Override granted\*\* for alice: alice has "admin"/)
    ])
    expect(lines).toContainEqual(
      expect.stringMatching(/^warning Deploy override by alice \(admin\)/)
    )
  })

  it('denies a maintainer on EXHAUSTED, records the denial, and keeps the deploy blocked', async () => {
    fake.permissions.set('alice', 'maintain')
    const { outcome, announced } = await apply('EXHAUSTED')
    expect(outcome).toMatchObject({ canDeploy: false, applied: false })
    expect(outcome.denial).toMatch(
      /^Override denied: alice has "maintain"; the override needs the "admin" permission/
    )
    expect(outcome.record).toMatchObject({ decision: 'denied', permission: 'maintain' })
    expect(announced).toHaveLength(1)
    expect(fake.comments).toHaveLength(1)
    expect(outcome.notes[0]).toMatch(/^\*\*Override denied\*\*/)
  })

  it('denies when the permission lookup fails: not a collaborator, or an API error', async () => {
    const missing = await apply('WARNING')
    expect(missing.outcome.applied).toBe(false)
    expect(missing.outcome.canDeploy).toBe(false)
    expect(missing.outcome.denial).toBe(
      'Override denied: alice is not a collaborator (HTTP 404); the override needs the "write" permission (required by SLO checkout)'
    )
    fake.permissions.set('alice', 'admin')
    fake.failNext('GET', /\/collaborators\/alice\/permission$/, { status: 500, body: {} })
    const failed = await apply('WARNING')
    expect(failed.outcome.applied).toBe(false)
    expect(failed.outcome.denial).toMatch(/^Override denied: permission lookup failed \(HTTP 500\)/)
    expect(failed.outcome.record?.permission).toBeNull()
  })

  it('denies without a client to check the permission with', async () => {
    const { outcome } = await apply('WARNING', { noClient: true, values: { audit_issue: 'none' } })
    expect(outcome).toMatchObject({ canDeploy: false, applied: false })
    expect(outcome.denial).toMatch(/no github_token or repository/)
    expect(fake.requests).toHaveLength(0)
  })

  it('fails closed when a granted override cannot be written to the audit issue', async () => {
    fake.permissions.set('alice', 'admin')
    fake.readOnly = true
    const { outcome, lines, announced } = await apply('FREEZE')
    expect(outcome).toMatchObject({ canDeploy: false, applied: false })
    expect(outcome.denial).toMatch(
      /the audit record could not be written to the audit issue \(HTTP 403; the token needs "issues: write"\); a granted override needs a durable record/
    )
    expect(outcome.record?.decision).toBe('denied')
    expect(announced).toEqual([outcome.record])
    expect(lines).toContainEqual(
      expect.stringMatching(/^warning the audit record could not be written/)
    )
  })

  it('without a client, a granted audit cannot be written either (and says so)', async () => {
    const { outcome } = await apply('WARNING', { noClient: true })
    expect(outcome.applied).toBe(false)
    expect(outcome.denial).toMatch(/no github_token or repository/)
  })

  it('with audit_issue none, a granted override needs no issue', async () => {
    fake.permissions.set('alice', 'write')
    const { outcome } = await apply('WARNING', { values: { audit_issue: 'none' } })
    expect(outcome).toMatchObject({ canDeploy: true, applied: true })
    expect(fake.comments).toHaveLength(0)
    expect(outcome.auditComment).toBeUndefined()
  })

  it('comments on the numbered audit issue when one is named', async () => {
    fake.permissions.set('alice', 'write')
    fake.issues.push({ number: 7, title: 'audit', body: '', state: 'open', labels: [] })
    const { outcome } = await apply('WARNING', { values: { audit_issue: '7' } })
    expect(outcome.applied).toBe(true)
    expect(fake.comments.map(c => c.issue)).toEqual([7])
  })

  it('appends the record to audit_log_file, and a failure to do so is a warning only', async () => {
    fake.permissions.set('alice', 'write')
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'override-'))
    const written = await apply('WARNING', {
      workspace,
      values: { audit_issue: 'none', audit_log_file: 'audit/overrides.jsonl' }
    })
    expect(written.outcome.applied).toBe(true)
    const lines = fs.readFileSync(path.join(workspace, 'audit/overrides.jsonl'), 'utf8').split('\n')
    expect(JSON.parse(lines[0])).toMatchObject({ actor: 'alice', decision: 'granted' })
    // A directory where the file should be: the append fails, the override stands.
    fs.mkdirSync(path.join(workspace, 'taken.jsonl'))
    const failed = await apply('WARNING', {
      workspace,
      values: { audit_issue: 'none', audit_log_file: 'taken.jsonl' }
    })
    expect(failed.outcome.applied).toBe(true)
    expect(failed.lines).toContainEqual(
      expect.stringMatching(/^warning could not append to audit_log_file taken\.jsonl: /)
    )
    fs.rmSync(workspace, { recursive: true, force: true })
  })

  it('ignores an override on another event, or when nothing is blocked, and records nothing', async () => {
    fake.permissions.set('alice', 'admin')
    const push = await apply('EXHAUSTED', { event: 'push' })
    expect(push.outcome).toEqual({ canDeploy: false, applied: false, notes: [] })
    expect(push.lines).toEqual([
      'warning override ignored: it is honoured only on workflow_dispatch, and this run is a push event'
    ])
    const open = await apply('CAUTION', { blocked: false })
    expect(open.outcome).toEqual({ canDeploy: true, applied: false, notes: [] })
    expect(open.lines).toEqual([
      'info override requested, but the deploy is not blocked (CAUTION): nothing to override, nothing recorded'
    ])
    const notRequested = await applyOverride(
      result('EXHAUSTED'),
      { ...config(), requested: false },
      { client, run: run(), workspace: os.tmpdir(), log: { info: () => {}, warning: () => {} } }
    )
    expect(notRequested).toEqual({ canDeploy: false, applied: false, notes: [] })
    expect(fake.requests).toHaveLength(0)
    expect(push.announced).toHaveLength(0)
  })

  it('escapes the actor, the explanation and the reason in the PR comment note', async () => {
    fake.permissions.set('alice', 'write')
    const { outcome } = await apply('WARNING', {
      values: { audit_issue: 'none', override_reason: 'see <img src=x> @here [link](http://x)' }
    })
    expect(outcome.notes[0]).toContain(
      'Reason: see &lt;img src=x&gt; @\u200dhere \\[link\\](http\\://x)'
    )
  })
})
