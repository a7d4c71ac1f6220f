/**
 * The layering of src/ is enforced by ESLint; the first tests prove the rule bites. The last ones
 * read src/ itself: no file too long to read in one sitting, no I/O in the engine, no runner
 * protocol or HTTP decoding written by hand.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { REPO_ROOT } from '../helpers/run-action.js'

const eslint = new ESLint({ cwd: REPO_ROOT })

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) })
  return result.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

describe('layering of src/', () => {
  it.each([
    [
      'the engine importing a channel',
      'src/engine/x.ts',
      "export { renderSummary } from '../channels/report.js'"
    ],
    [
      'the engine importing the runner toolkit',
      'src/engine/x.ts',
      "export * as core from '@actions/core'"
    ],
    [
      'the engine importing the HTTP client',
      'src/engine/x.ts',
      "export { PrometheusClient } from '../prometheus/client.js'"
    ],
    ['the engine reading files', 'src/engine/x.ts', "export { readFileSync } from 'node:fs'"],
    ['the engine serving HTTP', 'src/engine/x.ts', "export { createServer } from 'node:http'"],
    ['the engine opening sockets', 'src/engine/x.ts', "export { connect } from 'node:net'"],
    [
      'the override policy importing a channel',
      'src/override/x.ts',
      "export { postToSlack } from '../channels/slack.js'"
    ],
    [
      'a channel importing the action entry',
      'src/channels/x.ts',
      "export { run } from '../action/main.js'"
    ],
    [
      'text helpers importing the engine',
      'src/text/x.ts',
      "export { STATUSES } from '../engine/status.js'"
    ],
    [
      'a channel loading @actions/core (only the action talks to the runner)',
      'src/channels/x.ts',
      "export * as core from '@actions/core'"
    ],
    [
      'the App server loading @actions/core',
      'src/app/x.ts',
      "export * as core from '@actions/core'"
    ],
    [
      'the CLI loading @actions/github',
      'src/cli/x.ts',
      "export * as github from '@actions/github'"
    ],
    [
      'the Prometheus client calling node-fetch itself',
      'src/prometheus/x.ts',
      "export * as nodeFetch from 'node-fetch'"
    ],
    [
      'a channel decoding bodies with zlib',
      'src/channels/x.ts',
      "export * as zlib from 'node:zlib'"
    ],
    [
      'the App server importing the action',
      'src/app/x.ts',
      "export { run } from '../action/main.js'"
    ]
  ])('refuses %s', async (_, file, code) => {
    expect(
      await restrictedImports(
        file,
        `${code}\nexport const used = [${code
          .match(/\{ (\w+)|\* as (\w+)|import (\w+)/)!
          .slice(1)
          .find(Boolean)}]\n`
      )
    ).not.toEqual([])
  })

  it.each([
    [
      'the engine reading answers through prometheus/api',
      'src/engine/x.ts',
      "export { parseSampleValue } from '../prometheus/api.js'"
    ],
    [
      'a channel importing the engine',
      'src/channels/x.ts',
      "export { STATUSES } from '../engine/status.js'"
    ],
    [
      'the action importing every layer',
      'src/action/x.ts',
      "export { notify } from '../channels/notify.js'"
    ],
    [
      'the App server sharing the engine and the spec loaders',
      'src/app/x.ts',
      "export { parseSloDocuments } from '../specs/index.js'"
    ],
    [
      'the action loading @actions/core',
      'src/action/x.ts',
      "export * as core from '@actions/core'"
    ],
    [
      'src/github/ wrapping @actions/github',
      'src/github/x.ts',
      "export { getOctokit } from '@actions/github'"
    ],
    [
      'src/http/ sending with node-fetch',
      'src/http/x.ts',
      "export * as nodeFetch from 'node-fetch'"
    ]
  ])('allows %s', async (_, file, code) => {
    expect(await restrictedImports(file, code)).toEqual([])
  })
})

/** Every .ts file below a folder of the repository, as a path relative to the repository. */
function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.ts'))
    .map(file => path.join(folder, file))
    .sort()
}

/** The module specifiers a source text loads: static imports and re-exports, import(), require(). */
function specifiers(code: string): string[] {
  const found: string[] = []
  const forms = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g
  ]
  for (const form of forms) for (const match of code.matchAll(form)) found.push(match[1])
  return found
}

/** What the engine may not load: the runner toolkit, files and sockets, the HTTP client. */
const ENGINE_FORBIDDEN = [
  /^@actions\//,
  /^(node:)?(fs|http|https|net)(\/|$)/,
  /(^|\/)prometheus\/client(\.js)?$/
]
const forbiddenIn = (code: string): string[] =>
  specifiers(code).filter(s => ENGINE_FORBIDDEN.some(pattern => pattern.test(s)))

describe('the shape of src/', () => {
  const MAX_LINES = 420

  it(`keeps every file at ${MAX_LINES} lines or fewer`, () => {
    const files = sourceFiles('src')
    expect(files.length).toBeGreaterThan(50)
    const long = files
      .map(file => ({
        file,
        lines: fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n')
      }))
      .map(({ file, lines }) => ({
        file,
        lines: lines.at(-1) === '' ? lines.length - 1 : lines.length
      }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`)
    expect(long).toEqual([])
  })

  it('finds every form of import, so that the engine check below can fail', () => {
    const code = [
      "import fs from 'node:fs'",
      "import type { Server } from 'http'",
      "import * as core from '@actions/core'",
      "export { PrometheusClient } from '../prometheus/client.js'",
      "import 'node:net'",
      "const later = await import('@actions/github')",
      "const old = require('https')",
      "import { parseSampleValue } from '../prometheus/api.js'",
      "import { readFile } from './fs-like.js'"
    ].join('\n')
    expect(forbiddenIn(code)).toEqual([
      'node:fs',
      'http',
      '@actions/core',
      '../prometheus/client.js',
      'node:net',
      '@actions/github',
      'https'
    ])
  })

  it('keeps the engine free of @actions/*, node:fs/http/net and the Prometheus HTTP client', () => {
    const files = sourceFiles('src/engine')
    expect(files).toEqual(
      expect.arrayContaining(['src/engine/assess.ts', 'src/engine/evaluate.ts'])
    )
    const loaded = files.flatMap(file =>
      forbiddenIn(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')).map(s => `${file}: ${s}`)
    )
    expect(loaded).toEqual([])
  })
})

describe('the runner protocol and HTTP belong to their libraries', () => {
  const sources = (): [string, string][] =>
    sourceFiles('src').map(file => [file, fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')])

  it('no file under src/ writes a workflow command or an environment file itself (@actions/core does)', () => {
    const byHand = sources().filter(([, text]) =>
      /GITHUB_OUTPUT|GITHUB_STEP_SUMMARY|GITHUB_STATE|GITHUB_ENV\b|['"`]::(?:add-mask|set-output|warning|error|notice|debug|stop-commands|group)/.test(
        text
      )
    )
    expect(byHand.map(([file]) => file)).toEqual([])
  })

  it('no file under src/ decodes HTTP bodies or sends requests over node:http itself', () => {
    const byHand = sources().filter(([, text]) =>
      /createGunzip|createInflate|createBrotliDecompress|\b(?:http|https)\.request\(/.test(text)
    )
    expect(byHand.map(([file]) => file)).toEqual([])
  })
})
