/**
 * Runs the bundled action the way the runner does: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files, then reads them back.
 * ACTION_ENTRY points at another bundle (e.g. a helper's private build) instead of dist/index.js.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serviceQueries } from './queries.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  dir: string
  /** The JSON report, when report_file was written. */
  report?: Record<string, unknown>
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      outputs[name] = value.join('\n')
      continue
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i])
    if (plain) outputs[plain[1]] = plain[2]
  }
  return outputs
}

export interface RunActionOptions {
  inputs: Record<string, string>
  env?: Record<string, string>
  /** Event payload written to GITHUB_EVENT_PATH. */
  event?: unknown
  eventName?: string
  /** Files to create in the workspace before the run (path -> content). */
  workspaceFiles?: Record<string, string>
  /** Called with the workspace path before the run, for what files cannot say (symlinks, FIFOs). */
  prepare?: (workspace: string) => void
  timeoutMs?: number
  entry?: string
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ebg-run-'))
  const workspace = path.join(dir, 'workspace')
  fs.mkdirSync(workspace)
  for (const [file, content] of Object.entries(options.workspaceFiles ?? {})) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    fs.writeFileSync(path.join(workspace, file), content)
  }
  options.prepare?.(workspace)
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  const eventFile = path.join(dir, 'event.json')
  fs.writeFileSync(outputFile, '')
  fs.writeFileSync(summaryFile, '')
  fs.writeFileSync(eventFile, JSON.stringify(options.event ?? {}))

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.example.com',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: dir,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const entry = options.entry ?? process.env.ACTION_ENTRY ?? path.join(REPO_ROOT, 'dist/index.js')
  const child = spawn(process.execPath, [entry], { cwd: workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const exitCode = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(
          `action did not finish within ${options.timeoutMs ?? 60000} ms:\n${stdout}\n${stderr}`
        )
      )
    }, options.timeoutMs ?? 60000)
    child.on('close', code => {
      clearTimeout(timer)
      resolve(code ?? -1)
    })
  })
  const outputs = parseOutputFile(fs.readFileSync(outputFile, 'utf8'))
  const report =
    outputs.report_file && fs.existsSync(outputs.report_file)
      ? (JSON.parse(fs.readFileSync(outputs.report_file, 'utf8')) as Record<string, unknown>)
      : undefined
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    dir,
    report
  }
}

/** The action against the test Prometheus, at its data's end, for one service of the model. */
export function runForService(
  prometheus: { url: string; endTime: number },
  service: string,
  inputs: Record<string, string> = {},
  extra: Partial<RunActionOptions> = {}
): Promise<ActionRun> {
  return runAction({
    inputs: {
      prometheus_url: prometheus.url,
      evaluation_time: String(prometheus.endTime),
      ...serviceQueries(service),
      ...inputs
    },
    ...extra
  })
}
