/**
 * `npm test` prints jest's report and nothing else: no warning of Node's, no line of the global
 * setup's, no console call from a test. (A verbose run shows the fixtures' timings on purpose.)
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT } from '../helpers/run-action.js'

const run = promisify(execFile)

/**
 * `npm test -- <file>` as package.json spells it. The nested run's global setup records its
 * Prometheus in a state file of its own, so this run's stays as it is.
 */
async function npmTest(file: string, extra: string[] = []): Promise<string> {
  const script: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'))
    .scripts.test
  const [node, ...args] = script.split(' ')
  expect(node).toBe('node')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-nested-jest-'))
  try {
    const { stdout, stderr } = await run(process.execPath, [...args, ...extra, file], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        EBG_TEST_STATE_FILE: path.join(dir, 'state.json'),
        EBG_TEST_TIMINGS: ''
      },
      timeout: 120000
    })
    return stdout + stderr
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('npm test', () => {
  it('prints only the report of jest', async () => {
    // One file makes jest verbose by itself; the whole suite is not.
    const output = await npmTest('test/unit/engine/duration.test.ts', ['--verbose=false'])
    expect(output).toMatch(/^PASS test\/unit\/engine\/duration\.test\.ts/m)
    expect(output).not.toMatch(/✓/)
    expect(output).not.toMatch(/ExperimentalWarning|--trace-warnings/)
    expect(output).not.toMatch(/test Prometheus at/)
    expect(output).not.toMatch(/console\.(log|info|warn|error)/)
  })

  it("shows the fixtures' timings when asked (--verbose)", async () => {
    const output = await npmTest('test/unit/engine/duration.test.ts', ['--verbose'])
    expect(output).toMatch(/test Prometheus at http:\/\/127\.0\.0\.1:\d+: data written in \d+ ms/)
  })

  it('has no console call in a test file or a helper (jest would print it with its stack)', () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap(entry =>
          entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]
        )
    const calling = files(path.join(REPO_ROOT, 'test'))
      .filter(file => /\.(ts|mjs)$/.test(file))
      // A call, not the text of one (a test may write a script that logs): before any quote.
      .filter(file =>
        /^[^'"`\n]*\bconsole\.(log|info|warn|error|debug)\(/m.test(fs.readFileSync(file, 'utf8'))
      )
      .map(file => path.relative(REPO_ROOT, file))
    expect(calling).toEqual([])
  })
})
