import { and, asc, eq, ilike, inArray, sql } from 'drizzle-orm'
import type { AwardLevel, AwardStage } from '../../domain/innovations/awards.ts'
import type { SearchIndex } from '../../domain/search/types.ts'
import type { Database } from '../database.ts'
import {
  announcementInnovations,
  announcements,
  awards,
  innovationAwards,
  innovations,
  provinces,
  regencies,
} from '../schema/index.ts'
import { fanOut } from './deliveries.ts'
import { countOutdatedMessages } from './delivery-edits.ts'
import { notifyInnovationsChanged } from './innovations.ts'

/** An announcement as the chat flow, the sender and the CLI read it. */
export interface AnnouncementRecord {
  id: number
  title: string
  level: AwardLevel | null
  year: number | null
  status: 'draft' | 'published'
  stage: AwardStage
  /** Raised by every update once published. */
  revision: number
  createdBy: number | null
  progressChatId: number | null
  progressMessageId: number | null
  /** The chat flow's state while it is a draft. */
  draft: unknown
}

/** A named innovation with what an announcement shows and what subscriptions are matched against. */
export interface AnnouncedInnovation {
  id: number
  name: string
  agency: string | null
  provinceCode: string
  regencyCode: string | null
  themes: string[]
  provinceName: string
  regencyName: string | null
}

/** An innovation an admin may mean by what they typed. */
export interface InnovationCandidate {
  id: number
  name: string
  agency: string | null
  provinceName: string
  regencyName: string | null
}

/** What an announcement says and where it stands: read to show it, and locked to publish or correct it. */
const announcementFacts = {
  title: announcements.title,
  level: announcements.level,
  year: announcements.year,
  status: announcements.status,
  stage: announcements.stage,
  revision: announcements.revision,
}

const announcementColumns = {
  id: announcements.id,
  ...announcementFacts,
  createdBy: announcements.createdBy,
  progressChatId: announcements.progressChatId,
  progressMessageId: announcements.progressMessageId,
  draft: announcements.draft,
}

/** One announcement by id, draft or published. */
export async function findAnnouncement(db: Database, id: number): Promise<AnnouncementRecord | undefined> {
  const [row] = await db.select(announcementColumns).from(announcements).where(eq(announcements.id, id))
  return row
}

/** The draft an admin is composing in the chat, if any. */
export async function findDraftOf(db: Database, adminId: number): Promise<AnnouncementRecord | undefined> {
  const [row] = await db
    .select(announcementColumns)
    .from(announcements)
    .where(and(eq(announcements.createdBy, adminId), eq(announcements.status, 'draft')))
    .orderBy(sql`${announcements.id} desc`)
    .limit(1)
  return row
}

/** Starts a new draft for an admin, discarding any earlier one of theirs. */
export async function startDraft(
  db: Database,
  adminId: number,
  title: string,
  draft: unknown,
): Promise<number> {
  return db.transaction(async (tx) => {
    await tx
      .delete(announcements)
      .where(and(eq(announcements.createdBy, adminId), eq(announcements.status, 'draft')))
    const [row] = await tx
      .insert(announcements)
      .values({ createdBy: adminId, title, draft })
      .returning({ id: announcements.id })
    if (!row) throw new Error('the announcement draft was not written')
    return row.id
  })
}

/** What one step of the chat flow saves. */
export interface DraftPatch {
  title?: string
  level?: AwardLevel
  year?: number
  draft?: unknown
}

/** Saves a step of a draft; a published announcement is never changed this way. */
export async function updateDraft(db: Database, id: number, patch: DraftPatch) {
  await db
    .update(announcements)
    .set(patch)
    .where(and(eq(announcements.id, id), eq(announcements.status, 'draft')))
}

/** Discards a draft (Batal); published announcements stay. */
export async function deleteDraft(db: Database, id: number) {
  await db.delete(announcements).where(and(eq(announcements.id, id), eq(announcements.status, 'draft')))
}

