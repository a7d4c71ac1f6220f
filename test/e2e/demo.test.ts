/** `npm run demo -- --keep`: the demo's Prometheus outlives the demo, and the commands it prints work. */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT } from '../helpers/run-action.js'

const run = promisify(execFile)
const TSX = path.join(REPO_ROOT, 'node_modules/.bin/tsx')

describe('npm run demo -- --keep', () => {
  let pid: number | undefined
  let dir: string | undefined
  afterAll(() => {
    if (pid) process.kill(pid, 'SIGKILL')
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('leaves the Prometheus running and prints CLI commands that answer from it', async () => {
    const demo = await run(TSX, ['scripts/demo.ts', '--keep'], { cwd: REPO_ROOT, timeout: 120000 })
    const kept =
      /Prometheus keeps running at (http:\/\/127\.0\.0\.1:\d+) \(pid (\d+); data and log in (\S+)\)\./.exec(
        demo.stdout
      )
    expect(kept).not.toBeNull()
    const [, url, pidText, dataDir] = kept!
    pid = Number(pidText)
    dir = dataDir
    // The demo has exited: its server still answers.
    expect((await fetch(`${url}/-/ready`)).ok).toBe(true)
    expect(demo.stdout).toContain(`Stop it with: kill ${pid} && rm -rf ${dataDir}`)
    const commands = demo.stdout
      .split('\n')
      .filter(line => line.startsWith('  node dist/cli/index.js '))
    expect(commands.map(c => c.split(' ')[4])).toEqual(['status', 'check', 'status', 'rules'])
    for (const command of commands.filter(c => !c.includes('--watch'))) {
      const answer = await run('sh', ['-c', command], { cwd: REPO_ROOT }).catch(
        (error: { code: number; stdout: string }) => error
      )
      const code = 'code' in answer ? answer.code : 0
      if (command.includes(' check ')) expect(code).toBe(2)
      else expect([command, code]).toEqual([command, 0])
      expect(answer.stdout).not.toMatch(/ERROR|cannot reach/)
    }
  })
})
