/**
 * Runs the bundled App server (dist/app/index.js) as a process on loopback, and sends it
 * deliveries signed the way GitHub signs them. APP_ENTRY points at another bundle.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'
import { REPO_ROOT } from './run-action.js'

export interface AppProcess {
  url: string
  child: ChildProcess
  /** Every stdout line (JSON logs) and stderr text so far. */
  stdout(): string
  stderr(): string
  logs(): Record<string, unknown>[]
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>
}

/** Starts the server; `args` runs another entry instead, e.g. the CLI's `serve`. */
export async function startApp(env: Record<string, string>, args?: string[]): Promise<AppProcess> {
  const entry = process.env.APP_ENTRY ?? path.join(REPO_ROOT, 'dist/app/index.js')
  const child = spawn(process.execPath, args ?? [entry], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const logs = (): Record<string, unknown>[] =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line) as Record<string, unknown>)
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start: ${stdout} ${stderr}`)),
      20000
    )
    const look = (): void => {
      const listening = logs().find(l => l.msg === 'listening')
      if (listening) {
        clearTimeout(timer)
        resolve(Number(listening.port))
      }
    }
    child.stdout.on('data', look)
    void exited.then(code => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}: ${stdout} ${stderr}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    logs,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    }
  }
}

export function sign(secret: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`
}

export interface Delivery {
  event?: string
  id?: string
  body: string
  /** The X-Hub-Signature-256 header; omitted when null. */
  signature: string | null
}

export async function deliver(
  app: AppProcess,
  delivery: Delivery
): Promise<{ status: number; body: string; ms: number }> {
  const started = Date.now()
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': delivery.event ?? 'deployment_protection_rule',
    'x-github-delivery': delivery.id ?? crypto.randomUUID(),
    'user-agent': 'GitHub-Hookshot/test'
  }
  if (delivery.signature !== null) headers['x-hub-signature-256'] = delivery.signature
  const response = await fetch(`${app.url}/api/github/webhooks`, {
    method: 'POST',
    headers,
    body: delivery.body
  })
  return { status: response.status, body: await response.text(), ms: Date.now() - started }
}
