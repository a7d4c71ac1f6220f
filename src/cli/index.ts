#!/usr/bin/env node
/** Entry point of the `error-budget` CLI (dist/cli/index.js). */
import { parseCommandLine, UsageError } from './args.js'
import { EXIT_ERROR, EXIT_INTERRUPTED, EXIT_USAGE, runCommand } from './commands.js'
import { InputError } from '../engine/inputs.js'
import { secretValues } from '../engine/config.js'
import { redactSecrets } from '../text/redact.js'
import { oneLine } from '../text/escape.js'

async function main(): Promise<number> {
  // The first Ctrl-C aborts the requests in flight and ends the command at once: 130, or 0 for
  // --watch, which Ctrl-C is the way to stop. A second one kills the process (default handler).
  const interrupt = new AbortController()
  process.once('SIGINT', () => interrupt.abort(new Error('interrupted (Ctrl-C)')))
  let watching = false
  const interrupted = new Promise<number>(resolve =>
    interrupt.signal.addEventListener('abort', () => {
      if (!watching) console.error('error-budget: interrupted')
      resolve(watching ? 0 : EXIT_INTERRUPTED)
    })
  )
  let secrets: string[] = []
  let sourceOf = (input: string): string => `--${input.replace(/_/g, '-')}`
  try {
    const args = parseCommandLine(process.argv.slice(2), process.env)
    sourceOf = args.sourceOf
    secrets = secretValues(args.input)
    watching = args.command === 'status' && Boolean(args.values.watch)
    const command = runCommand(args, {
      out: text => console.log(text),
      err: text => console.error(text),
      isTTY: Boolean(process.stdout.isTTY),
      env: process.env,
      cwd: process.cwd(),
      signal: interrupt.signal
    })
    return await Promise.race([command, interrupted])
  } catch (error) {
    // One line: the message may quote a config file or a server.
    const message = oneLine(redactSecrets((error as Error).message, secrets))
    if (error instanceof UsageError) {
      console.error(`error-budget: ${message}\nRun "error-budget --help" for usage.`)
      return EXIT_USAGE
    }
    if (error instanceof InputError) {
      // Named where the value came from: the flag typed, the environment variable, the file.
      console.error(`error-budget: ${message.replace(/^Input \w+/, sourceOf(error.input))}`)
      return EXIT_ERROR
    }
    console.error(`error-budget: unexpected failure: ${message}`)
    return EXIT_ERROR
  }
}

main().then(code => process.exit(code))
