/**
 * Jest for mutation runs (`npm run mutate`, see stryker.config.mjs): the unit tests only, without
 * the real Prometheus of the global setup (no unit test needs it but test/unit/action/main.test.ts,
 * left out). MUTATE_TESTS narrows the tests to some files or folders (space- or comma-separated,
 * relative to the repository), so that a mutant does not load every suite that imports its file.
 */
import base from './jest.config.js'

const chosen = (process.env.MUTATE_TESTS ?? '').split(/[\s,]+/).filter(Boolean)
const match = path =>
  path.endsWith('.ts') ? `<rootDir>/${path}` : `<rootDir>/${path.replace(/\/+$/, '')}/**/*.test.ts`

export default {
  ...base,
  globalSetup: undefined,
  globalTeardown: undefined,
  testMatch: chosen.length ? chosen.map(match) : ['<rootDir>/test/unit/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/unit/action/main.test.ts']
}
