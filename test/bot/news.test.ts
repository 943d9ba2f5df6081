import { readFileSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import type { Bot } from 'grammy'
import type { Update } from 'grammy/types'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Sender, startSender } from '../../src/bot/broadcast/sender.ts'
import type { Context } from '../../src/bot/context.ts'
import type { LocalBotApi } from '../../src/cli/local-bot-api.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import {
  announcements,
  awards,
  innovationAwards,
  innovations,
  newsArticles,
  subscriptions,
} from '../../src/db/schema/index.ts'
import type { SearchIndex } from '../../src/domain/search/types.ts'
import { createLogger } from '../../src/logger.ts'
import { FAST, waitUntil } from '../broadcast/support.ts'
import { ADMIN, createTestBot, SARI, testUser } from '../support/bot.ts'
import { createSearchableDatabase, testRegions } from '../support/database.ts'

type Button = { text: string; callback_data: string }

const article = (path: string) =>
  readFileSync(new URL(`../fixtures/articles/${path}`, import.meta.url), 'utf8')
/** The seed article's address (test/fixtures/articles/seeds/SOURCES.md names its page). */
const MAGETAN = article('seeds/001_0dee8b151096b711.txt')
const JATIM_ADDRESS =
  'https://lenteratoday.com/post/item/74869/Pemprov-Jatim-Beri-Penghargaan-Top-30-Kovablik-2021'
const JATIM = `${JATIM_ADDRESS}\n${article('dev/009.txt')}`

