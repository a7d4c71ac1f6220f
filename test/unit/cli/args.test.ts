import { FLAGS, helpText, parseCommandLine, UsageError } from '../../../src/cli/args.js'

describe('parseCommandLine', () => {
  it('accepts --config-file (the kebab-case of config_file) and --config, not both', () => {
    for (const flag of ['--config-file', '--config']) {
      const args = parseCommandLine(['check', flag, 'slos.yaml'], {})
      expect(args.input('config_file')).toBe('slos.yaml')
      expect(args.sourceOf('config_file')).toBe(flag)
    }
    expect(() =>
      parseCommandLine(['check', '--config', 'a.yaml', '--config-file', 'b.yaml'], {})
    ).toThrow(/--config-file and --config are the same flag/)
  })

  it('names where a value came from: the flag typed, else the environment variable', () => {
    const fromEnv = parseCommandLine(['check'], { SLO_TARGET: 'abc' })
    expect(fromEnv.input('slo_target')).toBe('abc')
    expect(fromEnv.sourceOf('slo_target')).toBe('SLO_TARGET (environment variable)')
    const fromFlag = parseCommandLine(['check', '--slo-target', '99'], { SLO_TARGET: 'abc' })
    expect(fromFlag.input('slo_target')).toBe('99')
    expect(fromFlag.sourceOf('slo_target')).toBe('--slo-target')
    // Unset everywhere (a default, or a value that only a combination makes wrong): the flag.
    expect(fromFlag.sourceOf('warning_threshold')).toBe('--warning-threshold')
    expect(fromFlag.sourceOf('interval')).toBe('--interval')
  })

  it('help, --help, -h and help COMMAND are help; nothing at all is bare usage', () => {
    expect(parseCommandLine(['help'], {})).toMatchObject({ command: 'help', bare: false })
    expect(parseCommandLine(['--help'], {})).toMatchObject({ command: 'help', bare: false })
    expect(parseCommandLine(['-h'], {})).toMatchObject({ command: 'help', bare: false })
    expect(parseCommandLine(['help', 'status'], {})).toMatchObject({ helpFor: 'status' })
    expect(parseCommandLine([], {})).toMatchObject({ command: 'help', bare: true })
    expect(() => parseCommandLine(['help', 'deploy'], {})).toThrow(UsageError)
  })

  it('refuses a flag of another command', () => {
    expect(() => parseCommandLine(['freeze', '--reason', 'x', '--json'], {})).toThrow(
      /--json is not a flag of freeze/
    )
    expect(() => parseCommandLine(['check', '--watch'], {})).toThrow(
      /--watch is not a flag of check/
    )
  })
})

describe('helpText', () => {
  it.each(['check', 'status', 'freeze', 'unfreeze'] as const)(
    'lists every flag of %s, from the one table',
    command => {
      const text = helpText(command)
      const flags = FLAGS.filter(f => f.commands.includes(command))
      expect(flags.length).toBeGreaterThan(0)
      for (const spec of flags) {
        for (const name of [spec.flag, ...(spec.aliases ?? [])])
          expect(text).toMatch(new RegExp(`--${name}\\b`))
      }
      for (const spec of FLAGS.filter(f => !f.commands.includes(command)))
        expect(text).not.toMatch(new RegExp(`^ {2}--${spec.flag}\\b`, 'm'))
    }
  )
})
