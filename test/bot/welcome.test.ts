import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalApiError } from '../../src/cli/local-bot-api.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { createTestBot, JOHN, SARI, testUser } from '../support/bot.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'

describe('a new user opening the bot', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database.close())

  const newUser = async (from = SARI) => {
    const { bot, api } = createTestBot({ database, regions: await testRegions() })
    return testUser(bot, api, from)
  }

  it('is greeted by name in Indonesian with examples of what to type', async () => {
    const sari = await newUser()
    await sari.send('/start')
    expect(sari.lastText()).toContain('Halo, Sari!')
    expect(sari.lastText()).toContain('inovasi kesehatan ibu di Sulsel')
  })

  it.each(['/bantuan', '/help'])('sees every command explained after %s', async (command) => {
    const sari = await newUser()
    await sari.send(command)
    expect(sari.lastText()).toMatch(/Yang bisa saya lakukan/)
    expect(sari.lastText()).toContain('@inovasi_bot')
  })

  it('is answered in English when Telegram says the user speaks English', async () => {
    const john = await newUser(JOHN)
    await john.send('/start')
    expect(john.lastText()).toContain('Hello, John!')
  })

  it('gets a polite apology, not silence, when handling the message fails', async () => {
    const { bot, api } = createTestBot({ database, regions: await testRegions() })
    api.respond('sendMessage', (payload, answerAsUsual) => {
      if (String(payload.text).startsWith('Halo')) throw new LocalApiError(500, 'Internal Server Error')
      return answerAsUsual()
    })
    const sari = testUser(bot, api)
    await sari.send('/start')
    expect(sari.lastText()).toBe(
      'Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi.',
    )
  })
})
