import { once } from 'node:events'
import type { Writable } from 'node:stream'
import Papa from 'papaparse'
import { IMPORT_COLUMNS } from '../../domain/validation/import-row.ts'
import type { ExportRow } from '../catalog-export.ts'
import { loadExcel } from './excel.ts'
import type { ImportFormat } from './import-file.ts'

/**
 * The header written above the columns in CSV and .xlsx: the Indonesian names people read in a meeting,
 * which the import reads back (JSON Lines keeps the column keys).
 */
export const EXPORT_HEADERS = [
  'nama',
  'kepanjangan',
  'instansi',
  'kabupaten/kota',
  'provinsi',
  'tahun',
  'penghargaan',
  'tema',
  'deskripsi',
  'sumber',
  'inovator',
] as const satisfies { length: (typeof IMPORT_COLUMNS)['length'] }

/** Rows per CSV chunk handed to the stream. */
const CSV_CHUNK = 1000

async function write(out: Writable, text: string) {
  if (!out.write(text)) await once(out, 'drain')
}

const cellsOf = (row: ExportRow) => IMPORT_COLUMNS.map((column) => row[column] ?? '')

async function writeCsv(rows: AsyncIterable<ExportRow>, out: Writable) {
  await write(out, `\uFEFF${Papa.unparse([[...EXPORT_HEADERS]])}\r\n`)
  let chunk: (string | number)[][] = []
  const flush = async () => {
    if (chunk.length > 0) await write(out, `${Papa.unparse(chunk)}\r\n`)
    chunk = []
  }
  for await (const row of rows) {
    chunk.push(cellsOf(row))
    if (chunk.length >= CSV_CHUNK) await flush()
  }
  await flush()
}

async function writeJsonLines(rows: AsyncIterable<ExportRow>, out: Writable) {
  for await (const row of rows) await write(out, `${JSON.stringify(row)}\n`)
}

/** .xlsx through exceljs's streaming writer: each row is committed as it is written. */
async function writeXlsx(rows: AsyncIterable<ExportRow>, out: Writable) {
  const ExcelJS = await loadExcel()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true })
  const sheet = workbook.addWorksheet('Inovasi', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = EXPORT_HEADERS.map((header) => ({ header, width: header === 'deskripsi' ? 60 : 24 }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()
  for await (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((column) => row[column] ?? null)).commit()
  sheet.commit()
  await workbook.commit()
}

/** Writes export rows to a stream in one of the import formats; resolves when everything is written. */
export async function writeExport(rows: AsyncIterable<ExportRow>, format: ImportFormat, out: Writable) {
  if (format === 'xlsx') return writeXlsx(rows, out)
  await (format === 'csv' ? writeCsv(rows, out) : writeJsonLines(rows, out))
}
