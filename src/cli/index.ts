#!/usr/bin/env node
/** Entry point of the `error-budget` CLI (dist/cli/index.js). */
import { parseCommandLine, UsageError, type Command } from './args.js'
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
  let command: Command | undefined
  try {
    const args = parseCommandLine(process.argv.slice(2), process.env)
    sourceOf = args.sourceOf
    if (args.command !== 'help') command = args.command
    secrets = secretValues(args.input)
    watching = args.command === 'status' && Boolean(args.values.watch)
    const running = runCommand(args, {
      out: text => console.log(text),
      err: text => console.error(text),
      isTTY: Boolean(process.stdout.isTTY),
      env: process.env,
      cwd: process.cwd(),
      signal: interrupt.signal
    })
    return await Promise.race([running, interrupted])
  } catch (error) {
    // One line: the message may quote a config file or a server.
    const message = oneLine(redactSecrets((error as Error).message, secrets))
    // Every usage error, a bad value as much as an unknown flag, is 64: 99 means the budget is unknown.
    const forCommand = (error instanceof UsageError && error.command) || command
    const help = forCommand
      ? `Run "error-budget ${forCommand} --help" for the flags of ${forCommand}.`
      : 'Run "error-budget --help" for usage.'
    if (error instanceof UsageError) {
      console.error(`error-budget: ${message}\n${help}`)
      return EXIT_USAGE
    }
    if (error instanceof InputError) {
      // Named where the value came from: the flag typed, the environment variable, the file.
      console.error(
        `error-budget: ${message.replace(/^Input \w+/, sourceOf(error.input))}\n${help}`
      )
      return EXIT_USAGE
    }
    console.error(`error-budget: unexpected failure: ${message}`)
    return EXIT_ERROR
  }
}

main().then(code => process.exit(code))
