/** A recording fake of the runner (src/action/runner.ts), for in-process tests of run(). */
import type { Core } from '../../src/action/runner.js'

export interface RecordedCore extends Core {
  outputs: Record<string, string>
  secrets: string[]
  /** Every call in order, as `kind: message`, so tests can assert what came first. */
  calls: string[]
  failed?: string
  summaryText: string
}

export function fakeCore(inputs: Record<string, string>): RecordedCore {
  const core: RecordedCore = {
    outputs: {},
    secrets: [],
    calls: [],
    summaryText: '',
    getInput: (name: string) => (inputs[name] ?? '').trim(),
    setOutput: (name: string, value: unknown) => {
      core.outputs[name] = String(value)
      core.calls.push(`output: ${name}`)
    },
    setFailed: (message: string | Error) => {
      core.failed = String(message)
      core.calls.push(`failed: ${message}`)
    },
    setSecret: (secret: string) => {
      core.secrets.push(secret)
      core.calls.push('secret')
    },
    info: (message: string) => void core.calls.push(`info: ${message}`),
    warning: (message: string | Error) => void core.calls.push(`warning: ${message}`),
    error: (message: string | Error) => void core.calls.push(`error: ${message}`),
    notice: (message: string | Error) => void core.calls.push(`notice: ${message}`),
    summary: {
      addRaw: (text: string) => {
        core.summaryText += text
        return { write: async () => undefined }
      }
    }
  }
  return core
}
