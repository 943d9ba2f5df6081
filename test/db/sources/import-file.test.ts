import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  csvBlockSplitter,
  ImportFileError,
  type ImportFormat,
  type ImportRecord,
  importFormatOf,
  readImportRecords,
} from '../../../src/db/sources/import-file.ts'

async function read(content: string | Buffer, format: ImportFormat, chunkSize = 7) {
  // Small chunks: records, quotes and line breaks are cut across chunk edges as a large file's are.
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) =>
    bytes.subarray(i * chunkSize, (i + 1) * chunkSize),
  )
  const records: ImportRecord[] = []
  for await (const record of readImportRecords(Readable.from(chunks), format)) records.push(record)
  return records
}

describe('reading import files', () => {
  it('knows the format from the file name', () => {
    expect(['a.jsonl', 'b.NDJSON', 'c.csv', 'd.XLSX', 'e.txt'].map(importFormatOf)).toEqual([
      'jsonl',
      'jsonl',
      'csv',
      'xlsx',
      undefined,
    ])
  })

  it('reads CSV headers in Indonesian and any case, with the file line each record starts on', async () => {
    const csv =
      '\uFEFFNama Inovasi;OPD;Kab/Kota;PROVINSI;Tahun;Penghargaan;Keterangan tambahan\r\n' +
      'Sahabat Lapor;;Gowa;Sulsel;2019/2020;Top 30 KIPP Sulsel 2020;x\r\n' +
      '\r\n' +
      '"Poster ""Tanah"" Doang";"Dinas Kesehatan";Kepulauan Selayar;Sulawesi Selatan;2021;"Top 99 KIPP 2019;\r\nTop 45 KIPP 2019";\r\n' +
      'Lapor 5" Cepat;Kominfo;Makassar;Sulsel;2022;;\r\n' +
      ';;;;;;\r\n'
    expect(await read(csv, 'csv')).toEqual([
      {
        line: 2,
        value: {
          name: 'Sahabat Lapor',
          regency: 'Gowa',
          province: 'Sulsel',
          year: '2019/2020',
          award: 'Top 30 KIPP Sulsel 2020',
        },
      },
      {
        line: 4,
        value: {
          name: 'Poster "Tanah" Doang',
          agency: 'Dinas Kesehatan',
          regency: 'Kepulauan Selayar',
          province: 'Sulawesi Selatan',
          year: '2021',
          award: 'Top 99 KIPP 2019;\r\nTop 45 KIPP 2019',
        },
      },
      {
        line: 6,
        value: {
          name: 'Lapor 5" Cepat',
          agency: 'Kominfo',
          regency: 'Makassar',
          province: 'Sulsel',
          year: '2022',
        },
      },
    ])
  })

  it('cuts CSV text only between records, never inside quotes', () => {
    const splitter = csvBlockSplitter()
    expect(splitter.push('a,"b\n')).toBe('')
    expect(splitter.push('c"\nd,e')).toBe('a,"b\nc"\n')
    expect(splitter.push('\n')).toBe('d,e\n')
    expect(splitter.end()).toBe('')
  })

  it('refuses a CSV without a name column, naming the columns it found', async () => {
    await expect(read('no,kota\nx,y\n', 'csv')).rejects.toEqual(
      new ImportFileError('no-name-column', 'no, kota'),
    )
  })

  it('reads JSON Lines with English or Indonesian keys and marks a line that is not JSON', async () => {
    const jsonl =
      `${JSON.stringify({ name: 'A', province: 'Aceh' })}\n\n` +
      `${JSON.stringify({ Nama: 'B', 'Perangkat Daerah': 'Bappeda', Provinsi: 'Bali', Tahun: 2020 })}\n` +
      '{"nama": oops}\n[1]\n'
    expect(await read(jsonl, 'jsonl')).toEqual([
      { line: 1, value: { name: 'A', province: 'Aceh' } },
      { line: 3, value: { name: 'B', agency: 'Bappeda', province: 'Bali', year: 2020 } },
      { line: 4, error: 'invalid-json' },
      { line: 5, value: [1] },
    ])
  })

  it('reads the first sheet of an .xlsx file, with spreadsheet row numbers and rich text', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Top 30')
    sheet.addRow(['Daftar Top 30 Inovasi Sulsel 2020'])
    sheet.addRow([])
    sheet.addRow(['No', 'Nama Inovasi', 'Perangkat Daerah', 'Kabupaten/Kota', 'Provinsi', 'Tahun', 'Sumber'])
    sheet.addRow([1, 'Sahabat Lapor', null, 'Gowa', 'Sulawesi Selatan', 2020, 'https://example.id/a'])
    sheet.addRow([
      2,
      { richText: [{ text: 'Poster ' }, { text: 'Tanah Doang' }] },
      'Dinas Kesehatan',
      'Selayar',
      'Sulsel',
      2020,
    ])
    workbook.addWorksheet('Catatan').addRow(['Nama', 'bukan data'])
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer())
    // The title rows above the header are not columns: the header is the first row naming a name column.
    const records = await read(buffer, 'xlsx', 4096)
    expect(records).toEqual([
      {
        line: 4,
        value: {
          name: 'Sahabat Lapor',
          regency: 'Gowa',
          province: 'Sulawesi Selatan',
          year: 2020,
          source: 'https://example.id/a',
        },
      },
      {
        line: 5,
        value: {
          name: 'Poster Tanah Doang',
          agency: 'Dinas Kesehatan',
          regency: 'Selayar',
          province: 'Sulsel',
          year: 2020,
        },
      },
    ])
  })
})
