import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import type ExcelJS from 'exceljs'
import Papa from 'papaparse'
import {
  columnsOfHeader,
  type ImportColumn,
  rowFromCells,
  rowFromObject,
} from '../../domain/validation/import-columns.ts'
import { loadExcel } from './excel.ts'

/** One data line of an import file: its parsed object, or why it could not be read. */
export type ImportRecord = { line: number; value: unknown } | { line: number; error: 'invalid-json' }

export const IMPORT_FORMATS = ['jsonl', 'csv', 'xlsx'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** The format a file name says (`.jsonl`, `.ndjson`, `.json`, `.csv`, `.xlsx`), or undefined. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'jsonl' || extension === 'ndjson' || extension === 'json') return 'jsonl'
  if (extension === 'csv' || extension === 'xlsx') return extension
  return undefined
}

/** A file that cannot be read as a list at all (as opposed to single bad lines). */
export class ImportFileError extends Error {
  constructor(
    readonly kind: 'no-name-column' | 'unreadable',
    readonly detail = '',
  ) {
    super(`${kind}: ${detail}`)
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

async function* jsonLinesRecords(input: Readable): AsyncGenerator<ImportRecord> {
  input.setEncoding('utf8')
  let line = 0
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw
    if (text.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      yield { line, error: 'invalid-json' }
      continue
    }
    yield { line, value: isPlainObject(value) ? rowFromObject(value) : value }
  }
}

/**
 * Cuts CSV text arriving in chunks into blocks that end at a record boundary (a line break outside quotes),
 * so each block parses on its own and memory holds one chunk, never the file. Quotes open a field only at
 * its start (`5" layar` is text); `""` inside quotes is a quote.
 */
export function csvBlockSplitter(delimiterCandidates = ',;\t|') {
  let pending = ''
  let scanned = 0
  let inQuotes = false
  let lastCut = -1
  const cutBlock = () => {
    const block = pending.slice(0, lastCut + 1)
    pending = pending.slice(lastCut + 1)
    scanned -= lastCut + 1
    lastCut = -1
    return block
  }
  return {
    /** Adds text; returns the complete records seen so far ('' when none is complete yet). */
    push(chunk: string): string {
      pending += chunk
      while (scanned < pending.length) {
        const char = pending[scanned]
        if (inQuotes) {
          const quote = pending.indexOf('"', scanned)
          if (quote === -1) {
            scanned = pending.length
            break
          }
          if (quote + 1 >= pending.length) {
            scanned = quote
            break
          }
          if (pending[quote + 1] === '"') scanned = quote + 2
          else {
            inQuotes = false
            scanned = quote + 1
          }
          continue
        }
        if (char === '"') {
          const before = scanned === 0 ? '\n' : pending[scanned - 1]
          if (before === '\n' || before === '\r' || (before && delimiterCandidates.includes(before)))
            inQuotes = true
        } else if (char === '\n') lastCut = scanned
        scanned++
      }
      return lastCut >= 0 ? cutBlock() : ''
    },
    /** The text left at the end of the input. */
    end: () => pending,
  }
}

/**
 * A cell's text in memory of its own. V8 keeps a longer substring as a view into the string it was cut from,
 * so a cell remembered past its row (a region or an award in a lookup cache, a warning) would keep its whole
 * 64 KB block alive: 100,000 CSV rows grew the heap by their whole text. Prefixing and cutting copies it.
 */
const ownCopy = (cell: string) => ` ${cell}`.slice(1)

const BLANK_BEFORE_RECORD = new Set(['\r', '\n', ' ', '\t'])

/** Parses one block of whole records, giving each record the file line it starts on. */
function* csvBlockRows(block: string, firstLine: number, delimiter: string) {
  const rows: { line: number; cells: string[] }[] = []
  let line = firstLine
  let counted = 0
  let previousEnd = 0
  Papa.parse<string[]>(block, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      let start = previousEnd
      while (
        start < block.length &&
        (BLANK_BEFORE_RECORD.has(block[start] ?? '') || block[start] === delimiter)
      )
        start++
      for (let i = block.indexOf('\n', counted); i !== -1 && i < start; i = block.indexOf('\n', i + 1)) line++
      counted = start
      rows.push({ line, cells: result.data.map(ownCopy) })
      previousEnd = result.meta.cursor
    },
  })
  yield* rows
}

