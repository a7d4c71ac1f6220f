import { decideOverride, levelToOpen } from '../../../src/cli/overrides.js'
import type { GateResult } from '../../../src/engine/result.js'

const reason = { OVERRIDE_REASON: 'hotfix for incident 42' }

describe('decideOverride (CLI environment overrides)', () => {
  it('does nothing without a variable or when the deploy is open', () => {
    expect(decideOverride('WARNING', true, reason)).toBeUndefined()
    expect(decideOverride('CAUTION', false, { OVERRIDE_DEPLOY: 'true', ...reason })).toBeUndefined()
  })

  it('opens each level only with a variable that covers it', () => {
    expect(decideOverride('WARNING', true, { OVERRIDE_DEPLOY: 'true', ...reason })?.granted).toBe(
      true
    )
    expect(decideOverride('FREEZE', true, { OVERRIDE_DEPLOY: 'true', ...reason })).toMatchObject({
      granted: false,
      refusal: expect.stringMatching(
        /OVERRIDE_DEPLOY does not open FREEZE; that needs OVERRIDE_DEPLOY_FREEZE or OVERRIDE_BUDGET_EXHAUSTED/
      )
    })
    expect(
      decideOverride('EXHAUSTED', true, { OVERRIDE_DEPLOY_FREEZE: 'true', ...reason })?.granted
    ).toBe(false)
    expect(
      decideOverride('EXHAUSTED', true, { OVERRIDE_BUDGET_EXHAUSTED: 'true', ...reason })?.granted
    ).toBe(true)
  })

  it('never opens ERROR: the budget is unknown', () => {
    expect(
      decideOverride('ERROR', true, { OVERRIDE_BUDGET_EXHAUSTED: 'true', ...reason })?.refusal
    ).toMatch(/ERROR cannot be overridden/)
  })

  it('needs a reason of at least 10 characters, and only true-ish values count', () => {
    expect(
      decideOverride('WARNING', true, { OVERRIDE_DEPLOY: 'true', OVERRIDE_REASON: ' short    ' })
        ?.granted
    ).toBe(false)
    expect(decideOverride('WARNING', true, { OVERRIDE_DEPLOY: 'false', ...reason })).toBeUndefined()
  })
})

describe('levelToOpen', () => {
  const result = (status: string, slos: { status: string; blocks: boolean }[]) =>
    ({ status, slos }) as unknown as GateResult
  it('is ERROR whenever a blocking SLO is in ERROR, whatever the status says', () => {
    expect(levelToOpen(result('FREEZE', [{ status: 'ERROR', blocks: true }]))).toBe('ERROR')
    expect(levelToOpen(result('FREEZE', [{ status: 'ERROR', blocks: false }]))).toBe('FREEZE')
    expect(levelToOpen(result('WARNING', [{ status: 'WARNING', blocks: true }]))).toBe('WARNING')
  })
})
