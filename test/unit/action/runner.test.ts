/**
 * src/action/runner.ts speaks the runner's protocol in place of @actions/core: for every call the
 * action makes, it must write exactly what @actions/core writes (the oracle), on stdout and in the
 * environment files, for text built to break out of a command.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { runner } from '../../../src/action/runner.js'

const HOSTILE = [
  'plain',
  '',
  'percent % cr \r lf \n::stop-commands::x',
  '::add-mask::tok\r\n::warning title=a,file=b::c',
  'already escaped %0A %25 %3A',
  'colon: comma, equals= quote" backslash\\',
  'unicode ✓ ünï 🚦 and a trailing newline\n',
  'ghadelimiter_ without the uuid',
  '<<EOF\nnot a heredoc\nEOF'
]

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-runner-'))
const saved = { ...process.env }
const savedExitCode = process.exitCode

afterEach(() => {
  process.env = { ...saved }
  process.exitCode = savedExitCode
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** What one call writes: stdout, the two environment files and the exit code it leaves. */
async function effects(call: () => unknown): Promise<Record<string, unknown>> {
  const output = path.join(dir, 'output')
  const summary = path.join(dir, 'summary')
  fs.writeFileSync(output, '')
  fs.writeFileSync(summary, '# before\n')
  process.env.GITHUB_OUTPUT = output
  process.env.GITHUB_STEP_SUMMARY = summary
  process.exitCode = undefined
  const written: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof write
  try {
    await call()
  } finally {
    process.stdout.write = write
  }
  // Each heredoc delimiter is random: compare its shape, and that it closes what it opened.
  const delimiters = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_U')
  return {
    stdout: written.join(''),
    output: delimiters(fs.readFileSync(output, 'utf8')),
    summary: fs.readFileSync(summary, 'utf8'),
    exitCode: process.exitCode
  }
}

describe('runner protocol, against @actions/core', () => {
  it.each(HOSTILE)(
    'messages, masks and failures write what @actions/core writes: %j',
    async text => {
      for (const name of [
        'info',
        'warning',
        'error',
        'notice',
        'setSecret',
        'setFailed'
      ] as const) {
        const theirs = await effects(() => core[name](text))
        const ours = await effects(() => runner[name](text))
        expect({ name, ...ours }).toEqual({ name, ...theirs })
      }
    }
  )

  it.each(HOSTILE)('outputs write what @actions/core writes: %j', async text => {
    expect(await effects(() => runner.setOutput('budget_status', text))).toEqual(
      await effects(() => core.setOutput('budget_status', text))
    )
    // Without GITHUB_OUTPUT both fall back to the stdout command.
    const withoutFile = (call: () => void) =>
      effects(() => {
        delete process.env.GITHUB_OUTPUT
        call()
      })
    expect(await withoutFile(() => runner.setOutput('slos', text))).toEqual(
      await withoutFile(() => core.setOutput('slos', text))
    )
  })

  it('an output value cannot close its own heredoc early', async () => {
    const { output } = await effects(() => runner.setOutput('reasons', 'a\nghadelimiter_x\nb=1'))
    const [opening, ...rest] = String(output).split('\n')
    const delimiter = opening.replace('reasons<<', '')
    expect(rest.filter(line => line === delimiter)).toHaveLength(1)
    expect(rest.slice(0, 3)).toEqual(['a', 'ghadelimiter_x', 'b=1'])
  })

  it.each(HOSTILE)('the job summary is appended as @actions/core appends it: %j', async text => {
    expect(await effects(() => runner.summary.addRaw(text).write())).toEqual(
      await effects(() => core.summary.addRaw(text).write())
    )
  })

  it('a missing environment file fails loudly, as with @actions/core (whose summary caches its path)', async () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'gone')
    expect(() => runner.setOutput('can_deploy', 'false')).toThrow(/Missing file at path/)
    expect(() => core.setOutput('can_deploy', 'false')).toThrow(/Missing file at path/)
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(runner.summary.addRaw('x').write()).rejects.toThrow(/GITHUB_STEP_SUMMARY/)
  })

  it.each([
    ['prometheus_url', '  http://p:9090 \n', 'INPUT_PROMETHEUS_URL'],
    ['error query', ' sum(x) ', 'INPUT_ERROR QUERY'],
    ['Mixed_Case', 'v', 'INPUT_MIXED_CASE'],
    ['unset', undefined, 'INPUT_UNSET']
  ])('input %j is read as @actions/core reads it', (name, value, variable) => {
    if (value !== undefined) process.env[variable.replace(/ /g, '_')] = value
    expect(runner.getInput(name)).toBe(core.getInput(name))
  })

  it('pins the escaped lines (so the oracle itself cannot drift unnoticed)', async () => {
    const { stdout } = await effects(() => {
      runner.warning('percent % cr \r lf \n::stop-commands::x')
      runner.setSecret('multi\nline')
    })
    expect(stdout).toBe(
      '::warning::percent %25 cr %0D lf %0A::stop-commands::x\n::add-mask::multi%0Aline\n'
    )
  })
})
