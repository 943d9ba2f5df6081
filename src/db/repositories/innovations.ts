import { and, count, eq, inArray, sql } from 'drizzle-orm'
import type { AwardInput } from '../../domain/innovations/awards.ts'
import { type InnovationInput, naturalKey } from '../../domain/innovations/innovation.ts'
import type { SearchAward, SearchDocument } from '../../domain/search/types.ts'
import { type Database, resultRows } from '../database.ts'
import { awards, innovationAwards, innovations } from '../schema/index.ts'

/** Rows per statement and transaction. */
const BATCH_SIZE = 1000

export interface UpsertOutcome {
  inserted: number
  updated: number
  ids: number[]
}

const awardKey = (title: string) => title.toLowerCase()

/** The columns of an innovation row, in snake_case as the JSON batch carries them. */
function innovationRow(input: InnovationInput) {
  return {
    name: input.name,
    expansion: input.expansion,
    agency: input.agency,
    regency_code: input.regencyCode,
    province_code: input.provinceCode,
    year: input.year,
    theme: input.theme,
    description: input.description,
    source: input.source,
    innovator: input.innovator,
    status: 'published',
    natural_key: naturalKey(input),
  }
}

/** The last row wins when one file names the same innovation twice (an update in one pass). */
function lastByKey(inputs: readonly InnovationInput[]) {
  return [...new Map(inputs.map((input) => [naturalKey(input), input])).values()]
}

/**
 * The ids of these awards, creating the new ones and correcting a changed level or year, in one statement
 * (rows that are already right are not rewritten: a file names the same award thousands of times).
 */
