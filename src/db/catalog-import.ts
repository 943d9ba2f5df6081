import type { InnovationInput } from '../domain/innovations/innovation.ts'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import { type RowProblem, type RowWarning, validateImportRow } from '../domain/validation/import-row.ts'
import type { Database } from './database.ts'
import {
  changedIds,
  notifyInnovationsChanged,
  type RowOutcome,
  upsertInnovations,
} from './repositories/innovations.ts'
import type { ImportRecord } from './sources/import-file.ts'

export interface InvalidLine {
  line: number
  problems: RowProblem[]
}

/** The warnings of one accepted line: imported, but read with a choice the person should see. */
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
  /** False when invalid lines stopped the import: then nothing was written. */
  written: boolean
  /** Innovations, each counted once: new, changed, or named again with nothing new. */
  inserted: number
  updated: number
  unchanged: number
  skipped: number
  /** Per accepted line, in file order (empty when nothing was written). */
  outcomes: LineOutcome[]
  ids: number[]
}

export interface ImportOptions {
  skipInvalid: boolean
  /** The latest acceptable year (the caller's clock: this year + 1). */
  maxYear: number
}

function validateAll(records: readonly ImportRecord[], regions: RegionCatalogue, maxYear: number) {
  const valid: { line: number; innovation: InnovationInput }[] = []
  const invalid: InvalidLine[] = []
  const warned: WarnedLine[] = []
  for (const record of records) {
    if ('error' in record) {
      invalid.push({ line: record.line, problems: [{ field: 'row', problem: record.error }] })
      continue
    }
    const result = validateImportRow(record.value, regions, maxYear)
    if (!result.ok) {
      invalid.push({ line: record.line, problems: result.problems })
      continue
    }
    valid.push({ line: record.line, innovation: result.innovation })
    if (result.warnings.length > 0) warned.push({ line: record.line, warnings: result.warnings })
  }
  return { valid, invalid, warned }
}

/**
 * Validates every record first; writes nothing if any is invalid, unless `skipInvalid`. Warnings never
 * stop an import. Known innovations (same name and region, and the same agency or one side without) are
 * updated, not duplicated; each accepted line's outcome is reported.
 */
export async function importRecords(
  db: Database,
  regions: RegionCatalogue,
  records: readonly ImportRecord[],
  options: ImportOptions,
): Promise<ImportReport> {
  const { valid, invalid, warned } = validateAll(records, regions, options.maxYear)
  const report = { total: records.length, invalid, warned, skipped: invalid.length }
  if (invalid.length > 0 && !options.skipInvalid) {
    const nothing = { inserted: 0, updated: 0, unchanged: 0, outcomes: [], ids: [] }
    return { ...report, written: false, skipped: records.length, ...nothing }
  }
  const outcome = await upsertInnovations(
    db,
    valid.map((row) => row.innovation),
  )
  await notifyInnovationsChanged(db, changedIds(outcome))
  const outcomes = outcome.rows.map((row, index) => ({ line: valid[index]?.line ?? 0, ...row }))
  const { inserted, updated, unchanged, ids } = outcome
  return { ...report, written: true, inserted, updated, unchanged, outcomes, ids }
}
