import { fileURLToPath } from 'node:url'
import type { StarterCatalogue } from '../config.ts'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import { importRecords } from './catalog-import.ts'
import type { Database } from './database.ts'
import { countInnovations } from './repositories/innovations.ts'
import { syncRegions } from './repositories/regions.ts'
import { readImportFile } from './sources/import-file.ts'

export const SEED_CATALOG_PATH = fileURLToPath(new URL('./sources/seed-catalog.jsonl', import.meta.url))
export const STARTER_CATALOG_PATH = fileURLToPath(new URL('./sources/starter-catalog.jsonl', import.meta.url))

/** The files each STARTER_CATALOGUE value loads, in order: the seeds first, then the starter catalogue. */
export const CATALOG_FILES: Record<StarterCatalogue, readonly string[]> = {
  all: [SEED_CATALOG_PATH, STARTER_CATALOG_PATH],
  seeds: [SEED_CATALOG_PATH],
  none: [],
}

async function importCatalogFile(db: Database, regions: RegionCatalogue, path: string, maxYear: number) {
  const report = await importRecords(db, regions, () => readImportFile(path), { skipInvalid: false, maxYear })
  if (!report.written) {
    throw new Error(`The catalogue file ${path} has invalid lines: ${JSON.stringify(report.invalid)}`)
  }
  return report.inserted
}

/**
 * Fills a catalogue with no innovations from the files `starter` names, through the same import as any
 * file; a catalogue that has innovations is left alone.
 */
export async function seedCatalogIfEmpty(
  db: Database,
  regions: RegionCatalogue,
  maxYear: number,
  starter: StarterCatalogue,
) {
  if ((await countInnovations(db)) > 0) return { seeded: 0 }
  let seeded = 0
  for (const path of CATALOG_FILES[starter]) seeded += await importCatalogFile(db, regions, path, maxYear)
  return { seeded }
}

/** What every entry point does after opening the database: current regions, and the catalogue if empty. */
export async function prepareDatabase(
  db: Database,
  regions: RegionCatalogue,
  maxYear: number,
  starter: StarterCatalogue,
) {
  await syncRegions(db, regions)
  return seedCatalogIfEmpty(db, regions, maxYear, starter)
}
