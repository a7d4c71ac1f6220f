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

  it('a decoder that ends before its first byte reads as empty; after one, the failure stands', async () => {
    // node-fetch's brotli decoder fails on an empty body ("unexpected end of file"): a proxy's
    // bare 429 or 504 that names br must still be judged by its status.
    const cutShort = Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR' })
    const nothing = (): AsyncIterable<Buffer> => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(cutShort) })
    })
    async function* halfway(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"status":')
      throw cutShort
    }
    const reset = (): AsyncIterable<Buffer> => ({
      [Symbol.asyncIterator]: () => ({
        next: () =>
          Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      })
    })
    expect(await readCappedText({ headers: headers(), body: nothing() }, 100)).toEqual({
      text: '',
      truncated: false
    })
    await expect(readCappedText({ headers: headers(), body: halfway() }, 100)).rejects.toBe(
      cutShort
    )
    await expect(readCappedText({ headers: headers(), body: reset() }, 100)).rejects.toThrow(
      'socket hang up'
    )
  })
})
