import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importRecords } from '../../src/db/catalog-import.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { countInnovations, listInnovationDetails } from '../../src/db/repositories/innovations.ts'
import { syncRegions } from '../../src/db/repositories/regions.ts'
import { readImportFile } from '../../src/db/sources/import-file.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
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
      theme: 'kesehatan',
    })
    expect(siCantik?.awards).toEqual([{ title: good.award, level: 'provinsi', year: 2022 }])
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
    ['a missing agency', { ...good, agency: undefined }, { field: 'agency', problem: 'required' }],
    ['a missing province', { ...good, province: ' ' }, { field: 'province', problem: 'required' }],
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
    ['an unknown theme', { ...good, theme: 'astrologi' }, { field: 'theme', problem: 'unknown-theme' }],
    ['a name that is an object', { ...good, name: { x: 1 } }, { field: 'name', problem: 'not-text' }],
    ['a line that is not an object', 'just text', { field: 'row', problem: 'not-an-object' }],
  ])('rejects %s and writes nothing, not even the good rows', async (_kind, row, problem) => {
    const before = await countInnovations(database.db)
    const report = await run([{ ...good, name: 'Baris Baik' }, row])
    expect(report.written).toBe(false)
    expect(report.invalid).toEqual([{ line: 2, problems: [expect.objectContaining(problem)] }])
    expect(await countInnovations(database.db)).toBe(before)
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

  it('reports every problem of a line at once', async () => {
    const report = await run([{ ...good, name: '', year: 3000, theme: 'astrologi' }])
    expect(report.invalid[0]?.problems.map((p) => p.field)).toEqual(['name', 'year', 'theme'])
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
    const report = await importRecords(database.db, regions, readImportFile(path), {
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
