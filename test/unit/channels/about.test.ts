/**
 * The summary, the PR comment and the App's comment say which gate spoke and link to its docs: at
 * the repository and ref the action was run from, else at the package's home.
 */
import fs from 'node:fs'
import path from 'node:path'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { readGateConfig } from '../../../src/engine/config.js'
import type { QueryClient } from '../../../src/prometheus/api.js'
import { renderSummary } from '../../../src/channels/report.js'
import { renderComment } from '../../../src/channels/pr-comment.js'
import { gateComment } from '../../../src/app/comment.js'
import {
  APP_POLICY_DOC,
  GATE_VERSION,
  gateHome,
  PACKAGE_HOME,
  STATUSES_DOC
} from '../../../src/text/about.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')
const pkg = JSON.parse(read('package.json'))

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-')

async function normalResult() {
  const client = {
    queryScalar: async () => ({ value: 1, infos: [] }),
    queryVector: async () => []
  } as unknown as QueryClient
  const config = readGateConfig(name => (name === 'prometheus_url' ? 'http://127.0.0.1:1' : ''))
  return evaluateGate(config, { client })
}

/** Every Markdown link destination in a text. */
const links = (text: string): string[] => [...text.matchAll(/\]\(([^)]*)\)/g)].map(m => m[1])

describe('the home the footers link to', () => {
  it("is package.json's repository at the tag of package.json's version, by default", () => {
    expect(GATE_VERSION).toBe(pkg.version)
    expect(`${pkg.repository.url}`).toContain(PACKAGE_HOME.repository.replace(/^https:\/\//, ''))
    expect(pkg.homepage.startsWith(PACKAGE_HOME.repository)).toBe(true)
    expect(PACKAGE_HOME.ref).toBe(`v${pkg.version}`)
    expect(gateHome({})).toEqual(PACKAGE_HOME)
  })

  it('links docs sections that exist', () => {
    for (const doc of [STATUSES_DOC, APP_POLICY_DOC]) {
      const anchors = [...read(doc.file).matchAll(/^#{1,6} (.+)$/gm)].map(m => anchorOf(m[1]))
      expect([doc.file, anchors]).toEqual([doc.file, expect.arrayContaining([doc.anchor])])
    }
  })

  it("is the repository and ref of `uses:`, on the run's server", () => {
    expect(
      gateHome({
        GITHUB_ACTION_REPOSITORY: 'octo-org/gate-fork',
        GITHUB_ACTION_REF: 'v2',
        GITHUB_SERVER_URL: 'https://ghe.example.com'
      })
    ).toEqual({ repository: 'https://ghe.example.com/octo-org/gate-fork', ref: 'v2' })
    // No ref (a commit-less `uses:` cannot happen, but a runner may not say): the default branch.
    expect(gateHome({ GITHUB_ACTION_REPOSITORY: 'octo-org/gate-fork' })).toEqual({
      repository: 'https://github.com/octo-org/gate-fork',
      ref: 'HEAD'
    })
  })

  it.each([
    ['a local action (uses: ./)', { GITHUB_ACTION_REPOSITORY: '' }],
    ['a repository that is not owner/name', { GITHUB_ACTION_REPOSITORY: 'a/b/../../evil' }],
    ['a repository that climbs', { GITHUB_ACTION_REPOSITORY: 'a/..' }],
    ['a repository with Markdown', { GITHUB_ACTION_REPOSITORY: 'a/b)[x](https://evil' }],
    [
      'a server that is not http(s)',
      { GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_SERVER_URL: 'javascript:alert(1)' }
    ],
    ['a server that is not a URL', { GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_SERVER_URL: 'x y' }],
    ['a ref that climbs', { GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: 'x/../../../c/d' }],
    ['a ref with an empty part', { GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: 'x//y' }],
    ['a ref that is a dot', { GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: '.' }]
  ])('falls back to the package home for %s', (_, env) => {
    expect(gateHome(env)).toEqual(PACKAGE_HOME)
  })

  it('encodes a ref that holds Markdown, spaces or quotes, and keeps only the server origin', () => {
    const home = gateHome({
      GITHUB_ACTION_REPOSITORY: 'a/b',
      GITHUB_ACTION_REF: 'feature/x) [y](https:/evil.example) "z\'',
      GITHUB_SERVER_URL: 'https://ghe.example.com/some/path?q=1#f'
    })
    expect(home.repository).toBe('https://ghe.example.com/a/b')
    expect(home.ref).toBe('feature/x%29%20%5By%5D%28https%3A/evil.example%29%20%22z%27')
  })
})

describe('the footers', () => {
  const env = {
    GITHUB_ACTION_REPOSITORY: 'octo-org/gate-fork',
    GITHUB_ACTION_REF: 'release/1.x](https:/evil.example)',
    GITHUB_SERVER_URL: 'https://ghe.example.com'
  }
  const fork = 'https://ghe.example.com/octo-org/gate-fork'
  const ref = 'release/1.x%5D%28https%3A/evil.example%29'

  it('of the job summary and the PR comment link the gate at the ref it was run from', async () => {
    const result = await normalResult()
    const home = gateHome(env)
    const summary = renderSummary(result, result.canDeploy, home)
    expect(summary).toMatch(
      new RegExp(
        `<sub>Evaluated at .* with ${result.requestCount} Prometheus requests in \\d+ ms by .*\\.</sub>`
      )
    )
    const comment = renderComment(result, { tag: 't', canDeploy: false, home })
    for (const text of [summary, comment]) {
      expect(links(text)).toContain(`${fork}/tree/${ref}`)
      expect(links(text)).toContain(`${fork}/blob/${ref}/README.md#${STATUSES_DOC.anchor}`)
      expect(text).toContain(`v${GATE_VERSION}`)
      // The hostile ref opened no link of its own.
      expect(links(text).some(link => link.startsWith('https://evil'))).toBe(false)
    }
    const lines = comment.split('\n')
    expect(lines[lines.length - 1]).toBe(
      `<sub>[error-budget-gate](${fork}/tree/${ref}) v${GATE_VERSION} · [what the statuses mean](${fork}/blob/${ref}/README.md#${STATUSES_DOC.anchor})</sub>`
    )
  })

  it('link the package home outside a `uses:` step', async () => {
    const result = await normalResult()
    const home = gateHome({})
    const expected = `${PACKAGE_HOME.repository}/blob/v${GATE_VERSION}/README.md#${STATUSES_DOC.anchor}`
    expect(links(renderSummary(result, result.canDeploy, home))).toContain(expected)
    expect(links(renderSummary(result))).toContain(expected)
    expect(links(renderComment(result, { tag: 't', canDeploy: true }))).toContain(expected)
  })

  it('of the App link the statuses with figures, the policy set-up without', async () => {
    const result = await normalResult()
    const base = {
      verdict: 'rejected' as const,
      environment: 'production',
      sha: 'a'.repeat(40),
      secrets: []
    }
    const docs = (doc: { file: string; anchor: string }) =>
      `${PACKAGE_HOME.repository}/blob/${PACKAGE_HOME.ref}/${doc.file}#${doc.anchor}`
    expect(links(gateComment({ ...base, result }))).toContain(docs(STATUSES_DOC))
    expect(
      links(gateComment({ ...base, problem: 'there is no .github/error-budget.yml' }))
    ).toContain(docs(APP_POLICY_DOC))
  })
})
