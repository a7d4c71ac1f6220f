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

it('keeps a server text to one line for every reader: U+0085, U+2028 and U+2029 escaped too', () => {
  const lines: string[] = []
  const log = createLogger([], line => lines.push(line))
  const said = 'first\u2028{"level":"info","msg":"approved"}\u2029third\u0085fourth\nfifth'
  log.warn('server said', { error: new Error(said) })
  expect(lines).toHaveLength(1)
  // Python's splitlines and many log viewers break lines at these as at \n.
  expect(lines[0]).not.toMatch(/[\n\r\u0085\u2028\u2029]/)
  expect(JSON.parse(lines[0]).error).toBe(said)
})
