import { fileURLToPath } from 'node:url'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import { importRecords } from './catalog-import.ts'
import type { Database } from './database.ts'
import { countInnovations } from './repositories/innovations.ts'
import { syncRegions } from './repositories/regions.ts'
import { readImportFile } from './sources/import-file.ts'

export const SEED_CATALOG_PATH = fileURLToPath(new URL('./sources/seed-catalog.jsonl', import.meta.url))

/** Loads the seed catalogue, through the same import as any file, into a catalogue with no innovations. */
export async function seedCatalogIfEmpty(db: Database, regions: RegionCatalogue, maxYear: number) {
  if ((await countInnovations(db)) > 0) return { seeded: 0 }
  const report = await importRecords(db, regions, await readImportFile(SEED_CATALOG_PATH), {
    skipInvalid: false,
    maxYear,
  })
  if (!report.written) {
    throw new Error(`The seed catalogue has invalid lines: ${JSON.stringify(report.invalid)}`)
  }
  return { seeded: report.inserted }
}

/** What every entry point does after opening the database: current regions, and seeds in an empty catalogue. */
export async function prepareDatabase(db: Database, regions: RegionCatalogue, maxYear: number) {
  await syncRegions(db, regions)
  return seedCatalogIfEmpty(db, regions, maxYear)
}
