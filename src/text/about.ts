/** The gate's own name, version and documentation, for the footers a first-time reader sees. */

/** Kept equal to package.json's version by test/unit/docs.test.ts. */
export const GATE_VERSION = '1.0.0'

export const GATE_HOME = 'https://github.com/acme/error-budget-gate'

/** The README section that explains every status, in the README of the running version. */
export const STATUSES_ANCHOR = 'what-each-status-means'
export const STATUSES_URL = `${GATE_HOME}/blob/v${GATE_VERSION}/README.md#${STATUSES_ANCHOR}`

/** One Markdown line: the version, and where to learn what the statuses mean. */
export function aboutLine(): string {
  return `[error-budget-gate](${GATE_HOME}) v${GATE_VERSION} · [what the statuses mean](${STATUSES_URL})`
}
