/** The layering of src/ is enforced by ESLint; these tests prove the rule bites. */
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

/** Every file under src/, with its text. */
function sources(dir = path.join(REPO_ROOT, 'src')): [string, string][] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(file)
    return entry.name.endsWith('.ts')
      ? [[path.relative(REPO_ROOT, file), fs.readFileSync(file, 'utf8')] as [string, string]]
      : []
  })
}

describe('the runner protocol and HTTP belong to their libraries', () => {
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
