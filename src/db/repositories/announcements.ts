import { and, asc, eq, ilike, inArray, sql } from 'drizzle-orm'
import type { AwardLevel } from '../../domain/innovations/awards.ts'
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
import { notifyInnovationsChanged } from './innovations.ts'

/** An announcement as the chat flow, the sender and the CLI read it. */
export interface AnnouncementRecord {
  id: number
  title: string
  level: AwardLevel | null
  year: number | null
  status: 'draft' | 'published'
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

const announcementColumns = {
  id: announcements.id,
  title: announcements.title,
  level: announcements.level,
  year: announcements.year,
  status: announcements.status,
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
export async function publishAnnouncement(db: Database, id: number): Promise<PublishOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        title: announcements.title,
        level: announcements.level,
        year: announcements.year,
        status: announcements.status,
      })
      .from(announcements)
      .where(eq(announcements.id, id))
      .for('update')
    if (!row) throw new Error(`announcement ${id} does not exist`)
    if (row.status === 'published') return { published: false, queued: await fanOut(tx, id) }
    if (!row.title || !row.level) throw new Error(`announcement ${id} has no title or level yet`)
    const named = await tx
      .select({ innovationId: announcementInnovations.innovationId })
      .from(announcementInnovations)
      .where(eq(announcementInnovations.announcementId, id))
    if (named.length === 0) throw new Error(`announcement ${id} names no innovation`)
    const [award] = await tx
      .insert(awards)
      .values({ title: row.title, titleKey: row.title.toLowerCase(), level: row.level, year: row.year })
      .onConflictDoUpdate({ target: awards.titleKey, set: { level: row.level, year: row.year } })
      .returning({ id: awards.id })
    if (!award) throw new Error('the award was not written')
    await tx
      .insert(innovationAwards)
      .values(named.map(({ innovationId }) => ({ innovationId, awardId: award.id })))
      .onConflictDoNothing()
    await tx
      .update(announcements)
      .set({ status: 'published', draft: null, awardId: award.id, publishedAt: sql`now()` })
      .where(eq(announcements.id, id))
    await notifyInnovationsChanged(
      tx,
      named.map(({ innovationId }) => innovationId),
    )
    return { published: true, queued: await fanOut(tx, id) }
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
