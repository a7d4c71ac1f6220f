/** Entry point of the bundled action (dist/index.js). */
import * as core from '@actions/core'
import { run } from './main.js'

run(core, process.env).catch((error: unknown) => {
  core.setOutput('can_deploy', 'false')
  core.setOutput('budget_status', 'ERROR')
  core.setFailed(`error-budget-gate failed unexpectedly: ${(error as Error).message}`)
})
