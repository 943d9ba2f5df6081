import { eq } from 'drizzle-orm'
import type { User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminCommandsFor, setUpAdminCommands } from '../../src/bot/setup.ts'
import { createLocalBotApi } from '../../src/cli/local-bot-api.ts'
import { corrections, subscriptions, telegramUsers } from '../../src/db/schema/index.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { createLogger } from '../../src/logger.ts'
import { ADMIN, createTestBot, SARI, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import { buttonsOf, newPerson, type TestUser } from './submission-flow.ts'

type Markup = { inline_keyboard: { text: string; callback_data?: string }[][] }

describe('chat conventions: language, English commands, help, greetings, cards', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  beforeAll(async () => {
    fixture = await createSearchableDatabase()
  })
  afterAll(() => fixture.close())

  const person = (who: User = newPerson('Budi')) => {
    const { bot, api } = createTestBot(fixture)
    return { user: testUser(bot, api, who), api, who, bot }
  }
  const buttons = (user: TestUser) => {
    const markup = user.calls().findLast((call) => call.payload.reply_markup)?.payload.reply_markup as
      | Markup
      | undefined
    return markup?.inline_keyboard.flat() ?? []
  }
  const localeOf = async (who: User) =>
    (await fixture.database.db.select().from(telegramUsers).where(eq(telegramUsers.id, who.id)))[0]?.locale

  it('switches to English with /bahasa, remembers it after a restart, and back with /language id', async () => {
    const { user, who } = person()
    await user.send('/bahasa')
    expect(user.lastText()).toBe('Pilih bahasa bot ini:')
    expect(buttonsOf(user.calls().at(-1)?.payload ?? {})).toEqual(['lng:id', 'lng:en'])
    await user.click('lng:en')
    expect(user.lastText()).toBe('✅ Fine, I will use English. Type /language to change it again.')
    expect(await localeOf(who)).toBe('en')
    const restarted = person(who).user
    await restarted.send('/bantuan')
    expect(restarted.lastText()).toMatch(/^What I can do/)
    await restarted.send('/ajukan')
    expect(restarted.lastText()).toContain('(1/13) What is your innovation called?')
    await restarted.send('/batal')
    await restarted.click('ajq:draft')
    await restarted.send('/language id')
    expect(restarted.lastText()).toBe(
      '✅ Baik, saya akan memakai Bahasa Indonesia. Ketik /bahasa untuk menggantinya lagi.',
    )
    await restarted.send('/help')
    expect(restarted.lastText()).toMatch(/^Yang bisa saya lakukan/)
  })

  it('writes announcements to a subscriber in the language chosen with /bahasa', async () => {
    const { user, who } = person()
    await user.send('/language english')
    await user.send('/subscribe kesehatan')
    const [row] = await fixture.database.db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.chatId, who.id))
    expect(row?.locale).toBe('en')
  })

  it.each(['en', 'en-GB', 'en-US'])('answers /help in English to a client in %s', async (code) => {
    const { user } = person({ ...newPerson('John'), language_code: code })
    await user.send('/help')
    expect(user.lastText()).toMatch(/^What I can do/)
    expect(user.lastText()).toContain('/search keywords')
  })

  it('understands the English commands beside the Indonesian ones', async () => {
    const { user } = person()
    await user.send('/search ojek bumil magetan')
    expect(user.lastText()).toMatch(/^🔎 1 inovasi untuk "ojek bumil magetan"/)
    await user.send('/subscribe')
    expect(user.lastText()).toContain('Chat ini belum berlangganan')
    await user.send('/unsubscribe')
    expect(user.lastText()).toBe('Chat ini tidak sedang berlangganan. Ketik /langganan untuk mulai.')
    await user.send('/submissions')
    expect(user.lastText()).toBe('Anda belum pernah mengajukan inovasi. Ketik /ajukan untuk memulai.')
    await user.send('/submit')
    expect(user.lastText()).toContain('(1/13) Apa nama inovasi Anda?')
    await user.send('/cancel')
    expect(user.lastText()).toBe('Batalkan pengajuan? Jawaban Anda akan dihapus.')
  })

  it('offers /berhenti only to a chat that is subscribed', async () => {
    const { user } = person()
    await user.send('/langganan kesehatan')
    expect(user.lastText()).toContain('/berhenti untuk berhenti berlangganan.')
    await user.send('/berhenti')
    await user.send('/langganan')
    expect(user.lastText()).toContain('Langganan chat ini sedang berhenti')
    expect(user.lastText()).not.toContain('/berhenti')
  })

  it('shows the admin commands in /bantuan to admins only', async () => {
    const admin = person(ADMIN).user
    await admin.send('/bantuan')
    expect(admin.lastText()).toContain('Perintah admin:\n📥 /antrian')
    const { user } = person()
    await user.send('/bantuan')
    expect(user.lastText()).not.toContain('/antrian')
  })

  it('puts "‹ Kembali ke hasil" under a card opened from results, which shows the same page again', async () => {
    const { user } = person()
    await user.send('/cari kesehatan')
    const results = user.lastText()
    await user.click(buttons(user)[0]?.callback_data ?? '')
    const back = buttons(user).find((button) => button.text === '‹ Kembali ke hasil')
    expect(back?.callback_data).toMatch(/^pg:\d+:0$/)
    await user.click(back?.callback_data ?? '')
    const edited = user.calls().findLast((call) => call.method === 'editMessageText')
    expect(edited?.payload.text).toBe(results)
  })

  it('greets and explains the next step after /start with an unknown link', async () => {
    const { user } = person({ ...SARI, id: 777_001 })
    await user.send('/start 99999')
    expect(user.lastText()).toMatch(
      /^Tautan yang Anda buka tidak menunjuk ke inovasi yang ada \(mungkin sudah dihapus\)\.\n\nHalo, Sari! 👋/,
    )
    expect(user.lastText()).toContain('Ketik saja apa yang Anda cari')
  })

  it.each([
    ['halo', 'Halo, Budi! 👋 Ketik kata kunci untuk mencari inovasi'],
    ['Selamat pagi', 'Halo, Budi! 👋'],
    ['hi', 'Halo, Budi! 👋'],
    ['terima kasih', 'Sama-sama! 🙏'],
    ['Makasih ya min', 'Sama-sama! 🙏'],
    ['thanks!', 'Sama-sama! 🙏'],
  ])('answers %j in a friendly way instead of searching', async (text, answer) => {
    const { user } = person()
    await user.send(text)
    expect(user.lastText()).toContain(answer)
    expect(user.lastText()).not.toMatch(/inovasi untuk|Tidak ada inovasi/)
  })

  it('sends "Usulkan koreksi" to the admins\' queue: stored, the admins told, in /antrian, marked done', async () => {
    const { user, api, who, bot } = person()
    await user.send('ojek bumil magetan')
    await user.click(buttons(user)[0]?.callback_data ?? '')
    const correct = buttons(user).find((button) => button.text === '✏ Usulkan koreksi')
    expect(correct?.callback_data).toMatch(/^cx:\d+$/)
    await user.click(correct?.callback_data ?? '')
    expect(user.lastText()).toMatch(/^Apa yang perlu dikoreksi pada "JEK-MIL"\?/)
    await user.send('Ok')
    expect(user.lastText()).toContain('Terlalu pendek: tulis minimal 5 karakter')
    await user.send('Tahun mulainya 2019, bukan 2021 (lihat magetankab.go.id).')
    expect(user.lastText()).toBe('✅ Terima kasih! Usulan koreksi untuk "JEK-MIL" sudah dikirim ke admin.')
    const [stored] = await fixture.database.db
      .select()
      .from(corrections)
      .where(eq(corrections.proposedBy, who.id))
    expect(stored?.text).toBe('Tahun mulainya 2019, bukan 2021 (lihat magetankab.go.id).')
    const told = api.calls.findLast((call) => call.payload.chat_id === ADMIN.id)?.payload ?? {}
    expect(String(told.text)).toMatch(
      /^✏ Usulan koreksi #\d+ untuk inovasi #\d+ "JEK-MIL"\nDari: Budi\n\nTahun mulainya 2019/,
    )
    expect(buttonsOf(told)).toEqual([`cxd:${stored?.id}`])
    const admin = testUser(bot, api, ADMIN)
    await admin.send('/antrian')
    expect(admin.lastText()).toMatch(/^Usulan koreksi yang menunggu: \d+/)
    expect(admin.lastText()).toContain('Tahun mulainya 2019')
    await user.click(`cxd:${stored?.id}`)
    expect(user.calls().at(-1)?.payload.text).toBe('Maaf, ini khusus admin.')
    await admin.click(`cxd:${stored?.id}`)
    expect(api.calls.at(-1)?.payload.text).toBe(`Koreksi #${stored?.id} ditandai selesai.`)
    const [done] = await fixture.database.db
      .select()
      .from(corrections)
      .where(eq(corrections.id, stored?.id ?? 0))
    expect(done?.doneBy).toBe(ADMIN.id)
  })

  it("sets the admin menu in each admin's own chat (BotCommandScopeChat), only when it differs", async () => {
    const local = createLocalBotApi()
    const menus = new Map<string, unknown>()
    const key = (payload: Record<string, unknown>) => JSON.stringify(payload.scope ?? {})
    local.respond('getMyCommands', (payload) => menus.get(key(payload)) ?? [])
    local.respond('setMyCommands', (payload) => {
      menus.set(key(payload), payload.commands)
      return true
    })
    const { Api } = await import('grammy')
    const api = new Api('123:test', { fetch: local.fetch })
    const i18n = createI18n()
    const logger = createLogger({ level: 'silent' })
    const admins = [
      { chatId: 900, locale: 'id' },
      { chatId: 901, locale: 'en' },
    ]
    expect(await setUpAdminCommands(api, i18n, admins, logger)).toBe(2)
    const menuOf = (chatId: number) =>
      (menus.get(JSON.stringify({ type: 'chat', chat_id: chatId })) as { command: string }[]).map(
        (c) => c.command,
      )
    expect(menuOf(900)).toEqual(expect.arrayContaining(['cari', 'bantuan', 'antrian', 'umumkan', 'berita']))
    expect(menuOf(901)).toEqual(expect.arrayContaining(['search', 'help', 'antrian', 'umumkan', 'berita']))
    expect(adminCommandsFor(translatorFor(i18n, 'id'), 'id').at(-2)?.description).toBe(
      'Umumkan penghargaan ke pelanggan (admin)',
    )
    expect(adminCommandsFor(translatorFor(i18n, 'id'), 'id').at(-1)?.description).toBe(
      'Ubah berita penghargaan menjadi isi katalog (admin)',
    )
    expect(await setUpAdminCommands(api, i18n, admins, logger)).toBe(0)
  })
})
