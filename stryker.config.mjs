/**
 * Mutation testing (`npm run mutate`, not in CI): how many deliberate faults in the code that
 * decides a deploy or guards a secret the unit tests catch. See CONTRIBUTING.md, "Mutation testing".
 * Narrow a run with `npm run mutate -- --mutate 'src/text/**'` and MUTATE_TESTS (jest.mutate.config.js).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'jest.mutate.config.js', enableFindRelatedTests: true },
  // Jest runs in native ESM mode here, as `npm test` does.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'],
  coverageAnalysis: 'perTest',
  mutate: [
    'src/text/**/*.ts',
    'src/override/**/*.ts',
    'src/engine/{status,budget,tiers,exclusions,recorded-coverage}.ts',
    'src/app/{server,policy}.ts'
  ],
  // dist/ is large and no unit test reads it; the sandbox needs the sources, tests and configs.
  ignorePatterns: ['dist', 'coverage', 'reports', '.tmp'],
  // Two cores, shared: one test process at a time.
  concurrency: 1,
  // A mutant that hangs a test (an HTTP answer never sent) is a timeout, counted as caught.
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true
}
