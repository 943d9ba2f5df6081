import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { Bot, InputFile } from 'grammy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Context } from '../../src/bot/context.ts'
import { LOCAL_TOKEN } from '../../src/bot/index.ts'
import { createLocalBotApi, LOCAL_BOT_INFO, type LocalBotApi } from '../../src/cli/local-bot-api.ts'
import { runLocalChat } from '../../src/cli/local-chat.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { syncRegions } from '../../src/db/repositories/regions.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { ADMIN, createTestBot, SARI } from '../support/bot.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'

/** Types the lines into the local chat's standard input and returns everything it printed. */
async function chat({ bot, api }: { bot: Bot<Context>; api: LocalBotApi }, lines: string[], user = SARI) {
  const input = new PassThrough()
  const output = new PassThrough()
  let printed = ''
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString()
  })
  const done = runLocalChat({ bot, api, input, output, t: translatorFor(createI18n()), user })
  input.end(`${lines.join('\n')}\n`)
  await done
  return printed
}

/** A bot with one keyboard, to show how buttons are numbered and pressed. */
function buttonBot() {
  const api = createLocalBotApi()
  const bot = new Bot<Context>(LOCAL_TOKEN, { botInfo: LOCAL_BOT_INFO, client: { fetch: api.fetch } })
  bot.command('tombol', (ctx) =>
    ctx.reply('Pilih satu', {
      reply_markup: {
        inline_keyboard: [
          [
            { text: 'Satu', callback_data: 'satu' },
            { text: 'Dua', callback_data: 'dua' },
          ],
        ],
      },
    }),
  )
  bot.callbackQuery('dua', (ctx) => ctx.editMessageText('Anda memilih dua'))
  return { bot, api }
}

describe('the local chat in a terminal', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database.close())

  it('says which mode started, answers /start in Indonesian and says goodbye at the end of input', async () => {
    const printed = await chat(createTestBot({ database, regions: await testRegions() }), ['/start'])
    expect(printed).toMatch(/^Mode obrolan lokal/)
    expect(printed).toContain('Bot › Halo, Sari!')
    expect(printed.trimEnd()).toMatch(/Sampai jumpa!$/)
  })

  it('shows inline buttons numbered and presses one when its number is typed', async () => {
    const printed = await chat(buttonBot(), ['/tombol', '2'])
    expect(printed).toContain('[1] Satu   [2] Dua')
    expect(printed).toContain('Bot (pesan diperbarui) › Anda memilih dua')
  })

  it('says so when a typed number has no button', async () => {
    const printed = await chat(buttonBot(), ['/tombol', '7'])
    expect(printed).toContain('Tidak ada tombol nomor 7 pada pesan terakhir.')
  })

  it('stops at /keluar without reading further', async () => {
    const printed = await chat(createTestBot({ database, regions: await testRegions() }), [
      '/keluar',
      '/start',
    ])
    expect(printed).not.toContain('Halo')
  })
  it('sends a file from disk with /kirim, as an admin sends an award list, and imports it with a button', async () => {
    await syncRegions(database.db, await testRegions())
    const list = join(mkdtempSync(join(tmpdir(), 'local-chat-')), 'daftar.csv')
    writeFileSync(list, 'nama;kabupaten/kota;penghargaan\nSahabat Lapor;Gowa;Top 30 KIPP Sulsel 2020\n')
    const printed = await chat(
      createTestBot({ database, regions: await testRegions() }),
      [`/kirim ${list}`, '1'],
      ADMIN,
    )
    expect(printed).toContain('Berkas daftar.csv sudah diperiksa')
    expect(printed).toContain('Berkas daftar.csv sudah diimpor')
  })

  it('says so when the file to send does not exist, and sends nothing', async () => {
    const printed = await chat(buttonBot(), ['/kirim ./tidak-ada.csv'])
    expect(printed).toContain('Berkas ./tidak-ada.csv tidak ditemukan')
  })

  it('asks for the file name when /kirim comes without one, and sends the bot nothing', async () => {
    const printed = await chat(buttonBot(), ['/kirim'])
    expect(printed).toContain('Tulis nama berkas yang dikirim, misalnya /kirim ./daftar.xlsx')
    expect(printed).not.toContain('Bot ›')
  })

  it('saves a file the bot sends and says where', async () => {
    const { bot, api } = buttonBot()
    bot.command('berkas', (ctx) =>
      ctx.replyWithDocument(new InputFile(Buffer.from('nama\nJEK-MIL\n'), 'hasil.csv')),
    )
    const printed = await chat({ bot, api }, ['/berkas'])
    const path = /disimpan di (\S+)/.exec(printed)?.[1] ?? ''
    expect(path).toMatch(/hasil\.csv$/)
    expect(existsSync(path) && readFileSync(path, 'utf8')).toBe('nama\nJEK-MIL\n')
  })
})
