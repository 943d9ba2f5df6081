import { readFileSync } from 'node:fs'
import postgres from 'postgres'
import { inject } from 'vitest'
import { prepareDatabase } from '../../src/db/bootstrap.ts'
import { createDatabase, type DatabaseHandle } from '../../src/db/database.ts'
import { startSearchSync } from '../../src/db/search-sync.ts'
import { loadRegionCatalogue } from '../../src/db/sources/regions.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../../src/domain/search/search-index.ts'
import { createLogger } from '../../src/logger.ts'
import { latestYear } from '../../src/runtime.ts'

let created = 0

function withDatabaseName(url: string, name: string) {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

async function adminQuery(url: string, statement: string) {
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  try {
    await admin.unsafe(statement)
  } finally {
    await admin.end({ timeout: 5 })
  }
}

/**
 * A migrated, empty database of its own: with TEST_DATABASE_URL a fresh database on that server (dropped
 * on close), otherwise an in-memory PGlite copied from the suite's migrated template.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const template = new Blob([readFileSync(inject('pgliteTemplate'))])
    return createDatabase({ dataDir: 'memory://', loadDataDir: template })
  }
  const name = `inovasi_test_${process.pid}_${++created}_${Math.random().toString(36).slice(2, 8)}`
  await adminQuery(url, `create database "${name}"`)
  const databaseUrl = withDatabaseName(url, name)
  const handle = await createDatabase({ url: databaseUrl })
  return {
    ...handle,
    /** Another connection (or process) can open the same database with it. */
    url: databaseUrl,
    async close() {
      await handle.close()
      await adminQuery(url, `drop database if exists "${name}" with (force)`)
    },
  }
}

let regions: Promise<RegionCatalogue> | undefined

/** The real region catalogue, loaded once per test file. */
export function testRegions() {
  regions ??= loadRegionCatalogue()
  return regions
}

/** A test database with regions and the seed catalogue, as the bot has it after start. */
export async function createSeededDatabase() {
  const database = await createTestDatabase()
  const catalogue = await testRegions()
  await prepareDatabase(database.db, catalogue, latestYear(), 'seeds')
  return { database, regions: catalogue }
}

/** A seeded database with a search index kept fresh from it, as a running bot has them. */
export async function createSearchableDatabase() {
  const seeded = await createSeededDatabase()
  const search = createSearchIndex(seeded.regions)
  const sync = await startSearchSync(seeded.database, search, createLogger({ level: 'silent' }))
  return {
    ...seeded,
    search,
    async close() {
      await sync.stop()
      await seeded.database.close()
    },
  }
}
