import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportCommand } from '../../src/cli/export-command.ts'
import { importCommand } from '../../src/cli/import-command.ts'
import { listSearchDocuments } from '../../src/db/repositories/innovations.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import type { Runtime } from '../../src/runtime.ts'
import { createSearchableDatabase } from '../support/database.ts'

const t = translatorFor(createI18n())
const folder = mkdtempSync(join(tmpdir(), 'export-command-'))

const LIST =
  'Nama Inovasi;Kepanjangan;Instansi;Kabupaten/Kota;Provinsi;Tahun;Penghargaan;Tema;Deskripsi;Sumber\n' +
  'Sahabat Lapor;Sistem Aduan Warga;Dinas Kominfo;Gowa;Sulsel;2020;Top 30 KIPP Provinsi Sulawesi Selatan 2020;tata kelola;"Aduan warga; ""cepat""\nbaris kedua";https://example.id/a\n' +
  'Poster Tanah Doang;;Dinas Kesehatan;Kepulauan Selayar;Sulawesi Selatan;2021;"Top 99 KIPP 2019; Top 45 KIPP 2019";kesehatan;;\n'

describe('npm run cli -- export [--format] [--query] [--out]', () => {
  let runtime: Runtime
  let close: () => Promise<void>
  beforeAll(async () => {
    const fixture = await createSearchableDatabase()
    runtime = { ...fixture, close: async () => {} }
    close = fixture.close
    const list = join(folder, 'list.csv')
    writeFileSync(list, LIST)
    const imported = await importCommand(
      { file: list, dryRun: false, skipInvalid: false },
      async () => runtime,
      t,
    )
    expect(imported.exitCode).toBe(0)
  })
  afterAll(() => close())

  const open = { catalogue: async () => runtime, withSearch: async () => runtime }
  const exportTo = (out: string, extra: { format?: string; query?: string } = {}) =>
    exportCommand({ format: extra.format, query: extra.query, out }, open, t, new PassThrough())
  const importFile = (file: string, dryRun: boolean) =>
    importCommand({ file, dryRun, skipInvalid: false }, async () => runtime, t)
  const catalogue = async () => (await listSearchDocuments(runtime.database.db)).sort((a, b) => a.id - b.id)

  it.each(['jsonl', 'csv', 'xlsx'])('export → import changes nothing (%s)', async (format) => {
    const before = await catalogue()
    const file = join(folder, `catalogue.${format}`)
    const exported = await exportTo(file)
    expect(exported).toEqual({ exitCode: 0, lines: [t('export-done', { count: before.length, file })] })
    const check = await importFile(file, true)
    expect(check.lines).toEqual([
      t('import-check-done', {
        total: before.length,
        inserted: 0,
        updated: 0,
        unchanged: before.length,
        skipped: 0,
      }),
    ])
    expect((await importFile(file, false)).exitCode).toBe(0)
    expect(await catalogue()).toEqual(before)
    if (format !== 'xlsx') {
      const again = join(folder, `again.${format}`)
      await exportTo(again)
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'))
    }
  })

  it('writes the results of a search, in the order the bot shows them', async () => {
    const file = join(folder, 'search.jsonl')
    await exportTo(file, { query: 'sahabat lapor gowa' })
    const rows = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(rows[0]).toEqual({
      name: 'Sahabat Lapor',
      expansion: 'Sistem Aduan Warga',
      agency: 'Dinas Kominfo',
      regency: 'Kabupaten Gowa',
      province: 'Sulawesi Selatan',
      year: 2020,
      award: 'Top 30 KIPP Provinsi Sulawesi Selatan 2020',
      theme: 'tata-kelola',
      description: 'Aduan warga; "cepat"\nbaris kedua',
      source: 'https://example.id/a',
    })
  })

  it('refuses an unknown format', async () => {
    expect(await exportTo(join(folder, 'x.pdf'), { format: 'pdf' })).toEqual({
      exitCode: 1,
      lines: [t('export-bad-format', { format: 'pdf' })],
    })
  })
})
