/**
 * `error-budget verify`: the action's mode verify from a terminal or any CI. A line a check, then
 * the receipt and the reasons (`--json`: the report, the check lines on stderr); the exit code
 * is the verdict.
 */
import type { GateConfig } from '../engine/config.js'
import type { InputSource } from '../engine/inputs.js'
import { verifyDeploy } from '../engine/verify-run.js'
import type { Verdict } from '../engine/verify.js'
import { receiptOf, receiptText } from '../channels/receipt.js'
import { progressLine, verifyReport } from '../channels/verify-report.js'
import { PrometheusClient } from '../prometheus/client.js'
import { sleep } from '../http/retry.js'
import { redactDeep, redactSecrets } from '../text/redact.js'
import type { ParsedArgs } from './args.js'
import { EXIT_INTERRUPTED, type Io } from './commands.js'
import { plain } from './render.js'

/** Exit codes: 0 verified, 1 failed, 2 inconclusive (0 with on_inconclusive pass). */
export const VERIFY_EXIT: Record<Verdict, number> = { pass: 0, fail: 1, inconclusive: 2 }

/** The inputs of `verify`: the flags, in mode verify. */
export const verifyInputs =
  (input: InputSource): InputSource =>
  name =>
    name === 'mode' ? 'verify' : input(name)

export async function verify(args: ParsedArgs, config: GateConfig, io: Io): Promise<number> {
  const say = (text: string): string => redactSecrets(text, config.secrets)
  const json = Boolean(args.values.json)
  // With --json, stdout carries only the report.
  const progress = json ? io.err : io.out
  const client = new PrometheusClient(config.prometheus)
  let result
  try {
    result = redactDeep(
      await verifyDeploy(config, {
        client,
        sleep,
        signal: io.signal,
        onCheck: slos => progress(say(plain(progressLine(slos))))
      }),
      config.secrets
    )
  } catch (error) {
    // Ctrl-C before the first check: no verdict at all.
    if (io.signal.aborted) return EXIT_INTERRUPTED
    throw error
  } finally {
    client.close()
  }
  const commit =
    (args.values.commit as string | undefined) || io.env.CI_COMMIT_SHA || io.env.GITHUB_SHA
  const receipt = receiptOf(result, commit)
  if (json) io.out(say(JSON.stringify(verifyReport(result, config, receipt), null, 2)))
  else {
    io.out(say(plain(receiptText(receipt))))
    for (const reason of result.reasons) io.out(say(`  - ${plain(reason)}`))
    for (const warning of result.warnings) io.out(say(`  ! ${plain(warning)}`))
  }
  return result.failing ? VERIFY_EXIT[result.verdict] : 0
}
