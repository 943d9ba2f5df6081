import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { type ExportRow, exportCatalogue, exportInnovations, rankedIds } from '../db/catalog-export.ts'
import { writeExport } from '../db/sources/export-file.ts'
import { IMPORT_FORMATS, type ImportFormat, importFormatOf } from '../db/sources/import-file.ts'
import type { Translate } from '../i18n.ts'
import type { CatalogueRuntime, Runtime } from '../runtime.ts'

export interface ExportArgs {
  format: string | undefined
  query: string | undefined
  out: string | undefined
}

/** The most results a search export writes from the command line. */
export const CLI_EXPORT_MAX = 100_000

const isFormat = (value: string): value is ImportFormat =>
  (IMPORT_FORMATS as readonly string[]).includes(value)

async function* counted(rows: AsyncIterable<ExportRow>, count: { rows: number }) {
  for await (const row of rows) {
    count.rows++
    yield row
  }
}

type Openers = { catalogue: () => Promise<CatalogueRuntime>; withSearch: () => Promise<Runtime> }

/** A search's results (which needs the search index), or the whole catalogue (which does not). */
async function exportSource(query: string | undefined, open: Openers) {
  if (query) {
    const runtime = await open.withSearch()
    const ids = rankedIds(runtime.search, query, CLI_EXPORT_MAX)
    return { runtime, rows: exportInnovations(runtime.database.db, runtime.regions, ids) }
  }
  const runtime = await open.catalogue()
  return { runtime, rows: exportCatalogue(runtime.database.db, runtime.regions) }
}

/**
 * `export [--format jsonl|csv|xlsx] [--query "kueri"] [--out FILE]`: the published catalogue (or a search's
 * results, ranked as the bot ranks them) in the import columns, to FILE or to standard output.
 */
export async function exportCommand(args: ExportArgs, open: Openers, t: Translate, stdout: Writable) {
  const format = args.format ?? (args.out ? importFormatOf(args.out) : undefined) ?? 'jsonl'
  if (!isFormat(format)) return { exitCode: 1, lines: [t('export-bad-format', { format })] }
  const { runtime, rows } = await exportSource(args.query?.trim(), open)
  try {
    const count = { rows: 0 }
    const out = args.out ? createWriteStream(args.out) : stdout
    await writeExport(counted(rows, count), format, out)
    if (args.out) {
      if (!out.writableEnded) out.end()
      await finished(out)
    }
    const done = t('export-done', { count: count.rows, file: args.out ?? '-' })
    return { exitCode: 0, lines: args.out ? [done] : [] }
  } finally {
    await runtime.close()
  }
}
