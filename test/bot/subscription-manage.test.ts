import type { User } from 'grammy/types'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { LocalBotApi } from '../../src/cli/local-bot-api.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { findSubscription } from '../../src/db/repositories/subscriptions.ts'
import { subscriptions } from '../../src/db/schema/index.ts'
import { createTestBot, SARI, testUser } from '../support/bot.ts'
import { createSeededDatabase, testRegions } from '../support/database.ts'

/** The failures of issue 14, "Tried as a subscriber would", and what a subscriber sees instead. */
describe('keeping a subscription as one wants it', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
  })
  beforeEach(async () => {
    await database.db.delete(subscriptions)
  })
  afterAll(() => database.close())

  const start = async (from: User = SARI) => {
    const { bot, api } = createTestBot({ database, regions: await testRegions() })
    const user = testUser(bot, api, from)
    const buttons = () => buttonsOf(api, from.id)
    const press = async (label: string) => {
      const button = buttons().find((item) => item.text === label)
      if (!button) throw new Error(`no button "${label}" among ${buttons().map((item) => item.text)}`)
      await user.click(button.callback_data)
    }
    return { user, api, buttons, press }
  }
  const subscriptionOf = (chatId: number) => findSubscription(database.db, chatId)

  it.each(['/langganan hapus lotim', '/langganan -lotim', '/berhenti lombok timur'])(
    'removes Lombok Timur with "%s" and keeps the rest',
    async (command) => {
      const { user } = await start()
      await user.send('/langganan sulsel')
      await user.send('/langganan lotim')
      await user.send(command)
      expect(user.lastText()).toContain('Berhenti mengikuti Kabupaten Lombok Timur, Nusa Tenggara Barat')
      expect(await subscriptionOf(SARI.id)).toMatchObject({
        active: true,
        provinceCodes: ['73'],
        regencyCodes: [],
      })
    },
  )

  it('asks before removing a region read from a misspelling, and removes it with one tap', async () => {
    const { user, press } = await start()
    await user.send('/langganan sulsel')
    await user.send('/langganan kukar')
    await user.send('/berhenti kukarr')
    expect(user.lastText()).toBe(
      'Tidak ada yang persis bernama "kukarr". Maksud Anda Kabupaten Kutai Kartanegara, Kalimantan Timur? Tekan tombolnya untuk berhenti mengikutinya.',
    )
    expect(await subscriptionOf(SARI.id)).toMatchObject({ regencyCodes: ['64.02'] })
    await press('✕ Kabupaten Kutai Kartanegara, Kalimantan Timur')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ provinceCodes: ['73'], regencyCodes: [] })
  })

  it('says so, and changes nothing, when asked to remove what the chat does not follow', async () => {
    const { user } = await start()
    await user.send('/langganan sulsel')
    await user.send('/langganan hapus kesehatan')
    expect(user.lastText()).toContain('Chat ini tidak mengikuti Kesehatan')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ provinceCodes: ['73'], themes: [] })
    await user.send('/langganan hapus')
    expect(user.lastText()).toContain('/langganan hapus lotim')
  })

  it('lists each region and theme followed with a button that removes it', async () => {
    const { user, buttons, press } = await start()
    await user.send('/langganan sulsel')
    await user.send('/langganan kesehatan')
    await user.send('/langganan')
    expect(buttons().map((button) => button.text)).toEqual(
      expect.arrayContaining(['✕ Sulawesi Selatan', '✕ Kesehatan']),
    )
    await press('✕ Sulawesi Selatan')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ provinceCodes: [], themes: ['kesehatan'] })
    expect(buttons().map((button) => button.text)).not.toContain('✕ Sulawesi Selatan')
  })

  it('asks "Berhenti semua?" before stopping a chat that follows several things', async () => {
    const { user, press } = await start()
    await user.send('/langganan sulsel')
    await user.send('/langganan kesehatan')
    await user.send('/berhenti')
    expect(user.lastText()).toContain('Berhenti semua?')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ active: true })
    await press('Batal')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ active: true, provinceCodes: ['73'] })
    await user.send('/berhenti')
    await press('Ya, berhenti')
    expect(user.lastText()).toContain('Langganan dihentikan')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ active: false })
  })

  it('stops at once a chat that follows one thing', async () => {
    const { user } = await start()
    await user.send('/langganan sulsel')
    await user.send('/berhenti')
    expect(user.lastText()).toContain('Langganan dihentikan')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ active: false })
  })

  it('starts afresh after /berhenti, and restores the old list with one tap', async () => {
    const { user, buttons, press } = await start()
    for (const region of ['sulsel', 'jatim', 'kab. magetan']) await user.send(`/langganan ${region}`)
    await user.send('/berhenti')
    await press('Ya, berhenti')
    await user.send('/langganan kesehatan')
    expect(await subscriptionOf(SARI.id)).toMatchObject({
      active: true,
      provinceCodes: [],
      regencyCodes: [],
      themes: ['kesehatan'],
    })
    expect(user.lastText()).not.toContain('Sulawesi Selatan')
    expect(buttons().map((button) => button.text)).toContain('↩️ Pulihkan langganan lama')
    await press('↩️ Pulihkan langganan lama')
    expect(await subscriptionOf(SARI.id)).toMatchObject({
      active: true,
      provinceCodes: ['73', '35'],
      regencyCodes: ['35.20'],
      themes: ['kesehatan'],
      previousFilters: null,
    })
    expect(user.lastText()).toContain('Sulawesi Selatan')
  })

  it('follows and confirms every thing named in one message: "/langganan kesehatan sulsel"', async () => {
    const { user } = await start()
    await user.send('/langganan kesehatan sulsel')
    expect(user.lastText()).toContain('Kesehatan')
    expect(user.lastText()).toContain('Sulawesi Selatan')
    expect(user.lastText()).toMatch(/✅.*Kesehatan.*Sulawesi Selatan/s)
    expect(await subscriptionOf(SARI.id)).toMatchObject({ provinceCodes: ['73'], themes: ['kesehatan'] })
  })

  it('still reads a region named with its province as one region: "/langganan magetan jawa timur"', async () => {
    const { user } = await start()
    await user.send('/langganan magetan jawa timur')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ provinceCodes: [], regencyCodes: ['35.20'] })
    expect(user.lastText()).toContain('Kabupaten Magetan, Jawa Timur')
  })

  it('previews what will come and how many catalogue innovations match so far', async () => {
    const { user } = await start()
    await user.send('/langganan semua')
    const everything = Number(/(\d+) inovasi di katalog/.exec(user.lastText())?.[1])
    expect(user.lastText()).toContain('Anda akan menerima kabar tentang semua inovasi')
    expect(everything).toBeGreaterThan(0)
    await user.send('/langganan hapus semua')
    await user.send('/langganan kesehatan')
    expect(user.lastText()).toContain('Anda akan menerima kabar tentang Kesehatan')
    const health = Number(/(\d+) inovasi di katalog/.exec(user.lastText())?.[1])
    expect(health).toBeGreaterThan(0)
    expect(health).toBeLessThan(everything)
  })

  it('narrows by award level with the level buttons', async () => {
    const { user, press, buttons } = await start()
    await user.send('/langganan kesehatan')
    const all = Number(/(\d+) inovasi di katalog/.exec(user.lastText())?.[1])
    await press('🏅 Tingkat penghargaan')
    await press('Nasional')
    expect(buttons().map((button) => button.text)).toContain('✅ Nasional')
    await press('Kabupaten/Kota')
    expect(await subscriptionOf(SARI.id)).toMatchObject({ awardLevels: ['nasional', 'kabupaten', 'kota'] })
    await press('« Kembali')
    expect(user.lastText()).toContain('tingkat nasional, kabupaten/kota')
    const narrowed = Number(/(\d+) inovasi di katalog/.exec(user.lastText())?.[1])
    expect(narrowed).toBeLessThanOrEqual(all)
  })
})

function buttonsOf(api: LocalBotApi, chatId: number) {
  const markup = api.calls.findLast((call) => call.payload.chat_id === chatId && call.payload.reply_markup)
    ?.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined
  return markup?.inline_keyboard?.flat() ?? []
}
