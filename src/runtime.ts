import type { Config } from './config.ts'
import { prepareDatabase } from './db/bootstrap.ts'
import { createDatabase, type DatabaseHandle } from './db/database.ts'
import { searchSnapshotStore } from './db/search-snapshot.ts'
import { startSearchSync } from './db/search-sync.ts'
import { loadRegionCatalogue } from './db/sources/regions.ts'
import { latestInnovationYear } from './domain/innovations/innovation.ts'
import type { RegionCatalogue } from './domain/regions/catalogue.ts'
import { createSearchIndex } from './domain/search/search-index.ts'
import type { SearchIndex } from './domain/search/types.ts'
import type { Logger } from './logger.ts'

export interface Runtime extends CatalogueRuntime {
  /** The search index over published innovations, kept fresh from NOTIFY. */
  search: SearchIndex
  close(): Promise<void>
}

/** `latestInnovationYear` on the system clock (start-up, the CLI); the bot passes its injected clock. */
export const latestYear = (now: Date = new Date()) => latestInnovationYear(now)

/** The database and the regions, without a search index: what an import or a plain export needs. */
export interface CatalogueRuntime {
  database: DatabaseHandle
  regions: RegionCatalogue
  close(): Promise<void>
}

/** Opens the database (migrated, regions synced, seeds in an empty catalogue). */
export async function openCatalogue(
  config: Pick<Config, 'databaseUrl' | 'pgliteDir' | 'starterCatalogue'>,
  logger: Logger,
): Promise<CatalogueRuntime> {
  const [regions, database] = await Promise.all([
    loadRegionCatalogue(),
    createDatabase({ url: config.databaseUrl, dataDir: config.pgliteDir }),
  ])
  try {
    const { seeded } = await prepareDatabase(database.db, regions, latestYear(), config.starterCatalogue)
    logger.info({ database: database.kind, seeded }, 'database ready')
  } catch (error) {
    await database.close()
    throw error
  }
  return { database, regions, close: () => database.close() }
}

/**
 * The catalogue plus the search index kept fresh from NOTIFY: shared by the bot and the CLI. The index
 * is restored from its snapshot when there is one (then brought up to date), else built.
 */
export async function openRuntime(
  config: Pick<Config, 'databaseUrl' | 'pgliteDir' | 'starterCatalogue'>,
  logger: Logger,
): Promise<Runtime> {
  const { database, regions } = await openCatalogue(config, logger)
  const started = async () => {
    const snapshots = await searchSnapshotStore(database, config.pgliteDir, regions)
    const saved = await snapshots?.load().catch((error: unknown) => {
      logger.warn({ err: error }, 'search index snapshot unreadable: building the index')
      return undefined
    })
    const search = createSearchIndex(regions, saved?.index)
    const sync = await startSearchSync(database, search, logger, { snapshots, versions: saved?.versions })
    return { search, sync }
  }
  const { search, sync } = await started().catch(async (error: unknown) => {
    await database.close()
    throw error
  })
  return {
    database,
    regions,
    search,
    async close() {
      await sync.stop()
      await database.close()
    },
  }
}