/** Adds an innovation to an announcement (idempotent); returns how many it names now. */
export async function addAnnouncedInnovation(db: Database, announcementId: number, innovationId: number) {
  await db
    .insert(announcementInnovations)
    .values({
      announcementId,
      innovationId,
      position: sql`(select coalesce(max(position), 0) + 1 from ${announcementInnovations} where announcement_id = ${announcementId})`,
    })
    .onConflictDoNothing()
  const [row] = await db
    .select({ value: sql<number>`count(*)` })
    .from(announcementInnovations)
    .where(eq(announcementInnovations.announcementId, announcementId))
  return Number(row?.value ?? 0)
}

/** The innovations an announcement names, in order, with their region names. */
export async function listAnnouncedInnovations(
  db: Database,
  announcementId: number,
): Promise<AnnouncedInnovation[]> {
  return db
    .select({
      id: innovations.id,
      name: innovations.name,
      agency: innovations.agency,
      provinceCode: innovations.provinceCode,
      regencyCode: innovations.regencyCode,
      themes: innovations.themes,
      provinceName: provinces.name,
      regencyName: regencies.officialName,
    })
    .from(announcementInnovations)
    .innerJoin(innovations, eq(innovations.id, announcementInnovations.innovationId))
    .innerJoin(provinces, eq(provinces.code, innovations.provinceCode))
    .leftJoin(regencies, eq(regencies.code, innovations.regencyCode))
    .where(eq(announcementInnovations.announcementId, announcementId))
    .orderBy(asc(announcementInnovations.position), asc(innovations.id))
}

/** An announcement given all at once (the CLI). */
export interface NewAnnouncement {
  title: string
  level: AwardLevel
  year: number
  innovationIds: readonly number[]
  /** `final` unless said otherwise. */
  stage?: Exclude<AwardStage, 'withdrawn'>
  createdBy?: number | null
}

/** Writes an announcement, not yet published (the CLI publishes it right after). */
export async function createAnnouncement(db: Database, input: NewAnnouncement): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(announcements)
      .values({
        title: input.title,
        level: input.level,
        year: input.year,
        stage: input.stage ?? 'final',
        createdBy: input.createdBy ?? null,
      })
      .returning({ id: announcements.id })
    if (!row) throw new Error('the announcement was not written')
    for (const [index, innovationId] of input.innovationIds.entries()) {
      await tx
        .insert(announcementInnovations)
        .values({ announcementId: row.id, innovationId, position: index + 1 })
        .onConflictDoNothing()
    }
    return row.id
  })
}

export interface PublishOutcome {
  /** False when it had been published before (nothing recorded twice, the fan-out re-run). */
  published: boolean
  /** Deliveries the fan-out added now. */
  queued: number
}

/**
 * Publishes an announcement in one transaction: the award is recorded on the innovations it names (and
 * search indexes are told), then one delivery per matching subscriber is queued. Idempotent: publishing
 * again re-runs only the fan-out, which adds nobody twice.
 */
export async function publishAnnouncement(
  db: Database,
  id: number,
  options: { stage?: Exclude<AwardStage, 'withdrawn'> } = {},
): Promise<PublishOutcome> {
  return db.transaction(async (tx) => {
    const row = await lockedAnnouncement(tx, id)
    if (!row) throw new Error(`announcement ${id} does not exist`)
    if (row.status === 'published') return { published: false, queued: await fanOut(tx, id) }
    if (!row.title || !row.level) throw new Error(`announcement ${id} has no title or level yet`)
    const named = await namedInnovationIds(tx, id)
    if (named.length === 0) throw new Error(`announcement ${id} names no innovation`)
    const stage = options.stage ?? row.stage
    const awardId = await recordAward(
      tx,
      { title: row.title, level: row.level, year: row.year, stage },
      named,
    )
    await tx
      .update(announcements)
      .set({ status: 'published', stage, draft: null, awardId, publishedAt: sql`now()` })
      .where(eq(announcements.id, id))
    await notifyInnovationsChanged(tx, named)
    return { published: true, queued: await fanOut(tx, id) }
  })
}

/** An announcement's row, locked until the transaction ends: publishing and correcting both start here. */
async function lockedAnnouncement(tx: Database, id: number) {
  const [row] = await tx
    .select({ ...announcementFacts, awardId: announcements.awardId })
    .from(announcements)
    .where(eq(announcements.id, id))
    .for('update')
  return row
}

