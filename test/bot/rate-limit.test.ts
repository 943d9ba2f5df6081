import type { Update, User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBot } from '../../src/bot/index.ts'
import { LOCAL_BOT_INFO } from '../../src/cli/local-bot-api.ts'
import { loadConfig } from '../../src/config.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../../src/domain/search/search-index.ts'
import { createLogger } from '../../src/logger.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'

const TOKEN = '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw'

/** Telegram answers 429 with retry_after: the person still gets every answer, once, in order. */
describe('a 429 from Telegram on the interactive path', () => {
  let server: FakeBotApiServer
  let database: DatabaseHandle
  let regions: RegionCatalogue
  let updateId = 0

  beforeAll(async () => {
    server = await startFakeBotApiServer()
    database = await createTestDatabase()
    regions = await testRegions()
  })
  afterAll(async () => {
    await database.close()
    await server.close()
  })

  function person(id: number): { send(text: string): Promise<void>; shown(): string[] } {
    const config = loadConfig({ BOT_TOKEN: TOKEN, BOT_API_ROOT: server.url })
    const logger = createLogger({ level: 'silent' })
    const bot = createBot(
      { config, logger, database, regions, search: createSearchIndex(regions) },
      { botInfo: LOCAL_BOT_INFO },
    )
    const from: User = { id, is_bot: false, first_name: 'Sari', language_code: 'id' }
    return {
      send: (text) =>
        bot.handleUpdate({
          update_id: ++updateId,
          message: {
            message_id: updateId,
            date: Math.floor(Date.now() / 1000),
            chat: { id, type: 'private', first_name: 'Sari' },
            from,
            text,
            ...(text.startsWith('/')
              ? { entities: [{ type: 'bot_command', offset: 0, length: text.length }] }
              : {}),
          },
        } as Update),
      shown: () => server.messagesTo(id).map((message) => message.text),
    }
  }

  const sendMessageRequests = (chatId: number) =>
    server.requests.filter((r) => r.method === 'sendMessage' && r.payload.chat_id === chatId)

  it('waits retry_after and sends the reply of a command again', async () => {
    const sari = person(7001)
    server.rateLimit(1, 1)
    const started = Date.now()
    await sari.send('/start')
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(sari.shown()).toEqual([expect.stringMatching(/^Halo, Sari!/)])
    expect(sendMessageRequests(7001)).toHaveLength(2)
  })

  it('retries a reply inside /ajukan, and the replay of the next step neither waits again nor resends', async () => {
    const sari = person(7002)
    server.rateLimit(1, 1)
    await sari.send('/ajukan')
    const afterStart = sari.shown()
    expect(afterStart.at(-1)).toMatch(/^\(1\/13\)/)
    const requestsBefore = sendMessageRequests(7002).length
    const started = Date.now()
    await sari.send('SI-BUMIL CERIA')
    expect(Date.now() - started).toBeLessThan(1000)
    expect(sari.shown().slice(0, afterStart.length)).toEqual(afterStart)
    expect(sari.shown().at(-1)).toMatch(/^\(2\/13\)/)
    expect(sendMessageRequests(7002)).toHaveLength(requestsBefore + 1)
  })

  it('gives up on a retry_after longer than a person should wait (the error boundary answers)', async () => {
    const sari = person(7003)
    server.rateLimit(60, 1)
    const started = Date.now()
    await sari.send('/start')
    expect(Date.now() - started).toBeLessThan(5000)
    const [refused, ...rest] = sendMessageRequests(7003)
    expect(refused?.payload.text).toMatch(/^Halo, Sari!/)
    expect(rest.map((r) => r.payload.text)).not.toContainEqual(expect.stringMatching(/^Halo/))
  })
})
