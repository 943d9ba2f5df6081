import type { AddressInfo } from 'node:net'
import { createServer, type Server, type Socket } from 'node:net'

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

/** Ports the kernel never hands out as the local end of an outgoing connection (Linux: 32768-60999). */
const STABLE_PORTS = { from: 20_000, to: 32_000 }

/**
 * Listens on a port below the ephemeral range. While the proxy is cut nothing listens there, and a client
 * connecting to an ephemeral port can be given that same port as its own end: the socket then connects
 * to itself (TCP simultaneous open) and the driver waits for a server that never answers.
 */
async function listenOutsideEphemeralRange(server: Server): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = STABLE_PORTS.from + Math.floor(Math.random() * (STABLE_PORTS.to - STABLE_PORTS.from))
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false))
      server.listen(port, '127.0.0.1', () => resolve(true))
    })
    server.removeAllListeners('error')
    if (listening) return (server.address() as AddressInfo).port
  }
  throw new Error('no free port for the TCP proxy')
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
  const port = await listenOutsideEphemeralRange(server)
  return { port, cut: stop, restore: () => listen(port), close: stop }
}