/** The ids of the innovations an announcement names (publishing and correcting both start from them). */
async function namedInnovationIds(db: Database, announcementId: number): Promise<number[]> {
  const rows = await db
    .select({ innovationId: announcementInnovations.innovationId })
    .from(announcementInnovations)
    .where(eq(announcementInnovations.announcementId, announcementId))
  return rows.map(({ innovationId }) => innovationId)
}

/** The award an announcement stands for, as innovations carry it: its row (by title), linked to `innovationIds`. */
async function recordAward(
  db: Database,
  announced: { title: string; level: AwardLevel; year: number | null; stage: AwardStage },
  innovationIds: readonly number[],
): Promise<number> {
  const provisional = announced.stage === 'provisional'
  const { title, level, year } = announced
  const [award] = await db
    .insert(awards)
    .values({ title, titleKey: title.toLowerCase(), level, year, provisional })
    .onConflictDoUpdate({ target: awards.titleKey, set: { level, year, provisional } })
    .returning({ id: awards.id })
  if (!award) throw new Error('the award was not written')
  if (innovationIds.length > 0) {
    await db
      .insert(innovationAwards)
      .values(innovationIds.map((innovationId) => ({ innovationId, awardId: award.id })))
      .onConflictDoNothing()
  }
  return award.id
}

/**
 * A published announcement with the same title (case aside) and year naming any of these innovations:
 * announcing it again would reach the same people twice, so it is updated instead.
 */
export async function findRepeatedAnnouncement(
  db: Database,
  announced: { title: string; year: number | null; innovationIds: readonly number[]; exceptId?: number },
): Promise<number | undefined> {
  if (announced.innovationIds.length === 0) return undefined
  const [row] = await db
    .selectDistinct({ id: announcements.id })
    .from(announcements)
    .innerJoin(announcementInnovations, eq(announcementInnovations.announcementId, announcements.id))
    .where(
      and(
        eq(announcements.status, 'published'),
        sql`lower(${announcements.title}) = lower(${announced.title})`,
        announced.year === null ? sql`${announcements.year} is null` : eq(announcements.year, announced.year),
        inArray(announcementInnovations.innovationId, [...announced.innovationIds]),
        sql`${announcements.id} <> ${announced.exceptId ?? 0}`,
      ),
    )
    .orderBy(asc(announcements.id))
    .limit(1)
  return row?.id
}

/** What an update of a published announcement changes (anything left out stays). */
export interface AnnouncementChange {
  title?: string
  stage?: AwardStage
  addInnovationIds?: readonly number[]
  removeInnovationIds?: readonly number[]
}

export type UpdateOutcome =
  | {
      kind: 'updated'
      revision: number
      stage: AwardStage
      /** Messages already sent that will be edited to the new revision. */
      toEdit: number
      /** Subscribers who match only now, queued for a first message. */
      queued: number
    }
  | { kind: 'unknown' }
  | { kind: 'not-published' }
  | { kind: 'withdrawn' }
  | { kind: 'unchanged' }
  | { kind: 'empty' }

/**
 * Corrects a published announcement in one transaction: its title, stage or innovations change, its
 * revision is raised (the sender then edits every message already sent), the award on the innovations
 * follows (a removed innovation loses it; withdrawn, nobody keeps it), and subscribers who match only now
 * are queued (not when withdrawn). A withdrawn announcement changes no more.
 */
