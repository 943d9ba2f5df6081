import type { AddressInfo } from 'node:net'
import { createServer, type Socket } from 'node:net'

/**
 * A loopback TCP proxy a test can cut, like a database server that went down: open connections are
 * dropped and new ones refused (the port stops listening) until it is restored on the same port.
 */
export interface TcpProxy {
  readonly port: number
  cut(): Promise<void>
  restore(): Promise<void>
  close(): Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>()
  const track = (socket: Socket) => {
    open.add(socket)
    socket.on('close', () => open.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const server = createServer((client) => {
    const upstream = new (client.constructor as typeof Socket)()
    upstream.connect(target.port, target.host)
    track(client)
    track(upstream)
    client.pipe(upstream).pipe(client)
  })
  const listen = (port: number) =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()))
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of open) socket.destroy()
      server.close(() => resolve())
    })
  await listen(0)
  const port = (server.address() as AddressInfo).port
  return { port, cut: stop, restore: () => listen(port), close: stop }
}
