#!/usr/bin/env node
// The container image's entrypoint (Dockerfile): one image for the CLI and the GitHub App.
//   docker run IMAGE serve         the App server (dist/app/index.js); also the default command
//   docker run IMAGE check ...     every other command, and serve with flags (serve --help), is
//                                  the CLI (dist/cli/index.js)
//   healthcheck                    the image's HEALTHCHECK: /healthz on PORT when the container's
//                                  main process (HEALTHCHECK_PID, default 1) is the App server
// The bundle runs in this process (imported, not spawned), so SIGTERM and Ctrl-C reach it.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')

/** Which bundle runs the arguments given to the container. */
export function dispatch(args) {
  const [command, ...rest] = args
  if (command === 'healthcheck' && rest.length === 0) return 'healthcheck'
  if (command === 'serve' && rest.length === 0) return 'app'
  return 'cli'
}

/** Whether a process command line (NUL-separated, as /proc/PID/cmdline) is this image serving. */
export function isServing(cmdline) {
  const args = cmdline.split('\0').filter(Boolean)
  const at = args.findIndex(arg => arg.endsWith('docker-entrypoint.mjs'))
  return at >= 0 && dispatch(args.slice(at + 1)) === 'app'
}

/** 0 when the App answers /healthz (or the main process is a CLI command: no health to check). */
async function healthcheck() {
  let cmdline = ''
  try {
    cmdline = fs.readFileSync(`/proc/${process.env.HEALTHCHECK_PID || 1}/cmdline`, 'utf8')
  } catch {
    cmdline = ''
  }
  if (cmdline && !isServing(cmdline)) return 0
  try {
    const res = await fetch(`http://127.0.0.1:${process.env.PORT || 3000}/healthz`, {
      signal: AbortSignal.timeout(2500)
    })
    return res.ok ? 0 : 1
  } catch {
    return 1
  }
}

async function main() {
  const kind = dispatch(process.argv.slice(2))
  if (kind === 'healthcheck') process.exit(await healthcheck())
  // Without a handler, PID 1 ignores SIGTERM: a CLI command stops as `docker stop` asks.
  if (kind === 'cli') process.once('SIGTERM', () => process.exit(143))
  await import(pathToFileURL(path.join(DIST, kind === 'app' ? 'app' : 'cli', 'index.js')).href)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch(error => {
    console.error(`error-budget: cannot start: ${error?.message ?? error}`)
    process.exit(1)
  })
}
