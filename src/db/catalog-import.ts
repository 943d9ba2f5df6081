import type { InnovationInput } from '../domain/innovations/innovation.ts'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import { type RowProblem, type RowWarning, validateImportRow } from '../domain/validation/import-row.ts'
import type { Database } from './database.ts'
import { notifyInnovationsChanged, upsertInnovations } from './repositories/innovations.ts'
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

export interface ImportReport {
  total: number
  invalid: InvalidLine[]
  warned: WarnedLine[]
  /** False when invalid lines stopped the import: then nothing was written. */
  written: boolean
  inserted: number
  updated: number
  skipped: number
  ids: number[]
}

export interface ImportOptions {
  skipInvalid: boolean
  /** The latest acceptable year (the caller's clock: this year + 1). */
  maxYear: number
}

function validateAll(records: readonly ImportRecord[], regions: RegionCatalogue, maxYear: number) {
  const valid: InnovationInput[] = []
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
    valid.push(result.innovation)
    if (result.warnings.length > 0) warned.push({ line: record.line, warnings: result.warnings })
  }
  return { valid, invalid, warned }
}

/**
 * Validates every record first; writes nothing if any is invalid, unless `skipInvalid`. Known innovations
 * (same natural key) are updated, not duplicated.
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
    return { ...report, written: false, inserted: 0, updated: 0, skipped: records.length, ids: [] }
  }
  const outcome = await upsertInnovations(db, valid)
  await notifyInnovationsChanged(db, outcome.ids)
  return { ...report, written: true, ...outcome }
}
