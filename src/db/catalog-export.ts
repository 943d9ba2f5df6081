import { and, asc, eq, gt } from 'drizzle-orm'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import type { SearchIndex } from '../domain/search/types.ts'
import type { ImportColumn } from '../domain/validation/import-columns.ts'
import type { Database } from './database.ts'
import { type InnovationDetail, listInnovationDetails } from './repositories/innovations.ts'
import { innovations } from './schema/index.ts'

/** An innovation in the columns of an import file (empty columns left out). */
export type ExportRow = Partial<Record<ImportColumn, string | number>>

/** Innovations read per query while exporting the whole catalogue. */
const PAGE = 2000

/** One innovation as an import row: the regency and province by name, the awards as "A; B". */
export function toExportRow(regions: RegionCatalogue, detail: InnovationDetail): ExportRow {
  const row: ExportRow = {
    name: detail.name,
    expansion: detail.expansion ?? undefined,
    agency: detail.agency ?? undefined,
    regency: detail.regencyCode ? regions.regency(detail.regencyCode)?.officialName : undefined,
    province: regions.province(detail.provinceCode)?.name,
    year: detail.year ?? undefined,
    award: detail.awards.map((award) => award.title).join('; ') || undefined,
    theme: [...detail.themes, ...detail.tags].join('; ') || undefined,
    description: detail.description || undefined,
    source: detail.source ?? undefined,
    innovator: detail.innovator ?? undefined,
  }
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as ExportRow
}

/** Published innovations with these ids, in this order (a search's ranking), as import rows. */
export async function* exportInnovations(
  db: Database,
  regions: RegionCatalogue,
  ids: readonly number[],
): AsyncGenerator<ExportRow> {
  for (let start = 0; start < ids.length; start += PAGE) {
    const details = await listInnovationDetails(db, ids.slice(start, start + PAGE))
    for (const detail of details) yield toExportRow(regions, detail)
  }
}

/** The ids of the first `max` published innovations, oldest first. */
export async function firstPublishedIds(db: Database, max: number): Promise<number[]> {
  const rows = await db
    .select({ id: innovations.id })
    .from(innovations)
    .where(eq(innovations.status, 'published'))
    .orderBy(asc(innovations.id))
    .limit(max)
  return rows.map((row) => row.id)
}

/** The whole published catalogue, by id, a page at a time (memory holds one page, never the catalogue). */
export async function* exportCatalogue(db: Database, regions: RegionCatalogue): AsyncGenerator<ExportRow> {
  let after = 0
  for (;;) {
    const page = await db
      .select({ id: innovations.id })
      .from(innovations)
      .where(and(eq(innovations.status, 'published'), gt(innovations.id, after)))
      .orderBy(asc(innovations.id))
      .limit(PAGE)
    const last = page.at(-1)
    if (!last) return
    yield* exportInnovations(
      db,
      regions,
      page.map((row) => row.id),
    )
    after = last.id
  }
}

/** Hits per call of the search (its page limit). */
const SEARCH_PAGE = 100

/** The ids of a search's results in the bot's order (full matches, then partial ones), at most `max`. */
export function rankedIds(search: SearchIndex, query: string, max: number): number[] {
  const ids: number[] = []
  for (let offset = 0; offset < max; offset += SEARCH_PAGE) {
    const { hits, total } = search.search(query, { limit: Math.min(SEARCH_PAGE, max - offset), offset })
    ids.push(...hits.map((hit) => hit.id))
    if (hits.length === 0 || offset + hits.length >= total) break
  }
  return ids
}
