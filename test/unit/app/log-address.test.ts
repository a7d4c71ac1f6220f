/** The App's log rewrites every string as its comments do: a datasource by its name, not its address. */
import { createLogger } from '../../../src/app/log.js'
import { addressHider } from '../../../src/text/address.js'

it('logs no form of a datasource address, in messages, fields and errors', () => {
  const lines: string[] = []
  const hide = addressHider('http://10.20.30.40:9090/prom?tenant=blue', 'datasource prod')
  const log = createLogger(['tok-secret-1'], line => lines.push(line), hide)
  log.error('evaluation failed at http://10.20.30.40:9090/prom/api/v1/query?tenant=blue', {
    error: new Error('connect ECONNREFUSED 10.20.30.40:9090 with tok-secret-1'),
    nested: { url: 'http%3A%2F%2F10.20.30.40%3A9090%2Fprom' }
  })
  const text = lines.join('\n')
  expect(text).toContain('evaluation failed at datasource prod')
  expect(text).toContain('connect ECONNREFUSED datasource prod with ***')
  expect(text).not.toMatch(/10\.20\.30\.40|9090|tenant|blue/)
})
