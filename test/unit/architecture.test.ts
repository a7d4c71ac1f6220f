/** The layering of src/ is enforced by ESLint; these tests prove the rule bites. */
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
      'the action loading @actions/core (its OIDC client and HTTP stack)',
      'src/action/x.ts',
      "export * as core from '@actions/core'"
    ],
    [
      'a channel loading @actions/core',
      'src/channels/x.ts',
      "export * as core from '@actions/core'"
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
    ]
  ])('allows %s', async (_, file, code) => {
    expect(await restrictedImports(file, code)).toEqual([])
  })
})
