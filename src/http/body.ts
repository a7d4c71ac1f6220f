/** Reading a response body with a cap: a body has no natural size limit (gzip bombs, endless streams). */

/** What the reader needs of an answer (http/post.ts gives a Node stream, already decoded). */
export interface StreamedResponse {
  headers: { get(name: string): string | null }
  body: AsyncIterable<string | Uint8Array> | null
}

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
  return { text: Buffer.concat(chunks).toString('utf8'), truncated }
}
