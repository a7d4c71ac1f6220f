import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Nothing in src/ loads @actions/core: it always loads an OIDC client and its HTTP stack (~40 ms).
const RUNNER_TOOLKIT = {
  group: ['@actions/core'],
  message: 'The runner protocol is src/action/runner.ts (see its comment); @actions/core is the test oracle.'
}

/**
 * `no-restricted-imports` patterns that keep a folder of src/ from reaching the given layers (and
 * from @actions/core).
 */
const forbid = (layers, extra = []) => ({
  patterns: [
    ...layers.map(layer => ({
      group: [`../${layer}/*`, `../${layer}`],
      message: `src/${layer}/ is a higher layer: see "Architecture" in the README.`
    })),
    RUNNER_TOOLKIT,
    ...extra
  ]
})

// The engine is pure: no I/O, no runner toolkit, no Octokit; it reads answers through prometheus/api.
const ENGINE_FORBIDS_IO = [
  {
    group: [
      '@actions/*',
      '@octokit/*',
      'yaml',
      'node:fs',
      'node:http',
      'node:https',
      'node:net',
      'fs',
      'http',
      'https'
    ],
    message: 'src/engine/ is pure: pass I/O in through its deps.'
  },
  {
    group: ['../prometheus/client', '../prometheus/client.js'],
    message: 'src/engine/ reads Prometheus through the QueryClient interface of prometheus/api.'
  }
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] }
  },
  // The layers, lowest first: text → engine → prometheus, specs, workspace, github →
  // override → channels → action, cli. A folder never imports one above it.
  {
    files: ['src/text/**/*.ts', 'src/http/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbid([
          'engine',
          'prometheus',
          'specs',
          'workspace',
          'github',
          'override',
          'channels',
          'action',
          'cli',
          'app'
        ])
      ]
    }
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbid(
          ['http', 'specs', 'workspace', 'github', 'override', 'channels', 'action', 'cli', 'app'],
          ENGINE_FORBIDS_IO
        )
      ]
    }
  },
  {
    files: [
      'src/prometheus/**/*.ts',
      'src/specs/**/*.ts',
      'src/workspace/**/*.ts',
      'src/github/**/*.ts'
    ],
    rules: {
      'no-restricted-imports': ['error', forbid(['override', 'channels', 'action', 'cli', 'app'])]
    }
  },
  {
    files: ['src/override/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbid(['channels', 'action', 'cli', 'app'])] }
  },
  {
    files: ['src/channels/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbid(['action', 'cli', 'app'])] }
  },
  // The App server is an entry point beside the action and the CLI: it shares the layers below.
  {
    files: ['src/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbid(['action', 'cli'])] }
  },
  {
    files: ['src/action/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbid(['cli', 'app'])] }
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbid(['action', 'app'])] }
  }
)
