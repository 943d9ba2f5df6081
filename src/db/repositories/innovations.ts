import { and, count, eq, inArray, sql } from 'drizzle-orm'
import type { AwardInput } from '../../domain/innovations/awards.ts'
import {
  agencyKey,
  type InnovationInput,
  type KeyedInnovation,
  naturalKey,
  sameInnovation,
} from '../../domain/innovations/innovation.ts'
import type { SearchAward, SearchDocument } from '../../domain/search/types.ts'
import { type Database, resultRows } from '../database.ts'
import { awards, innovationAwards, innovations } from '../schema/index.ts'

/** Rows per statement and transaction. */
const BATCH_SIZE = 1000

/** What one row did to the catalogue. */
export type RowOutcome = 'inserted' | 'updated' | 'unchanged'

export interface UpsertOutcome {
  inserted: number
  updated: number
  unchanged: number
  /** The innovation of each input row, in input order (a row repeating an earlier one has its id). */
  rows: { id: number; outcome: RowOutcome }[]
  /** The distinct innovations the rows name, in the order first named. */
  ids: number[]
}

const awardKey = (title: string) => title.toLowerCase()

/** The stored fields an import row can set, as compared and written. */
type Fields = Omit<InnovationInput, 'regencyCode' | 'provinceCode' | 'awards'>

/** An innovation of the batch: a stored one (with an id) or a new one, as the rows so far leave it. */
interface Entry extends KeyedInnovation {
  naturalKey: string
  regencyCode: string | null
  provinceCode: string
  fields: Fields
  awardKeys: Set<string>
  isNew: boolean
  changed: boolean
}

const fieldsOf = (input: InnovationInput): Fields => ({
  name: input.name,
  expansion: input.expansion,
  agency: input.agency,
  year: input.year,
  themes: input.themes,
  tags: input.tags,
  description: input.description,
  source: input.source,
  innovator: input.innovator,
})

/**
 * A later row fills in and corrects what is known: a value it gives replaces the stored one (the name
 * as last written, too), a value it leaves empty keeps the stored one, so a row adding the agency, the
 * year or the award changes only that.
 */
function merged(stored: Fields, row: Fields): Fields {
  return {
    name: row.name,
    expansion: row.expansion ?? stored.expansion,
    agency: row.agency ?? stored.agency,
    year: row.year ?? stored.year,
    themes: row.themes.length > 0 ? row.themes : stored.themes,
    tags: row.tags.length > 0 || row.themes.length > 0 ? row.tags : stored.tags,
    description: row.description || stored.description,
    source: row.source ?? stored.source,
    innovator: row.innovator ?? stored.innovator,
  }
}

const sameFields = (a: Fields, b: Fields) => JSON.stringify(a) === JSON.stringify(b)

interface StoredRow extends Fields {
  id: number
  natural_key: string
  agency_key: string
  regency_code: string | null
  province_code: string
  award_keys: string[] | null
}

/**
 * Stored innovations (any status but rejected, whose key is released) with these natural keys. `= any(array)`
 * and not a join on the key list: past 90,000 innovations in one bulk import, before ANALYZE, the join's
 * plan went bad on PGlite (9 s a batch of 1,000 instead of 50 ms: the "last 10,000 rows took 82 s"); the
 * array is an index scan, and at worst one scan of the table with a hashed lookup.
 */
async function loadByKeys(tx: Database, keys: readonly string[]): Promise<Entry[]> {
  const result = await tx.execute(sql`
    select i.id, i.natural_key, i.agency_key, i.regency_code, i.province_code, i.name, i.expansion, i.agency,
      i.year, i.themes, i.tags, i.description, i.source, i.innovator,
      (select array_agg(a.title_key) from innovation_awards ia join awards a on a.id = ia.award_id
        where ia.innovation_id = i.id) as award_keys
    from innovations i
    where i.natural_key = any(array(select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb)))
    order by i.id`)
  return resultRows<StoredRow>(result).map((row) => ({
    id: row.id,
    agencyKey: row.agency_key,
    naturalKey: row.natural_key,
    regencyCode: row.regency_code,
    provinceCode: row.province_code,
    fields: {
      name: row.name,
      expansion: row.expansion,
      agency: row.agency,
      year: row.year,
      themes: row.themes,
      tags: row.tags,
      description: row.description,
      source: row.source,
      innovator: row.innovator,
    },
    awardKeys: new Set(row.award_keys ?? []),
    isNew: false,
    changed: false,
  }))
}

