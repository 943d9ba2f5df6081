import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importRecords } from '../../src/db/catalog-import.ts'
import { createDatabase, type DatabaseHandle } from '../../src/db/database.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import type { SearchIndex } from '../../src/domain/search/types.ts'
import { createTestBot, JOHN, SARI, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'

type InlineKeyboardMarkup = {
  inline_keyboard: { text: string; callback_data?: string; switch_inline_query?: string }[][]
}

const ERROR_TEXT = 'Maaf, terjadi kesalahan'

describe('searching in a private chat', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  let database: DatabaseHandle
  let regions: RegionCatalogue
  let search: SearchIndex

  beforeAll(async () => {
    fixture = await createSearchableDatabase()
    ;({ database, regions, search } = fixture)
  })
  afterAll(() => fixture.close())

  const newUser = (from = SARI) => {
    const { bot, api } = createTestBot({ database, regions, search })
    return { ...testUser(bot, api, from), api }
  }
  const lastMarkup = (user: ReturnType<typeof newUser>) =>
    user.calls().findLast((call) => call.payload.reply_markup)?.payload.reply_markup as InlineKeyboardMarkup
  const buttons = (user: ReturnType<typeof newUser>) => lastMarkup(user).inline_keyboard.flat()

  it('finds JEK-MIL first for "ojek bumil magetan", with its agency, region, year and award', async () => {
    const sari = newUser()
    await sari.send('ojek bumil magetan')
    const text = sari.lastText()
    expect(text).toMatch(/^🔎 1 inovasi untuk "ojek bumil magetan"/)
    expect(text).toContain('1. JEK-MIL (Ojek Ibu Hamil)')
    expect(text).toContain('Puskesmas Bendo · Kabupaten Magetan, Jawa Timur · 2021')
    expect(text).toContain('🏆 Top 45 Inovasi Pelayanan Publik KemenPAN-RB 2021')
    expect(text).toContain('wilayah: Kabupaten Magetan, Jawa Timur')
  })

  it('keeps a region named in the query as a filter: "di Sulsel" shows nothing from Jawa Timur', async () => {
    const sari = newUser()
    await sari.send('inovasi kesehatan ibu di Sulsel')
    const text = sari.lastText()
    expect(text).toContain('wilayah: Sulawesi Selatan')
    expect(text).toContain('Sulawesi Selatan')
    expect(text).not.toMatch(/Jawa Timur|Jawa Tengah|Sumatera Selatan/)
  })

  it('says when a place was guessed from a misspelling, and searches without it in one tap', async () => {
    const sari = newUser()
    await sari.send('ojek bumil magetn')
    expect(sari.lastText()).toContain(
      '📍 "magetn" dibaca sebagai Kabupaten Magetan, Jawa Timur (tebakan dari ejaan).',
    )
    const undo = buttons(sari).find((button) => button.text === '🔁 Cari tanpa tempat itu')
    expect(undo?.callback_data).toBeDefined()
    await sari.click(undo?.callback_data ?? '')
    const edit = sari.calls().findLast((call) => call.method === 'editMessageText')
    expect(edit?.payload.text).toContain('"ojek bumil"')
    expect(edit?.payload.text).not.toContain('wilayah:')
  })

  it('reads no place into everyday words: "gizi buruk balita" is not Kabupaten Buru', async () => {
    const sari = newUser()
    await sari.send('gizi buruk balita')
    expect(sari.lastText()).not.toMatch(/Buru|wilayah:|dibaca sebagai/)
  })

  it('pages through many results by editing the same message', async () => {
    const sari = newUser()
    await sari.send('/cari kesehatan')
    const first = sari.lastText()
    expect(first).toMatch(/halaman 1\/\d/)
    const next = buttons(sari).find((button) => button.text === 'Berikutnya ›')
    expect(next?.callback_data).toBeDefined()
    await sari.click(next?.callback_data ?? '')
    const edit = sari.calls().findLast((call) => call.method === 'editMessageText')
    expect(edit?.payload.text).toMatch(/halaman 2\/\d/)
    expect(edit?.payload.text).toMatch(/^[\s\S]*\n6\. /)
    expect(buttons(sari).map((button) => button.text)).toContain('‹ Sebelumnya')
  })

  it('opens the detail card of a result with everything known, and buttons "Mirip" and "Bagikan"', async () => {
    const sari = newUser()
    await sari.send('oce oke')
    await sari.click(buttons(sari)[0]?.callback_data ?? '')
    const card = sari.lastText()
    expect(card).toMatch(
      /^Oce Oke \(One Client One Kader\)\n🏢 Puskesmas Pejawaran\n📍 Kabupaten Banjarnegara, Jawa Tengah/,
    )
    expect(card).toContain('🏷 Kesehatan')
    expect(card).toContain('🏆 Top 99 Inovasi Pelayanan Publik KemenPAN-RB 2019')
    expect(card).toContain('👤 Inovator: Khusnul Khotimah')
    expect(card).toContain('🔗 Sumber:')
    const [similar, share] = buttons(sari)
    expect(similar?.text).toBe('🧩 Mirip')
    expect(share).toMatchObject({ text: '📤 Bagikan', switch_inline_query: expect.stringMatching(/^#\d+$/) })
  })

  it('lists similar innovations from a card', async () => {
    const sari = newUser()
    await sari.send('jekmil')
    await sari.click(buttons(sari)[0]?.callback_data ?? '')
    await sari.click(buttons(sari)[0]?.callback_data ?? '')
    expect(sari.lastText()).toMatch(/^Inovasi yang mirip dengan JEK-MIL:\n\n1\. /)
    expect(sari.lastText()).not.toContain('1. JEK-MIL')
  })

  it('opens a card from a deep link t.me/<bot>?start=<id>', async () => {
    const [id] = search.search('oce oke', { limit: 1 }).hits.map((hit) => hit.id)
    const sari = newUser()
    await sari.send(`/start ${id}`)
    expect(sari.lastText()).toMatch(/^Oce Oke \(One Client One Kader\)/)
  })

  it('says what it understood and what it corrected when nothing matches', async () => {
    const sari = newUser()
    await sari.send('stuntng jateng 2021')
    const text = sari.lastText()
    expect(text).toMatch(/^Tidak ada inovasi yang cocok dengan "stuntng jateng 2021"/)
    expect(text).toContain('stuntng → stunting')
    expect(text).toContain('wilayah: Jawa Tengah')
    expect(text).toContain('tahun: 2021')
  })

  it('offers a relaxed query as a button when dropping a filter would find something', async () => {
    const sari = newUser()
    await sari.send('jekmil 2019')
    const offer = buttons(sari)[0]
    expect(offer?.text).toMatch(/^🔁 Coba "/)
    await sari.click(offer?.callback_data ?? '')
    expect(sari.calls().findLast((call) => call.method === 'editMessageText')?.payload.text).toContain(
      'JEK-MIL',
    )
  })

  it('answers in English for an English-speaking user', async () => {
    const john = newUser(JOHN)
    await john.send('ojek bumil magetan')
    expect(john.lastText()).toMatch(/^🔎 1 innovation for "ojek bumil magetan"/)
  })

  it.each([
    ['4,000 characters', 'kesehatan '.repeat(400)],
    ['only emoji', '🙂🙂🙂'],
    ['only stopwords', 'yang di dan untuk'],
    ['HTML', '<b>jekmil</b>'],
    ['SQL', "'; drop table innovations; --"],
    ['a lone region', 'Sulsel'],
    ['a stray bracket', '[oce oke'],
  ])('gives a sensible answer to %s, never an error', async (_kind, text) => {
    const sari = newUser()
    await sari.send(text)
    const reply = sari.lastText()
    expect(reply).not.toBe('')
    expect(reply).not.toContain(ERROR_TEXT)
    expect(reply.length).toBeLessThanOrEqual(4096)
  })

  it('explains how to use /cari without words', async () => {
    const sari = newUser()
    await sari.send('/cari')
    expect(sari.lastText()).toContain('Ketik kata kunci setelah /cari')
  })

  it('refuses a forged or foreign page button politely and changes nothing', async () => {
    const sari = newUser()
    await sari.send('kesehatan')
    await sari.click('pg:999999:1')
    const answer = sari.calls().findLast((call) => call.method === 'answerCallbackQuery')
    expect(answer?.payload.text).toBe('Pencarian ini sudah tidak tersedia. Silakan cari lagi.')
    expect(sari.calls().some((call) => call.method === 'editMessageText')).toBe(false)
  })

  it('finds a newly imported innovation without a restart', async () => {
    const row = {
      name: 'Sapa Lansia',
      agency: 'Dinas Sosial',
      regency: 'Kota Makassar',
      province: 'Sulsel',
      year: 2024,
    }
    await importRecords(database.db, regions, [{ line: 1, value: row }], {
      skipInvalid: false,
      maxYear: 2030,
    })
    await expect.poll(() => search.search('sapa lansia').total, { timeout: 10_000 }).toBe(1)
    const sari = newUser()
    await sari.send('sapa lansia makassar')
    expect(sari.lastText()).toContain('1. Sapa Lansia')
  })

  it('combines year and award: "top 45 2022" shows the Top 45 of 2022, "top 99 2022" does not list it', async () => {
    const row = {
      name: 'Antar Jemput Rapor',
      agency: 'Dinas Pendidikan',
      regency: 'Kab. Gowa',
      province: 'Sulsel',
      year: 2020,
      award:
        'Top 99 Inovasi Pelayanan Publik KemenPAN-RB 2020; Top 45 Inovasi Pelayanan Publik KemenPAN-RB 2022',
    }
    await importRecords(database.db, regions, [{ line: 1, value: row }], {
      skipInvalid: false,
      maxYear: 2030,
    })
    await expect.poll(() => search.search('antar jemput rapor').total, { timeout: 10_000 }).toBe(1)
    const sari = newUser()
    await sari.send('top 45 2022 gowa')
    expect(sari.lastText()).toContain('1. Antar Jemput Rapor')
    expect(sari.lastText()).toContain('🏆 Top 45 Inovasi Pelayanan Publik KemenPAN-RB 2022')
    await sari.send('top 99 2022 gowa')
    expect(sari.lastText()).not.toContain('Antar Jemput Rapor')
  })
})

describe('fresh results across processes on a Postgres server', () => {
  it('finds an innovation imported through another connection within 2 seconds', async () => {
    const fixture = await createSearchableDatabase()
    const { database, regions, search } = fixture
    if (!database.url) return fixture.close()
    const otherProcess = await createDatabase({ url: database.url })
    const row = {
      name: 'Sipakatau Digital',
      agency: 'Dinas PMD',
      regency: 'Kab. Wajo',
      province: 'Sulsel',
      year: 2024,
    }
    await importRecords(otherProcess.db, regions, [{ line: 1, value: row }], {
      skipInvalid: false,
      maxYear: 2030,
    })
    await expect.poll(() => search.search('sipakatau').total, { timeout: 2000, interval: 50 }).toBe(1)
    await otherProcess.close()
    await fixture.close()
  })
})

describe('inline mode', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  let database: DatabaseHandle
  let regions: RegionCatalogue
  let search: SearchIndex

  beforeAll(async () => {
    fixture = await createSearchableDatabase()
    ;({ database, regions, search } = fixture)
  })
  afterAll(() => fixture.close())

  const inline = async (query: string) => {
    const { bot, api } = createTestBot({ database, regions, search })
    await testUser(bot, api).inline(query)
    const answer = api.calls.findLast((call) => call.method === 'answerInlineQuery')
    return answer?.payload.results as {
      title: string
      input_message_content: { message_text: string }
      reply_markup: InlineKeyboardMarkup
    }[]
  }

  it('returns cards to post for "@bot jekmil", with a button that opens the bot', async () => {
    const [first] = await inline('jekmil')
    expect(first?.title).toBe('JEK-MIL (Ojek Ibu Hamil)')
    expect(first?.input_message_content.message_text).toMatch(
      /^JEK-MIL \(Ojek Ibu Hamil\)\n🏢 Puskesmas Bendo/,
    )
    expect(first?.reply_markup.inline_keyboard[0]?.[0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/t\.me\/inovasi_bot\?start=\d+$/),
    })
  })

  it('shows the most recent award winners for an empty query, at most 20', async () => {
    const results = await inline('')
    expect(results.length).toBeGreaterThan(0)
    expect(results.length).toBeLessThanOrEqual(20)
    expect(results[0]?.title).toBe('JEK-MIL (Ojek Ibu Hamil)')
  })

  it('shares exactly one innovation for "#<id>" (the Bagikan button)', async () => {
    const [id] = search.search('taquias', { limit: 1 }).hits.map((hit) => hit.id)
    const results = await inline(`#${id}`)
    expect(results.map((result) => result.title)).toEqual([expect.stringMatching(/^Taquias/)])
  })

  it('answers a 256-character query without failing', async () => {
    expect(await inline('x'.repeat(256))).toEqual([])
  })
})
