import { InputError } from '../../../src/engine/inputs.js'
import {
  decide,
  readOverrideConfig,
  requirementFor,
  requirementOf,
  type Role
} from '../../../src/override/policy.js'
import type { Status } from '../../../src/engine/status.js'
import type { GateResult } from '../../../src/engine/result.js'

const config = (values: Record<string, string>, event = 'workflow_dispatch') =>
  readOverrideConfig(name => values[name] ?? '', event)

describe('requirementFor', () => {
  const defaults = config({})
  it.each([
    ['CAUTION', 'write'],
    ['WARNING', 'write'],
    ['FREEZE', 'maintain'],
    ['ERROR', 'maintain'],
    ['EXHAUSTED', 'admin']
  ] as [Status, Role][])('%s needs %s', (status, role) => {
    expect(requirementFor(status, defaults).permission).toBe(role)
  })

  it('applies freeze_approvers to FREEZE, EXHAUSTED and ERROR only', () => {
    const withApprovers = config({ freeze_approvers: 'carol,@dave' })
    expect(requirementFor('FREEZE', withApprovers).approvers).toEqual(['carol', 'dave'])
    expect(requirementFor('EXHAUSTED', withApprovers).approvers).toEqual(['carol', 'dave'])
    expect(requirementFor('ERROR', withApprovers).approvers).toEqual(['carol', 'dave'])
    expect(requirementFor('WARNING', withApprovers).approvers).toBeUndefined()
  })
})

describe('decide', () => {
  const roles: Role[] = ['read', 'triage', 'write', 'maintain', 'admin']
  it.each(roles.flatMap(needed => roles.map(held => [held, needed] as const)))(
    '%s against %s',
    (held, needed) => {
      const granted = roles.indexOf(held) >= roles.indexOf(needed)
      expect(decide('alice', held, { permission: needed }).granted).toBe(granted)
    }
  )

  it('denies unknown roles and actors missing from the approvers', () => {
    expect(decide('x', undefined, { permission: 'read' }).granted).toBe(false)
    expect(decide('x', 'custom-role', { permission: 'read' }).granted).toBe(false)
    expect(decide('Dave', 'admin', { permission: 'maintain', approvers: ['dave'] }).granted).toBe(
      true
    )
    expect(
      decide('eve', 'admin', { permission: 'maintain', approvers: ['dave'] }).explanation
    ).toMatch(/not in freeze_approvers/)
  })
})

describe('readOverrideConfig', () => {
  const inputOf = (values: Record<string, string>, event?: string): string => {
    try {
      config(values, event)
    } catch (error) {
      return (error as InputError).input
    }
    throw new Error('expected an InputError')
  }

  it('validates each input by name', () => {
    expect(inputOf({ override: 'maybe' })).toBe('override')
    expect(inputOf({ override_freeze_permission: 'owner' })).toBe('override_freeze_permission')
    expect(inputOf({ audit_issue: 'latest' })).toBe('audit_issue')
    expect(inputOf({ freeze_approvers: 'a b <script>' })).toBe('freeze_approvers')
    expect(inputOf({ override: 'true', override_reason: 'short' })).toBe('override_reason')
  })

  it('does not ask for a reason on events where the override is ignored anyway', () => {
    expect(config({ override: 'true' }, 'push').requested).toBe(true)
  })

  it('parses audit_issue', () => {
    expect(config({}).auditIssue).toBe('auto')
    expect(config({ audit_issue: 'none' }).auditIssue).toBe('none')
    expect(config({ audit_issue: '12' }).auditIssue).toBe(12)
  })
})

describe('requirementOf', () => {
  const defaults = config({})
  const result = (slos: [string, Status, boolean][], freeze?: string) =>
    ({
      status: slos[0][1],
      worst: { name: slos[0][0] },
      slos: slos.map(([name, status, blocks]) => ({ name, status, blocks })),
      freeze: freeze ? { file: freeze, text: '' } : undefined
    }) as unknown as GateResult

  it('takes the highest any blocking SLO requires, not the worst status', () => {
    const r = result([
      ['ghost', 'ERROR', true],
      ['checkout', 'EXHAUSTED', true]
    ])
    expect(requirementOf(r, defaults)).toMatchObject({
      permission: 'admin',
      requiredBy: 'SLO checkout'
    })
  })

  it('counts the freeze file, and ignores SLOs that do not block', () => {
    const r = result(
      [
        ['api', 'WARNING', true],
        ['batch', 'EXHAUSTED', false]
      ],
      '.deploy-freeze'
    )
    expect(requirementOf(r, defaults)).toMatchObject({
      permission: 'maintain',
      requiredBy: 'freeze file .deploy-freeze'
    })
  })
})
