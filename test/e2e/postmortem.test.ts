/**
 * Postmortems end to end: the bundled action with `postmortem: true` against the real test
 * Prometheus and the fake GitHub (which checks every request against GitHub's OpenAPI
 * description). An EXHAUSTED override and a >20 % incident each open exactly one issue, with the
 * impact figures of the data generator, linked from the audit record and the PR comment; later
 * runs open no other until the incident is over; and the CLI prints the same body.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  pushEvent,
  startFakeGitHub,
  workflowDispatchEvent,
  type FakeGitHub,
  type Issue
} from '../helpers/fake-github.js'
import { sharedPrometheus } from '../helpers/prometheus.js'
import { serviceFlags, serviceQueries } from '../helpers/queries.js'
import { runAction, type ActionRun } from '../helpers/run-action.js'
import { runCli } from '../helpers/run-cli.js'
import { expectedEvents, expectedErrorRatio } from '../helpers/scenarios.js'
import { remainingFor } from '../helpers/evaluate.js'
import { escapeMarkdown } from '../../src/text/escape.js'

const prometheus = sharedPrometheus()
const DAY = 86400
const SHA = 'feed'.padEnd(40, '0')
const REASON = 'hotfix for INC-42, approved by the on-call lead'
const DASHBOARD = 'https://grafana.example.com/d/ebg-shop-1234567890'
const RUN_URL = 'https://github.example.com/acme/shop/actions/runs/4242'
const LABEL = 'error-budget-postmortem'
let fake: FakeGitHub

beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(async () => {
  expect(fake.schemaErrors).toEqual([])
  await fake.close()
})

interface Options {
  inputs?: Record<string, string>
  override?: boolean
  workspaceFiles?: Record<string, string>
  prepare?: (workspace: string) => void
}

function run(service: string, options: Options = {}): Promise<ActionRun> {
  fake.permissions.set('alice', 'admin')
  fake.commitPulls.set(SHA, [7])
  const override: Record<string, string> = options.override
    ? { override: 'true', override_reason: REASON, pr_comment: 'never' }
    : {}
  return runAction({
    inputs: {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      github_token: 'ghs_fake_token_123',
      postmortem: 'true',
      dashboard_url: DASHBOARD,
      ...serviceQueries(service),
      ...override,
      ...options.inputs
    },
    env: { GITHUB_API_URL: fake.url, GITHUB_ACTOR: 'alice', GITHUB_SHA: SHA },
    eventName: options.override ? 'workflow_dispatch' : 'push',
    event: options.override
      ? workflowDispatchEvent({ override: true, override_reason: REASON })
      : pushEvent(SHA),
    workspaceFiles: options.workspaceFiles,
    prepare: options.prepare
  })
}

const postmortems = (): Issue[] => fake.issues.filter(i => i.labels.includes(LABEL))

/** A figure of the Error Budget Impact table, as a number. */
function figure(body: string, row: string): number {
  const match = new RegExp(`^\\| ${row} \\| (-?[\\d.]+)[%x] \\|$`, 'm').exec(body)
  if (!match) throw new Error(`no "${row}" row in:\n${body}`)
  return Number(match[1])
}

/**
 * The model's daily figures for the incident service: the step of the burn-down chart that holds
 * the 2-hour incident (72 h to 70 h before the end: from 3 days to 2 days before the evaluation).
 */
function incidentImpact() {
  const budget = 0.001 * expectedEvents('incident', 30 * DAY).total
  const before = 100 * (1 - expectedEvents('incident', 30 * DAY, 3 * DAY).errors / budget)
  const spent = (100 * expectedEvents('incident', 3 * DAY, 2 * DAY).errors) / budget
  return { before, spent, after: before - spent, burn: (spent / 100) * 30 }
}

