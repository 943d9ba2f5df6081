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
import { ImportFileError, type ImportRecord } from './sources/import-file.ts'

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

/** Rows written per statement and per transaction. */
const BATCH_ROWS = 1000

/**
 * The lines of a list, readable more than once: an array, or a function that opens the file again. An
 * import that stops at a refused line reads a file twice (check, then write), so it never holds the whole
 * file in memory.
 */
export type ImportSource = readonly ImportRecord[] | (() => AsyncIterable<ImportRecord>)

/** Thrown to roll back a check; never leaves `importRecords`. */
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

/**
 * Imports a list: known innovations (same natural key) are updated, not duplicated, and search indexes
 * hear of the changes on each commit (NOTIFY). A refused line (unless `skipInvalid`) stops the whole file
 * before anything is written: every line is checked first, then the valid ones are written in batches,
 * ONE TRANSACTION PER BATCH, so no transaction grows with the file and search indexes hear as it goes. A
 * crash or a failure half-way leaves the batches already committed; running the same file again converges
 * to the same catalogue, because every row is an upsert on its natural key (name + region + agency): the
 * rows already written come back "unchanged". A check (`dryRun`) plans the same batches in one transaction
 * that is rolled back, so its counts are exactly those of the import.
 */
export async function importRecords(
  db: Database,
  regions: RegionCatalogue,
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportReport> {
  const report = emptyReport(options.dryRun ?? false)
  if (report.dryRun) return checkByRollingBack(db, regions, source, options, report)
  // With `skipInvalid` no line can stop the file: it is read once, checking as it writes.
  if (!options.skipInvalid) {
    for await (const record of readSource(source)) {
      report.total++
      acceptRecord(record, regions, options.maxYear, report)
    }
    if (report.invalid.length > 0) return { ...report, skipped: report.total }
  }
  const checked = report.total
  await writeBatches(db, regions, source, options, report)
  if (!options.skipInvalid && (report.total !== checked || report.invalid.length > 0))
    throw new ImportFileError('changed', `${checked} → ${report.total}`)
  report.skipped = report.invalid.length
  report.written = true
  await refreshCatalogueStatistics(db)
  return report
}

/** A check: the import as it would run, in one transaction rolled back at the end. */
async function checkByRollingBack(
  db: Database,
  regions: RegionCatalogue,
  source: ImportSource,
  options: ImportOptions,
  report: ImportReport,
) {
  try {
    await db.transaction(async (tx) => {
      await writeBatches(tx, regions, source, options, report)
      throw new RollBack()
    })
  } catch (error) {
    if (!(error instanceof RollBack)) throw error
  }
  const refused = report.invalid.length > 0 && !options.skipInvalid
  report.skipped = refused ? report.total : report.invalid.length
  if (refused) Object.assign(report, { inserted: 0, updated: 0, unchanged: 0, outcomes: [], ids: [] })
  return report
}

/**
 * Reads the source (again), validating each line, and upserts the valid rows a batch at a time, each batch
 * in a transaction of its own (a savepoint inside a check's transaction) that also tells search indexes.
 * Fills the report's counts, warnings and per-line outcomes.
 */
async function writeBatches(
  db: Database,
  regions: RegionCatalogue,
  source: ImportSource,
  options: ImportOptions,
  report: ImportReport,
) {
  Object.assign(report, { total: 0, invalid: [], warned: [], outcomes: [] })
  const write = async (batch: readonly { line: number; innovation: InnovationInput }[]) => {
    // A check that has met a refused line goes on only to list the other refusals.
    if (batch.length === 0 || (report.invalid.length > 0 && !options.skipInvalid)) return
    await db.transaction(async (tx) => {
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
