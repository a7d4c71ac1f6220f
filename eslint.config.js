import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The runner's toolkit belongs to the action: the CLI and the App run outside a runner, and the
// layers below take what they need (a logger, the run's context) as arguments.
const RUNNER_TOOLKIT = ['@actions/core', '@actions/github']
const toolkitBanned = allowed => {
  const group = RUNNER_TOOLKIT.filter(name => !allowed.includes(name))
  const message =
    'Only src/action/ talks to the runner (@actions/core); src/github/ wraps @actions/github.'
  return group.length ? [{ group, message }] : []
}

// Every HTTP request goes through src/http/fetch.ts (node-fetch), which decodes bodies: nothing
// else sends requests by hand or decompresses.
const HTTP_BY_HAND = {
  group: ['node-fetch', 'node:zlib', 'zlib', 'undici'],
  message: 'HTTP requests go through src/http/fetch.ts (node-fetch decodes bodies).'
}

/**
 * `no-restricted-imports` patterns that keep a folder of src/ from reaching the given layers, the
 * runner's toolkit (but the packages in `toolkit`) and hand-made HTTP (unless `http`).
 */
const forbid = (layers, extra = [], { toolkit = [], http = false } = {}) => ({
  patterns: [
    ...layers.map(layer => ({
      group: [`../${layer}/*`, `../${layer}`],
      message: `src/${layer}/ is a higher layer: see "Architecture" in the README.`
    })),
    ...toolkitBanned(toolkit),
    ...(http ? [] : [HTTP_BY_HAND]),
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
        forbid(
          [
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
          ],
          [],
          { http: true }
        )
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
    files: ['src/prometheus/**/*.ts', 'src/specs/**/*.ts', 'src/workspace/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', forbid(['override', 'channels', 'action', 'cli', 'app'])]
    }
  },
  {
    files: ['src/github/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbid(['override', 'channels', 'action', 'cli', 'app'], [], {
          toolkit: ['@actions/github']
        })
      ]
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
    rules: {
      'no-restricted-imports': ['error', forbid(['cli', 'app'], [], { toolkit: RUNNER_TOOLKIT })]
    }
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', forbid(['action', 'app'])] }
  }
)
