import { importRecords } from '../src/db/catalog-import.ts'
import type { DatabaseHandle } from '../src/db/database.ts'
import { syncRegions } from '../src/db/repositories/regions.ts'
import { innovations } from '../src/db/schema/index.ts'
import { loadRegionCatalogue } from '../src/db/sources/regions.ts'
import { agencyKey, naturalKey } from '../src/domain/innovations/innovation.ts'
import { validateImportRow } from '../src/domain/validation/import-row.ts'
import { generateCatalogue } from './catalogue-generator.ts'
import { withFreshPglite, withFreshPostgres } from './support/databases.ts'

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const BASELINE_ROWS = 2_000
const MAX_YEAR = 2030

const regions = await loadRegionCatalogue()
/** The generated catalogue of the search benchmark, written out as the columns of `cli import`. */
const rows = generateCatalogue(regions, ROWS).map((innovation) => ({
  name: innovation.name,
  expansion: innovation.expansion,
  agency: innovation.agency,
  regency: innovation.regencyCode ? regions.regency(innovation.regencyCode)?.officialName : null,
  province: regions.province(innovation.provinceCode)?.name,
  year: innovation.year,
  award: innovation.awards.map((award) => award.title).join('; '),
  theme: innovation.themes.join('; '),
  description: innovation.description,
}))
const records = rows.map((value, index) => ({ line: index + 1, value }))

/** The whole import, as `cli import` runs it. */
async function batchedImport(database: DatabaseHandle) {
  await syncRegions(database.db, regions)
  const started = performance.now()
  const report = await importRecords(database.db, regions, records, { skipInvalid: false, maxYear: MAX_YEAR })
  const seconds = (performance.now() - started) / 1000
  if (!report.written) throw new Error(`import refused: ${JSON.stringify(report.invalid.slice(0, 3))}`)
  return ROWS / seconds
}

/** The plain baseline: the same validation, then one INSERT statement per row. */
async function rowAtATime(database: DatabaseHandle) {
  await syncRegions(database.db, regions)
  const sample = records.slice(0, BASELINE_ROWS)
  const started = performance.now()
  for (const record of sample) {
    const result = validateImportRow(record.value, regions, MAX_YEAR)
    if (!result.ok) throw new Error('baseline row invalid')
    const { awards: _awards, ...innovation } = result.innovation
    await database.db
      .insert(innovations)
      .values({ ...innovation, naturalKey: naturalKey(innovation), agencyKey: agencyKey(innovation.agency) })
      .onConflictDoNothing()
  }
  return BASELINE_ROWS / ((performance.now() - started) / 1000)
}

const round = (value: number) => Math.round(value)
const figures: Record<string, number> = {}
for (const [engine, open] of [
  ['pglite', withFreshPglite],
  ['postgres', withFreshPostgres],
] as const) {
  const batched = await open(batchedImport)
  const baseline = await open(rowAtATime)
  figures[engine] = batched
  console.log(
    `${engine.padEnd(8)} batched ${round(batched)} rows/s (${ROWS} rows)  row-at-a-time ${round(baseline)} rows/s (${BASELINE_ROWS} rows)  ratio ${(batched / baseline).toFixed(1)}x`,
  )
}
console.log(
  `import-bench: rows=${ROWS} pglite_rows_per_s=${round(figures.pglite ?? 0)} postgres_rows_per_s=${round(figures.postgres ?? 0)}`,
)
