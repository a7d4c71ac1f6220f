/**
 * Overrides end to end: the bundled action, the real test Prometheus for each level, and the
 * fake GitHub API answering the actor's permission and holding the audit issue.
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  startFakeGitHub,
  workflowDispatchEvent,
  type FakeGitHub,
  type Role
} from '../helpers/fake-github.js'
import { freePort, sharedPrometheus } from '../helpers/prometheus.js'
import { serviceQueries } from '../helpers/queries.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'

const prometheus = sharedPrometheus()
const REASON = 'hotfix for INC-42, approved by the on-call lead'
let fake: FakeGitHub

beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(async () => {
  expect(fake.schemaErrors).toEqual([])
  await fake.close()
})

interface Options {
  actor?: string
  role?: Role
  event?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
}

function override(service: string, options: Options = {}): Promise<ActionRun> {
  const actor = options.actor ?? 'alice'
  if (options.role) fake.permissions.set(actor, options.role)
  return runAction({
    inputs: {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      github_token: 'ghs_fake_token_123',
      pr_comment: 'never',
      override: 'true',
      override_reason: REASON,
      ...serviceQueries(service),
      ...options.inputs
    },
    env: { GITHUB_API_URL: fake.url, GITHUB_ACTOR: actor, ...options.env },
    eventName: options.event ?? 'workflow_dispatch',
    event: workflowDispatchEvent({ override_freeze: true, override_reason: REASON })
  })
}

const auditComments = () => fake.comments.filter(c => fake.issues.some(i => i.number === c.issue))

describe('overrides by level and permission', () => {
  it.each([
    ['warning', 'write', true],
    ['warning', 'triage', false],
    ['freeze', 'maintain', true],
    ['freeze', 'write', false],
    ['exhausted', 'admin', true],
    ['exhausted', 'maintain', false]
  ] as const)('%s with %s: granted=%s', async (service, role, granted) => {
    const r = await override(service, { role })
    const record = JSON.parse(r.outputs.audit_record)
    expect(record).toMatchObject({
      actor: 'alice',
      permission: role,
      decision: granted ? 'granted' : 'denied',
      reason: REASON,
      status: service.toUpperCase(),
      repository: 'acme/shop',
      event: 'workflow_dispatch',
      run_url: 'https://github.example.com/acme/shop/actions/runs/4242'
    })
    expect(r.outputs.budget_status).toBe(service.toUpperCase())
    expect(r.outputs.can_deploy).toBe(String(granted))
    expect(r.outputs.override_applied).toBe(String(granted))
    expect(r.exitCode).toBe(granted ? 0 : 1)
    if (granted) expect(r.stdout).toMatch(/::warning::Deploy override by alice \(\w+\) opened/)
    else
      expect(r.stdout).toMatch(
        /::error::Override denied: alice has "\w+"; the override needs the "\w+" permission/
      )
    expect(auditComments()).toHaveLength(1)
    expect(auditComments()[0].body).toContain(`Deploy override ${granted ? 'granted' : 'denied'}`)
    expect(r.summary).toContain(`Deploy override ${granted ? 'granted' : 'denied'}`)
  })

  it('an unreachable GitHub API denies the override, naming the host and the cause', async () => {
    const r = await override('warning', {
      role: 'admin',
      env: { GITHUB_API_URL: `http://127.0.0.1:${await freePort()}` },
      inputs: { audit_issue: 'none' }
    })
    expect(r.outputs.can_deploy).toBe('false')
    expect(JSON.parse(r.outputs.audit_record).explanation).toMatch(
      /^permission lookup failed \(cannot reach 127\.0\.0\.1:\d+: .*ECONNREFUSED.*\); the override needs the "write" permission/
    )
  })

  it('uses role_name: maintain passes a maintain requirement though the legacy field says write', async () => {
    const r = await override('freeze', { role: 'maintain' })
    expect(r.outputs.can_deploy).toBe('true')
  })

  it('takes GITHUB_TRIGGERING_ACTOR over GITHUB_ACTOR (re-runs)', async () => {
    fake.permissions.set('admin-bob', 'admin')
    fake.permissions.set('reader-rita', 'read')
    const r = await override('exhausted', {
      actor: 'admin-bob',
      env: { GITHUB_TRIGGERING_ACTOR: 'reader-rita' }
    })
    expect(r.outputs.can_deploy).toBe('false')
    expect(JSON.parse(r.outputs.audit_record).actor).toBe('reader-rita')
  })

  it('freeze_approvers: the permission is not enough without being listed', async () => {
    const denied = await override('freeze', {
      role: 'admin',
      inputs: { freeze_approvers: 'carol, @dave' }
    })
    expect(denied.outputs.can_deploy).toBe('false')
    expect(denied.stdout).toMatch(
      /not in freeze_approvers; the override needs the "maintain" permission \(required by SLO default\) and to be one of freeze_approvers \(carol, dave\)/
    )
    const granted = await override('freeze', {
      actor: 'dave',
      role: 'maintain',
      inputs: { freeze_approvers: 'carol, @dave' }
    })
    expect(granted.outputs.can_deploy).toBe('true')
    const warning = await override('warning', {
      actor: 'erin',
      role: 'write',
      inputs: { freeze_approvers: 'carol' }
    })
    expect(warning.outputs.can_deploy).toBe('true')
  })

  it('an unknown actor (404) is denied', async () => {
    const r = await override('warning', { actor: 'stranger' })
    expect(r.outputs.can_deploy).toBe('false')
    expect(JSON.parse(r.outputs.audit_record)).toMatchObject({
      decision: 'denied',
      permission: null
    })
    expect(r.stdout).toMatch(/stranger is not a collaborator \(HTTP 404\)/)
  })
})

describe('override rules', () => {
  it('a missing or short reason fails naming override_reason, before any query', async () => {
    const r = await override('warning', { role: 'admin', inputs: { override_reason: 'pls' } })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(
      /::error::Input override_reason: an override needs a reason of at least 10 characters/
    )
    expect(r.outputs.can_deploy).toBe('false')
    expect(fake.requests).toHaveLength(0)
  })

  it('a push event carrying override=true is ignored with a warning', async () => {
    const r = await override('warning', { role: 'admin', event: 'push' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.outputs.override_applied).toBe('false')
    expect(r.stdout).toMatch(
      /::warning::override ignored: it is honoured only on workflow_dispatch, and this run is a push event/
    )
    expect(fake.requests.filter(r => r.path.includes('/collaborators/'))).toHaveLength(0)
  })

  it('an override of an open deploy does nothing and records nothing', async () => {
    const r = await override('healthy', { role: 'admin' })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.audit_record).toBe('')
    expect(fake.issues).toHaveLength(0)
  })

  it('ERROR is governed by the freeze permission', async () => {
    const denied = await override('ghost', { role: 'write' })
    expect(denied.outputs.can_deploy).toBe('false')
    const granted = await override('ghost', { role: 'maintain' })
    expect(granted.outputs.budget_status).toBe('ERROR')
    expect(granted.outputs.can_deploy).toBe('true')
  })

  it('dry_run: a denied override does not fail the step', async () => {
    const r = await override('freeze', { role: 'read', inputs: { dry_run: 'true' } })
    expect(r.exitCode).toBe(0)
    expect(JSON.parse(r.outputs.audit_record).decision).toBe('denied')
  })
})

describe('the audit trail', () => {
  it('creates the labelled audit issue once and reuses it', async () => {
    await override('warning', { role: 'write' })
    await override('freeze', { role: 'write' })
    expect(fake.issues).toHaveLength(1)
    expect(fake.issues[0].labels).toEqual(['deploy-override-audit'])
    expect(auditComments()).toHaveLength(2)
    expect(
      fake.requests.filter(r => r.method === 'POST' && r.path === '/repos/acme/shop/issues')
    ).toHaveLength(1)
  })

  it('writes to a given issue number, to audit_log_file and to Slack whatever slack_notify says', async () => {
    fake.issues.push({ number: 77, title: 'audit', body: '', state: 'open', labels: [] })
    const r = await override('warning', {
      role: 'write',
      inputs: {
        audit_issue: '77',
        audit_log_file: 'audit/overrides.jsonl',
        slack_webhook_url: fake.slackUrl,
        slack_notify: 'never'
      }
    })
    expect(r.outputs.can_deploy).toBe('true')
    expect(fake.comments.filter(c => c.issue === 77)).toHaveLength(1)
    const line = fs.readFileSync(path.join(r.dir, 'workspace/audit/overrides.jsonl'), 'utf8').trim()
    expect(JSON.parse(line)).toEqual(JSON.parse(r.outputs.audit_record))
    expect(fake.slackMessages).toHaveLength(1)
    expect(JSON.stringify(fake.slackMessages[0])).toContain('Deploy override granted')
  })

  it('fails closed when the audit issue is not writable, unless audit_issue is none', async () => {
    fake.readOnly = true
    const r = await override('warning', { role: 'admin' })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.can_deploy).toBe('false')
    expect(r.stdout).toMatch(/a granted override needs a durable record/)
    expect(JSON.parse(r.outputs.audit_record).decision).toBe('denied')
    const none = await override('warning', { role: 'admin', inputs: { audit_issue: 'none' } })
    expect(none.outputs.can_deploy).toBe('true')
  })

  it('escapes a hostile reason in every channel', async () => {
    const hostile =
      '<!channel> @acme/admins --> <script>alert(1)</script> | <https://evil.example|ok>'
    const r = await override('warning', {
      role: 'write',
      inputs: { override_reason: hostile, slack_webhook_url: fake.slackUrl }
    })
    expect(r.outputs.can_deploy).toBe('true')
    const comment = auditComments()[0].body
    expect(comment).not.toContain('<script>')
    expect(comment).not.toMatch(/@acme\/admins/)
    expect(comment).not.toContain('-->')
    expect(r.summary).not.toContain('<script>')
    const slack = JSON.stringify(fake.slackMessages)
    expect(slack).not.toContain('<!channel>')
    expect(slack).not.toContain('<https://evil.example|ok>')
    expect(JSON.parse(r.outputs.audit_record).reason).toBe(hostile)
  })
})
