#!/usr/bin/env node
/** Entry point of the `error-budget` CLI (dist/cli/index.js). */
import { parseCommandLine, UsageError } from './args.js'
import { EXIT_ERROR, EXIT_USAGE, runCommand } from './commands.js'
import { InputError, secretValues } from '../engine/config.js'
import { redactSecrets } from '../text/redact.js'
import { oneLine } from '../text/escape.js'

async function main(): Promise<number> {
  const interrupted = new Promise<void>(resolve => process.once('SIGINT', () => resolve()))
  let secrets: string[] = []
  try {
    const args = parseCommandLine(process.argv.slice(2), process.env)
    secrets = secretValues(args.input)
    return await runCommand(args, {
      out: text => console.log(text),
      err: text => console.error(text),
      isTTY: Boolean(process.stdout.isTTY),
      env: process.env,
      cwd: process.cwd(),
      interrupted
    })
  } catch (error) {
    // One line: the message may quote a config file or a server.
    const message = oneLine(redactSecrets((error as Error).message, secrets))
    if (error instanceof UsageError) {
      console.error(`error-budget: ${message}\nRun "error-budget --help" for usage.`)
      return EXIT_USAGE
    }
    if (error instanceof InputError) {
      console.error(
        `error-budget: ${message.replace(/^Input (\w+)/, (_, name: string) => `--${name.replace(/_/g, '-')}`)}`
      )
      return EXIT_ERROR
    }
    console.error(`error-budget: unexpected failure: ${message}`)
    return EXIT_ERROR
  }
}

main().then(code => process.exit(code))