describe('/berita: from award news to the catalogue and the subscribers', () => {
  let database: DatabaseHandle
  let search: SearchIndex
  let close: () => Promise<void>
  let sender: Sender | undefined
  beforeAll(async () => {
    ;({ database, search, close } = await createSearchableDatabase())
  })
  beforeEach(async () => {
    await database.db.delete(subscriptions)
  })
  afterEach(async () => {
    await sender?.stop()
    sender = undefined
  })
  afterAll(() => close())

  /** A bot process; a second call is another instance on the same database (a restart). */
  const start = async () => {
    const { bot, api } = createTestBot({ database, search, regions: await testRegions() })
    return { bot, api, admin: testUser(bot, api, ADMIN), sari: testUser(bot, api, SARI) }
  }
  const buttons = (api: LocalBotApi): Button[] => {
    const markup = api.calls.findLast(
      (call) => call.payload.chat_id === ADMIN.id && call.payload.reply_markup,
    )?.payload.reply_markup as { inline_keyboard: Button[][] } | undefined
    return markup?.inline_keyboard.flat() ?? []
  }
  const press = (api: LocalBotApi, label: string | RegExp) => {
    const found = buttons(api).find((button) =>
      typeof label === 'string' ? button.text === label : label.test(button.text),
    )
    if (!found) throw new Error(`no button ${label} in ${JSON.stringify(buttons(api))}`)
    return found.callback_data
  }
  const startSenderOn = (api: LocalBotApi) =>
    startSender(
      {
        config: { botToken: undefined, botApiRoot: undefined, broadcastRatePerSecond: 25 },
        logger: createLogger({ level: 'silent' }),
        database,
        client: { fetch: api.fetch },
      },
      { ...FAST, takeOverWaitMs: 0 },
    )

  it('refuses a non-admin politely and keeps nothing', async () => {
    const { sari } = await start()
    await sari.send('/berita')
    expect(sari.lastText()).toBe('Maaf, perintah ini khusus admin.')
    await sari.send(MAGETAN)
    expect(await database.db.select().from(newsArticles).where(eq(newsArticles.adminId, SARI.id))).toEqual([])
  })

  it('adds the award to JEK-MIL already in the catalogue, not a second JEK-MIL, across a restart, and announces it', async () => {
    const first = await start()
    await first.sari.send('/langganan jawa timur')
    await first.admin.send('/berita')
    expect(first.admin.lastText()).toContain('Tempel teks berita penghargaannya')
    await first.admin.send(MAGETAN)
    const list = first.admin.lastText()
    expect(list).toContain('1 inovasi ditemukan')
    expect(list).toContain('1. JEK-MIL (mungkin sudah ada: #')
    expect(list).toContain(
      '\n   Puskesmas Bendo · Kabupaten Magetan, Jawa Timur · 2021 · Top 45 Inovasi Layanan Publik kategori Umum 2021',
    )

    // A new bot instance on the same database continues where the first left off.
    const { api, admin, sari } = await start()
    const listMessage = first.api.lastMessage(ADMIN.id)
    await admin.click(press(first.api, /^1\. JEK-MIL/), listMessage)
    const [known] = await database.db
      .select({ id: innovations.id })
      .from(innovations)
      .where(eq(innovations.name, 'JEK-MIL'))
    const card = admin.lastText()
    expect(card).toContain(`JEK-MIL sudah ada (#${known?.id}): tambahkan penghargaan ini saja?`)
    expect(card).toContain('Kabupaten Magetan turut serta pada penghargaan ini melalui inovasi JEK-MIL')
    expect(card).toContain('Sumber: MAGETAN RAIH PENGHARGAAN TOP INOVASI LAYANAN PUBLIK (9/11/2021)')
    await admin.click(press(api, '✅ Ya'))
    expect(admin.lastText()).toContain(`Penghargaan ini akan ditambahkan ke JEK-MIL (#${known?.id})`)
    await admin.click(press(api, '‹ Daftar'))
    await admin.click(press(api, '💾 Simpan semua'))
    expect(admin.lastText()).toContain(`1. JEK-MIL: penghargaan ditambahkan ke #${known?.id}.`)
    const jekMils = await database.db.select().from(innovations).where(eq(innovations.name, 'JEK-MIL'))
    expect(jekMils).toHaveLength(1)
    const recorded = await database.db
      .select({ title: awards.title })
      .from(innovationAwards)
      .innerJoin(awards, eq(awards.id, innovationAwards.awardId))
      .where(eq(innovationAwards.innovationId, known?.id ?? 0))
    expect(recorded.map((award) => award.title)).toContain('Top 45 Inovasi Layanan Publik kategori Umum 2021')

    await admin.click(press(api, '📣 Umumkan'))
    expect(admin.lastText()).toContain('Penerima: 1 · terkirim: 0 · menunggu: 1')
    sender = startSenderOn(api)
    await waitUntil(
      () => sari.lastText().includes('JEK-MIL'),
      15_000,
      'the subscriber to get the announcement',
    )
    expect(sari.lastText()).toContain('🏆 Top 45 Inovasi Layanan Publik kategori Umum 2021')
  })

  it('says why a draft is not saved (no region) and saves nothing for it', async () => {
    const { api, admin } = await start()
    await admin.send('/berita')
    await admin.send(article('../starter-sources/039.txt'))
    expect(admin.lastText()).toContain(
      '1. Papa Sehat\n   – · – · 2018 · TOP 40 Inovasi Pelayanan Publik 2018',
    )
    await admin.click(press(api, '💾 Simpan semua'))
    expect(admin.lastText()).toContain(
      '1. Papa Sehat: tidak disimpan: provinsi: kosong; tulis kabupaten/kota atau provinsinya.',
    )
    expect(buttons(api).map((button) => button.text)).toEqual(['‹ Daftar'])
    expect(await database.db.select().from(innovations).where(eq(innovations.name, 'Papa Sehat'))).toEqual([])
  })

  it('reads a forwarded channel post like pasted text', async () => {
    const { bot, api } = createTestBot({ database, search, regions: await testRegions() })
    const admin = testUser(bot, api, ADMIN)
    await admin.send('/berita')
    await bot.handleUpdate({
      update_id: 990_001,
      message: {
        message_id: 990_001,
        date: Math.floor(Date.now() / 1000),
        chat: { id: ADMIN.id, type: 'private', first_name: ADMIN.first_name },
        from: ADMIN,
        forward_origin: {
          type: 'channel',
          chat: { id: -100_777, type: 'channel', title: 'Prokopim Magetan' },
          message_id: 42,
          date: Math.floor(Date.now() / 1000),
        },
        text: MAGETAN,
      },
    } as Update)
    expect(admin.lastText()).toContain('1. JEK-MIL')
  })

  /** A long paste as Telegram delivers it: cut at a line break before 4,096 characters, part by part. */
  const telegramParts = (text: string) => {
    const parts: string[] = []
    let rest = text
    while (rest.length > 4096) {
      const cut = rest.lastIndexOf('\n', 4096)
      parts.push(rest.slice(0, cut).trim())
      rest = rest.slice(cut)
    }
    return [...parts, rest.trim()]
  }
  const LONG = article('seeds/004_d527ff974bdbd958.txt')
  let documentId = 990_000
  /** An admin sends a document to the bot. */
  const sendDocument = (bot: Bot<Context>, api: LocalBotApi, fileName: string, content: string) =>
    bot.handleUpdate({
      update_id: ++documentId,
      message: {
        message_id: documentId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: ADMIN.id, type: 'private', first_name: ADMIN.first_name },
        from: ADMIN,
        document: { file_id: api.addFile(content), file_unique_id: fileName, file_name: fileName },
      },
    } as Update)

  it('joins an article Telegram cut into several messages, and reads it once the last part comes', async () => {
    // The same article read whole, from a .txt file.
    const whole = await start()
    await whole.admin.send('/berita')
    await sendDocument(whole.bot, whole.api, 'artikel.txt', LONG)
    const list = whole.admin.lastText()
    expect(list).toContain('inovasi ditemukan')

    const { admin } = await start()
    await admin.send('/berita')
    const [first, ...rest] = telegramParts(LONG)
    expect(rest.length).toBeGreaterThan(0)
    await admin.send(String(first))
    expect(admin.lastText()).toMatch(/^Bagian artikel diterima \([\d.]+ karakter sejauh ini\)/)
    for (const part of rest) await admin.send(part)
    expect(admin.lastText()).toBe(list)
  })

  it('reads the parts received so far when the admin presses "Baca sekarang"', async () => {
    const { api, admin } = await start()
    await admin.send('/berita')
    const [first] = telegramParts(LONG)
    await admin.send(String(first))
    await admin.click(press(api, '📖 Baca sekarang'))
    expect(admin.lastText()).toContain('inovasi ditemukan')
  })

  it('reads a .txt document, and leaves other documents to other features', async () => {
    const { bot, api } = createTestBot({ database, search, regions: await testRegions() })
    const admin = testUser(bot, api, ADMIN)
    await admin.send('/berita')
    await sendDocument(bot, api, 'katalog.csv', 'name,province\nJEK-MIL,Jawa Timur')
    expect(admin.lastText()).not.toContain('inovasi ditemukan')
    await sendDocument(bot, api, 'magetan.txt', MAGETAN)
    expect(admin.lastText()).toContain('Puskesmas Bendo · Kabupaten Magetan, Jawa Timur')
  })

  it('edits a draft with the /ajukan checks, drops one, saves the rest searchable at once, and announces them', async () => {
    const { api, admin, sari } = await start()
    await sari.send('/langganan jawa timur')
    await admin.send('/berita')
    await admin.send(JATIM)
    expect(admin.lastText()).toContain('5 inovasi ditemukan')
    expect(admin.lastText()).toContain('1. SUPER KEREN\n   – · Kabupaten Trenggalek, Jawa Timur · 2021 ·')

    await admin.click(press(api, /^1\. SUPER KEREN/))
    expect(admin.lastText()).toContain('Sumber: (19/11/2021) — https://lenteratoday.com/post/item/74869/')
    await admin.click(press(api, 'Instansi'))
    expect(admin.lastText()).toContain('Tulis nama instansinya')
    await admin.send('Pe')
    expect(admin.lastText()).toContain('Terlalu pendek')
    await admin.send('Pemerintah Kabupaten Trenggalek')
    expect(admin.lastText()).toContain('Instansi: Pemerintah Kabupaten Trenggalek')

    await admin.click(press(api, 'Tahun'))
    await admin.click(press(api, '‹ Kembali'))
    expect(admin.lastText()).toContain('Tahun: 2021')
    const [open] = await database.db
      .select({ editing: newsArticles.editing })
      .from(newsArticles)
      .where(eq(newsArticles.status, 'reviewing'))
    expect(open?.editing).toBeNull()

    await admin.click(press(api, 'Wilayah'))
    await admin.send('trengalek')
    expect(admin.lastText()).toContain('Apakah "trengalek" maksudnya wilayah pada tombol di bawah?')
    await admin.click(press(api, /Kabupaten Trenggalek/))
    expect(admin.lastText()).toContain('Wilayah: Kabupaten Trenggalek, Jawa Timur')

    await admin.click(press(api, '‹ Daftar'))
    await admin.click(press(api, /^5\. Si Intan/))
    await admin.click(press(api, '🗑 Buang'))
    expect(admin.lastText()).toContain('Dibuang')
    await admin.click(press(api, '‹ Daftar'))
    expect(admin.lastText()).toContain('5. Si Intan Sexy Banget (dibuang)')

    await admin.click(press(api, '💾 Simpan semua'))
    const report = admin.lastText()
    expect(report).toMatch(/1\. SUPER KEREN: disimpan sebagai inovasi baru #\d+\./)
    expect(report).toContain('5. Si Intan Sexy Banget: dibuang.')
    const [saved] = await database.db.select().from(innovations).where(eq(innovations.name, 'SUPER KEREN'))
    expect(saved).toMatchObject({
      agency: 'Pemerintah Kabupaten Trenggalek',
      status: 'published',
      year: 2021,
    })
    expect(saved?.source).toContain(JATIM_ADDRESS)
    expect(saved?.description).toMatch(
      /^“.*SUPER KEREN.*” \(\(19\/11\/2021\) — https:\/\/lenteratoday\.com\//,
    )
    expect(
      await database.db.select().from(innovations).where(eq(innovations.name, 'Si Intan Sexy Banget')),
    ).toEqual([])
    await waitUntil(
      () => search.search('super keren trenggalek', { limit: 5 }).hits.some((hit) => hit.id === saved?.id),
      5000,
      'the saved innovation to be searchable',
    )

    const announceButton = press(api, '📣 Umumkan')
    await admin.click(announceButton)
    expect(admin.lastText()).toContain('Penerima: 1')
    await admin.click(announceButton)
    const kovablik = await database.db
      .select()
      .from(announcements)
      .where(
        eq(
          announcements.title,
          'Top 30 Kompetisi Inovasi Pelayanan Publik (Kovablik) Provinsi Jawa Timur tahun 2021',
        ),
      )
    expect(kovablik).toHaveLength(1)
    expect(kovablik[0]).toMatchObject({ level: 'provinsi', year: 2021, status: 'published' })
    sender = startSenderOn(api)
    await waitUntil(
      () => sari.lastText().includes('SUPER KEREN'),
      15_000,
      'the subscriber to get the announcement',
    )
    expect(sari.lastText()).toContain(
      'Top 30 Kompetisi Inovasi Pelayanan Publik (Kovablik) Provinsi Jawa Timur',
    )
  })
})
