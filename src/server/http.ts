import { timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Update } from 'grammy/types'
import type { Logger } from '../logger.ts'
import type { HealthReport } from './health.ts'

/** Telegram sends the webhook's `secret_token` in this header with every update. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token'

/** Updates are a few kilobytes; anything far larger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000
/** Answer Telegram before it gives up on the request (and sends the update again). */
const DEFAULT_REPLY_WITHIN_MS = 8000

export interface WebhookRoute {
  /** The path of WEBHOOK_URL: random, never the token. */
  path: string
  secret: string
  /** Handles one update. Telegram is answered when it settles, or after `replyWithinMs` with it still running. */
  onUpdate(update: Update): Promise<void>
  replyWithinMs?: number
}

export interface HttpServerOptions {
  /** 0 picks a free port (tests); the chosen one is `HttpServer.port`. */
  port: number
  host?: string
  webhook?: WebhookRoute
  health(): Promise<HealthReport>
  /** Whether this process takes traffic (set up, not shutting down). */
  ready(): boolean
  logger: Logger
}

export interface HttpServer {
  readonly port: number
  /** From now on updates get 503, and Telegram delivers them again (to whichever instance answers). */
  stopTakingUpdates(): void
  /** Stops listening and resolves when the last connection has closed. */
  close(): Promise<void>
}

function send(response: ServerResponse, status: number, body: unknown) {
  if (response.headersSent) return
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

function secretMatches(given: string | string[] | undefined, secret: string) {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    request.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')),
    )
    request.on('error', reject)
  })
}

function parseUpdate(body: string): Update | undefined {
  try {
    const value: unknown = JSON.parse(body)
    const valid = typeof value === 'object' && value !== null && Number.isInteger((value as Update).update_id)
    return valid ? (value as Update) : undefined
  } catch {
    return undefined
  }
}

/**
 * The process's one HTTP server: `GET /healthz` (the database answers; details of this process),
 * `GET /readyz` (takes traffic) and, in webhook mode, `POST <path>` for updates. A webhook request without
 * the right secret header gets 401 and never reaches the bot.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { logger, webhook } = options
  let takingUpdates = true

  const takeUpdate = async (route: WebhookRoute, request: IncomingMessage, response: ServerResponse) => {
    if (!secretMatches(request.headers[SECRET_HEADER], route.secret)) {
      logger.warn({ ip: request.socket.remoteAddress }, 'webhook request without the right secret refused')
      request.resume()
      return send(response, 401, { ok: false, description: 'Unauthorized' })
    }
    if (!takingUpdates) {
      request.resume()
      response.setHeader('connection', 'close')
      return send(response, 503, { ok: false, description: 'Shutting down' })
    }
    const body = await readBody(request)
    if (body === undefined) return send(response, 413, { ok: false, description: 'Payload too large' })
    const update = parseUpdate(body)
    if (!update) return send(response, 400, { ok: false, description: 'Expected an Update' })
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), route.replyWithinMs ?? DEFAULT_REPLY_WITHIN_MS)
    })
    const handling = route.onUpdate(update).then(
      () => 'done' as const,
      (error: unknown) => {
        logger.error({ err: error, update_id: update.update_id }, 'webhook update failed')
        return 'failed' as const
      },
    )
    const outcome = await Promise.race([handling, late])
    clearTimeout(timer)
    if (outcome === 'late')
      logger.warn({ update_id: update.update_id }, 'update still running; answered Telegram')
    if (outcome === 'failed') return send(response, 500, { ok: false, description: 'Update failed' })
    send(response, 200, { ok: true })
  }

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const isRead = request.method === 'GET' || request.method === 'HEAD'
    if (isRead && path === '/healthz') {
      const report = await options.health()
      return send(response, report.ok ? 200 : 503, report)
    }
    if (isRead && path === '/readyz') {
      const ready = takingUpdates && options.ready()
      return send(response, ready ? 200 : 503, { ready })
    }
    if (webhook && path === webhook.path) {
      if (request.method !== 'POST') return send(response, 405, { ok: false, description: 'Use POST' })
      return takeUpdate(webhook, request, response)
    }
    request.resume()
    send(response, 404, { ok: false, description: 'Not found' })
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      logger.error({ err: error, url: request.url }, 'http request failed')
      send(response, 500, { ok: false, description: 'Internal error' })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  logger.info({ port, webhook: webhook !== undefined }, 'http server listening')

  return {
    port,
    stopTakingUpdates: () => {
      takingUpdates = false
    },
    close: () =>
      new Promise<void>((resolve) => {
        takingUpdates = false
        const sweep = setInterval(() => server.closeIdleConnections(), 100)
        server.close(() => {
          clearInterval(sweep)
          resolve()
        })
        server.closeIdleConnections()
      }),
  }
}
