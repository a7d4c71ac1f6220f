/** The flags and the help of `error-budget verify` (args.ts lists them with every other flag). */
import type { FlagSpec } from './args.js'

/** A verify input as a flag: its kebab-case name (test/unit/docs.test.ts holds them to it). */
const verifying = (flag: string, help: string): FlagSpec => ({
  flag,
  input: flag.replace(/-/g, '_'),
  value: 'VALUE',
  help,
  commands: ['verify']
})

/** The flags only `verify` takes, in the order `--help` lists them. */
export const VERIFY_FLAGS: FlagSpec[] = [
  verifying('deployed-at', 'when the deploy happened (RFC 3339 or Unix seconds; default now)'),
  verifying(
    'verify-for',
    'how long after the deploy to watch (e.g. 15m, at most 24h); 0 checks once'
  ),
  verifying('verify-interval', 'time between checks (5s to 1h)'),
  verifying(
    'verify-max-burn',
    'burn since the deploy above which it fails; auto (the fast-burn factor), a number, 0 off'
  ),
  verifying('verify-max-spend', 'share of the budget the deploy may spend, e.g. 2%; 0 off'),
  verifying('on-inconclusive', 'fail or pass: the exit code of an inconclusive verify'),
  {
    flag: 'commit',
    value: 'SHA',
    help: 'the deployed commit the receipt names (default CI_COMMIT_SHA, then GITHUB_SHA)',
    commands: ['verify'],
    env: 'CI_COMMIT_SHA'
  }
]

export const VERIFY_ABOUT = [
  'error-budget verify [--deployed-at TIME] [--verify-for DURATION] [--json] [flags]',
  '',
  'Watches the budget after a deploy: every --verify-interval until --verify-for after the deploy,',
  'the burn since it (beside the burn over as long before it) and the share of the budget it spent.',
  'Prints a line a check, then the receipt. Exits 0 verified, 1 failed, 2 inconclusive (0 with',
  '--on-inconclusive pass), 64 a usage error (a bad value too), 130 interrupted.'
]
