import type { Update } from 'grammy/types'
import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.ts'
import type { HealthReport } from '../../src/server/health.ts'
import {
  type HttpServer,
  type HttpServerOptions,
  SECRET_HEADER,
  startHttpServer,
} from '../../src/server/http.ts'

const logger = createLogger({ level: 'silent' })
const SECRET = 'rahasia_Webhook-1'
const PATH = '/telegram/3f9c2a7e1b'
const update = {
  update_id: 42,
  message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'x' },
}

describe('the HTTP server', () => {
  let server: HttpServer | undefined
  let received: Update[]
  let report: HealthReport

  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  async function start(overrides: Partial<HttpServerOptions> = {}) {
    received = []
    report = { ok: true, database: 'ok', mode: 'webhook' }
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      webhook: {
        path: PATH,
        secret: SECRET,
        onUpdate: async (u) => {
          received.push(u)
        },
      },
      health: async () => report,
      ready: () => true,
      logger,
      ...overrides,
    })
    return `http://127.0.0.1:${server.port}`
  }

  const post = (base: string, headers: Record<string, string>, body: string = JSON.stringify(update)) =>
    fetch(`${base}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })

  it('passes an update with the right secret to the bot and answers 200', async () => {
    const base = await start()
    const response = await post(base, { [SECRET_HEADER]: SECRET })
    expect(response.status).toBe(200)
    expect(received.map((u) => u.update_id)).toEqual([42])
  })

  it.each([
    ['no secret', {}],
    ['a wrong secret', { [SECRET_HEADER]: 'tebakan' }],
    ['the secret with another length', { [SECRET_HEADER]: `${SECRET}x` }],
  ])('refuses an update with %s (401) and never runs the bot', async (_case, headers) => {
    const base = await start()
    const response = await post(base, headers)
    expect(response.status).toBe(401)
    expect(received).toEqual([])
  })

  it('refuses a body that is not an update (400) and other methods (405)', async () => {
    const base = await start()
    expect((await post(base, { [SECRET_HEADER]: SECRET }, '{"halo":1}')).status).toBe(400)
    expect((await post(base, { [SECRET_HEADER]: SECRET }, 'bukan json')).status).toBe(400)
    expect((await fetch(`${base}${PATH}`)).status).toBe(405)
    expect((await fetch(`${base}/bot123:ABC/`)).status).toBe(404)
    expect(received).toEqual([])
  })

  it('answers Telegram within its time limit while a slow update keeps running', async () => {
    let finished = false
    const base = await start({
      webhook: {
        path: PATH,
        secret: SECRET,
        replyWithinMs: 50,
        onUpdate: async () => {
          await new Promise((resolve) => setTimeout(resolve, 300))
          finished = true
        },
      },
    })
    const started = performance.now()
    const response = await post(base, { [SECRET_HEADER]: SECRET })
    expect(response.status).toBe(200)
    expect(performance.now() - started).toBeLessThan(250)
    expect(finished).toBe(false)
  })

  it('answers 500 when the update fails, so Telegram delivers it again', async () => {
    const base = await start({
      webhook: {
        path: PATH,
        secret: SECRET,
        onUpdate: async () => {
          throw new Error('database down')
        },
      },
    })
    expect((await post(base, { [SECRET_HEADER]: SECRET })).status).toBe(500)
  })

  it('refuses updates with 503 once shutting down, and /readyz says not ready', async () => {
    const base = await start()
    server?.stopTakingUpdates()
    expect((await post(base, { [SECRET_HEADER]: SECRET })).status).toBe(503)
    expect(received).toEqual([])
    const ready = await fetch(`${base}/readyz`)
    expect(ready.status).toBe(503)
  })

  it('/healthz answers 200 with the report while the database answers, 503 when it does not', async () => {
    const base = await start()
    const healthy = await fetch(`${base}/healthz`)
    expect(healthy.status).toBe(200)
    expect(await healthy.json()).toEqual({ ok: true, database: 'ok', mode: 'webhook' })
    report = { ok: false, database: 'unreachable', mode: 'webhook' }
    expect((await fetch(`${base}/healthz`)).status).toBe(503)
  })

  it('/readyz answers 503 until the process is ready', async () => {
    let ready = false
    const base = await start({ ready: () => ready })
    expect((await fetch(`${base}/readyz`)).status).toBe(503)
    ready = true
    expect((await fetch(`${base}/readyz`)).status).toBe(200)
  })

  it('serves health checks without a webhook (polling mode with PORT)', async () => {
    const base = await start({ webhook: undefined })
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
    expect((await post(base, { [SECRET_HEADER]: SECRET })).status).toBe(404)
  })
})
