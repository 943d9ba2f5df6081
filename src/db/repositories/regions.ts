import { sql } from 'drizzle-orm'
import type { RegionCatalogue } from '../../domain/regions/catalogue.ts'
import type { Database } from '../database.ts'
import { provinces, regencies } from '../schema/index.ts'

/**
 * Writes the region dataset into its tables, updating names and aliases in place, so a newer dataset
 * version reaches the database at the next start. Idempotent.
 */
export async function syncRegions(db: Database, catalogue: RegionCatalogue) {
  await db.transaction(async (tx) => {
    await tx
      .insert(provinces)
      .values(catalogue.provinces.map(({ code, name, aliases }) => ({ code, name, aliases: [...aliases] })))
      .onConflictDoUpdate({
        target: provinces.code,
        set: { name: sql`excluded.name`, aliases: sql`excluded.aliases` },
      })
    await tx
      .insert(regencies)
      .values(
        catalogue.regencies.map((regency) => ({
          code: regency.code,
          provinceCode: regency.provinceCode,
          kind: regency.kind,
          name: regency.name,
          officialName: regency.officialName,
          aliases: [...regency.aliases],
        })),
      )
      .onConflictDoUpdate({
        target: regencies.code,
        set: {
          provinceCode: sql`excluded.province_code`,
          kind: sql`excluded.kind`,
          name: sql`excluded.name`,
          officialName: sql`excluded.official_name`,
          aliases: sql`excluded.aliases`,
        },
      })
  })
}