const newlinesIn = (text: string) => {
  let count = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++
  return count
}

/** The delimiter of a CSV header line: the candidate that splits it most (Excel in Indonesia writes `;`). */
function delimiterOf(headerBlock: string) {
  return Papa.parse<string[]>(headerBlock.split('\n', 1)[0] ?? '', {
    delimitersToGuess: [',', ';', '\t', '|'],
  }).meta.delimiter
}

/** Rows a sheet may have above its header row (a title, a date, a blank line). */
const MAX_ROWS_BEFORE_HEADER = 10

/**
 * Finds the header row: the first row (of the first few) that names a name column. Title rows above it are
 * passed over; without one, the file is refused with the first row's cells, so the person sees why.
 */
function headerFinder() {
  let seen = 0
  let firstCells: readonly string[] | undefined
  const missing = () => new ImportFileError('no-name-column', (firstCells ?? []).join(', '))
  return {
    find(cells: readonly string[]) {
      if (cells.every((cell) => cell.trim() === '')) return undefined
      firstCells ??= cells
      const columns = columnsOfHeader(cells)
      if (columns.includes('name')) return columns
      if (++seen >= MAX_ROWS_BEFORE_HEADER) throw missing()
      return undefined
    },
    /** At the end of the file: refuses one that had rows but no header row. */
    finish() {
      if (firstCells) throw missing()
    },
  }
}

async function* csvRecords(input: Readable): AsyncGenerator<ImportRecord> {
  input.setEncoding('utf8')
  const splitter = csvBlockSplitter()
  const header = headerFinder()
  let nextLine = 1
  let delimiter: string | undefined
  let columns: (ImportColumn | undefined)[] | undefined
  async function* blocks() {
    let first = true
    for await (const chunk of input) {
      yield splitter.push(first ? String(chunk).replace(/^\uFEFF/, '') : String(chunk))
      first = false
    }
    yield splitter.end()
  }
  for await (const block of blocks()) {
    if (block === '') continue
    delimiter ??= delimiterOf(block)
    for (const { line, cells } of csvBlockRows(block, nextLine, delimiter)) {
      if (columns) yield { line, value: rowFromCells(columns, cells) }
      else columns = header.find(cells)
    }
    nextLine += newlinesIn(block)
  }
  if (!columns) header.finish()
}

type CellValue = ExcelJS.CellValue

/**
 * A cell as text or number: rich text joined, a formula's result. (The streaming reader cannot see a link's
 * address behind its text: a source column should hold the address itself.)
 */
function cellValue(value: CellValue): unknown {
  if (value === null || value === undefined) return undefined
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value !== 'object') return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('result' in value) return cellValue(value.result as CellValue)
  if ('text' in value) return value.text
  return undefined
}

async function* xlsxRecords(input: Readable): AsyncGenerator<ImportRecord> {
  const ExcelJS = await loadExcel()
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  })
  try {
    for await (const sheet of workbook) {
      const header = headerFinder()
      let columns: (ImportColumn | undefined)[] | undefined
      for await (const row of sheet) {
        // row.values is 1-based: index 0 is empty.
        const raw = (row.values as CellValue[]).slice(1)
        if (!columns) {
          columns = header.find(raw.map((cell) => String(cellValue(cell) ?? '')))
          continue
        }
        const cells = raw.map(cellValue)
        if (cells.every((cell) => cell === undefined || String(cell).trim() === '')) continue
        yield { line: row.number, value: rowFromCells(columns, cells) }
      }
      if (!columns) header.finish()
      return // the first sheet is the list; others (notes, pivots) are not read
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error
    throw new ImportFileError('unreadable', error instanceof Error ? error.message : String(error))
  }
}

/** Reads an import list from a byte stream, record by record, in the given format. */
export function readImportRecords(input: Readable, format: ImportFormat): AsyncGenerator<ImportRecord> {
  if (format === 'csv') return csvRecords(input)
  if (format === 'xlsx') return xlsxRecords(input)
  return jsonLinesRecords(input)
}

/** Reads an import file from disk as a stream, in the format its name says (JSON Lines unless .csv/.xlsx). */
export function readImportFile(path: string): AsyncGenerator<ImportRecord> {
  return readImportRecords(createReadStream(path), importFormatOf(path) ?? 'jsonl')
}
