import type { Config } from './config.ts'
import { prepareDatabase } from './db/bootstrap.ts'
import { createDatabase, type DatabaseHandle } from './db/database.ts'
import { loadRegionCatalogue } from './db/sources/regions.ts'
import type { RegionCatalogue } from './domain/regions/catalogue.ts'
import type { Logger } from './logger.ts'

export interface Runtime {
  database: DatabaseHandle
  regions: RegionCatalogue
  close(): Promise<void>
}

/** The latest year an innovation may carry: next year, for programmes announced ahead. */
export const latestYear = (now: Date = new Date()) => now.getFullYear() + 1

/** Opens the database (migrated, regions synced, seeds in an empty catalogue): shared by the bot and the CLI. */
export async function openRuntime(config: Config, logger: Logger): Promise<Runtime> {
  const [regions, database] = await Promise.all([
    loadRegionCatalogue(),
    createDatabase({ url: config.databaseUrl, dataDir: config.pgliteDir }),
  ])
  try {
    const { seeded } = await prepareDatabase(database.db, regions, latestYear())
    logger.info({ database: database.kind, seeded }, 'database ready')
  } catch (error) {
    await database.close()
    throw error
  }
  return { database, regions, close: () => database.close() }
}
