/**
 * How long the test fixtures took to build (the shared Prometheus, the rules suite's data): worth
 * knowing when a run is slow, noise otherwise. Written to stderr only when the run asked for it:
 * `npm test -- --verbose`, or EBG_TEST_TIMINGS=1 (the global setup sets it for a verbose run).
 */
export const TIMINGS_VARIABLE = 'EBG_TEST_TIMINGS'

export function noteTiming(line: string, verbose = process.env[TIMINGS_VARIABLE] === '1'): void {
  if (verbose) process.stderr.write(`${line}\n`)
}
