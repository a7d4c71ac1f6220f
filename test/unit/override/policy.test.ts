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

/** Cases found by mutation testing (npm run mutate): each would open a deploy or hide why not. */
describe('override permissions, to the letter', () => {
  const result = (slos: [string, Status, boolean][]) =>
    ({
      status: slos[0][1],
      worst: { name: slos[0][0] },
      slos: slos.map(([name, status, blocks]) => ({ name, status, blocks }))
    }) as unknown as GateResult

  it('the highest requirement wins in any order; of equals, the first', () => {
    const defaults = config({})
    expect(
      requirementOf(
        result([
          ['checkout', 'EXHAUSTED', true],
          ['api', 'WARNING', true]
        ]),
        defaults
      )
    ).toMatchObject({ permission: 'admin', status: 'EXHAUSTED', requiredBy: 'SLO checkout' })
    expect(
      requirementOf(
        result([
          ['a', 'FREEZE', true],
          ['b', 'ERROR', true]
        ]),
        defaults
      )
    ).toMatchObject({ permission: 'maintain', requiredBy: 'SLO a' })
  })

  it('without a blocking SLO, the result status of the worst SLO; approvers come from the level', () => {
    expect(requirementOf(result([['api', 'CAUTION', false]]), config({}))).toEqual({
      permission: 'write',
      approvers: undefined,
      status: 'CAUTION',
      requiredBy: 'SLO api'
    })
    const withApprovers = config({ freeze_approvers: 'carol' })
    expect(
      requirementOf(
        result([
          ['api', 'WARNING', true],
          ['db', 'FREEZE', true]
        ]),
        withApprovers
      ).approvers
    ).toEqual(['carol'])
  })

  it('an actor missing from freeze_approvers is denied, whatever the role', () => {
    const requirement = { permission: 'maintain' as Role, approvers: ['dave', 'carol'] }
    expect(decide('eve', 'admin', requirement).granted).toBe(false)
    expect(decide('Carol', 'maintain', requirement).granted).toBe(true)
  })

  it('says what was held and what was needed', () => {
    const requirement = {
      permission: 'admin' as Role,
      approvers: ['dave'],
      requiredBy: 'SLO checkout'
    }
    const needs =
      'needs the "admin" permission (required by SLO checkout) and to be one of freeze_approvers (dave)'
    expect(decide('x', undefined, requirement).explanation).toBe(
      `x has no known permission on this repository; the override ${needs}`
    )
    expect(decide('x', 'write', requirement).explanation).toBe(
      `x has "write"; the override ${needs}`
    )
    expect(decide('x', 'admin', requirement).explanation).toBe(
      `x has "admin" but is not in freeze_approvers; the override ${needs}`
    )
    expect(decide('dave', 'admin', requirement).explanation).toBe(
      'dave has "admin", which meets the "admin" the level needs (required by SLO checkout)'
    )
    expect(decide('dave', 'write', { permission: 'write' }).explanation).toBe(
      'dave has "write", which meets the "write" the level needs'
    )
  })
})

describe('readOverrideConfig, to the letter', () => {
  const refusal = (values: Record<string, string>, event?: string): string => {
    try {
      config(values, event)
    } catch (error) {
      return (error as InputError).message
    }
    throw new Error('expected an InputError')
  }

  it('trims every input and reads lists split by commas and spaces', () => {
    const read = config({
      override: ' true ',
      override_reason: '  INC-42 by the lead  ',
      override_events: ' workflow_dispatch,  repository_dispatch ',
      audit_issue: ' 12 ',
      freeze_approvers: ' @carol,  dave dependabot[bot] ',
      override_freeze_permission: ' Admin ',
      audit_log_file: ' audit.jsonl '
    })
    expect(read).toMatchObject({
      requested: true,
      reason: 'INC-42 by the lead',
      events: ['workflow_dispatch', 'repository_dispatch'],
      auditIssue: 12,
      approvers: ['carol', 'dave', 'dependabot[bot]'],
      permissions: { warning: 'write', freeze: 'admin', exhausted: 'admin' },
      auditLogFile: 'audit.jsonl'
    })
    expect(config({}).events).toEqual(['workflow_dispatch'])
    expect(config({}).requested).toBe(false)
    expect(config({}).auditLogFile).toBeUndefined()
  })

  it.each(['012', '12x', 'x12', 'auto2', 'nonex'])('refuses audit_issue %j', text => {
    expect(refusal({ audit_issue: text })).toContain(
      `"${text}" is not allowed; expected auto, none or an issue number`
    )
  })

  it.each(['a@b', 'x[bot]y', 'bad!login', '[bot]'])('refuses the login %j', login => {
    expect(refusal({ freeze_approvers: login })).toContain(`"${login}" is not a GitHub login`)
  })

  it('names the roles a bad one could have been', () => {
    expect(refusal({ override_warning_permission: 'owner' })).toContain(
      '"owner" is not a repository role; expected one of read, triage, write, maintain, admin'
    )
  })

  it('a reason of 10 characters is enough, 9 (after trimming) are not', () => {
    const on = { override: 'true' }
    expect(config({ ...on, override_reason: '0123456789' }).reason).toBe('0123456789')
    expect(refusal({ ...on, override_reason: '  012345678  ' })).toContain(
      'an override needs a reason of at least 10 characters (who approved it, which incident)'
    )
    expect(config({ ...on, override_events: 'push' }, 'workflow_dispatch').requested).toBe(true)
  })
})
