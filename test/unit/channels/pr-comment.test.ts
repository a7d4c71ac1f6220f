/** The PR comment's content, from a gate result of two SLOs. */
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { WINDOW_LABEL } from '../../../src/engine/plan.js'
import { readGateConfig } from '../../../src/engine/config.js'
import { sloFromInputs } from '../../../src/engine/slo.js'
import type { QueryClient } from '../../../src/prometheus/api.js'
import { commentMarker, renderComment } from '../../../src/channels/pr-comment.js'

/** Every window answers errors = ratio x 1e6 for `ratio{...}` queries and 1e6 for totals. */
const client = {
  async queryVector(query: string) {
    return query.split(' or ').map(term => {
      const [, inner, window] =
        /^label_replace\((.*)\n, "ebg_window", "([^"]+)", "", ""\)$/s.exec(term) ?? []
      const ratio = /^errors_(\d+)/.exec(inner)
      return {
        metric: { [WINDOW_LABEL]: window },
        value: [0, String(ratio ? (Number(ratio[1]) / 1e4) * 1e6 : 1e6)]
      }
    })
  },
  close() {}
} as unknown as QueryClient

async function twoSloResult(dryRun = false) {
  const base = sloFromInputs(() => '')
  const slos = [
    {
      ...base,
      name: 'checkout <b>@team</b>',
      errorQuery: 'errors_1[{{window}}]',
      totalQuery: 'total_a[{{window}}]'
    },
    {
      ...base,
      name: 'search',
      errorQuery: 'errors_6[{{window}}]',
      totalQuery: 'total_b[{{window}}]'
    }
  ]
  return evaluateGate(
    readGateConfig(
      name =>
        name === 'prometheus_url' ? 'http://127.0.0.1:1' : name === 'dry_run' ? String(dryRun) : '',
      slos
    ),
    { client }
  )
}

describe('renderComment', () => {
  it('shows the worst SLO first, one row per SLO, the policy, links and the override hint', async () => {
    const result = await twoSloResult()
    expect(result.status).toBe('WARNING')
    const body = renderComment(result, {
      tag: 'api',
      canDeploy: false,
      runUrl: 'https://github.example.com/acme/shop/actions/runs/1',
      dashboardUrl: 'https://grafana.example.com/d/slo'
    })
    expect(body.split('\n')[0]).toBe(commentMarker('api'))
    expect(body).toContain('## ⚠️ Error budget: WARNING')
    expect(body).toContain('**Can deploy:** no · **SLO:** search, 99.9% over 30d')
    const rows = body.split('\n').filter(line => /^\| (search|checkout)/.test(line))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(/^\| search \(99\.9% \/ 30d\) \| ⚠️ WARNING \| 40\.00% \|/)
    expect(rows[1]).toContain('checkout &lt;b&gt;@\u200dteam&lt;/b&gt;')
    expect(body).toContain(
      '**What to do:** Reliability focus: emergency fixes only, no new features.'
    )
    expect(body).toContain(
      '[Workflow run](https://github.example.com/acme/shop/actions/runs/1) · [Dashboard](https://grafana.example.com/d/slo)'
    )
    expect(body).toMatch(/How to override:\*\* .*`override` input .*`override_reason`/)
  })

  it('has no override hint when the deploy may go out', async () => {
    const body = renderComment(await twoSloResult(), { tag: 'api', canDeploy: true })
    expect(body).toContain('**Can deploy:** yes')
    expect(body).not.toMatch(/How to override|What to do/)
    expect(body).toContain('> Reliability focus: emergency fixes only, no new features.')
  })

  it('a dry run that would block says so first, under the marker', async () => {
    const body = renderComment(await twoSloResult(true), { tag: 'api', canDeploy: true })
    expect(body.split('\n')[1]).toMatch(/^> \*\*dry run: would have blocked\.\*\*/)
    expect(renderComment(await twoSloResult(), { tag: 'api', canDeploy: false })).not.toMatch(
      /dry run/
    )
  })
})
