import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { createDatabase, type DatabaseHandle } from '../../src/db/database.ts'

/** The Postgres server benchmarks use: BENCH_POSTGRES_URL, or the local test server. */
export const BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** Runs `work` on a migrated PGlite database in a new folder, removed afterwards. */
export async function withFreshPglite<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-'))
  const database = await createDatabase({ dataDir: join(folder, 'pglite') })
  try {
    return await work(database)
  } finally {
    await database.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Runs `work` on a new, migrated database on the benchmark server, dropped afterwards. */
export async function withFreshPostgres<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const name = `inovasi_bench_${process.pid}_${Date.now()}`
  const admin = postgres(BENCH_POSTGRES_URL, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database "${name}"`)
  const url = new URL(BENCH_POSTGRES_URL)
  url.pathname = `/${name}`
  const database = await createDatabase({ url: url.toString() })
  try {
    return await work(database)
  } finally {
    await database.close()
    await admin.unsafe(`drop database if exists "${name}" with (force)`)
    await admin.end()
  }
}

/** Where a benchmark database lives, in the form `openRuntime` takes (a server URL, or a PGlite folder). */
export interface DatabaseLocation {
  databaseUrl: string | undefined
  pgliteDir: string
}

/**
 * Makes a new, empty database of this kind, runs `work` with its location (no connection open: `work`
 * opens and closes its own, or starts a process that does), then removes it.
 */
export async function withFreshLocation<T>(
  kind: 'pglite' | 'postgres',
  work: (location: DatabaseLocation) => Promise<T>,
): Promise<T> {
  if (kind === 'pglite') {
    const folder = mkdtempSync(join(tmpdir(), 'bench-'))
    try {
      return await work({ databaseUrl: undefined, pgliteDir: join(folder, 'pglite') })
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
  const name = `inovasi_bench_${process.pid}_${Date.now()}`
  const admin = postgres(BENCH_POSTGRES_URL, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database "${name}"`)
  const url = new URL(BENCH_POSTGRES_URL)
  url.pathname = `/${name}`
  try {
    return await work({ databaseUrl: url.toString(), pgliteDir: '' })
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`)
    await admin.end()
  }
}
