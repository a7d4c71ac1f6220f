/** A blocked run says what to do and how to override, in the job summary as in the PR comment. */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { evaluateGate } from '../../../src/engine/evaluate.js'
import { fakeClient, fakeConfig } from '../../helpers/fake-query-client.js'
import { renderSummary } from '../../../src/channels/report.js'
import { renderComment } from '../../../src/channels/pr-comment.js'
import { nextSteps, OVERRIDE_HINT } from '../../../src/channels/next-steps.js'
import { readOverrideConfig } from '../../../src/override/policy.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

/** A gate whose error query answers `errors` of 1000 events: 0.6 is WARNING at 99.9 %. */
async function resultWith(errors: number) {
  const client = fakeClient({ instant: query => (query.startsWith('errors') ? errors : 1000) })
  return evaluateGate({ ...fakeConfig(), chart: false }, { client })
}

const inputsOfActionYml = (): string[] =>
  Object.keys(
    (parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object })
      .inputs
  )

describe('the override hint', () => {
  it('names only inputs of action.yml, and the ones the override reads', () => {
    const named = [...OVERRIDE_HINT.matchAll(/`([a-z]+(?:_[a-z]+)*)`/g)]
      .map(m => m[1])
      .filter(word => word !== 'workflow_dispatch')
    expect(named).toEqual(expect.arrayContaining(['override', 'override_reason']))
    expect(named).not.toContain('override_freeze')
    const read: string[] = []
    readOverrideConfig(name => (read.push(name), ''), 'push')
    for (const input of named) {
      expect(inputsOfActionYml()).toContain(input)
      expect(read).toContain(input)
    }
  })
})

describe('what a blocked run says next', () => {
  it('is the same text in the job summary and the PR comment, after the headline', async () => {
    const result = await resultWith(0.6)
    expect(result.status).toBe('WARNING')
    const steps = nextSteps(result, false)
    expect(steps[0]).toMatch(/^\*\*What to do:\*\* Reliability focus/)
    const block = steps.join('\n')
    const summary = renderSummary(result)
    const comment = renderComment(result, { tag: 't', canDeploy: false })
    expect(summary).toContain(block)
    expect(comment).toContain(block)
    // In the summary, before the figures: a reader sees it without scrolling.
    expect(summary.indexOf(block)).toBeLessThan(summary.indexOf('### Figures'))
  })

  it('is absent when the deploy may go out (open, dry run, or overridden)', async () => {
    const open = await resultWith(0.1)
    expect(open.canDeploy).toBe(true)
    expect(renderSummary(open)).not.toMatch(/How to override|What to do/)
    const blocked = await resultWith(0.6)
    expect(renderSummary(blocked, true)).not.toMatch(/How to override|What to do/)
    expect(renderComment(blocked, { tag: 't', canDeploy: true })).not.toMatch(/How to override/)
  })
})
