/** Runs the bundled CLI (dist/cli/index.js, or CLI_ENTRY) as a subprocess, as a user's shell would. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { REPO_ROOT } from './run-action.js'

export const CLI = process.env.CLI_ENTRY ?? path.join(REPO_ROOT, 'dist/cli/index.js')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** `onStdout` sees the output so far (e.g. to send SIGINT once something has been printed). */
export function runCli(
  args: string[],
  options: {
    cwd: string
    env?: Record<string, string>
    onStdout?: (text: string, child: ReturnType<typeof spawn>) => void
    /** Called with the child process as soon as it is started (e.g. to signal it later). */
    onSpawn?: (child: ReturnType<typeof spawn>) => void
    timeoutMs?: number
  }
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: options.cwd, USER: 'tester', ...options.env }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => {
      stdout += chunk
      options.onStdout?.(stdout, child)
    })
    options.onSpawn?.(child)
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
