import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'

/** One data line of an import file: its parsed object, or why it could not be read. */
export type ImportRecord = { line: number; value: unknown } | { line: number; error: 'invalid-json' }

function parseJsonLines(text: string): ImportRecord[] {
  return text.split(/\r?\n/).flatMap((raw, index): ImportRecord[] => {
    if (raw.trim() === '') return []
    try {
      return [{ line: index + 1, value: JSON.parse(raw) as unknown }]
    } catch {
      return [{ line: index + 1, error: 'invalid-json' as const }]
    }
  })
}

const newlinesIn = (text: string) => (text.match(/\n/g) ?? []).length

/** CSV with a header row of the import columns; a record's line is the file line it starts on. */
function parseCsv(text: string): ImportRecord[] {
  const body = text.replace(/^\uFEFF/, '')
  const records: ImportRecord[] = []
  let previousEnd = body.indexOf('\n') + 1
  Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
    step: (result) => {
      let start = previousEnd
      while (body[start] === '\n' || body[start] === '\r') start++
      records.push({ line: 1 + newlinesIn(body.slice(0, start)), value: result.data })
      previousEnd = result.meta.cursor
    },
  })
  return records
}

/** Reads JSON Lines (`.jsonl`, `.ndjson`, `.json`) or CSV (`.csv`), chosen by the file's extension. */
export async function readImportFile(path: string): Promise<ImportRecord[]> {
  const text = await readFile(path, 'utf8')
  return /\.csv$/i.test(path) ? parseCsv(text) : parseJsonLines(text)
}
