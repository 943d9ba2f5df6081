import { Readable } from 'node:stream'
import type { Update, User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uploadData } from '../../src/bot/keyboards/catalogue-file.ts'
import { loadConfig } from '../../src/config.ts'
import { countInnovations } from '../../src/db/repositories/innovations.ts'
import { type ImportRecord, readImportRecords } from '../../src/db/sources/import-file.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { ADMIN, createTestBot, SARI, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'

const t = translatorFor(createI18n())

const LIST =
  'No;Nama Inovasi;Perangkat Daerah;Kab/Kota;Provinsi;Tahun;Tema\n' +
  '1;Sapa Warga Gowa;Dinas Kominfo;Gowa;Sulsel;2020;tata kelola\n' +
  '2;Kelas Ibu Selayar;Dinas Kesehatan;Kepulauan Selayar;Sulawesi Selatan;2021;kesehatan\n' +
  '3;Tanpa Wilayah;Bappeda;Atlantis;;2021;\n'

let updateId = 0
const documentUpdate = (from: User, fileName: string, fileSize: number): Update =>
  ({
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      document: {
        file_id: `file-${updateId}`,
        file_unique_id: `u-${updateId}`,
        file_name: fileName,
        file_size: fileSize,
      },
    },
  }) as Update

describe('an admin sends a list to the bot', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  let server: FakeBotApiServer
  beforeAll(async () => {
    fixture = await createSearchableDatabase()
    server = await startFakeBotApiServer()
  })
  afterAll(async () => {
    await server.close()
    await fixture.close()
  })

  /** A bot process talking to the test Bot API; a second call is the bot after a restart. */
  const startBot = () => {
    const config = loadConfig({ ADMIN_IDS: String(ADMIN.id), BOT_API_ROOT: server.url })
    const { bot, api } = createTestBot({ ...fixture, config })
    api.respond('getFile', (payload) => ({
      file_id: payload.file_id,
      file_unique_id: 'u',
      file_path: `documents/${payload.file_id}.csv`,
    }))
    return { bot, api }
  }

  it('checks the file, offers Impor / Batal, and after a restart imports it: searchable at once', async () => {
    const before = await countInnovations(fixture.database.db)
    const first = startBot()
    const update = documentUpdate(ADMIN, 'top-30-sulsel.csv', LIST.length)
    const fileId = String(update.message?.document?.file_id)
    server.serveFile(`documents/${fileId}.csv`, new TextEncoder().encode(LIST))
    await first.bot.handleUpdate(update)

    expect(first.api.calls.find((call) => call.method === 'getFile')?.payload).toEqual({ file_id: fileId })
    expect(server.requests.filter((request) => request.method === 'downloadFile')).toHaveLength(1)
    const checked = first.api.lastMessage(ADMIN.id)
    expect(checked?.text).toBe(
      [
        t('catalogue-file-checked', { file: 'top-30-sulsel.csv' }),
        '',
        t('import-invalid-header', { line: 4 }),
        `  - ${t('import-problem', { field: t('import-field', { field: 'regency' }), problem: 'unknown-region', value: 'Atlantis' })}`,
        t('import-check-done', { total: 3, inserted: 2, updated: 0, unchanged: 0, skipped: 1 }),
      ].join('\n'),
    )
    const buttons = checked?.reply_markup?.inline_keyboard[0] ?? []
    expect(buttons.map((button) => button.text)).toEqual([
      t('catalogue-file-button-import-valid'),
      t('catalogue-file-button-cancel'),
    ])
    expect(await countInnovations(fixture.database.db)).toBe(before)

    // The bot restarts: the button holds only the upload's id; the file is downloaded again by its file_id.
    const restarted = startBot()
    const importData = String((buttons[0] as { callback_data: string }).callback_data)
    expect(uploadData.unpack(importData)?.action).toBe('import')
    await restarted.bot.handleUpdate({
      update_id: ++updateId,
      callback_query: { id: 'cq1', from: ADMIN, chat_instance: 'c', message: checked, data: importData },
    } as Update)
    expect(server.requests.filter((request) => request.method === 'downloadFile')).toHaveLength(2)
    const edited = restarted.api.calls.findLast((call) => call.method === 'editMessageText')
    expect(String(edited?.payload.text)).toContain(
      t('import-done', { total: 3, inserted: 2, updated: 0, unchanged: 0, skipped: 1 }),
    )
    expect(await countInnovations(fixture.database.db)).toBe(before + 2)
    await expect.poll(() => fixture.search.search('kelas ibu selayar').total, { timeout: 2000 }).toBe(1)

    // A second tap (or another admin) does not import the file twice.
    await restarted.bot.handleUpdate({
      update_id: ++updateId,
      callback_query: { id: 'cq2', from: ADMIN, chat_instance: 'c', message: checked, data: importData },
    } as Update)
    expect(restarted.api.calls.at(-1)).toMatchObject({
      method: 'answerCallbackQuery',
      payload: { text: t('catalogue-file-stale') },
    })
    expect(await countInnovations(fixture.database.db)).toBe(before + 2)
  })

  it('refuses a file from someone who is not an admin, politely and without downloading it', async () => {
    const { bot, api } = startBot()
    const downloads = server.requests.length
    await bot.handleUpdate(documentUpdate(SARI, 'daftar.xlsx', 1000))
    expect(api.lastMessage(SARI.id)?.text).toBe(t('catalogue-file-admins-only'))
    expect(api.calls.some((call) => call.method === 'getFile')).toBe(false)
    expect(server.requests.length).toBe(downloads)
  })

  it('refuses a file over the 20 MB download limit with a clear message', async () => {
    const { bot, api } = startBot()
    await bot.handleUpdate(documentUpdate(ADMIN, 'besar.jsonl', 21 * 1024 * 1024))
    expect(api.lastMessage(ADMIN.id)?.text).toBe(t('catalogue-file-too-large', { mb: 20 }))
    expect(api.calls.some((call) => call.method === 'getFile')).toBe(false)
  })

  it('sends the results of /ekspor as an .xlsx file in the import columns, to anyone', async () => {
    const { bot, api } = startBot()
    const sari = testUser(bot, api, SARI)
    await sari.send('/ekspor kelas ibu selayar')
    const sent = api.calls.findLast((call) => call.method === 'sendDocument')
    expect(sent?.payload.caption).toBe(
      t('catalogue-export-caption', { count: 1, query: 'kelas ibu selayar' }),
    )
    const document = sent?.payload.document as { name: string; bytes: Uint8Array }
    expect(document.name).toBe('inovasi-kelas-ibu-selayar.xlsx')
    const rows: ImportRecord[] = []
    for await (const row of readImportRecords(Readable.from([Buffer.from(document.bytes)]), 'xlsx'))
      rows.push(row)
    expect(rows).toEqual([
      {
        line: 2,
        value: {
          name: 'Kelas Ibu Selayar',
          agency: 'Dinas Kesehatan',
          regency: 'Kabupaten Kepulauan Selayar',
          province: 'Sulawesi Selatan',
          year: 2021,
          theme: 'kesehatan',
        },
      },
    ])
    await sari.send('/ekspor zzqx tidak ada')
    expect(sari.lastText()).toBe(t('catalogue-export-none', { query: 'zzqx tidak ada' }))
  })
})
