/** The summary and the PR comment say which gate spoke and link to what its statuses mean. */
import fs from 'node:fs'
import path from 'node:path'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { readGateConfig } from '../../../src/engine/config.js'
import type { QueryClient } from '../../../src/prometheus/api.js'
import { renderSummary } from '../../../src/channels/report.js'
import { renderComment } from '../../../src/channels/pr-comment.js'
import { GATE_VERSION, STATUSES_ANCHOR, STATUSES_URL } from '../../../src/text/about.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-')

describe('footer', () => {
  it('carries the package version and a README anchor that exists', () => {
    expect(GATE_VERSION).toBe(JSON.parse(read('package.json')).version)
    const anchors = [...read('README.md').matchAll(/^#{1,6} (.+)$/gm)].map(m => anchorOf(m[1]))
    expect(anchors).toContain(STATUSES_ANCHOR)
    expect(STATUSES_URL).toMatch(
      new RegExp(`/blob/v${GATE_VERSION}/README\\.md#${STATUSES_ANCHOR}$`)
    )
  })

  it('is in the job summary (with the request count) and the PR comment', async () => {
    const client = {
      queryScalar: async () => ({ value: 1, infos: [] }),
      queryVector: async () => []
    } as unknown as QueryClient
    const config = readGateConfig(name => (name === 'prometheus_url' ? 'http://127.0.0.1:1' : ''))
    const result = await evaluateGate(config, { client })
    const link = `v${GATE_VERSION} · [what the statuses mean](${STATUSES_URL})`
    expect(renderSummary(result)).toMatch(
      new RegExp(
        `<sub>Evaluated at .* with ${result.requestCount} Prometheus requests in \\d+ ms by .*${escape(link)}\\.</sub>`
      )
    )
    const comment = renderComment(result, { tag: 't', canDeploy: false }).split('\n')
    expect(comment[comment.length - 1]).toBe(
      `<sub>[error-budget-gate](https://github.com/acme/error-budget-gate) ${link}</sub>`
    )
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
