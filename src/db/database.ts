import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import { withMigrationLock } from './advisory-locks.ts'
import { acquireDirectoryLock } from './directory-lock.ts'
import * as schema from './schema/index.ts'

/** A Drizzle database on either driver; a transaction fits as well. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

export interface DatabaseOptions {
  /** postgres:// URL of a server; when absent the embedded PGlite is used. */
  url?: string | undefined
  /** PGlite data folder, or `memory://` for a throwaway in-memory database. */
  dataDir?: string
  /** A PGlite dump (from `dumpDataDir`) to start from instead of running initdb: fast test databases. */
  loadDataDir?: Blob | File
}

export type NotificationHandler = (payload: string) => void

export interface DatabaseHandle {
  db: Database
  kind: 'pglite' | 'postgres'
  /** Subscribes to a NOTIFY channel; resolves to the function that unsubscribes. */
  listen(channel: string, onNotify: NotificationHandler): Promise<() => Promise<void>>
  close(): Promise<void>
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url))

/**
 * PGlite's Postgres with 16 MB of shared buffers instead of 128 MB: they live in this process's memory,
 * and the operating system caches the data files anyway. Opening a 100,000-innovation folder then takes
 * about 230 MB of RSS instead of 350, with page fetches as fast.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB']

/** The one database factory: opens the database, applies pending migrations and returns it. */
export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url ? openPostgres(options.url) : openPglite(options)
}

/**
 * Seconds a pool connection waits before it tries again after failing. postgres.js grows this up to 20 s
 * over a pool-wide count of failures, and every query waits for it: during a long outage users would wait
 * that long for "gangguan", and just as long after the server is back. One second at most.
 */
export const reconnectDelaySeconds = (failures: number) => Math.min(0.05 * 2 ** failures, 1)

async function openPostgres(url: string): Promise<DatabaseHandle> {
  await migrateUnderLock(url)
  // A short connect timeout: during an outage users hear "gangguan" in seconds, not after 30.
  const client = postgres(url, {
    max: 10,
    connect_timeout: 3,
    backoff: reconnectDelaySeconds,
    onnotice: () => {},
  })
  const db = drizzlePostgres({ client, schema, casing: 'snake_case' })
  return {
    db,
    kind: 'postgres',
    async listen(channel, onNotify) {
      const { unlisten } = await client.listen(channel, onNotify)
      return unlisten
    },
    close: () => client.end({ timeout: 5 }),
  }
}

/** One connection (max: 1) so the advisory lock and the migration share a session. */
async function migrateUnderLock(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} })
  try {
    await withMigrationLock(client, () =>
      migratePostgres(drizzlePostgres({ client, casing: 'snake_case' }), {
        migrationsFolder: MIGRATIONS_FOLDER,
      }),
    )
  } finally {
    await client.end({ timeout: 5 })
  }
}

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
  const dataDir = options.dataDir ?? 'memory://'
  const inMemory = dataDir.startsWith('memory://')
  if (!inMemory) mkdirSync(dirname(dataDir), { recursive: true })
  const lock = inMemory ? undefined : acquireDirectoryLock(dataDir)
  try {
    const client = await PGlite.create(dataDir, {
      extensions: { pg_trgm, unaccent },
      startParams: PGLITE_START_PARAMS,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    })
    const db = drizzlePglite({ client, schema, casing: 'snake_case' })
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER })
    return {
      db,
      kind: 'pglite',
      listen: (channel, onNotify) => client.listen(channel, onNotify),
      async close() {
        await client.close()
        lock?.release()
      },
    }
  } catch (error) {
    lock?.release()
    throw error
  }
}

/** True when the database answers a trivial query (the health check). */
export async function ping(db: Database): Promise<boolean> {
  return db.execute(sql`select 1`).then(
    () => true,
    () => false,
  )
}

/** Sends a NOTIFY on either driver (inside a transaction it is delivered on commit). */
export async function notify(db: Database, channel: string, payload: string) {
  await db.execute(sql`select pg_notify(${channel}, ${payload})`)
}

/** The rows of `db.execute(sql)`, which postgres.js returns as an array and PGlite as `{ rows }`. */
export function resultRows<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[]
}