/** Matches each row of the batch to a stored or earlier innovation (see `sameInnovation`) and merges it. */
function planBatch(batch: readonly InnovationInput[], stored: Entry[]) {
  const byKey = new Map<string, Entry[]>()
  for (const entry of stored) byKey.set(entry.naturalKey, [...(byKey.get(entry.naturalKey) ?? []), entry])
  const rows: { entry: Entry; outcome: RowOutcome }[] = []
  for (const input of batch) {
    const key = naturalKey(input)
    const known = byKey.get(key) ?? []
    const row = fieldsOf(input)
    const awardKeys = input.awards.map((award) => awardKey(award.title))
    const entry = sameInnovation(agencyKey(input.agency), known)
    if (!entry) {
      const created: Entry = {
        id: 0,
        agencyKey: agencyKey(input.agency),
        naturalKey: key,
        regencyCode: input.regencyCode,
        provinceCode: input.provinceCode,
        fields: row,
        awardKeys: new Set(awardKeys),
        isNew: true,
        changed: true,
      }
      byKey.set(key, [...known, created])
      rows.push({ entry: created, outcome: 'inserted' })
      continue
    }
    const next = merged(entry.fields, row)
    const newAwards = awardKeys.filter((award) => !entry.awardKeys.has(award))
    const same = sameFields(next, entry.fields) && newAwards.length === 0
    entry.fields = next
    entry.agencyKey = agencyKey(next.agency)
    for (const award of newAwards) entry.awardKeys.add(award)
    entry.changed ||= !same
    rows.push({ entry, outcome: same ? 'unchanged' : 'updated' })
  }
  return rows
}

/** The row as `RECORDSET_COLUMNS` reads it, written out field by field (a spread costs more per row). */
function rowColumns(entry: Entry) {
  const { fields } = entry
  return {
    name: fields.name,
    expansion: fields.expansion,
    agency: fields.agency,
    year: fields.year,
    themes: fields.themes,
    tags: fields.tags,
    description: fields.description,
    source: fields.source,
    innovator: fields.innovator,
    id: entry.id,
    natural_key: entry.naturalKey,
    agency_key: entry.agencyKey,
    regency_code: entry.regencyCode,
    province_code: entry.provinceCode,
  }
}

const RECORDSET_COLUMNS = sql.raw(`name text, expansion text, agency text, year integer, themes text[],
  tags text[], description text, source text, innovator text, id integer, natural_key text, agency_key text,
  regency_code text, province_code text`)

/**
 * New innovations, one statement with the rows as one JSON parameter: far cheaper than thousands of
 * bind parameters, for the query builder and for PGlite alike. Imported innovations are published.
 */
async function insertEntries(tx: Database, entries: readonly Entry[]) {
  if (entries.length === 0) return
  const result = await tx.execute(sql`
    insert into innovations (name, expansion, agency, regency_code, province_code, year, themes, tags,
      description, source, innovator, status, natural_key, agency_key)
    select name, expansion, agency, regency_code, province_code, year, themes, tags, description, source,
      innovator, 'published', natural_key, agency_key
    from jsonb_to_recordset(${JSON.stringify(entries.map(rowColumns))}::jsonb) as row(${RECORDSET_COLUMNS})
    returning id, natural_key, agency_key`)
  const ids = new Map(
    resultRows<{ id: number; natural_key: string; agency_key: string }>(result).map((row) => [
      `${row.natural_key}\n${row.agency_key}`,
      row.id,
    ]),
  )
  for (const entry of entries) entry.id = ids.get(`${entry.naturalKey}\n${entry.agencyKey}`) ?? 0
}

/** Stored innovations that rows changed; the status is left as it is (a pending one stays pending). */
async function updateEntries(tx: Database, entries: readonly Entry[]) {
  if (entries.length === 0) return
  await tx.execute(sql`
    update innovations i set name = row.name, expansion = row.expansion, agency = row.agency,
      agency_key = row.agency_key, year = row.year, themes = row.themes, tags = row.tags,
      description = row.description, source = row.source, innovator = row.innovator, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(entries.map(rowColumns))}::jsonb) as row(${RECORDSET_COLUMNS})
    where i.id = row.id`)
}

/**
 * The ids of these awards, creating new ones and correcting a changed level, year, organiser or rank, in one
 * statement with the awards as one JSON parameter; rows already right are not rewritten (a long list names
 * the same award thousands of times).
 */
