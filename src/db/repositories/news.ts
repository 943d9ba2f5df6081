import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { naturalKey } from '../../domain/innovations/innovation.ts'
import { type Database, resultRows } from '../database.ts'
import { innovations, newsArticles } from '../schema/index.ts'

export type NewsStatus = 'waiting' | 'reviewing' | 'saved' | 'announced' | 'closed'
const OPEN: NewsStatus[] = ['waiting', 'reviewing', 'saved']

/** An article of /berita as the chat flow reads it; `drafts` and `editing` are the flow's own JSON. */
export interface NewsRecord {
  id: number
  adminId: number
  status: string
  editing: unknown
  text: string
  title: string | null
  dated: string | null
  url: string | null
  drafts: unknown
}

const columns = {
  id: newsArticles.id,
  adminId: newsArticles.adminId,
  status: newsArticles.status,
  editing: newsArticles.editing,
  text: newsArticles.text,
  title: newsArticles.title,
  dated: newsArticles.dated,
  url: newsArticles.url,
  drafts: newsArticles.drafts,
}

/** Starts a new article for an admin; an article they left open is closed (one flow per admin). */
export async function startNews(db: Database, adminId: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx
      .update(newsArticles)
      .set({ status: 'closed', updatedAt: sql`now()` })
      .where(and(eq(newsArticles.adminId, adminId), inArray(newsArticles.status, OPEN)))
    const [row] = await tx.insert(newsArticles).values({ adminId }).returning({ id: newsArticles.id })
    if (!row) throw new Error('the article was not written')
    return row.id
  })
}

/** The article an admin is working on, if any. */
export async function findOpenNews(db: Database, adminId: number): Promise<NewsRecord | undefined> {
  const [row] = await db
    .select(columns)
    .from(newsArticles)
    .where(and(eq(newsArticles.adminId, adminId), inArray(newsArticles.status, OPEN)))
    .orderBy(desc(newsArticles.id))
    .limit(1)
  return row
}

export interface NewsPatch {
  status?: NewsStatus
  editing?: unknown
  text?: string
  title?: string | null
  dated?: string | null
  url?: string | null
  drafts?: unknown
}

export async function updateNews(db: Database, id: number, patch: NewsPatch) {
  await db
    .update(newsArticles)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(newsArticles.id, id))
}

/** A published innovation a draft may be: its id, name and what makes it the same one on saving. */
export interface CatalogueMatch {
  id: number
  name: string
  agency: string | null
  provinceCode: string
  regencyCode: string | null
}

/** Name similarity (pg_trgm) from which a catalogue entry of the same region is offered as a match. */
const SIMILAR_NAME = 0.5

/**
 * The catalogue entry a draft may be: the same natural key (name and region, folded) first, else the
 * published name most like it in the same kabupaten/kota (or province, for a provincial one).
 */
export async function findCatalogueMatch(
  db: Database,
  draft: { name: string; provinceCode: string; regencyCode: string | null },
): Promise<CatalogueMatch | undefined> {
  const key = naturalKey(draft)
  const sameRegion = draft.regencyCode
    ? sql`${innovations.regencyCode} = ${draft.regencyCode}`
    : sql`${innovations.regencyCode} is null and ${innovations.provinceCode} = ${draft.provinceCode}`
  const result = await db.execute(sql`
    select ${innovations.id} as id, ${innovations.name} as name, ${innovations.agency} as agency,
      ${innovations.provinceCode} as "provinceCode", ${innovations.regencyCode} as "regencyCode"
    from ${innovations}
    where ${innovations.status} = 'published' and (${innovations.naturalKey} = ${key}
      or (${sameRegion} and similarity(lower(${innovations.name}), lower(${draft.name})) >= ${SIMILAR_NAME}))
    order by ${innovations.naturalKey} = ${key} desc,
      similarity(lower(${innovations.name}), lower(${draft.name})) desc, ${innovations.id}
    limit 1`)
  return resultRows<CatalogueMatch>(result)[0]
}

/** Published innovations by id, with what makes a row the same one on saving. */
export async function findCatalogueEntries(db: Database, ids: readonly number[]): Promise<CatalogueMatch[]> {
  if (ids.length === 0) return []
  return db
    .select({
      id: innovations.id,
      name: innovations.name,
      agency: innovations.agency,
      provinceCode: innovations.provinceCode,
      regencyCode: innovations.regencyCode,
    })
    .from(innovations)
    .where(and(inArray(innovations.id, [...ids]), eq(innovations.status, 'published')))
}

/** Moves an article from one status to the next; false when another press or process did it first. */
export async function claimNewsStatus(db: Database, id: number, from: NewsStatus, to: NewsStatus) {
  const claimed = await db
    .update(newsArticles)
    .set({ status: to, editing: null, updatedAt: sql`now()` })
    .where(and(eq(newsArticles.id, id), eq(newsArticles.status, from)))
    .returning({ id: newsArticles.id })
  return claimed.length > 0
}
