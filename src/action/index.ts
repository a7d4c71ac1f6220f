/** Entry point of the bundled action (dist/index.js). */
import { run } from './main.js'
import { runner as core } from './runner.js'
import { secretValues } from '../engine/config.js'
import { oneLine } from '../text/escape.js'
import { redactSecrets } from '../text/redact.js'

run(core, process.env).catch((error: unknown) => {
  // Even an unexpected failure may quote a server's answer: redact it and keep it one line.
  const message = redactSecrets((error as Error).message, secretValues(core.getInput))
  core.setOutput('can_deploy', 'false')
  core.setOutput('budget_status', 'ERROR')
  core.setFailed(`error-budget-gate failed unexpectedly: ${oneLine(message)}`)
})
