/**
 * The runner's side of a step, in one module: inputs from `INPUT_*`, outputs and the job summary
 * through the files `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` name, secrets and messages as
 * workflow commands on stdout (GitHub's "Workflow commands" and "Environment files" pages).
 *
 * It writes byte for byte what @actions/core writes for the same calls, and
 * test/unit/action/runner.test.ts holds it to that against @actions/core itself. It exists because
 * @actions/core always loads its OIDC token client and that client's HTTP stack (undici), which
 * a gate never uses: ~40 ms, most of the action's own start-up (issue 11, "load only what a run
 * uses").
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'

/** What the action uses of the runner: passed in, so tests hand in a recording fake. */
export interface Core {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setSecret(secret: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  notice(message: string): void
  setFailed(message: string): void
  summary: { addRaw(text: string): { write(): Promise<unknown> } }
}

// A message may hold anything but a line break; a property may not hold `:` or `,` either.
const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

function command(name: string, message: string, properties: Record<string, string> = {}): void {
  const listed = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',')
  process.stdout.write(`::${name}${listed ? ` ${listed}` : ''}::${escapeData(message)}${os.EOL}`)
}

/** Appends to an environment file; a missing file is the runner's fault, never silently skipped. */
function appendToFile(variable: string, text: string): void {
  const file = process.env[variable]
  if (!file) throw new Error(`Unable to find environment variable for file command ${variable}`)
  if (!fs.existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  fs.appendFileSync(file, text, { encoding: 'utf8' })
}

function error(message: string): void {
  command('error', message)
}

export const runner: Core = {
  getInput: name => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim(),

  setOutput(name, value) {
    if (!process.env.GITHUB_OUTPUT) {
      // Outside a runner that has environment files: the old stdout command.
      process.stdout.write(os.EOL)
      return command('set-output', value, { name })
    }
    // A heredoc whose random delimiter neither the name nor the value can contain.
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`
    if (name.includes(delimiter) || value.includes(delimiter))
      throw new Error(`Output ${name} contains its own delimiter`)
    appendToFile(
      'GITHUB_OUTPUT',
      `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`
    )
  },

  setSecret: secret => command('add-mask', secret),
  // Raw, like @actions/core: callers make text one line first (text/escape.ts `oneLine`).
  info: message => void process.stdout.write(message + os.EOL),
  warning: message => command('warning', message),
  error,
  notice: message => command('notice', message),
  setFailed(message) {
    process.exitCode = 1
    error(message)
  },

  summary: {
    addRaw: text => ({
      write: async () => {
        const file = process.env.GITHUB_STEP_SUMMARY
        if (!file)
          throw new Error(
            'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
          )
        // Synchronous like every other write here (and fs/promises is not loaded for one append).
        fs.appendFileSync(file, text, { encoding: 'utf8' })
      }
    })
  }
}
