/** The one retry policy: attempts, which failures are retried, and the delays asked for. */
import { exponentialMs, withRetry } from '../../../src/http/retry.js'

class Failure extends Error {
  constructor(readonly retryable: boolean) {
    super(retryable ? 'try again' : 'final')
  }
}

/** Runs `outcomes` in order (true = success) under a policy whose sleep only records. */
async function runScript(outcomes: (boolean | Failure)[], attempts: number) {
  const slept: number[] = []
  let calls = 0
  const result = await withRetry(
    async attempt => {
      calls++
      const outcome = outcomes[attempt - 1]
      if (outcome instanceof Failure) throw outcome
      return `done on attempt ${attempt}`
    },
    {
      attempts,
      retryable: (error: Failure) => error.retryable,
      delayMs: exponentialMs(100, 250),
      sleep: async ms => void slept.push(ms)
    }
  ).catch((error: Error) => error.message)
  return { result, calls, slept }
}

describe('withRetry', () => {
  it.each([
    ['succeeds at once without sleeping', [true], 3, 'done on attempt 1', 1, []],
    [
      'retries a retryable failure with exponential, capped delays',
      [new Failure(true), new Failure(true), new Failure(true), true],
      4,
      'done on attempt 4',
      4,
      [100, 200, 250]
    ],
    [
      'gives up after the last attempt with the last error',
      [new Failure(true), new Failure(true)],
      2,
      'try again',
      2,
      [100]
    ],
    ['never retries a final failure', [new Failure(false), true], 5, 'final', 1, []],
    ['with one attempt, never retries', [new Failure(true), true], 1, 'try again', 1, []]
  ] as const)('%s', async (_, outcomes, attempts, result, calls, slept) => {
    const run = await runScript([...outcomes], attempts)
    expect(run).toEqual({ result, calls, slept })
  })

  it('an aborted signal cuts the wait and stops retrying', async () => {
    const controller = new AbortController()
    let calls = 0
    const started = Date.now()
    setTimeout(() => controller.abort(), 50)
    const result = await withRetry(
      async () => {
        calls++
        throw new Failure(true)
      },
      { attempts: 5, retryable: () => true, delayMs: () => 10000, signal: controller.signal }
    ).catch((error: Error) => error.message)
    expect(result).toBe('try again')
    expect(calls).toBe(1)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
