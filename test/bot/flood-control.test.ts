import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FLOOD_LIMIT } from '../../src/bot/middlewares/flood-control.ts'
import { createTestBot, SARI, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import { newPerson } from './submission-flow.ts'

const WARNING =
  'Pesan Anda terlalu cepat. Tunggu sebentar, lalu kirim lagi; pesan yang masuk selama itu tidak diproses.'

describe('one user flooding the bot', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  beforeAll(async () => {
    fixture = await createSearchableDatabase()
  })
  afterAll(() => fixture.close())

  const realBot = () => createTestBot({ ...fixture, floodLimit: DEFAULT_FLOOD_LIMIT })

  /** Milliseconds until Sari's search is answered. */
  async function timedSearch(sari: ReturnType<typeof testUser>) {
    const started = performance.now()
    await sari.send('ojek bumil magetan')
    return performance.now() - started
  }

  it('gets one polite warning for 100 messages in a second, and only the first ones are handled', async () => {
    const { bot, api } = realBot()
    const flooder = newPerson('Spammer')
    const spam = testUser(bot, api, flooder)
    await Promise.all(Array.from({ length: 100 }, (_, i) => spam.send(`jekmil ${i}`)))
    const replies = api.calls.filter(
      (call) => call.method === 'sendMessage' && call.payload.chat_id === flooder.id,
    )
    const warnings = replies.filter((call) => call.payload.text === WARNING)
    expect(warnings).toHaveLength(1)
    expect(replies.length - warnings.length).toBe(DEFAULT_FLOOD_LIMIT.limit)
  })

  it('does not slow down another user searching at the same time', async () => {
    const { bot, api } = realBot()
    const sari = testUser(bot, api, SARI)
    const alone = [await timedSearch(sari), await timedSearch(sari), await timedSearch(sari)]
    const spam = testUser(bot, api, newPerson('Spammer'))
    const flood = Promise.all(Array.from({ length: 100 }, (_, i) => spam.send(`kesehatan ${i}`)))
    const during = [await timedSearch(sari), await timedSearch(sari), await timedSearch(sari)]
    await flood
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? 0
    console.log(
      `flood: other user's search alone median ${median(alone).toFixed(1)} ms, during a 100-message flood median ${median(during).toFixed(1)} ms (max ${Math.max(...during).toFixed(1)} ms)`,
    )
    expect(sari.lastText()).toContain('JEK-MIL')
    expect(Math.max(...during)).toBeLessThan(1000)
  })
})
