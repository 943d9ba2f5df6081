import type { InnovationInput } from '../domain/innovations/innovation.ts'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import { type RowProblem, type RowWarning, validateImportRow } from '../domain/validation/import-row.ts'
import type { Database } from './database.ts'
import {
  changedIds,
  notifyInnovationsChanged,
  type RowOutcome,
  refreshCatalogueStatistics,
  tallyOutcomes,
  upsertBatch,
} from './repositories/innovations.ts'
import type { ImportRecord } from './sources/import-file.ts'

export interface InvalidLine {
  line: number
  problems: RowProblem[]
}

/** The warnings of one accepted line: imported, but read with a guess the person should see. */
export interface WarnedLine {
  line: number
  warnings: RowWarning[]
}

/** What one accepted line did: a new innovation, an update of a known one, or nothing new. */
export interface LineOutcome {
  line: number
  id: number
  outcome: RowOutcome
}

export interface ImportReport {
  total: number
  invalid: InvalidLine[]
  warned: WarnedLine[]
  /** True for a check (`--dry-run`, the chat before "Impor"): the counts say what an import would do. */
  dryRun: boolean
  /** False when nothing was kept: a check, or invalid lines stopped the import. */
  written: boolean
  /** Innovations, each counted once: new, changed, or named again with nothing new. */
  inserted: number
  updated: number
  unchanged: number
  skipped: number
  /** Per accepted line, in file order (empty when a refused line stopped the import). */
  outcomes: LineOutcome[]
  ids: number[]
}

export interface ImportOptions {
  skipInvalid: boolean
  /** The latest acceptable year (the caller's clock: this year + 1). */
  maxYear: number
  /** Work out what would happen, then roll it all back. */
  dryRun?: boolean
}

/** Rows written per statement (per transaction with `skipInvalid`): 2,000 takes a tenth off a server import. */
const BATCH_ROWS = 2000

/**
 * The lines of a list: an array, or a function that opens the file (again: the chat checks a file, then
 * imports it), so the whole file is never held in memory.
 */
export type ImportSource = readonly ImportRecord[] | (() => AsyncIterable<ImportRecord>)

/** Thrown to roll back a check or a refused file; never leaves `importRecords`. */
class RollBack extends Error {}

const readSource = (source: ImportSource) => (typeof source === 'function' ? source() : source)

const emptyReport = (dryRun: boolean): ImportReport => ({
  total: 0,
  invalid: [],
  warned: [],
  dryRun,
  written: false,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  outcomes: [],
  ids: [],
})

/** Runs one batch's writes: in a transaction of its own, or in the import's single transaction. */
type BatchScope = <T>(work: (tx: Database) => Promise<T>) => Promise<T>

/**
 * Imports a list: known innovations (same natural key) are updated, not duplicated, and search indexes
 * hear of the changes (NOTIFY, delivered on commit). The file is read once, each line checked as the
 * valid ones are written in batches:
 * - by default in ONE TRANSACTION, so a refused line anywhere rolls the whole file back (after listing
 *   every refusal) and a crash leaves nothing half-written;
 * - with `skipInvalid`, where no line can stop the file, one transaction per batch, so no transaction
 *   grows with the file and search indexes hear as it goes. A crash half-way leaves the batches already
 *   committed; running the file again converges, because every row is an upsert on its natural key (name +
 *   region + agency): the rows already written come back "unchanged".
 * A check (`dryRun`) runs the import in one transaction that is rolled back, so its counts are exactly
 * those of the import.
 */
export async function importRecords(
  db: Database,
  regions: RegionCatalogue,
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const report = emptyReport(options.dryRun ?? false)
  if (options.skipInvalid && !report.dryRun) {
    await writeBatches((work) => db.transaction(work), regions, source, options, report)
  } else {
    try {
      await db.transaction(async (tx) => {
        await writeBatches((work) => work(tx), regions, source, options, report)
        if (report.dryRun || report.invalid.length > 0) throw new RollBack()
      })
    } catch (error) {
      if (!(error instanceof RollBack)) throw error
    }
  }
  const refused = report.invalid.length > 0 && !options.skipInvalid
  report.skipped = refused ? report.total : report.invalid.length
  if (refused) Object.assign(report, { inserted: 0, updated: 0, unchanged: 0, outcomes: [], ids: [] })
  report.written = !report.dryRun && !refused
  if (report.written) await refreshCatalogueStatistics(db)
  return report
}

/**
 * Reads the source, validating each line, and upserts the valid rows a batch at a time, each in its
 * `scope`, telling search indexes. Fills the report's counts, warnings and per-line outcomes.
 */
async function writeBatches(
  scope: BatchScope,
  regions: RegionCatalogue,
  source: ImportSource,
  options: ImportOptions,
  report: ImportReport,
) {
  const write = async (batch: readonly { line: number; innovation: InnovationInput }[]) => {
    // A file that has met a refused line will be rolled back: it goes on only to list the other refusals.
    if (batch.length === 0 || (report.invalid.length > 0 && !options.skipInvalid)) return
    await scope(async (tx) => {
      const rows = await upsertBatch(
        tx,
        batch.map((row) => row.innovation),
      )
      const outcomes = rows.map((row, index) => ({ line: batch[index]?.line ?? 0, ...row }))
      await notifyInnovationsChanged(tx, changedIds({ ...tallyOutcomes(outcomes), rows: outcomes }))
      report.outcomes.push(...outcomes)
    })
  }
  // While a server writes one batch, the next is read and checked; one batch is in flight at a time.
  let writing: Promise<void> = Promise.resolve()
  const flush = async (batch: { line: number; innovation: InnovationInput }[]) => {
    await writing
    writing = write(batch)
    writing.catch(() => {}) // awaited before the next batch or at the end; not unhandled meanwhile
  }
  let batch: { line: number; innovation: InnovationInput }[] = []
  try {
    for await (const record of readSource(source)) {
      report.total++
      const innovation = acceptRecord(record, regions, options.maxYear, report)
      if (innovation) batch.push({ line: record.line, innovation })
      if (batch.length >= BATCH_ROWS) {
        await flush(batch)
        batch = []
      }
    }
    await flush(batch)
    await writing
  } finally {
    // A file that breaks while a batch is being written: the write ends (committed, or rolled back with
    // the import's transaction) before the error leaves, never behind it.
    await writing.catch(() => {})
  }
  Object.assign(report, tallyOutcomes(report.outcomes))
}

/** The innovation of a valid record; an invalid one is noted in the report instead. */
function acceptRecord(
  record: ImportRecord,
  regions: RegionCatalogue,
  maxYear: number,
  report: ImportReport,
): InnovationInput | undefined {
  if ('error' in record) {
    report.invalid.push({ line: record.line, problems: [{ field: 'row', problem: record.error }] })
    return undefined
  }
  const result = validateImportRow(record.value, regions, maxYear)
  if (!result.ok) {
    report.invalid.push({ line: record.line, problems: result.problems })
    return undefined
  }
  if (result.warnings.length > 0) report.warned.push({ line: record.line, warnings: result.warnings })
  return result.innovation
}
