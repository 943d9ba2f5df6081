import { eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Sender, startSender } from '../../src/bot/broadcast/sender.ts'
import { announceData } from '../../src/bot/keyboards/announcement.ts'
import type { LocalBotApi } from '../../src/cli/local-bot-api.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import {
  announcements,
  awards,
  innovationAwards,
  innovations,
  subscriptions,
} from '../../src/db/schema/index.ts'
import { createLogger } from '../../src/logger.ts'
import { FAST, waitUntil } from '../broadcast/support.ts'
import { ADMIN, createTestBot, JOHN, SARI, testUser } from '../support/bot.ts'
import { createSeededDatabase, testRegions } from '../support/database.ts'

type Button = { text: string; callback_data: string }

describe('announcing an award', () => {
  let database: DatabaseHandle
  let sender: Sender | undefined
  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
  })
  beforeEach(async () => {
    await database.db.delete(subscriptions)
  })
  afterEach(async () => {
    await sender?.stop()
    sender = undefined
  })
  afterAll(() => database.close())

  const start = async () => {
    const { bot, api } = createTestBot({ database, regions: await testRegions() })
    return {
      api,
      admin: testUser(bot, api, ADMIN),
      sari: testUser(bot, api, SARI),
      john: testUser(bot, api, JOHN),
    }
  }
  const buttons = (api: LocalBotApi, chatId = ADMIN.id): Button[] => {
    const markup = api.calls.findLast((call) => call.payload.chat_id === chatId && call.payload.reply_markup)
      ?.payload.reply_markup as { inline_keyboard: Button[][] } | undefined
    return markup?.inline_keyboard.flat() ?? []
  }
  const press = (api: LocalBotApi, label: string | RegExp) => {
    const found = buttons(api).find((button) =>
      typeof label === 'string' ? button.text === label : label.test(button.text),
    )
    if (!found) throw new Error(`no button ${label} in ${JSON.stringify(buttons(api))}`)
    return found.callback_data
  }
  const innovationId = async (name: string) =>
    (await database.db.select({ id: innovations.id }).from(innovations).where(eq(innovations.name, name)))[0]
      ?.id

  it('is for admins only', async () => {
    const { sari } = await start()
    await sari.send('/umumkan Top 45 KIPP 2021')
    expect(sari.lastText()).toBe('Maaf, perintah ini khusus admin.')
  })

  it('says in the preview who gets it now and who reads it in a digest', async () => {
    const { api, admin, sari, john } = await start()
    await sari.send('/langganan kesehatan')
    await john.send('/langganan kesehatan')
    await database.db
      .update(subscriptions)
      .set({ deliveryMode: 'daily' })
      .where(eq(subscriptions.chatId, JOHN.id))
    await admin.send('/umumkan Top 99 KIPP Pratinjau 2021')
    await admin.click(press(api, 'Nasional'))
    await admin.send('jek-mil')
    await admin.click(press(api, '✅ Selesai'))
    expect(admin.lastText()).toContain(
      'Akan dikirim ke 1 pelanggan. 1 pelanggan lagi menerimanya lewat ringkasan harian atau mingguan. Umumkan sekarang?',
    )
    await admin.click(press(api, '✖ Batal'))
  })

  it('names innovations by name and by id, previews, and on confirmation reaches each matching subscriber once', async () => {
    const { api, admin, sari, john } = await start()
    await sari.send('/langganan kesehatan')
    await john.send('/langganan bali')
    await admin.send('/umumkan')
    expect(admin.lastText()).toContain('Apa judul penghargaannya?')
    await admin.send('Top 45 KIPP 2021')
    expect(admin.lastText()).toContain('Tingkat penghargaan "Top 45 KIPP 2021"?')
    await admin.click(press(api, 'Nasional'))
    expect(admin.lastText()).toContain('Kirim ID atau nama inovasi')
    await admin.send('jek-mil')
    expect(admin.lastText()).toContain('JEK-MIL (Kabupaten Magetan) masuk daftar. Sekarang 1 inovasi.')
    await admin.send(`#${await innovationId('Taquias')}`)
    expect(admin.lastText()).toContain('Taquias (Kabupaten Banjarnegara) masuk daftar. Sekarang 2 inovasi.')
    await admin.click(press(api, '✅ Selesai'))
    const preview = admin.lastText()
    expect(preview).toContain('Pratinjau')
    expect(preview).toContain('🏆 Top 45 KIPP 2021')
    expect(preview).toContain('• JEK-MIL — ')
    expect(preview).toContain('Akan dikirim ke 1 pelanggan.')

    await admin.click(press(api, '📣 Umumkan'))
    expect(admin.lastText()).toContain('Penerima: 1 · terkirim: 0 · menunggu: 1')
    const [announcement] = await database.db.select().from(announcements)
    expect(announcement).toMatchObject({
      status: 'published',
      level: 'nasional',
      year: 2021,
      progressChatId: ADMIN.id,
    })
    const recorded = await database.db
      .select({ innovationId: innovationAwards.innovationId })
      .from(innovationAwards)
      .innerJoin(awards, eq(awards.id, innovationAwards.awardId))
      .where(eq(awards.title, 'Top 45 KIPP 2021'))
    expect(recorded).toHaveLength(2)

    sender = startSender(
      {
        config: { botToken: undefined, botApiRoot: undefined, broadcastRatePerSecond: 25 },
        logger: createLogger({ level: 'silent' }),
        database,
        client: { fetch: api.fetch },
      },
      { ...FAST, takeOverWaitMs: 0 },
    )
    await waitUntil(
      () => admin.lastText().includes('✅ Selesai.'),
      15_000,
      'the progress message to say done',
    )
    expect(admin.lastText()).toContain('Penerima: 1 · terkirim: 1 · menunggu: 0')
    expect(sari.lastText()).toContain('🏆 Top 45 KIPP 2021')
    expect(sari.lastText()).toContain('• JEK-MIL — ')
    expect(sari.lastText(), 'Taquias matches none of her filters').not.toContain('Taquias')
    expect(sari.lastText()).toContain('Karena Anda mengikuti: Kesehatan')
    expect(buttons(api, SARI.id).map((button) => button.text)).toEqual([
      'JEK-MIL',
      '⚙️ Atur langganan',
      '🔕 Berhenti',
    ])
    expect(john.calls().filter((call) => String(call.payload.text).includes('Top 45 KIPP 2021'))).toEqual([])
    const push = api.lastMessage(SARI.id)
    const pushButtons = buttons(api, SARI.id)
    const pushButton = (label: string) =>
      pushButtons.find((button) => button.text === label)?.callback_data ?? ''
    await sari.click(pushButton('JEK-MIL'), push)
    expect(sari.lastText()).toContain('JEK-MIL')
    expect(sari.lastText()).toContain('Puskesmas Bendo')
    await sari.click(pushButton('⚙️ Atur langganan'), push)
    expect(sari.lastText()).toContain('Kesehatan')
    await sari.click(pushButton('🔕 Berhenti'), push)
    expect(sari.lastText()).toContain('Langganan dihentikan')
    const [stopped] = await database.db.select().from(subscriptions).where(eq(subscriptions.chatId, SARI.id))
    expect(stopped?.active).toBe(false)
    await admin.click(announceData.pack({ id: announcement?.id ?? 0, action: 'publish', value: '-' }))
    expect(api.calls.at(-1)?.payload.text).toContain('sudah diumumkan')
  })

  it('announces finalists provisionally, then makes the award final with one innovation removed: every chat sees its message edited once', async () => {
    const { api, admin, sari, john } = await start()
    await sari.send('/langganan kesehatan')
    await john.send('/langganan jawa tengah')
    await admin.send('/umumkan Top 99 KIPP 2024')
    await admin.click(press(api, 'Nasional'))
    await admin.send('jek-mil')
    await admin.send('Taquias')
    await admin.click(press(api, '✅ Selesai'))
    await admin.click(press(api, '⏳ Umumkan sebagai finalis (menunggu uji publik)'))
    expect(admin.lastText()).toContain('⏳ Finalis, menunggu uji publik')
    sender = startSender(
      {
        config: { botToken: undefined, botApiRoot: undefined, broadcastRatePerSecond: 25 },
        logger: createLogger({ level: 'silent' }),
        database,
        client: { fetch: api.fetch },
      },
      { ...FAST, takeOverWaitMs: 0 },
    )
    await waitUntil(() => admin.lastText().includes('✅ Selesai.'), 15_000, 'the first sends')
    expect(sari.lastText()).toContain('⏳ Finalis, menunggu uji publik')
    expect(sari.lastText()).not.toContain('Taquias')
    expect(john.lastText()).toContain('Finalists, awaiting the public test')
    expect(john.lastText()).toContain('Because you follow: Jawa Tengah')
    const push = api.lastMessage(SARI.id)
    const card = buttons(api, SARI.id).find((button) => button.text === 'JEK-MIL')?.callback_data ?? ''
    await sari.click(card, push)
    expect(sari.lastText()).toContain('🏆 Top 99 KIPP 2024 (finalis, menunggu uji publik)')

    const [published] = await database.db
      .select({ messageId: announcements.progressMessageId })
      .from(announcements)
      .where(eq(announcements.title, 'Top 99 KIPP 2024'))
    await admin.click(press(api, '✏️ Ubah'), api.message(ADMIN.id, published?.messageId ?? 0))
    expect(admin.lastText()).toContain('Ubah pengumuman')
    await admin.click(press(api, '✖ Keluarkan Taquias'))
    expect(buttons(api).map((button) => button.text)).toContain('↩ Tetap sertakan Taquias')
    await admin.click(press(api, '✅ Tetapkan final'))
    expect(admin.lastText()).toContain('diperbarui (revisi 2): 2 pesan yang sudah terkirim akan diubah')

    const edits = (chatId: number) =>
      api.calls.filter((call) => call.method === 'editMessageText' && call.payload.chat_id === chatId)
    await waitUntil(() => edits(SARI.id).length > 0 && edits(JOHN.id).length > 0, 15_000, 'the edits')
    await waitUntil(() => admin.lastText().includes('✅ Selesai.'), 15_000, 'the edits to be recorded')
    expect(edits(SARI.id)).toHaveLength(1)
    expect(edits(JOHN.id)).toHaveLength(1)
    const sariMessage = api.message(SARI.id, push?.message_id ?? 0)
    expect(sariMessage?.text).toContain('✏️ Diperbarui')
    expect(sariMessage?.text).not.toContain('menunggu uji publik')
    expect(sariMessage?.text).toContain('Karena Anda mengikuti: Kesehatan')
    expect(String(edits(JOHN.id)[0]?.payload.text)).not.toContain('Taquias')
    const awarded = await database.db
      .select({ name: innovations.name, provisional: awards.provisional })
      .from(innovationAwards)
      .innerJoin(awards, eq(awards.id, innovationAwards.awardId))
      .innerJoin(innovations, eq(innovations.id, innovationAwards.innovationId))
      .where(eq(awards.title, 'Top 99 KIPP 2024'))
    expect(awarded).toEqual([{ name: 'JEK-MIL', provisional: false }])
    await sari.click(card, push)
    expect(sari.lastText()).toContain('🏆 Top 99 KIPP 2024')
    expect(sari.lastText()).not.toContain('menunggu uji publik')

    await admin.send('/umumkan Top 99 KIPP 2024')
    await admin.click(press(api, 'Nasional'))
    await admin.send('jek-mil')
    await admin.click(press(api, '✅ Selesai'))
    await admin.click(press(api, '📣 Umumkan'))
    expect(admin.lastText()).toContain('sudah diumumkan sebagai #')
    expect(admin.lastText()).toContain('announce-update')
  })

  it('asks for the year when the title has none', async () => {
    const { api, admin } = await start()
    await admin.send('/umumkan Top 30 Jambore Inovasi Sulsel')
    await admin.click(press(api, 'Provinsi'))
    expect(admin.lastText()).toContain('Tahun penghargaan')
    await admin.send('dua ribu')
    expect(admin.lastText()).toContain('Tahun harus antara 1945')
    await admin.send('2022')
    expect(admin.lastText()).toContain('Kirim ID atau nama inovasi')
  })

  it('offers a choice when a name matches several innovations', async () => {
    const { api, admin } = await start()
    await admin.send('/umumkan Top 10 OPD Muara Enim 2023')
    await admin.click(press(api, 'Kabupaten'))
    await admin.send('pe')
    const listed = buttons(api).filter((button) => button.callback_data.includes(':pick:'))
    expect(listed.length).toBeGreaterThan(1)
    expect(admin.lastText()).toContain(`${listed.length} inovasi cocok dengan "pe"`)
    // The message names every candidate it offers, not one.
    expect(
      admin
        .lastText()
        .split('\n')
        .filter((line) => line.startsWith('• ')),
    ).toHaveLength(listed.length)
    await admin.click(press(api, /^Pesta Remaja Cetar/))
    expect(admin.lastText()).toContain('Pesta Remaja Cetar (Kabupaten Muara Enim) masuk daftar')
  })

  it('creates an innovation on the spot when the catalogue lacks it', async () => {
    const { api, admin } = await start()
    await admin.send('/umumkan Top 99 KIPP 2024')
    await admin.click(press(api, 'Nasional'))
    await admin.send('Lapak Sehat Keliling')
    expect(admin.lastText()).toContain('Tidak ada inovasi "Lapak Sehat Keliling" di katalog')
    await admin.click(press(api, /^➕ Buat/))
    expect(admin.lastText()).toContain('Di kabupaten/kota atau provinsi mana "Lapak Sehat Keliling"?')
    await admin.send('planet mars')
    expect(admin.lastText()).toContain('tidak dikenal')
    await admin.send('kab. wajo')
    expect(admin.lastText()).toContain('Instansi pengelola')
    await admin.send('-')
    expect(admin.lastText()).toContain('Nama instansi harus 2–200 karakter')
    expect(buttons(api).map((button) => button.text)).toEqual(['‹ Kembali ke daftar'])
    await admin.send('Dinas Kesehatan Wajo')
    // Nothing is stored before the admin has seen the whole record and confirmed it.
    expect(admin.lastText()).toBe(
      [
        'Inovasi baru untuk katalog (periksa dulu):',
        'Nama: Lapak Sehat Keliling',
        'Instansi: Dinas Kesehatan Wajo',
        'Wilayah: Kabupaten Wajo, Sulawesi Selatan',
        'Tahun: 2024',
        'Simpan ke katalog dan masukkan ke daftar ini?',
      ].join('\n'),
    )
    expect(await innovationId('Lapak Sehat Keliling')).toBeUndefined()
    await admin.click(press(api, '✔ Simpan ke katalog'))
    expect(admin.lastText()).toContain(
      'Lapak Sehat Keliling (Kabupaten Wajo) masuk daftar. Sekarang 1 inovasi.',
    )
    const [created] = await database.db
      .select({
        agency: innovations.agency,
        regencyCode: innovations.regencyCode,
        status: innovations.status,
      })
      .from(innovations)
      .where(eq(innovations.name, 'Lapak Sehat Keliling'))
    expect(created).toEqual({ agency: 'Dinas Kesehatan Wajo', regencyCode: '73.13', status: 'published' })
  })

  it('leaving a sub-step goes back to the list with the innovations chosen so far; nothing is created', async () => {
    const { api, admin } = await start()
    await admin.send('/umumkan Top 99 KIPP 2023')
    await admin.click(press(api, 'Nasional'))
    await admin.send('Taquias')
    expect(admin.lastText()).toContain('masuk daftar. Sekarang 1 inovasi.')
    await admin.send('ojek')
    await admin.click(press(api, '‹ Kembali ke daftar'))
    expect(admin.lastText()).toContain('Kirim ID atau nama inovasi')
    await admin.send('Kartu Ajaib Tidak Ada')
    await admin.click(press(api, /^➕ Buat/))
    await admin.send('kab. wajo')
    await admin.click(press(api, '‹ Kembali ke daftar'))
    expect(await innovationId('Kartu Ajaib Tidak Ada')).toBeUndefined()
    await admin.click(press(api, '✅ Selesai'))
    expect(admin.lastText()).toContain('Taquias')
    expect(admin.lastText()).toContain('Umumkan sekarang?')
  })

  it('discards the draft on Batal, and its old buttons do nothing', async () => {
    const { api, admin } = await start()
    await admin.send('/umumkan Top 45 KIPP 2025')
    const level = press(api, 'Nasional')
    await admin.click(press(api, '✖ Batal'))
    expect(admin.lastText()).toContain('Pengumuman dibatalkan')
    await admin.click(level)
    expect(api.calls.at(-1)?.payload.text).toContain('Tidak ada pengumuman yang sedang disusun')
    await admin.send('Taquias')
    expect(admin.lastText()).not.toContain('masuk daftar')
  })
})
