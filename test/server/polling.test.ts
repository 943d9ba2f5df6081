import { Bot } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logger.ts'
import { type Polling, startPolling } from '../../src/server/polling.ts'
import { createUpdateGate } from '../../src/server/update-gate.ts'
import { createTestDatabase } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'

const logger = createLogger({ level: 'silent' })
const BOT_INFO = { id: 10, is_bot: true, first_name: 'Inovasi Bot', username: 'inovasi_bot' } as UserFromGetMe

const textUpdate = (chatId: number, text: string) => ({
  message: { message_id: 1, date: 0, chat: { id: chatId, type: 'private', first_name: 'U' }, text },
})

describe('long polling', () => {
  let server: FakeBotApiServer
  const running: Polling[] = []

  beforeEach(async () => {
    server = await startFakeBotApiServer()
  })
  afterEach(async () => {
    await Promise.all(running.splice(0).map((polling) => polling.stop()))
    await server.close()
  })

  /** A bot that echoes, polling through the gate; `handled` lists what it handled, in order. */
  function poller(options: { lockUrl?: string; onFatal?: (error: unknown) => void; name?: string } = {}) {
    const bot = new Bot('123:test-token-for-the-fake-server', {
      botInfo: BOT_INFO,
      client: { apiRoot: server.url },
    })
    const handled: string[] = []
    bot.on('message:text', async (ctx) => {
      handled.push(ctx.message.text)
      await ctx.reply(`${options.name ?? 'bot'}: ${ctx.message.text}`)
    })
    const gate = createUpdateGate({ lockUrl: options.lockUrl, logger })
    const polling = startPolling({
      bot,
      gate,
      logger,
      lockUrl: options.lockUrl,
      standbyRetryMs: 100,
      onFatal: options.onFatal ?? (() => {}),
    })
    running.push(polling)
    return { polling, handled, gate }
  }

  const replyTo = (chatId: number, text: string) =>
    server.waitForRequest(
      (r) =>
        r.method === 'sendMessage' && r.payload.chat_id === chatId && String(r.payload.text).endsWith(text),
    )

  it('deletes any webhook, then handles queued updates and confirms them when it stops', async () => {
    const { polling, handled } = poller()
    server.pushUpdate(textUpdate(1, 'halo'))
    await replyTo(1, 'halo')
    expect(server.requests[0]?.method).toBe('deleteWebhook')
    await polling.stop()
    expect(handled).toEqual(['halo'])
    expect(server.pendingUpdates()).toBe(0)
    expect(polling.role()).toBe('stopped')
  })

  it('keeps polling after Telegram fails a getUpdates (a proxy 502)', async () => {
    server.script({ method: 'getUpdates', times: 1, behaviour: { kind: 'http', status: 502 } })
    poller()
    server.pushUpdate(textUpdate(1, 'lagi'))
    await replyTo(1, 'lagi')
  })

  it('tries again when Telegram cannot be reached at start (deleteWebhook fails)', async () => {
    server.script({ method: 'deleteWebhook', times: 1, behaviour: { kind: 'http', status: 502 } })
    poller()
    server.pushUpdate(textUpdate(1, 'mulai'))
    await replyTo(1, 'mulai')
  })

  it('gives up and says so when Telegram refuses the token (401)', async () => {
    server.script({
      method: 'getUpdates',
      behaviour: { kind: 'fail', failure: { errorCode: 401, description: 'Unauthorized' } },
    })
    let fatal: unknown
    const { polling } = poller({ onFatal: (error) => (fatal = error) })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(String(fatal)).toContain('Unauthorized')
    expect(polling.role()).toBe('stopped')
  })

  describe.runIf(process.env.TEST_DATABASE_URL)('several instances on one Postgres', () => {
    it('lets one instance poll; when it stops, a standby takes over and nothing is handled twice', async () => {
      const database = await createTestDatabase()
      try {
        const first = poller({ lockUrl: database.url, name: 'first' })
        await new Promise((resolve) => setTimeout(resolve, 300))
        const second = poller({ lockUrl: database.url, name: 'second' })
        await new Promise((resolve) => setTimeout(resolve, 300))
        expect([first.polling.role(), second.polling.role()]).toEqual(['polling', 'standby'])
        server.pushUpdate(textUpdate(1, 'satu'))
        await replyTo(1, 'satu')
        await first.polling.stop()
        server.pushUpdate(textUpdate(1, 'dua'))
        await replyTo(1, 'dua')
        expect(second.polling.role()).toBe('polling')
        expect(first.handled).toEqual(['satu'])
        expect(second.handled).toEqual(['dua'])
        await second.polling.stop()
        await Promise.all([first.gate.close(), second.gate.close()])
      } finally {
        await database.close()
      }
    })
  })
})
