/** Runs the bundled CLI (dist/cli/index.js, or CLI_ENTRY) as a subprocess in a directory. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { REPO_ROOT } from './run-action.js'

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number }
): Promise<CliRun> {
  const entry = process.env.CLI_ENTRY ?? path.join(REPO_ROOT, 'dist/cli/index.js')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: options.cwd, USER: 'tester', ...options.env }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`CLI timed out: ${stdout} ${stderr}`))
    }, options.timeoutMs ?? 30000)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}