export async function updateAnnouncement(
  db: Database,
  id: number,
  change: AnnouncementChange,
): Promise<UpdateOutcome> {
  return db.transaction(async (tx) => {
    const row = await lockedAnnouncement(tx, id)
    if (!row) return { kind: 'unknown' }
    if (row.status !== 'published' || !row.level) return { kind: 'not-published' }
    if (row.stage === 'withdrawn') return { kind: 'withdrawn' }
    const before = await namedInnovationIds(tx, id)
    const removed = new Set(change.removeInnovationIds ?? [])
    const added = (change.addInnovationIds ?? []).filter((innovationId) => !before.includes(innovationId))
    const after = [...before.filter((innovationId) => !removed.has(innovationId)), ...added]
    if (after.length === 0) return { kind: 'empty' }
    const title = change.title ?? row.title
    const stage = change.stage ?? row.stage
    const unchanged =
      title === row.title && stage === row.stage && added.length === 0 && after.length === before.length
    if (unchanged) return { kind: 'unchanged' }

    if (removed.size > 0) {
      await tx
        .delete(announcementInnovations)
        .where(
          and(
            eq(announcementInnovations.announcementId, id),
            inArray(announcementInnovations.innovationId, [...removed]),
          ),
        )
    }
    for (const innovationId of added) await addAnnouncedInnovation(tx, id, innovationId)
    if (row.awardId !== null) {
      await tx
        .delete(innovationAwards)
        .where(and(eq(innovationAwards.awardId, row.awardId), inArray(innovationAwards.innovationId, before)))
    }
    const announced = { title, level: row.level, year: row.year, stage }
    const awardId = stage === 'withdrawn' ? row.awardId : await recordAward(tx, announced, after)
    const revision = row.revision + 1
    await tx
      .update(announcements)
      .set({ title, stage, revision, awardId, finishedAt: null })
      .where(eq(announcements.id, id))
    await notifyInnovationsChanged(tx, [...new Set([...before, ...after])])
    const queued = stage === 'withdrawn' ? 0 : await fanOut(tx, id)
    return { kind: 'updated', revision, stage, toEdit: await countOutdatedMessages(tx, id), queued }
  })
}

/** Remembers the admin's progress message, which the sender keeps up to date. */
export async function setProgressMessage(db: Database, id: number, chatId: number, messageId: number) {
  await db
    .update(announcements)
    .set({ progressChatId: chatId, progressMessageId: messageId })
    .where(eq(announcements.id, id))
}

const candidateQuery = (db: Database) =>
  db
    .select({
      id: innovations.id,
      name: innovations.name,
      agency: innovations.agency,
      provinceName: provinces.name,
      regencyName: regencies.officialName,
    })
    .from(innovations)
    .innerJoin(provinces, eq(provinces.code, innovations.provinceCode))
    .leftJoin(regencies, eq(regencies.code, innovations.regencyCode))

/** Published innovations with these ids (search hits), in the order given. */
export async function listInnovationCandidates(
  db: Database,
  ids: readonly number[],
): Promise<InnovationCandidate[]> {
  if (ids.length === 0) return []
  const rows = await candidateQuery(db).where(
    and(inArray(innovations.id, [...ids]), eq(innovations.status, 'published')),
  )
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * Published innovations an admin may mean: by id ("12" or "#12"), else by name (exact, case aside, first;
 * then containing the text). The chat adds the search index's hits when this finds nothing.
 */
export async function findInnovationCandidates(
  db: Database,
  text: string,
  limit = 6,
): Promise<InnovationCandidate[]> {
  const query = candidateQuery(db)
  const wanted = text.trim()
  const id = /^#?(\d{1,9})$/.exec(wanted)?.[1]
  if (id !== undefined) {
    return query.where(and(eq(innovations.id, Number(id)), eq(innovations.status, 'published')))
  }
  if (wanted === '') return []
  const pattern = `%${wanted.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return query
    .where(and(eq(innovations.status, 'published'), ilike(innovations.name, pattern)))
    .orderBy(
      sql`lower(${innovations.name}) = lower(${wanted}) desc`,
      asc(sql`char_length(${innovations.name})`),
      asc(innovations.id),
    )
    .limit(limit)
}

/**
 * Innovations an admin may mean when naming one for an award, in the chat and in the CLI alike: by id or
 * name in the catalogue, else what the search index finds (the search the bot answers people with).
 */
export async function findAnnounceable(
  db: Database,
  search: Pick<SearchIndex, 'search'>,
  text: string,
  limit: number,
): Promise<InnovationCandidate[]> {
  const found = await findInnovationCandidates(db, text, limit)
  if (found.length > 0 || /^#?\d+$/.test(text.trim())) return found
  const hits = search.search(text, { limit }).hits.map((hit) => hit.id)
  return listInnovationCandidates(db, hits)
}
