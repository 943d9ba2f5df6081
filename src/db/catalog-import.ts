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

/** Rows validated before they go to the database together. */
const BATCH_ROWS = 1000

/** Thrown to roll back a check or a refused file; never leaves `importRecords`. */
class RollBack extends Error {}

/**
 * Reads the records as they stream in, validates each and writes valid rows in batches, all in ONE
 * transaction: a refused line (unless `skipInvalid`) or a dry run rolls everything back, so the counts of a
 * check are exactly those of the import, and a crash leaves the catalogue as it was. Known innovations (same
 * natural key) are updated, not duplicated. Search indexes hear of the changes on commit (NOTIFY).
 */
export async function importRecords(
  db: Database,
  regions: RegionCatalogue,
  records: AsyncIterable<ImportRecord> | Iterable<ImportRecord>,
  options: ImportOptions,
): Promise<ImportReport> {
  const report: ImportReport = {
    total: 0,
    invalid: [],
    warned: [],
    dryRun: options.dryRun ?? false,
    written: false,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    outcomes: [],
    ids: [],
  }
  const refused = () => report.invalid.length > 0 && !options.skipInvalid
  try {
    await db.transaction(async (tx) => {
      let batch: { line: number; innovation: InnovationInput }[] = []
      const flush = async () => {
        if (batch.length > 0 && !refused()) {
          const rows = await upsertBatch(
            tx,
            batch.map((row) => row.innovation),
          )
          for (const [index, row] of rows.entries())
            report.outcomes.push({ line: batch[index]?.line ?? 0, ...row })
        }
        batch = []
      }
      for await (const record of records) {
        report.total++
        const innovation = acceptRecord(record, regions, options.maxYear, report)
        if (innovation) batch.push({ line: record.line, innovation })
        if (batch.length >= BATCH_ROWS) await flush()
      }
      await flush()
      const tally = tallyOutcomes(report.outcomes)
      Object.assign(report, tally)
      if (refused() || report.dryRun) throw new RollBack()
      await notifyInnovationsChanged(tx, changedIds({ ...tally, rows: report.outcomes }))
    })
    report.written = true
    await refreshCatalogueStatistics(db)
  } catch (error) {
    if (!(error instanceof RollBack)) throw error
  }
  report.skipped = refused() ? report.total : report.invalid.length
  if (refused()) Object.assign(report, { inserted: 0, updated: 0, unchanged: 0, outcomes: [], ids: [] })
  return report
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
