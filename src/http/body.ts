/** Reading a response body with a cap: a body has no natural size limit (gzip bombs, endless streams). */

/** What the reader needs of an answer (node-fetch's Response: a Node stream, already decoded). */
export interface StreamedResponse {
  headers: { get(name: string): string | null }
  body: AsyncIterable<string | Uint8Array> | null
}

/**
 * A decoder that ends before its first byte says the body was empty, whatever it was said to be
 * compressed with (a proxy's bare 429, 504 or redirect that names `br`): read as empty, so that
 * the answer is judged by its status (a 504 not retried, a 429's Retry-After heard) rather than
 * failing as a network error. Nothing decoded is never taken for an answer either way.
 */
const emptyCompressedBody = (error: unknown, size: number): boolean =>
  size === 0 && /^Z_BUF_ERROR$/.test(String((error as { code?: unknown }).code))

/**
 * The body as UTF-8 text, read up to `maxBytes` after decoding. Past that, reading stops (leaving
 * the loop destroys the stream) and `truncated` is true: the caller decides what that means.
 */
export async function readCappedText(
  response: StreamedResponse,
  maxBytes: number
): Promise<{ text: string; truncated: boolean }> {
  if (Number(response.headers.get('content-length')) > maxBytes)
    return { text: '', truncated: true }
  const chunks: Buffer[] = []
  let size = 0
  let truncated = false
  try {
    for await (const data of response.body ?? []) {
      const chunk = Buffer.from(data)
      if (size + chunk.length > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - size))
        truncated = true
        break
      }
      chunks.push(chunk)
      size += chunk.length
    }
  } catch (error) {
    if (!emptyCompressedBody(error, size)) throw error
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated }
}
