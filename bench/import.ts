import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import postgres from 'postgres'
import { prepareDatabase } from '../src/db/bootstrap.ts'
import { importRecords } from '../src/db/catalog-import.ts'
import { createDatabase, type DatabaseHandle } from '../src/db/database.ts'
import { syncRegions } from '../src/db/repositories/regions.ts'
import { innovations } from '../src/db/schema/index.ts'
import { loadRegionCatalogue } from '../src/db/sources/regions.ts'
import { agencyKey, naturalKey } from '../src/domain/innovations/innovation.ts'
import { IMPORT_COLUMNS, validateImportRow } from '../src/domain/validation/import-row.ts'
import { generateCatalogue, importColumnsOf } from './catalogue-generator.ts'
import { BENCH_POSTGRES_URL, withFreshPglite, withFreshPostgres } from './support/databases.ts'

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const BASELINE_ROWS = 2_000
const MAX_YEAR = 2030

const regions = await loadRegionCatalogue()
/** The generated catalogue of the search benchmark, written out as the columns of `cli import`. */
const rows = generateCatalogue(regions, ROWS).map((innovation) => importColumnsOf(regions, innovation))
const records = rows.map((value, index) => ({ line: index + 1, value }))

/** The whole import in this process (no start-up): validation and batched writes. */
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

const folder = mkdtempSync(join(tmpdir(), 'import-bench-'))

/** Writes the rows as a file of one format, a thousand rows at a time. */
async function writeFile(format: 'jsonl' | 'csv') {
  const path = join(folder, `catalogue.${format}`)
  const out = createWriteStream(path)
  for (let start = 0; start < rows.length; start += 1000) {
    const part = rows.slice(start, start + 1000)
    const text =
      format === 'jsonl'
        ? `${part.map((row) => JSON.stringify(row)).join('\n')}\n`
        : `${Papa.unparse(part, { columns: [...IMPORT_COLUMNS], header: start === 0 })}\r\n`
    if (!out.write(text)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return path
}

interface CliRun {
  rowsPerSecond: number
  peakRssMb: number
}

/**
 * Times the real command as a person runs it (`node --import tsx src/cli/index.ts import FILE`, start-up
 * and opening the database included; on the server a fresh database, migrated and seeded by the command),
 * with the child's peak RSS from /usr/bin/time.
 */
async function timeCli(file: string, env: Record<string, string>): Promise<CliRun> {
  const timeFile = join(folder, 'time.txt')
  const started = performance.now()
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%M', '-o', timeFile, process.execPath, '--import', 'tsx', 'src/cli/index.ts', 'import', file],
    { env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const [code] = await once(child, 'exit')
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`cli import exited with ${code}:\n${output.slice(-2000)}`)
  const peakKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1))
  return { rowsPerSecond: ROWS / seconds, peakRssMb: peakKb / 1024 }
}

/**
 * The embedded database as an admin finds it when importing a list: created, migrated and seeded by the
 * bot's first start (not timed). The import itself still opens it, as the command always does.
 */
async function botPgliteFolder() {
  const dataDir = join(mkdtempSync(join(folder, 'pglite-')), 'data')
  const database = await createDatabase({ dataDir })
  await prepareDatabase(database.db, regions, MAX_YEAR, 'all')
  await database.close()
  return dataDir
}

/** A new, empty database on the benchmark server for one CLI run; dropped afterwards. */
async function withFreshPostgresUrl<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `inovasi_bench_cli_${process.pid}_${Date.now()}`
  const admin = postgres(BENCH_POSTGRES_URL, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database "${name}"`)
  const url = new URL(BENCH_POSTGRES_URL)
  url.pathname = `/${name}`
  try {
    return await work(url.toString())
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`)
    await admin.end()
  }
}

const round = (value: number) => Math.round(value)
for (const [engine, open] of [
  ['pglite', withFreshPglite],
  ['postgres', withFreshPostgres],
] as const) {
  const batched = await open(batchedImport)
  const baseline = await open(rowAtATime)
  console.log(
    `${engine.padEnd(8)} in-process batched ${round(batched)} rows/s (${ROWS} rows)  row-at-a-time ${round(baseline)} rows/s (${BASELINE_ROWS} rows)  ratio ${(batched / baseline).toFixed(1)}x`,
  )
}

const cli: Record<string, CliRun[]> = { jsonl: [], csv: [] }
try {
  for (const format of ['jsonl', 'csv'] as const) {
    const file = await writeFile(format)
    const pglite = await timeCli(file, { PGLITE_DIR: await botPgliteFolder() })
    const server = await withFreshPostgresUrl((url) => timeCli(file, { DATABASE_URL: url }))
    cli[format] = [pglite, server]
    console.log(
      `cli import ${format.padEnd(5)} pglite ${round(pglite.rowsPerSecond)} rows/s (peak ${round(pglite.peakRssMb)} MB)  postgres ${round(server.rowsPerSecond)} rows/s (peak ${round(server.peakRssMb)} MB)`,
    )
    rmSync(file)
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}

// Every figure of the summary is the real command, start-up included (what the person waits for): per
// database the slower of the two formats, per format the slower of the two databases. The in-process lines
// above are for finding where the time goes.
const slower = (runs: (CliRun | undefined)[]) =>
  Math.min(...runs.map((run) => run?.rowsPerSecond ?? Number.NaN))
const onPglite = slower([cli.jsonl?.[0], cli.csv?.[0]])
const onPostgres = slower([cli.jsonl?.[1], cli.csv?.[1]])
const peak = Math.max(...Object.values(cli).flatMap((runs) => runs.map((run) => run.peakRssMb)))
console.log(
  `import-bench: rows=${ROWS} pglite_rows_per_s=${round(onPglite)} postgres_rows_per_s=${round(onPostgres)} cli_jsonl_rows_per_s=${round(slower(cli.jsonl ?? []))} cli_csv_rows_per_s=${round(slower(cli.csv ?? []))} cli_peak_rss_mb=${round(peak)}`,
)