async function upsertAwards(tx: Database, inputs: readonly AwardInput[]) {
  const unique = [...new Map(inputs.map((award) => [awardKey(award.title), award])).values()]
  if (unique.length === 0) return new Map<string, number>()
  const payload = JSON.stringify(unique.map((award) => ({ ...award, title_key: awardKey(award.title) })))
  const result = await tx.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${payload}::jsonb) as a(title text, title_key text, level text, year integer)
    ), written as (
      insert into awards (title, title_key, level, year)
      select title, title_key, level::award_level, year from input
      on conflict (title_key) do update set level = excluded.level, year = excluded.year
        where awards.level is distinct from excluded.level or awards.year is distinct from excluded.year
      returning id, title_key
    )
    select id, title_key from written
    union all
    select awards.id, awards.title_key from awards join input using (title_key)
    where awards.title_key not in (select title_key from written)`)
  return new Map(resultRows<{ id: number; title_key: string }>(result).map((row) => [row.title_key, row.id]))
}

async function linkAwards(tx: Database, links: readonly { innovation_id: number; award_id: number }[]) {
  if (links.length === 0) return
  await tx.execute(sql`
    insert into innovation_awards (innovation_id, award_id)
    select innovation_id, award_id
    from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as l(innovation_id integer, award_id integer)
    on conflict do nothing`)
}

interface UpsertedRow {
  id: number
  natural_key: string
  inserted: boolean
}

/**
 * One statement per batch with the rows as one JSON parameter: far cheaper than thousands of bind
 * parameters, for the query builder and for PGlite alike.
 */
async function upsertInnovationRows(tx: Database, batch: readonly InnovationInput[]) {
  const payload = JSON.stringify(batch.map(innovationRow))
  const result = await tx.execute(sql`
    insert into innovations (name, expansion, agency, regency_code, province_code, year, theme, description,
      source, innovator, status, natural_key)
    select name, expansion, agency, regency_code, province_code, year, theme, description, source, innovator,
      status::innovation_status, natural_key
    from jsonb_to_recordset(${payload}::jsonb) as row(name text, expansion text, agency text, regency_code text,
      province_code text, year integer, theme text, description text, source text, innovator text, status text,
      natural_key text)
    on conflict (natural_key) do update set
      name = excluded.name, expansion = excluded.expansion, agency = excluded.agency, year = excluded.year,
      theme = excluded.theme, description = excluded.description, source = excluded.source,
      innovator = excluded.innovator, updated_at = now()
    returning id, natural_key, (xmax = 0) as inserted`)
  return resultRows<UpsertedRow>(result)
}

/**
 * Writes one batch inside the caller's transaction (no savepoint): a file import runs all its batches in
 * one transaction of its own.
 */
export async function upsertBatch(tx: Database, inputs: readonly InnovationInput[]): Promise<UpsertOutcome> {
  const batch = lastByKey(inputs)
  const rows = await upsertInnovationRows(tx, batch)
  const idByKey = new Map(rows.map((row) => [row.natural_key, row.id]))
  const awardIds = await upsertAwards(
    tx,
    batch.flatMap((input) => input.awards),
  )
  const links = batch.flatMap((input) =>
    input.awards.map((award) => ({
      innovation_id: idByKey.get(naturalKey(input)) ?? 0,
      award_id: awardIds.get(awardKey(award.title)) ?? 0,
    })),
  )
  await linkAwards(tx, links)
  const inserted = rows.filter((row) => row.inserted).length
  return { inserted, updated: rows.length - inserted, ids: rows.map((row) => row.id) }
}

/**
 * Inserts new innovations and updates known ones (same natural key), with their awards, one transaction
 * per batch of rows. Imported and seeded innovations are published.
 */
export async function upsertInnovations(
  db: Database,
  inputs: readonly InnovationInput[],
): Promise<UpsertOutcome> {
  const unique = lastByKey(inputs)
  const total: UpsertOutcome = { inserted: 0, updated: 0, ids: [] }
  for (let start = 0; start < unique.length; start += BATCH_SIZE) {
    const batch = unique.slice(start, start + BATCH_SIZE)
    const outcome = await db.transaction((tx) => upsertBatch(tx, batch))
    total.inserted += outcome.inserted
    total.updated += outcome.updated
    total.ids.push(...outcome.ids)
  }
  return total
}

export async function countInnovations(db: Database): Promise<number> {
  const [row] = await db.select({ value: count() }).from(innovations)
  return Number(row?.value ?? 0)
}

/** The NOTIFY channel on which every bot process hears that innovations were published or changed. */
export const INNOVATIONS_CHANGED = 'innovations_changed'

/**
 * Tells every process (including this one) that these innovations changed, so search indexes refresh
 * them. Inside a transaction the notice is delivered on commit, never for a rolled-back change.
 */
export async function notifyInnovationsChanged(db: Database, ids: readonly number[]) {
  // A NOTIFY payload must stay under 8,000 bytes: 500 ids of up to 10 digits fit.
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = JSON.stringify(ids.slice(start, start + 500))
    await db.execute(sql`select pg_notify(${INNOVATIONS_CHANGED}, ${chunk})`)
  }
}

const documentColumns = {
  id: innovations.id,
  name: innovations.name,
  expansion: innovations.expansion,
  agency: innovations.agency,
  regencyCode: innovations.regencyCode,
  provinceCode: innovations.provinceCode,
  year: innovations.year,
  theme: innovations.theme,
  description: innovations.description,
}

/** Rows per `in (…)` list when loading documents by id. */
const LOAD_CHUNK = 5000

/** Awards grouped by innovation: of these innovations, or of all when `ids` is absent. */
async function awardsByInnovation(db: Database, ids?: readonly number[]) {
  const query = db
    .select({
      innovationId: innovationAwards.innovationId,
      title: awards.title,
      level: awards.level,
      year: awards.year,
    })
    .from(innovationAwards)
    .innerJoin(awards, eq(awards.id, innovationAwards.awardId))
  const rows = ids ? await query.where(inArray(innovationAwards.innovationId, [...ids])) : await query
  const byId = new Map<number, SearchAward[]>()
  for (const { innovationId, ...award } of rows) {
    const list = byId.get(innovationId) ?? []
    list.push(award)
    byId.set(innovationId, list)
  }
  return byId
}

/** What the search index needs of published innovations: all of them, or those with these ids. */
export async function listSearchDocuments(db: Database, ids?: readonly number[]): Promise<SearchDocument[]> {
  if (ids && ids.length > LOAD_CHUNK) {
    const parts = []
    for (let start = 0; start < ids.length; start += LOAD_CHUNK) {
      parts.push(...(await listSearchDocuments(db, ids.slice(start, start + LOAD_CHUNK))))
    }
    return parts
  }
  const published = eq(innovations.status, 'published')
  const rows = await db
    .select(documentColumns)
    .from(innovations)
    .where(ids ? and(published, inArray(innovations.id, [...ids])) : published)
  const awardsOf = await awardsByInnovation(db, ids)
  return rows.map((row) => ({ ...row, awards: awardsOf.get(row.id) ?? [] }))
}

/** Everything a card shows about one published innovation. */
export interface InnovationDetail extends SearchDocument {
  innovator: string | null
  source: string | null
  isDigital: boolean | null
  stage: string | null
  problem: string | null
  impact: string | null
}

/** Published innovations with these ids, in the order of `ids` (unknown or unpublished ids are left out). */
export async function listInnovationDetails(
  db: Database,
  ids: readonly number[],
): Promise<InnovationDetail[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select({
      ...documentColumns,
      innovator: innovations.innovator,
      source: innovations.source,
      isDigital: innovations.isDigital,
      stage: innovations.stage,
      problem: innovations.problem,
      impact: innovations.impact,
    })
    .from(innovations)
    .where(and(eq(innovations.status, 'published'), inArray(innovations.id, [...ids])))
  const awardsOf = await awardsByInnovation(db, ids)
  const byId = new Map(rows.map((row) => [row.id, { ...row, awards: awardsOf.get(row.id) ?? [] }]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
