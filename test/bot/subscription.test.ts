import type { Bot } from 'grammy'
import type { Update, User } from 'grammy/types'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Context } from '../../src/bot/context.ts'
import { subscribeData } from '../../src/bot/keyboards/subscription.ts'
import { LocalApiError, type LocalBotApi } from '../../src/cli/local-bot-api.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { deactivateChats, findSubscription } from '../../src/db/repositories/subscriptions.ts'
import { subscriptions } from '../../src/db/schema/index.ts'
import { createTestBot, JOHN, SARI, testUser } from '../support/bot.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'

const GROUP_ID = -100_777
const BUDI: User = { id: 601, is_bot: false, first_name: 'Budi', language_code: 'id' }
const press = (action: Parameters<typeof subscribeData.pack>[0]['action'], value = '-') =>
  subscribeData.pack({ action, value })

describe('subscribing to award news', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  beforeEach(async () => {
    await database.db.delete(subscriptions)
  })
  afterAll(() => database.close())

  const start = async (from: User = SARI) => {
    const { bot, api } = createTestBot({ database, regions: await testRegions() })
    return { user: testUser(bot, api, from), bot, api }
  }
  const subscriptionOf = (chatId: number) => findSubscription(database.db, chatId)
  const buttonsOf = (api: LocalBotApi, chatId: number) => {
    const markup = api.calls.findLast((call) => call.payload.chat_id === chatId && call.payload.reply_markup)
      ?.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] } | undefined
    return markup?.inline_keyboard.flat() ?? []
  }

  it('shows a chat that has not subscribed yet how to, with buttons for provinces, themes, levels and channels', async () => {
    const { user, api } = await start()
    await user.send('/langganan')
    expect(user.lastText()).toContain('belum berlangganan')
    expect(user.lastText()).toContain('/langganan kab. magetan')
    expect(buttonsOf(api, SARI.id).map((button) => button.text)).toEqual([
      'Semua inovasi',
      '🗺 Pilih provinsi',
      '🏷 Pilih tema',
      '🏅 Tingkat penghargaan',
      '📢 Kanal',
    ])
  })

  it.each([
    ['sulsel', 'Sulawesi Selatan', { provinceCodes: ['73'] }],
    ['kab. magetan', 'Kabupaten Magetan, Jawa Timur', { regencyCodes: ['35.20'] }],
    ['kesehatan', 'Kesehatan', { themes: ['kesehatan'] }],
    ['semua', 'semua kabar', { everything: true }],
  ])('subscribes directly with "/langganan %s"', async (text, shown, stored) => {
    const { user } = await start()
    await user.send(`/langganan ${text}`)
    expect(user.lastText()).toContain('✅')
    expect(user.lastText()).toContain(shown)
    expect(await subscriptionOf(SARI.id)).toMatchObject({ active: true, chatType: 'private', ...stored })
  })

  it('asks which region is meant when a name is shared, and subscribes to the one chosen', async () => {
    const { user, api } = await start()
    await user.send('/langganan bandung')
    expect(user.lastText()).toContain('bisa berarti beberapa wilayah')
    const choice = buttonsOf(api, SARI.id).find((button) => button.text.startsWith('Kabupaten Bandung,'))
    expect(choice).toBeDefined()
    await user.click(choice?.callback_data ?? '')
    expect((await subscriptionOf(SARI.id))?.regencyCodes).toEqual(['32.04'])
    expect(user.lastText()).toContain('Kabupaten Bandung, Jawa Barat')
  })

  it('subscribes "/langganan Flotim" to Flores Timur (NTT), not Lombok Timur', async () => {
    const { user } = await start()
    await user.send('/langganan Flotim')
    expect(user.lastText()).toContain('Kabupaten Flores Timur, Nusa Tenggara Timur')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ regencyCodes: ['53.06'] })
  })

  it('subscribes "/langganan Kuansing" to Kuantan Singingi, an abbreviation from the reviewed table', async () => {
    const { user } = await start()
    await user.send('/langganan Kuansing')
    expect(user.lastText()).toContain('Kabupaten Kuantan Singingi, Riau')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ regencyCodes: ['14.09'] })
  })

  it('asks before using a place guessed from a misspelling, and subscribes once confirmed', async () => {
    const { user, api } = await start()
    await user.send('/langganan magetn')
    expect(user.lastText()).toContain('Apakah "magetn" maksudnya Kabupaten Magetan, Jawa Timur?')
    expect(await subscriptionOf(SARI.id)).toBeUndefined()
    const confirm = buttonsOf(api, SARI.id).find((button) => button.text === 'Kabupaten Magetan, Jawa Timur')
    await user.click(confirm?.callback_data ?? '')
    expect((await subscriptionOf(SARI.id))?.regencyCodes).toEqual(['35.20'])
  })

  it('says so when it knows neither the region nor the theme', async () => {
    const { user } = await start()
    await user.send('/langganan planet mars')
    expect(user.lastText()).toContain('tidak mengenali wilayah atau tema "planet mars"')
    expect(await subscriptionOf(SARI.id)).toBeUndefined()
  })

  it('answers a huge request with its limit, and a broken one with a short quote Telegram accepts', async () => {
    const { user } = await start()
    await user.send(`/langganan ${'x'.repeat(4000)} \ud83d`)
    expect(user.lastText()).toMatch(/^Terlalu panjang: .*maksimal 100 karakter/)
    await user.send(`/langganan ${'x'.repeat(80)} \ud83d`)
    expect(user.lastText()).toMatch(/tidak mengenali wilayah atau tema "x{59}…"/)
  })

  it('toggles provinces and themes with the buttons, and shows what is chosen', async () => {
    const { user } = await start()
    await user.send('/langganan')
    await user.click(press('provinces'))
    expect(user.lastText()).toContain('Pilih provinsi')
    await user.click(press('province', '35'))
    await user.click(press('province', '73'))
    await user.click(press('province', '73'))
    await user.click(press('themes'))
    await user.click(press('theme', 'pendidikan'))
    await user.click(press('menu'))
    expect(await subscriptionOf(SARI.id)).toMatchObject({ provinceCodes: ['35'], themes: ['pendidikan'] })
    expect(user.lastText()).toContain('Provinsi: Jawa Timur')
    expect(user.lastText()).toContain('Tema: Pendidikan')
  })

  it('pages through the themes of the government affairs list and ticks one on its own page', async () => {
    const { user } = await start()
    const buttons = () => {
      const markup = user.calls().findLast((call) => 'reply_markup' in call.payload)?.payload.reply_markup as
        | { inline_keyboard: { text: string }[][] }
        | undefined
      return (markup?.inline_keyboard ?? []).flat().map((button) => button.text)
    }
    await user.send('/langganan')
    await user.click(press('themes'))
    expect(buttons()).toEqual(expect.arrayContaining(['Pendidikan', 'Kesehatan', 'Berikutnya ▶️']))
    expect(buttons()).not.toContain('Pariwisata')
    await user.click(press('themes', '2'))
    expect(buttons()).toEqual(
      expect.arrayContaining(['Pariwisata', 'Kelautan dan Perikanan', '◀️ Sebelumnya']),
    )
    await user.click(press('theme', 'pariwisata'))
    expect(buttons()).toContain('✅ Pariwisata')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ themes: ['pariwisata'] })
  })

  it('ignores a forged button', async () => {
    const { user } = await start()
    await user.send('/langganan')
    await user.click(press('province', '99'))
    await user.click('sub:province')
    expect(await subscriptionOf(SARI.id)).toBeUndefined()
  })

  it('stops with /berhenti, and /start does not undo that', async () => {
    const { user } = await start()
    await user.send('/langganan semua')
    await user.send('/berhenti')
    expect(user.lastText()).toContain('Langganan dihentikan')
    await user.send('/start')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ active: false, deactivatedReason: 'unsubscribed' })
    await user.send('/berhenti')
    expect(user.lastText()).toContain('tidak sedang berlangganan')
    await user.send('/langganan kesehatan')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ active: true, themes: ['kesehatan'] })
  })

  it.each(['/start', '/langganan'])(
    'revives a subscription that ended when the user blocked the bot, on %s',
    async (command) => {
      const { user } = await start()
      await user.send('/langganan sulsel')
      await deactivateChats(database.db, [{ chatId: SARI.id, reason: 'blocked' }])
      await user.send(command)
      expect(await subscriptionOf(SARI.id)).toMatchObject({ active: true, provinceCodes: ['73'] })
    },
  )

  it('speaks English to an English-speaking user and keeps English for their announcements', async () => {
    const { user } = await start(JOHN)
    await user.send('/langganan sulsel')
    expect(user.lastText()).toContain('Subscribed to innovation award news in Sulawesi Selatan')
    expect(await subscriptionOf(JOHN.id)).toMatchObject({ locale: 'en' })
  })

  describe('in a group', () => {
    let updateId = 50_000
    const inGroup = (bot: Bot<Context>, from: User, text: string) =>
      bot.handleUpdate({
        update_id: ++updateId,
        message: {
          message_id: updateId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: GROUP_ID, type: 'supergroup', title: 'Dinkes Sulsel' },
          from,
          text,
          entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }],
        },
      } as Update)
    const groupAdmins = (api: LocalBotApi, ids: number[]) =>
      api.respond('getChatMember', (payload) => ({
        status: ids.includes(Number(payload.user_id)) ? 'administrator' : 'member',
        user: { id: Number(payload.user_id), is_bot: false, first_name: 'X' },
      }))
    const groupText = (api: LocalBotApi) =>
      String(
        api.calls.findLast((call) => call.payload.chat_id === GROUP_ID && call.payload.text)?.payload.text,
      )

    it('lets a group admin subscribe the group, asking Telegram who is admin', async () => {
      const { bot, api } = await start()
      groupAdmins(api, [SARI.id])
      await inGroup(bot, SARI, '/langganan sulsel')
      expect(api.calls.some((call) => call.method === 'getChatMember')).toBe(true)
      expect(await subscriptionOf(GROUP_ID)).toMatchObject({ chatType: 'supergroup', provinceCodes: ['73'] })
    })

    it('refuses a member who is not an admin, and leaves the subscription as it was', async () => {
      const { bot, api } = await start()
      groupAdmins(api, [SARI.id])
      await inGroup(bot, SARI, '/langganan semua')
      await inGroup(bot, BUDI, '/berhenti')
      expect(groupText(api)).toBe('Hanya admin grup yang dapat mengubah langganan grup ini.')
      await inGroup(bot, BUDI, '/langganan kesehatan')
      expect(await subscriptionOf(GROUP_ID)).toMatchObject({ active: true, everything: true, themes: [] })
    })

    it('shows the group subscription to any member', async () => {
      const { bot, api } = await start()
      groupAdmins(api, [SARI.id])
      await inGroup(bot, SARI, '/langganan kesehatan')
      await inGroup(bot, BUDI, '/langganan')
      expect(groupText(api)).toContain('Tema: Kesehatan')
    })

    it('makes no change when Telegram cannot say who is admin', async () => {
      const { bot, api } = await start()
      api.respond('getChatMember', () => {
        throw new LocalApiError(400, 'Bad Request: user not found')
      })
      await inGroup(bot, BUDI, '/langganan semua')
      expect(await subscriptionOf(GROUP_ID)).toBeUndefined()
    })
  })
})