describe('a postmortem when the budget is exhausted or an incident spends more than 20 %', () => {
  it('an EXHAUSTED override: one postmortem with the generator figures, linked from the audit record; a second run opens none', async () => {
    const first = await run('exhausted', { override: true })
    expect(first.outputs.can_deploy).toBe('true')
    expect(postmortems()).toHaveLength(1)
    const [issue] = postmortems()
    expect(issue.title).toBe('Postmortem: default: error budget exhausted')
    expect(first.outputs.postmortem_url).toBe(
      `https://github.example.com/acme/shop/issues/${issue.number}`
    )
    // Spent evenly (0.15 % errors, burn 1.5): the whole window, from 100 % to -50 %.
    const left = remainingFor(expectedErrorRatio('exhausted', 30 * DAY))
    expect(figure(issue.body, 'Budget before')).toBe(100)
    expect(figure(issue.body, 'Budget spent')).toBeCloseTo(100 - left, 0)
    expect(figure(issue.body, 'Budget left after')).toBeCloseTo(left, 0)
    expect(figure(issue.body, 'Burn rate over the interval')).toBeCloseTo(1.5, 1)
    expect(issue.body).toMatch(/\| Status, deploy \| 🚫 EXHAUSTED, deployed \|/)
    expect(issue.body).toContain('### 🔓 Deploy override granted')
    const audit = fake.comments.filter(c => c.body.includes('Deploy override granted'))
    expect(audit).toHaveLength(1)
    const auditUrl = `https://github.example.com/acme/shop/pull/${audit[0].issue}#issuecomment-${audit[0].id}`
    for (const link of [
      `[Workflow run](${RUN_URL})`,
      `[Error budget dashboard](${DASHBOARD})`,
      `[Override audit record](${auditUrl})`
    ])
      expect(issue.body).toContain(`- ${link}`)
    // The audit record links back.
    expect(audit[0].body).toContain(
      `**Postmortem:** [#${issue.number}](${first.outputs.postmortem_url})`
    )
    expect(first.summary).toContain(`**Postmortem** (default): [#${issue.number}]`)

    const second = await run('exhausted', { override: true })
    expect(postmortems()).toHaveLength(1)
    expect(second.outputs.postmortem_url).toBe(first.outputs.postmortem_url)
    expect(second.stdout).toContain(
      `postmortem open already for default: ${first.outputs.postmortem_url}`
    )
    // POST /issues once: the postmortem (the audit issue is the other POST /issues).
    const created = fake.requests.filter(r => r.method === 'POST' && /\/issues$/.test(r.path))
    expect(
      created.filter(r => (r.body as { labels?: string[] }).labels?.includes(LABEL))
    ).toHaveLength(1)
  })

  it('a >20 % incident: one postmortem with the generator figures, linked from the PR comment; a second run opens none', async () => {
    const first = await run('incident')
    expect(first.outputs.budget_status).toBe('WARNING')
    expect(postmortems()).toHaveLength(1)
    const [issue] = postmortems()
    const expected = incidentImpact()
    expect(expected.spent).toBeGreaterThan(20)
    expect(issue.title).toBe(
      `Postmortem: default: an incident spent ${figure(issue.body, 'Budget spent').toFixed(2)}% of the error budget`
    )
    expect(figure(issue.body, 'Budget before')).toBeCloseTo(expected.before, 0)
    expect(figure(issue.body, 'Budget spent')).toBeCloseTo(expected.spent, 0)
    expect(figure(issue.body, 'Budget left after')).toBeCloseTo(expected.after, 0)
    expect(
      Math.abs(figure(issue.body, 'Burn rate over the interval') - expected.burn)
    ).toBeLessThan(0.2)
    const end = new Date((prometheus.endTime - 2 * DAY) * 1000).toISOString()
    const start = new Date((prometheus.endTime - 3 * DAY) * 1000).toISOString()
    expect(issue.body.split('\n')[1]).toBe(
      `<!-- error-budget-gate:postmortem-cause kind=incident start=${start} end=${end} -->`
    )
    expect(issue.body).toContain('_No override was asked for in this run._')
    const comment = fake.comments.find(c => c.issue === 7)!
    expect(comment.body).toContain(
      `**Postmortem** (default): [#${issue.number}](https://github.example.com/acme/shop/issues/${issue.number}), opened`
    )

    await run('incident')
    expect(postmortems()).toHaveLength(1)
    expect(fake.comments.find(c => c.issue === 7)!.body).toContain(`[#${issue.number}]`)
  })

  it('once per incident: closed, the same incident opens none; a later incident opens a new one', async () => {
    await run('incident')
    const [issue] = postmortems()
    issue.state = 'closed'
    const same = await run('incident')
    expect(postmortems()).toHaveLength(1)
    expect(same.stdout).toMatch(
      new RegExp(`postmortem #${issue.number} of default is closed and this is the same incident`)
    )
    // The closed postmortem was about an incident that ended before this one began.
    const earlier = (days: number) =>
      new Date((prometheus.endTime - days * DAY) * 1000).toISOString()
    issue.body = issue.body.replace(/start=\S+ end=\S+/, `start=${earlier(20)} end=${earlier(19)}`)
    const later = await run('incident')
    expect(postmortems().map(i => i.state)).toEqual(['closed', 'open'])
    expect(later.outputs.postmortem_url).toMatch(/\/issues\/\d+$/)
  })

  it("an issue of someone else's with our marker is not ours: ours is opened beside it", async () => {
    await run('incident')
    const [ours] = postmortems()
    fake.issues.splice(fake.issues.indexOf(ours), 1)
    fake.issues.push({ ...ours, number: 90, user: { login: 'mallory', id: 7, type: 'User' } })
    await run('incident')
    expect(postmortems().map(i => [i.number, i.user?.login ?? 'bot'])).toEqual([
      [90, 'mallory'],
      [fake.issues.length, 'bot']
    ])
  })

  it('escapes every outside string as the PR comment does: the SLO name and the reason', async () => {
    const name = 'pay @octocat <img src=x> --> [x](https://evil.example)'
    await run('exhausted', {
      override: true,
      inputs: { slo_name: name, override_reason: `${REASON} @here <b>now</b>` }
    })
    const [issue] = postmortems()
    const [marker, cause, ...rest] = issue.body.split('\n')
    expect(marker).toBe(
      `<!-- error-budget-gate:postmortem:error-budget-gate slo=${encodeURIComponent(name)} -->`
    )
    expect(cause).toMatch(
      /^<!-- error-budget-gate:postmortem-cause kind=exhausted start=\S+ end=\S+ -->$/
    )
    const shown = rest.join('\n')
    expect(shown).not.toMatch(/<img|<b>|@octocat|@here|-->|(?<!\\)\]\(https:\/\/evil/)
    // The one Markdown escaping the PR comment and the audit record use.
    expect(shown).toContain(`**SLO:** ${escapeMarkdown(name)}, 99.9% over 30d`)
    expect(shown).toContain(`| Reason | ${escapeMarkdown(`${REASON} @here <b>now</b>`)} |`)
    expect(issue.title).toBe(`Postmortem: ${name}: error budget exhausted`)
  })

  it('the repository template is read as a regular file; a symlink is refused and the design sections used', async () => {
    const template = '# Our postmortem\n\n{{summary}}\n\n## Impact\n\n{{error_budget_impact}}\n'
    await run('incident', {
      inputs: { postmortem_template: '.github/postmortem.md' },
      workspaceFiles: { '.github/postmortem.md': template }
    })
    expect(postmortems()[0].body).toMatch(/^# Our postmortem$/m)
    expect(postmortems()[0].body).toMatch(/## Impact\n\n\| Error budget \| \|/)
    fake.issues.length = 0
    const linked = await run('incident', {
      inputs: { postmortem_template: '.github/linked.md' },
      prepare: workspace => {
        fs.mkdirSync(path.join(workspace, '.github'))
        fs.symlinkSync('/etc/passwd', path.join(workspace, '.github/linked.md'))
      }
    })
    expect(linked.stdout).toMatch(
      /::warning::postmortem_template \.github\/linked\.md is a symbolic link/
    )
    expect(postmortems()[0].body).toContain('## 5. Root cause (five whys)')
    expect(postmortems()[0].body).not.toContain('root:x:0:0')
  })

  it('nothing for a healthy SLO, nothing without postmortem: true, and a read-only token only warns', async () => {
    await run('healthy')
    await run('exhausted', { inputs: { postmortem: 'false' } })
    expect(postmortems()).toEqual([])
    expect(
      fake.requests.filter(r => r.path.endsWith('/issues') && r.method === 'GET')
    ).toHaveLength(0)
    fake.readOnly = true
    const refused = await run('incident')
    expect(refused.outputs.budget_status).toBe('WARNING')
    expect(refused.stdout).toMatch(
      /::warning::postmortem for default not opened \(HTTP 403\); the token needs "issues: write"/
    )
    expect(refused.outputs.postmortem_url).toBe('')
  })
})

describe('error-budget postmortem --markdown', () => {
  it('prints the body the action opened', async () => {
    await run('incident')
    const [issue] = postmortems()
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-pm-cli-'))
    const cli = await runCli(
      [
        'postmortem',
        '--markdown',
        ...serviceFlags(prometheus, serviceQueries('incident')),
        '--run-url',
        RUN_URL,
        '--dashboard-url',
        DASHBOARD
      ],
      { cwd }
    )
    expect([cli.code, cli.stderr]).toEqual([0, ''])
    expect(cli.stdout.trimEnd()).toBe(issue.body.trimEnd())
    const plainRun = await runCli(
      ['postmortem', ...serviceFlags(prometheus, serviceQueries('healthy'))],
      { cwd }
    )
    expect([plainRun.code, plainRun.stdout.trim()]).toEqual([0, 'default: no postmortem needed'])
  })
})
