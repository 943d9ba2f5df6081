import type { Update } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { truncate } from '../../src/bot/format/text.ts'
import { cardData, pageData, similarData } from '../../src/bot/keyboards/search.ts'
import { withoutNul } from '../../src/db/conversation-storage.ts'
import { reconnectDelaySeconds } from '../../src/db/database.ts'
import { parseSearchQuery, SEARCH_QUERY_LIMIT } from '../../src/domain/validation/search-query.ts'
import { createI18n } from '../../src/i18n.ts'
import { answer, newPerson } from '../bot/submission-flow.ts'
import { ADMIN, createTestBot, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import { telegramRefusal } from '../support/telegram-validation.ts'

/** One regression test per failure the fuzzer (test/hardening/fuzz.test.ts) or the outage test found. */
describe('what the fuzzer found, fixed', () => {
  it.each([
    ['an emoji cut in half', '😀'.repeat(40), 32],
    ['a flag cut in half', `ab${'🇮🇩'.repeat(10)}`, 6],
    ['text that fits', 'jekmil', 10],
  ])('truncates without leaving half of a surrogate pair: %s', (_case, text, max) => {
    const short = truncate(text, max)
    expect(short.length).toBeLessThanOrEqual(max)
    expect(telegramRefusal('sendMessage', { text: short })).toBeUndefined()
  })

  it('removes U+0000, which Postgres cannot store, from a conversation log and nothing else', () => {
    const log = { a: ['x\u0000y', { 'k\u0000': 'é😀', n: 1, b: true, z: null }] }
    expect(withoutNul(log)).toEqual({ a: ['xy', { k: 'é😀', n: 1, b: true, z: null }] })
  })

  it.each([
    ['control characters', 'kese\u0000hatan\u0007 ibu', { ok: true, query: 'kese hatan ibu' }],
    ['only white space and controls', ' \u0000\t\n ', { ok: false, problem: 'empty' }],
    ['a pasted article', 'x'.repeat(SEARCH_QUERY_LIMIT + 1), { ok: false, problem: 'too-long', limit: 300 }],
  ])('cleans a search query before storing it: %s', (_case, raw, expected) => {
    expect(parseSearchQuery(raw)).toEqual(expected)
  })

  it.each([
    ['card', () => cardData.unpack('cd:2147483648')],
    ['similar', () => similarData.unpack('sm:99999999999')],
    ['page', () => pageData.unpack('pg:2147483648:0')],
  ])('refuses a %s button whose id does not fit a Postgres integer', (_kind, unpack) => {
    expect(unpack()).toBeUndefined()
  })

  it('lets a pool connection wait at most one second before retrying, however long the outage', () => {
    expect(reconnectDelaySeconds(0)).toBeGreaterThan(0)
    expect(Math.max(...Array.from({ length: 40 }, (_, failures) => reconnectDelaySeconds(failures)))).toBe(1)
  })

  describe('in the bot', () => {
    let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
    beforeAll(async () => {
      fixture = await createSearchableDatabase()
    })
    afterAll(() => fixture.close())
    const generic = createI18n().t('id', 'error-generic')

    it('keeps a draft whose answer held U+0000 and goes on to the next question', async () => {
      const { bot, api } = createTestBot(fixture)
      const user = testUser(bot, api, newPerson())
      await user.send('/ajukan')
      await user.send('SI-BUMIL\u0000 CERIA')
      expect(user.lastText()).toMatch(/^\(2\/13\)/)
      await answer(user, 'expansion')
      expect(user.lastText()).toMatch(/^\(3\/13\)/)
    })

    it('asks again, with a whole emoji on the "keep" button, after an emoji-only name', async () => {
      const { bot, api } = createTestBot(fixture)
      const user = testUser(bot, api, newPerson())
      await user.send('/ajukan')
      await user.send('👩🏻‍⚕️'.repeat(12))
      await user.click('ajs:expansion:back:')
      expect(user.lastText()).toMatch(/^\(1\/13\)/)
      expect(user.lastText()).not.toBe(generic)
    })

    it('answers a card button pressed under an inline message (no chat) without failing', async () => {
      const { bot, api } = createTestBot(fixture)
      const from = newPerson()
      await bot.handleUpdate({
        update_id: 1,
        callback_query: { id: '1', from, chat_instance: '1', inline_message_id: 'x', data: 'cd:1' },
      } as Update)
      expect(api.calls.map((call) => call.method)).toEqual(['answerCallbackQuery'])
    })

    it('answers a language button pressed under an inline message (no chat) without failing', async () => {
      const { bot, api } = createTestBot(fixture)
      await bot.handleUpdate({
        update_id: 2,
        callback_query: {
          id: '2',
          from: newPerson(),
          chat_instance: '1',
          inline_message_id: 'x',
          data: 'lng:id',
        },
      } as Update)
      expect(api.calls.map((call) => call.method)).toEqual(['answerCallbackQuery'])
    })

    it('refuses an announcement button pressed under an inline message (no chat) without failing', async () => {
      const { bot, api } = createTestBot(fixture)
      const admin = testUser(bot, api, ADMIN)
      await admin.send('/umumkan Top 45 KIPP 2021')
      const data = api.lastMessage(ADMIN.id)?.reply_markup?.inline_keyboard[0]?.[0]
      await bot.handleUpdate({
        update_id: 3,
        callback_query: {
          id: '3',
          from: ADMIN,
          chat_instance: '1',
          inline_message_id: 'x',
          data: data && 'callback_data' in data ? data.callback_data : '',
        },
      } as Update)
      expect(api.calls.at(-1)?.payload.text).toBe(createI18n().t('id', 'announce-private-only'))
    })

    it('takes an announcement title typed with U+0000', async () => {
      const { bot, api } = createTestBot(fixture)
      const admin = testUser(bot, api, ADMIN)
      await admin.send('/umumkan')
      await admin.send('Top 45\u0000 KIPP 2021')
      expect(admin.lastText()).toContain('Top 45 KIPP 2021')
    })

    it('drops a private message without a sender (Telegram never sends one) instead of failing', async () => {
      const { bot, api } = createTestBot(fixture)
      const chat = { id: 4242, type: 'private', first_name: 'X' }
      await bot.handleUpdate({
        update_id: 2,
        message: { message_id: 1, date: 0, chat, text: '/ajukan' },
      } as Update)
      expect(api.calls).toEqual([])
    })
  })
})
