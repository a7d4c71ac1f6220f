/** Reading a body with a cap: stops pulling at the limit, whatever the stream would still give. */
import { readCappedText } from '../../../src/http/body.js'

const headers = (length?: number) => ({
  get: (name: string) => (name === 'content-length' && length !== undefined ? String(length) : null)
})

describe('readCappedText', () => {
  it('stops an endless body at the limit and says it was cut', async () => {
    let pulled = 0
    async function* endless() {
      for (;;) {
        pulled++
        yield Buffer.alloc(1000, 'x')
      }
    }
    const body = await readCappedText({ headers: headers(), body: endless() }, 2500)
    expect(body).toEqual({ text: 'x'.repeat(2500), truncated: true })
    expect(pulled).toBe(3)
  })

  it('refuses by Content-Length without reading', async () => {
    let pulled = 0
    async function* one() {
      pulled++
      yield 'never read'
    }
    expect(await readCappedText({ headers: headers(5000), body: one() }, 2500)).toEqual({
      text: '',
      truncated: true
    })
    expect(pulled).toBe(0)
  })

  it('reads a body at the limit whole, in UTF-8 across chunks', async () => {
    const euro = Buffer.from('€')
    async function* split() {
      yield euro.subarray(0, 1)
      yield euro.subarray(1)
    }
    expect(await readCappedText({ headers: headers(), body: split() }, 3)).toEqual({
      text: '€',
      truncated: false
    })
  })
})
