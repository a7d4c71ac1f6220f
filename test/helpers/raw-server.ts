/** A TCP server that answers every request with fixed bytes, for what http.Server cannot say. */
import net from 'node:net'
import type { AddressInfo } from 'node:net'

/** An answer of 101 Switching Protocols that nobody asked for. */
export const UPGRADE_ANSWER =
  'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'

export async function serveRaw(
  raw: string
): Promise<{ origin: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer(socket => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.once('data', () => socket.write(raw))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      sockets.forEach(socket => socket.destroy())
      return new Promise(resolve => server.close(() => resolve()))
    }
  }
}