async function upsertAwards(tx: Database, inputs: readonly AwardInput[]) {
  const unique = [...new Map(inputs.map((award) => [awardKey(award.title), award])).values()]
  if (unique.length === 0) return new Map<string, number>()
  const payload = unique.map((award) => ({
    title: award.title,
    title_key: awardKey(award.title),
    level: award.level,
    year: award.year,
    organizer: award.organizer,
    rank: award.rank?.kind ?? null,
    rank_position: award.rank?.position ?? null,
  }))
  const result = await tx.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as a(title text, title_key text,
        level text, year integer, organizer text, rank text, rank_position integer)
    ), written as (
      insert into awards (title, title_key, level, year, organizer, rank, rank_position)
      select title, title_key, level::award_level, year, organizer, rank, rank_position from input
      on conflict (title_key) do update set level = excluded.level, year = excluded.year,
        organizer = excluded.organizer, rank = excluded.rank, rank_position = excluded.rank_position
      where (awards.level, awards.year, awards.organizer, awards.rank, awards.rank_position)
        is distinct from (excluded.level, excluded.year, excluded.organizer, excluded.rank, excluded.rank_position)
      returning id, title_key
    )
    select id, title_key from written
    union all
    select awards.id, awards.title_key from awards join input using (title_key)
    where awards.title_key not in (select title_key from written)`)
  return new Map(resultRows<{ id: number; title_key: string }>(result).map((row) => [row.title_key, row.id]))
}

/** Links innovations to their awards in one statement (links already there are kept). */
async function linkAwards(tx: Database, links: readonly { innovation_id: number; award_id: number }[]) {
  if (links.length === 0) return
  await tx.execute(sql`
    insert into innovation_awards (innovation_id, award_id)
    select innovation_id, award_id
    from jsonb_to_recordset(${JSON.stringify(links)}::jsonb) as l(innovation_id integer, award_id integer)
    on conflict do nothing`)
}

/**
 * Writes one batch inside the caller's transaction (no savepoint of its own): a file import runs all its
 * batches in one transaction. Returns each row's innovation and outcome, in input order.
 */
export async function upsertBatch(tx: Database, batch: readonly InnovationInput[]) {
  const stored = await loadByKeys(tx, [...new Set(batch.map((input) => naturalKey(input)))])
  const rows = planBatch(batch, stored)
  const entries = [...new Set(rows.map((row) => row.entry))]
  await insertEntries(
    tx,
    entries.filter((entry) => entry.isNew),
  )
  await updateEntries(
    tx,
    entries.filter((entry) => !entry.isNew && entry.changed),
  )
  const awardIds = await upsertAwards(
    tx,
    batch.flatMap((input) => input.awards),
  )
  const links = batch.flatMap((input, index) =>
    input.awards.map((award) => ({
      innovation_id: rows[index]?.entry.id ?? 0,
      award_id: awardIds.get(awardKey(award.title)) ?? 0,
    })),
  )
  await linkAwards(tx, links)
  return rows.map(({ entry, outcome }) => ({ id: entry.id, outcome }))
}

/** An innovation named by several rows counts once, as the most it underwent: inserted, updated, unchanged. */
const OUTCOME_WEIGHT: Readonly<Record<RowOutcome, number>> = { unchanged: 0, updated: 1, inserted: 2 }

/**
 * Inserts new innovations and updates known ones, with their awards, one transaction per batch of rows.
 * A row is a known innovation when it has the same name and region and the same agency, or one of the
 * two names no agency (`sameInnovation`); it then fills in what it adds. Each row's outcome is returned:
 * inserted, updated, or unchanged when it adds nothing.
 */
export async function upsertInnovations(
  db: Database,
  inputs: readonly InnovationInput[],
): Promise<UpsertOutcome> {
  const total: UpsertOutcome = { inserted: 0, updated: 0, unchanged: 0, rows: [], ids: [] }
  for (let start = 0; start < inputs.length; start += BATCH_SIZE) {
    const batch = inputs.slice(start, start + BATCH_SIZE)
    total.rows.push(...(await db.transaction((tx) => upsertBatch(tx, batch))))
  }
  return { ...total, ...tallyOutcomes(total.rows) }
}

/** An innovation named by several rows counts once, as the most it underwent: inserted, updated, unchanged. */
export function tallyOutcomes(rows: readonly { id: number; outcome: RowOutcome }[]) {
  const byId = new Map<number, RowOutcome>()
  for (const row of rows) {
    const before = byId.get(row.id)
    if (before === undefined || OUTCOME_WEIGHT[row.outcome] > OUTCOME_WEIGHT[before])
      byId.set(row.id, row.outcome)
  }
  const tally = { inserted: 0, updated: 0, unchanged: 0, ids: [...byId.keys()] }
  for (const outcome of byId.values()) tally[outcome]++
  return tally
}

/** The innovations an upsert inserted or changed: what search indexes must refresh. */
export function changedIds(outcome: UpsertOutcome): number[] {
  return [...new Set(outcome.rows.filter((row) => row.outcome !== 'unchanged').map((row) => row.id))]
}

/**
 * Brings the planner's statistics of the catalogue tables up to date after a bulk write. PGlite has no
 * autovacuum, so without this the page fetch of search results is planned for empty tables and scans
 * every award for each result (350 ms instead of 0.3 ms at 100,000 innovations).
 */
export async function refreshCatalogueStatistics(db: Database) {
  await db.execute(sql`analyze innovations, awards, innovation_awards`)
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
  themes: innovations.themes,
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

/** A published innovation's search document version (see `listSearchDocumentVersions`); `i` is the row. */
const DOCUMENT_VERSION = sql`hashtext(i.xmin::text || ':' || coalesce((
  select string_agg(ia.xmin::text || '.' || a.xmin::text, ',' order by ia.award_id)
  from innovation_awards ia join awards a on a.id = ia.award_id where ia.innovation_id = i.id), ''))`

/**
 * The version of each published innovation as the search index reads it: a hash of the row versions
 * (`xmin`) of the innovation, its award links and those awards, so any write that can change its search
 * document changes it. Of all published innovations, or of those with these ids.
 */
export async function listSearchDocumentVersions(
  db: Database,
  ids?: readonly number[],
): Promise<Map<number, number>> {
  const only = ids === undefined ? sql`` : sql`and i.id = any(${`{${ids.map(Math.trunc).join(',')}}`}::int[])`
  const result = await db.execute(sql`
    select i.id, ${DOCUMENT_VERSION} as version
    from innovations i where i.status = 'published' ${only}`)
  return new Map(resultRows<{ id: number; version: number }>(result).map((row) => [row.id, row.version]))
}

/**
 * How many innovations are published and the sum of their versions (see `listSearchDocumentVersions`):
 * equal to `searchVersionsFingerprint` of the versions an index was built from exactly when nothing it
 * reads changed since. One aggregate, no rows sent: cheap enough for every start.
 */
export async function searchCatalogueFingerprint(db: Database): Promise<string> {
  const result = await db.execute(sql`
    select count(*)::int as count, coalesce(sum(${DOCUMENT_VERSION}), 0)::text as sum
    from innovations i where i.status = 'published'`)
  const [row] = resultRows<{ count: number; sum: string }>(result)
  return `${row?.count ?? 0}:${row?.sum ?? 0}`
}

/** The fingerprint (see `searchCatalogueFingerprint`) of these document versions. */
export function searchVersionsFingerprint(versions: ReadonlyMap<number, number>): string {
  // At most 2^31 per document: the sum stays an exact integer far beyond any catalogue.
  let sum = 0
  for (const version of versions.values()) sum += version
  return `${versions.size}:${sum}`
}

/** Everything a card shows about one published innovation. */
export interface InnovationDetail extends SearchDocument {
  /** The source's own theme words that no urusan names. */
  tags: string[]
  innovator: string | null
  source: string | null
  isDigital: boolean | null
  stage: string | null
  problem: string | null
  impact: string | null
}

/**
 * Published innovations with these ids, in the order of `ids` (unknown or unpublished ids are left out).
 * One statement by primary key, awards folded in: a page of search results costs one round trip.
 */
export async function listInnovationDetails(
  db: Database,
  ids: readonly number[],
): Promise<InnovationDetail[]> {
  if (ids.length === 0) return []
  const idList = `{${ids.map((id) => Math.trunc(id)).join(',')}}`
  const result = await db.execute(sql`
    select i.id, i.name, i.expansion, i.agency, i.regency_code as "regencyCode",
      i.province_code as "provinceCode", i.year, i.themes, i.tags, i.description, i.innovator, i.source,
      i.is_digital as "isDigital", i.stage, i.problem, i.impact,
      coalesce((select json_agg(json_build_object('title', a.title, 'level', a.level, 'year', a.year,
          'provisional', a.provisional)
          order by a.id)
        from innovation_awards ia join awards a on a.id = ia.award_id
        where ia.innovation_id = i.id), '[]'::json) as awards
    from innovations i
    where i.id = any(${idList}::int[]) and i.status = 'published'`)
  const byId = new Map(resultRows<InnovationDetail>(result).map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
