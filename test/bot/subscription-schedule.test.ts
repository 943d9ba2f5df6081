import type { Message, User } from 'grammy/types'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { scheduleData } from '../../src/bot/keyboards/subscription-schedule.ts'
import type { LocalBotApi } from '../../src/cli/local-bot-api.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { findSubscription } from '../../src/db/repositories/subscriptions.ts'
import { subscriptions } from '../../src/db/schema/index.ts'
import { createTestBot, SARI, testUser } from '../support/bot.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'

const GROUP_ID = -100_888
const BUDI: User = { id: 602, is_bot: false, first_name: 'Budi', language_code: 'id' }

describe('choosing when award news comes (/langganan → Jadwal)', () => {
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
  const buttonsOf = (api: LocalBotApi, chatId: number) => {
    const markup = api.calls.findLast((call) => call.payload.chat_id === chatId && call.payload.reply_markup)
      ?.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] } | undefined
    return markup?.inline_keyboard.flat() ?? []
  }
  const pressLabel = async (
    user: Awaited<ReturnType<typeof start>>['user'],
    api: LocalBotApi,
    label: string,
  ) => {
    const button = buttonsOf(api, SARI.id).find((b) => b.text === label || b.text === `✅ ${label}`)
    if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(buttonsOf(api, SARI.id))}`)
    await user.click(button.callback_data)
  }
  const alerts = (api: LocalBotApi) =>
    api.calls.filter((call) => call.method === 'answerCallbackQuery' && call.payload.show_alert)

  it('a Sulsel subscriber sees WITA inferred, picks daily digests, WIT, and holding night pushes', async () => {
    const { user, api } = await start()
    await user.send('/langganan sulsel')
    await pressLabel(user, api, '🕖 Jadwal')
    expect(user.lastText()).toContain('Kiriman: langsung, setiap ada pengumuman')
    expect(user.lastText()).toContain('Zona waktu: WITA (otomatis, dari wilayah yang Anda ikuti)')
    expect(user.lastText()).toContain('Malam (21.00–06.00): dikirim tanpa bunyi')
    expect(buttonsOf(api, SARI.id).map((b) => b.text)).toEqual([
      '✅ Langsung',
      'Harian',
      'Mingguan',
      'WIB',
      'WITA',
      'WIT',
      '✅ Otomatis (WITA)',
      '✅ 🔕 Senyap',
      '⏸ Tahan sampai 06.00',
      '« Kembali',
    ])

    await pressLabel(user, api, 'Harian')
    expect(user.lastText()).toContain('Kiriman: ringkasan harian, pukul 07.00')
    await pressLabel(user, api, 'WIT')
    expect(user.lastText()).toContain('Zona waktu: WIT (pilihan Anda; otomatis: WITA)')
    await pressLabel(user, api, '⏸ Tahan sampai 06.00')
    expect(user.lastText()).toContain('ditahan sampai pukul 06.00')
    expect(await findSubscription(database.db, SARI.id)).toMatchObject({
      deliveryMode: 'daily',
      timeZone: 'WIT',
      quietHours: 'hold',
      provinceCodes: ['73'],
    })

    await pressLabel(user, api, 'Otomatis (WITA)')
    expect((await findSubscription(database.db, SARI.id))?.timeZone).toBeNull()
    await pressLabel(user, api, '« Kembali')
    expect(user.lastText()).toContain('Provinsi: Sulawesi Selatan')
  })

  it('pressing the choice already made changes nothing and edits nothing', async () => {
    const { user, api } = await start()
    await user.send('/langganan kesehatan')
    await pressLabel(user, api, '🕖 Jadwal')
    const edits = api.calls.filter((call) => call.method === 'editMessageText').length
    await pressLabel(user, api, 'Langsung')
    expect(api.calls.filter((call) => call.method === 'editMessageText')).toHaveLength(edits)
    expect(user.lastText()).toContain('Zona waktu: WIB (otomatis')
  })

  it('a chat that is not subscribed is told to subscribe first, and nothing is written', async () => {
    const { user, api } = await start()
    await user.send('/langganan')
    await user.click(scheduleData.pack({ action: 'mode', value: 'daily' }))
    expect(String(alerts(api).at(-1)?.payload.text)).toContain('belum berlangganan')
    expect(await findSubscription(database.db, SARI.id)).toBeUndefined()
  })

  it('a button with a value of another setting (forged) changes nothing', async () => {
    const { user } = await start()
    await user.send('/langganan sulsel')
    await user.click(scheduleData.pack({ action: 'mode', value: 'WIT' }))
    await user.click('sch:zone:hourly')
    expect(await findSubscription(database.db, SARI.id)).toMatchObject({
      deliveryMode: 'instant',
      timeZone: null,
    })
  })

  it('in a group only an admin changes the schedule', async () => {
    const { bot, api } = await start()
    api.respond('getChatMember', (payload) => ({
      status: Number(payload.user_id) === SARI.id ? 'administrator' : 'member',
      user: { id: Number(payload.user_id), is_bot: false, first_name: 'X' },
    }))
    await database.db
      .insert(subscriptions)
      .values({ chatId: GROUP_ID, chatType: 'supergroup', everything: true })
    const groupMessage = {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: GROUP_ID, type: 'supergroup', title: 'Dinkes Sulsel' },
    } as Message
    const budi = testUser(bot, api, BUDI)
    await budi.click(scheduleData.pack({ action: 'mode', value: 'weekly' }), groupMessage)
    expect(String(alerts(api).at(-1)?.payload.text)).toBe(
      'Hanya admin grup yang dapat mengubah langganan grup ini.',
    )
    expect((await findSubscription(database.db, GROUP_ID))?.deliveryMode).toBe('instant')
    const sari = testUser(bot, api, SARI)
    await sari.click(scheduleData.pack({ action: 'mode', value: 'weekly' }), groupMessage)
    expect((await findSubscription(database.db, GROUP_ID))?.deliveryMode).toBe('weekly')
  })
})
