import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatImportReport } from '../../src/bot/format/import-report.ts'
import { importRecords } from '../../src/db/catalog-import.ts'
import { type DatabaseHandle, resultRows } from '../../src/db/database.ts'
import { countInnovations, listInnovationDetails } from '../../src/db/repositories/innovations.ts'
import { syncRegions } from '../../src/db/repositories/regions.ts'
import { ImportFileError, readImportFile } from '../../src/db/sources/import-file.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'

const MAX_YEAR = 2027
const good = {
  name: 'Si Cantik',
  agency: 'Dinas Kesehatan',
  regency: 'Kab. Wajo',
  province: 'Sulsel',
  year: 2022,
  award: 'Top 30 KIPP Provinsi Sulawesi Selatan 2022',
  theme: 'kesehatan',
  description: 'Layanan kesehatan keliling',
}

const asRecords = (values: unknown[]) => values.map((value, index) => ({ line: index + 1, value }))

describe('importing innovations', () => {
  let database: DatabaseHandle
  let regions: RegionCatalogue
  const run = (values: unknown[], skipInvalid = false) =>
    importRecords(database.db, regions, asRecords(values), { skipInvalid, maxYear: MAX_YEAR })

  beforeAll(async () => {
    database = await createTestDatabase()
    regions = await testRegions()
    await syncRegions(database.db, regions)
  })
  afterAll(() => database.close())

  it('imports good rows with their region resolved from any common form and their award', async () => {
    const report = await run([
      good,
      { ...good, name: 'Jek-Mil', agency: 'Puskesmas Bendo', regency: 'magetan', province: 'jatim' },
    ])
    expect(report).toMatchObject({ written: true, inserted: 2, updated: 0, invalid: [] })
    const [siCantik] = await listInnovationDetails(database.db, report.ids)
    expect(siCantik).toMatchObject({
      name: 'Si Cantik',
      regencyCode: '73.13',
      provinceCode: '73',
      themes: ['kesehatan'],
    })
    expect(siCantik?.awards).toEqual([
      { title: good.award, level: 'provinsi', year: 2022, provisional: false },
    ])
  })

  it('updates instead of duplicating a row with the same name, agency and regency in other case and spacing', async () => {
    const before = await countInnovations(database.db)
    const report = await run([
      { ...good, name: 'SI  CANTIK', agency: 'dinas kesehatan', description: 'Baru' },
    ])
    expect(report).toMatchObject({ inserted: 0, updated: 1 })
    expect(await countInnovations(database.db)).toBe(before)
  })

  it.each([
    ['a missing name', { ...good, name: '' }, { field: 'name', problem: 'required' }],
    [
      'no region at all',
      { ...good, province: ' ', regency: undefined },
      { field: 'province', problem: 'region-required' },
    ],
    [
      'an unknown regency given alone',
      { ...good, province: '', regency: 'Kabupaten Atlantis' },
      { field: 'regency', problem: 'unknown-region' },
    ],
    [
      'a name too long',
      { ...good, name: 'x'.repeat(201) },
      { field: 'name', problem: 'too-long', limit: 200 },
    ],
    ['a year out of range', { ...good, year: 1800 }, { field: 'year', problem: 'not-a-year' }],
    ['a year that is not a number', { ...good, year: 'dua ribu' }, { field: 'year', problem: 'not-a-year' }],
    [
      'an unknown province',
      { ...good, province: 'Atlantis' },
      { field: 'province', problem: 'unknown-region' },
    ],
    [
      'a regency of another province',
      { ...good, regency: 'Magetan' },
      { field: 'regency', problem: 'region-mismatch' },
    ],
    [
      'an ambiguous regency',
      { ...good, regency: 'Bandung', province: 'Jabar' },
      { field: 'regency', problem: 'ambiguous-region' },
    ],
    ['a name that is an object', { ...good, name: { x: 1 } }, { field: 'name', problem: 'not-text' }],
    ['a line that is not an object', 'just text', { field: 'row', problem: 'not-an-object' }],
  ])('rejects %s and writes nothing, not even the good rows', async (_kind, row, problem) => {
    const before = await countInnovations(database.db)
    const report = await run([{ ...good, name: 'Baris Baik' }, row])
    expect(report.written).toBe(false)
    expect(report.invalid).toEqual([{ line: 2, problems: [expect.objectContaining(problem)] }])
    expect(await countInnovations(database.db)).toBe(before)
  })

  describe('a list longer than one batch', () => {
    const longList = Array.from({ length: 2500 }, (_, index) => ({
      ...good,
      name: `Layanan Desa ${index + 1}`,
      agency: index % 2 === 0 ? good.agency : undefined,
    }))

    it('writes nothing when its last lines are refused, even after many batches of good rows', async () => {
      const before = await countInnovations(database.db)
      const report = await run([...longList, { ...good, name: '' }])
      expect(report).toMatchObject({ written: false, inserted: 0, invalid: [{ line: 2501 }] })
      expect(await countInnovations(database.db)).toBe(before)
    })

    it('writes nothing when the file cannot be read further half-way through', async () => {
      const before = await countInnovations(database.db)
      async function* breaksAfterTwoBatches() {
        yield* asRecords(longList.slice(0, 2000))
        throw new ImportFileError('unreadable', 'unexpected end of file')
      }
      await expect(
        importRecords(database.db, regions, breaksAfterTwoBatches, { skipInvalid: false, maxYear: MAX_YEAR }),
      ).rejects.toThrow(ImportFileError)
      expect(await countInnovations(database.db)).toBe(before)
    })

    it('with --skip-invalid, keeps the batches written before the file broke, and writes nothing after', async () => {
      const before = await countInnovations(database.db)
      const names = Array.from({ length: 4500 }, (_, index) => ({ ...good, name: `Lewati ${index + 1}` }))
      async function* breaksAfterTwoBatches() {
        yield* asRecords(names)
        throw new ImportFileError('unreadable', 'unexpected end of file')
      }
      await expect(
        importRecords(database.db, regions, breaksAfterTwoBatches, { skipInvalid: true, maxYear: MAX_YEAR }),
      ).rejects.toThrow(ImportFileError)
      const afterError = await countInnovations(database.db)
      expect(afterError).toBeGreaterThan(before)
      expect(afterError).toBeLessThan(before + names.length)
      // No batch is still being written once the import has failed.
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await countInnovations(database.db)).toBe(afterError)
    })

    it('converges when run again after stopping half-way, and a second run changes nothing', async () => {
      const before = await countInnovations(database.db)
      // As if the import had stopped after its first batch: those rows are already in the catalogue.
      await run(longList.slice(0, 1000))
      const rerun = await run(longList)
      expect(rerun).toMatchObject({ written: true, inserted: 1500, updated: 0, unchanged: 1000 })
      expect(await countInnovations(database.db)).toBe(before + 2500)
      const again = await run(longList)
      expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 2500 })
      expect(await countInnovations(database.db)).toBe(before + 2500)
      const awardLinks = await database.db.execute(
        sql`select count(*)::int as links from innovation_awards ia join innovations i on i.id = ia.innovation_id
          where i.name like 'Layanan Desa %'`,
      )
      expect(resultRows<{ links: number }>(awardLinks)[0]?.links).toBe(2500)
    })
  })

  it('imports a year written as a range or with a prefix, keeping the first year and warning about the range', async () => {
    const report = await run([
      { ...good, name: 'Rentang Tahun', year: '2019/2020' },
      { ...good, name: 'Tahun Anggaran', year: 'T.A. 2021' },
    ])
    expect(report).toMatchObject({ written: true, inserted: 2, invalid: [] })
    expect(report.warned).toEqual([
      { line: 1, warnings: [{ field: 'year', warning: 'year-range', value: '2019/2020', detail: '2019' }] },
    ])
    const [range, prefixed] = await listInnovationDetails(database.db, report.ids)
    expect([range?.year, prefixed?.year]).toEqual([2019, 2021])
  })

  it('imports rows as award lists publish them: no agency, a regency without its province', async () => {
    const report = await run([
      { name: 'Sahabat Lapor', regency: 'Gowa' },
      { name: 'Poster Tanah Doang', regency: 'Kabupaten Kepulauan Selayar', province: '' },
    ])
    expect(report).toMatchObject({ written: true, inserted: 2, invalid: [], warned: [] })
    const [lapor, poster] = await listInnovationDetails(database.db, report.ids)
    expect(lapor).toMatchObject({
      agency: null,
      regencyCode: '73.06',
      provinceCode: '73',
      year: null,
      themes: [],
    })
    expect(poster).toMatchObject({ agency: null, regencyCode: '73.01', provinceCode: '73' })
  })

  it('updates the innovation a later row names with its agency, year and award, instead of adding a second', async () => {
    const first = await run([
      { name: 'Sipakatau Digital', regency: 'Kab. Bone', province: 'Sulawesi Selatan' },
    ])
    const before = await countInnovations(database.db)
    const later = await run([
      {
        name: 'SIPAKATAU  digital',
        agency: 'Dinas Kependudukan dan Pencatatan Sipil',
        regency: 'Bone',
        province: 'Sulsel',
        year: '2019/2020',
        award: 'Top 99 KIPP 2019; Top 45 KIPP 2019',
        theme: 'administrasi kependudukan',
      },
    ])
    expect(later).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, ids: first.ids })
    expect(later.outcomes).toEqual([{ line: 1, id: first.ids[0], outcome: 'updated' }])
    expect(await countInnovations(database.db)).toBe(before)
    const [stored] = await listInnovationDetails(database.db, first.ids)
    expect(stored).toMatchObject({
      name: 'SIPAKATAU  digital',
      agency: 'Dinas Kependudukan dan Pencatatan Sipil',
      year: 2019,
      themes: ['adminduk'],
    })
    expect(stored?.awards.map((award) => award.title).sort()).toEqual([
      'Top 45 KIPP 2019',
      'Top 99 KIPP 2019',
    ])

    // The same list again, and a shorter list naming it without agency: nothing new.
    const again = await run([{ name: 'SIPAKATAU  digital', regency: 'Bone' }])
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 })
    expect(again.outcomes).toEqual([{ line: 1, id: first.ids[0], outcome: 'unchanged' }])
  })

  it('keeps two agencies with the same innovation name in one region apart', async () => {
    const report = await run([
      { name: 'Layanan Jemput Bola', agency: 'Disdukcapil', regency: 'Wajo', province: 'Sulsel' },
      { name: 'Layanan Jemput Bola', agency: 'Dinas Sosial', regency: 'Wajo', province: 'Sulsel' },
      { name: 'Layanan Jemput Bola', regency: 'Wajo', province: 'Sulsel', year: 2020 },
    ])
    expect(report).toMatchObject({ inserted: 3, updated: 0 })
    expect(report.outcomes.map((row) => row.outcome)).toEqual(['inserted', 'inserted', 'inserted'])
  })

  it('keeps themes no urusan names as the source’s tags, with a warning, and maps the common words', async () => {
    const themes = [
      'pariwisata',
      'perikanan',
      'perhubungan',
      'peternakan',
      'perlindungan anak',
      'ketahanan pangan',
    ]
    const report = await run([
      ...themes.map((theme) => ({ ...good, name: `Tema ${theme}`, theme })),
      { ...good, name: 'Tema Lainnya', theme: 'lainnya' },
      { ...good, name: 'Tema Campuran', theme: 'Kesehatan; pemerintahan desa wisata xyz' },
    ])
    expect(report).toMatchObject({ written: true, inserted: 8, invalid: [] })
    const stored = await listInnovationDetails(database.db, report.ids)
    expect(stored.map((row) => row.themes)).toEqual([
      ['pariwisata'],
      ['perikanan'],
      ['perhubungan'],
      ['pertanian'],
      ['perempuan-anak'],
      ['pangan'],
      [],
      ['kesehatan'],
    ])
    expect(report.warned).toEqual([
      { line: 7, warnings: [{ field: 'theme', warning: 'theme-tag', value: 'lainnya', detail: 'lainnya' }] },
      {
        line: 8,
        warnings: [
          {
            field: 'theme',
            warning: 'theme-tag',
            value: 'pemerintahan desa wisata xyz',
            detail: 'pemerintahan desa wisata xyz',
          },
        ],
      },
    ])
    const [tags] = await database.db
      .execute(sql`select tags from innovations where name = 'Tema Lainnya'`)
      .then((result) => resultRows<{ tags: string[] }>(result))
    expect(tags).toEqual({ tags: ['lainnya'] })
  })

  it('tells the person in Indonesian which lines were imported with a warning, and what was done', async () => {
    const report = await run([
      { ...good, name: 'Kabar Rentang', year: 'TA 2019/2020', theme: 'lainnya' },
      { ...good, name: 'Kabar Rentang', year: 'TA 2019/2020', theme: 'lainnya' },
    ])
    expect(formatImportReport(translatorFor(createI18n()), report)).toEqual([
      'Baris 1 diimpor dengan catatan:',
      '  - tahun: "TA 2019/2020" adalah rentang tahun; yang disimpan tahun pertama, 2019',
      '  - tema: tema "lainnya" tidak ada dalam daftar urusan; disimpan sebagai label sumber',
      'Baris 2 diimpor dengan catatan:',
      '  - tahun: "TA 2019/2020" adalah rentang tahun; yang disimpan tahun pertama, 2019',
      '  - tema: tema "lainnya" tidak ada dalam daftar urusan; disimpan sebagai label sumber',
      'Impor selesai: 2 baris dibaca, 1 inovasi baru, 0 diperbarui, 0 tidak berubah, 0 dilewati.',
    ])
    expect(report.outcomes.map((row) => row.outcome)).toEqual(['inserted', 'unchanged'])
  })

  it('stores each award of a cell with its level, organiser and rank', async () => {
    const report = await run([
      { ...good, name: 'Dua Penghargaan', award: 'Juara 1 Lomba Inovasi Daerah Kab. Wajo 2023; IGA 2022' },
    ])
    const rows = resultRows<Record<string, unknown>>(
      await database.db.execute(sql`
        select a.title, a.level, a.organizer, a.rank, a.rank_position, a.year from awards a
        join innovation_awards ia on ia.award_id = a.id where ia.innovation_id = ${report.ids[0]} order by a.title`),
    )
    expect(rows).toEqual([
      {
        title: 'IGA 2022',
        level: 'nasional',
        organizer: 'Kemendagri',
        rank: null,
        rank_position: null,
        year: 2022,
      },
      {
        title: 'Juara 1 Lomba Inovasi Daerah Kab. Wajo 2023',
        level: 'kabupaten',
        organizer: 'Kabupaten Wajo',
        rank: 'juara',
        rank_position: 1,
        year: 2023,
      },
    ])
  })

  it('leaves the planner statistics current (PGlite has no autovacuum), so result pages are fetched by index', async () => {
    await run([{ ...good, name: 'Si Hebat' }])
    const [stats] = resultRows<{ reltuples: number }>(
      await database.db.execute(sql`select reltuples from pg_class where relname = 'innovations'`),
    )
    expect(stats?.reltuples).toBe(await countInnovations(database.db))
  })

  it('reports every problem of a line at once', async () => {
    const report = await run([{ ...good, name: '', year: 3000, province: 'Atlantis', theme: 'astrologi' }])
    expect(report.invalid[0]?.problems.map((p) => p.field)).toEqual(['name', 'year', 'province'])
  })

  it('skips the bad rows and imports the rest with --skip-invalid', async () => {
    const report = await run(
      [
        { ...good, name: 'Dilewati', year: 1800 },
        { ...good, name: 'Diimpor' },
      ],
      true,
    )
    expect(report).toMatchObject({ written: true, inserted: 1, skipped: 1 })
  })

  it('reads the same columns from CSV, with line numbers of the file', async () => {
    const path = join(tmpdir(), `import-${process.pid}.csv`)
    writeFileSync(
      path,
      'name,agency,regency,province,year,theme,description\n' +
        'Lapor Cepat,Dinas Kominfo,Kota Makassar,Sulawesi Selatan,2021,tata kelola,"Aduan warga, cepat"\n' +
        ',Dinas Y,Wajo,Sulsel,2020,kesehatan,\n',
    )
    const report = await importRecords(database.db, regions, () => readImportFile(path), {
      skipInvalid: true,
      maxYear: MAX_YEAR,
    })
    expect(report).toMatchObject({ inserted: 1, invalid: [{ line: 3 }] })
  })

  it('marks a line of JSON Lines that is not JSON', async () => {
    const path = join(tmpdir(), `import-${process.pid}.jsonl`)
    writeFileSync(path, `${JSON.stringify(good)}\n{"name": oops}\n`)
    const records = []
    for await (const record of readImportFile(path)) records.push(record)
    expect(records[1]).toEqual({ line: 2, error: 'invalid-json' })
  })
})
