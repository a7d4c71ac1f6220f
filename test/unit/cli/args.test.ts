import {
  closestFlag,
  COMMANDS,
  FLAGS,
  parseCommandLine,
  UsageError
} from '../../../src/cli/args.js'
import { helpText } from '../../../src/cli/help.js'

describe('parseCommandLine', () => {
  it('knows each flag once (one spec a flag, whatever commands share it)', () => {
    const names = FLAGS.flatMap(spec => [spec.flag, ...(spec.aliases ?? [])])
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
  })

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

  it('--prometheus-ca-cert that cannot be read: a path is named, a pasted PEM is not shown', () => {
    const pem =
      '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZ2VudWluZWx5LXByaXZhdGU\n-----END CERTIFICATE-----'
    const read = (value: string): string => {
      const args = parseCommandLine(['check', `--prometheus-ca-cert=${value}`], {})
      try {
        args.input('prometheus_ca_cert')
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError)
        return (error as Error).message
      }
      throw new Error('expected a UsageError')
    }
    expect(read('/nonexistent/my-ca.pem')).toMatch(
      /cannot read \/nonexistent\/my-ca\.pem \(ENOENT\)/
    )
    const pasted = read(pem)
    expect(pasted).toMatch(/^--prometheus-ca-cert: cannot read the file named \(/)
    expect(pasted).not.toMatch(/MIIB|BEGIN/)
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

describe('a typo in a flag', () => {
  const usageError = (argv: string[]): UsageError => {
    try {
      parseCommandLine(argv, {})
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError)
      return error as UsageError
    }
    throw new Error('expected a UsageError')
  }

  it.each([
    [['check', '--slo-targt', '99'], 'slo-target'],
    [['check', '--prometheus-ur', 'x'], 'prometheus-url'],
    [['status', '--no-chrat'], 'no-chart'],
    [['check', '--evaluation_time', 'x'], 'evaluation-time'],
    [['freeze', '--reaosn', 'x'], 'reason'],
    [['--slo-targt', '99', 'check'], 'slo-target']
  ])('%j suggests --%s, for the command named', (argv, flag) => {
    const error = usageError(argv)
    expect(error.message).toBe(
      `unknown flag ${argv.find(a => a.startsWith('--'))!.split('=')[0]}; did you mean --${flag}?`
    )
    expect(error.command).toBe(argv.find(a => !a.startsWith('-') && a !== '99' && a !== 'x'))
  })

  it('suggests only flags of the command, and nothing far off', () => {
    // --watch belongs to status: a check that mistypes it is not told to use it.
    expect(closestFlag('wacth', 'status')).toBe('watch')
    expect(closestFlag('wacth', 'check')).toBeUndefined()
    expect(closestFlag('zzzzzzzz', 'check')).toBeUndefined()
    expect(usageError(['check', '--zzzzzzzz']).message).toBe('unknown flag --zzzzzzzz')
  })

  it('names the command of any usage error it finds', () => {
    expect(usageError(['check', '--watch']).command).toBe('check')
    expect(usageError(['check', 'extra']).command).toBe('check')
  })
})

describe('--no-chart', () => {
  it('is accepted where it is harmless: status, and check, which never draws', () => {
    for (const command of ['status', 'check'])
      expect(parseCommandLine([command, '--no-chart'], {}).values['no-chart']).toBe(true)
    expect(() => parseCommandLine(['freeze', '--reason', 'x', '--no-chart'], {})).toThrow(
      /--no-chart is not a flag of freeze/
    )
  })
})

describe('helpText', () => {
  it.each([undefined, ...COMMANDS])(
    'of %s has no raw backticks and no doubled default',
    command => {
      const text = helpText(command)
      expect(text).not.toContain('`')
      for (const line of text.split('\n'))
        expect([line, (line.match(/\(default /g) ?? []).length <= 1]).toEqual([line, true])
    }
  )

  it('of check tells usage errors (64) from an unknown budget (99)', () => {
    const text = helpText('check')
    expect(text).toMatch(/99 could not evaluate \(ERROR\),/)
    expect(text).toMatch(/64 usage error \(an unknown command or flag, a bad value/)
  })

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
