import { aliasedTable, and, count, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm'
import type { InnovationStage } from '../../domain/innovations/innovation.ts'
import { type SubmissionAnswers, submissionKey } from '../../domain/validation/submission.ts'
import type { Database } from '../database.ts'
import { innovations, moderationMessages, telegramUsers } from '../schema/index.ts'
import { notifyInnovationsChanged } from './innovations.ts'
import { queueModerationNotices } from './moderation-notices.ts'

export type SubmissionStatus = 'draft' | 'pending' | 'published' | 'rejected'

/** A submitted innovation as moderation shows it. */
export interface SubmissionRecord {
  id: number
  status: SubmissionStatus
  answers: SubmissionAnswers
  submittedBy: number | null
  submitterName: string | null
  submitterUsername: string | null
  submitterLanguage: string | null
  rejectionReason: string | null
  /** The submission that corrected this rejected one, once sent. */
  resubmittedAs: number | null
  moderatedBy: number | null
  moderatorName: string | null
}

export type SubmitOutcome =
  | { kind: 'submitted'; id: number }
  | { kind: 'limit'; pending: number }
  | { kind: 'duplicate' }

export type DecisionOutcome =
  | { kind: 'decided'; record: SubmissionRecord }
  | { kind: 'already'; record: SubmissionRecord }
  | { kind: 'missing' }

export type UpdateOutcome =
  | { kind: 'updated'; record: SubmissionRecord }
  | { kind: 'already'; record: SubmissionRecord }
  | { kind: 'missing' }
  | { kind: 'duplicate' }

/** An existing innovation that a submission may repeat. `exact`: same natural key, it cannot be inserted. */
export interface SimilarInnovation {
  id: number
  name: string
  agency: string | null
  regencyCode: string | null
  provinceCode: string
  status: SubmissionStatus
  exact: boolean
}

/** Stored innovations a submission repeats: same name and region, and the same agency or none stored. */
function sameInnovationAs(key: ReturnType<typeof submissionKey>) {
  return and(
    eq(innovations.naturalKey, key.naturalKey),
    or(eq(innovations.agencyKey, key.agencyKey), eq(innovations.agencyKey, '')),
  )
}

/** pg_trgm similarity of lower-cased names from which two names count as near-identical. */
export const NEAR_IDENTICAL = 0.5

function submissionColumns(answers: SubmissionAnswers) {
  return {
    name: answers.name,
    expansion: answers.expansion,
    agency: answers.agency,
    regencyCode: answers.region.regencyCode,
    provinceCode: answers.region.provinceCode,
    year: answers.year,
    stage: answers.stage,
    isDigital: answers.digital,
    themes: [answers.theme],
    description: answers.description,
    problem: answers.problem,
    impact: answers.impact,
    innovator: answers.innovator,
    source: answers.link,
    ...submissionKey(answers),
  }
}

/**
 * Stores a finished submission as `pending`, unless its author already has `maxPending` waiting or the
 * catalogue already holds the same innovation (same natural key: the unique index decides, so a race
 * between two identical submissions cannot insert both).
 */
export async function insertSubmission(
  db: Database,
  input: {
    answers: SubmissionAnswers
    submittedBy: number
    maxPending: number
    /** The moderators to tell (a notice each is queued); none for a submission nobody is to hear of. */
    moderatorIds?: readonly number[]
    /** The author's rejected submission this one corrects: it is marked as sent again. */
    revises?: number
  },
): Promise<SubmitOutcome> {
  // The moderators' notices are stored with the submission: none is lost if the process dies after it.
  return db.transaction(async (tx) => {
    const pending = await countPendingSubmissions(tx, input.submittedBy)
    if (pending >= input.maxPending) return { kind: 'limit', pending }
    const [row] = await tx
      .insert(innovations)
      .values({ ...submissionColumns(input.answers), status: 'pending', submittedBy: input.submittedBy })
      .onConflictDoNothing({ target: [innovations.naturalKey, innovations.agencyKey] })
      .returning({ id: innovations.id })
    if (!row) return { kind: 'duplicate' }
    if (input.revises !== undefined) await markResubmitted(tx, input.revises, input.submittedBy, row.id)
    await queueModerationNotices(tx, row.id, input.moderatorIds ?? [])
    return { kind: 'submitted', id: row.id }
  })
}

/** Links one's rejected submission to the one that corrects it (once: the first correction sent). */
async function markResubmitted(db: Database, rejectedId: number, submittedBy: number, newId: number) {
  await db
    .update(innovations)
    .set({ resubmittedAs: newId })
    .where(
      and(
        eq(innovations.id, rejectedId),
        eq(innovations.submittedBy, submittedBy),
        eq(innovations.status, 'rejected'),
        isNull(innovations.resubmittedAs),
      ),
    )
}

/** Submissions of one person still waiting for moderation. */
export async function countPendingSubmissions(db: Database, userId: number): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(innovations)
    .where(and(eq(innovations.submittedBy, userId), eq(innovations.status, 'pending')))
  return Number(row?.value ?? 0)
}

/**
 * Innovations a submission may repeat: the same natural key, or a near-identical name (pg_trgm, served by
 * the `lower(name)` GIN index) in the same kabupaten/kota, or the same province for a provincial one.
 * Rejected submissions do not count. Exact matches first, then by similarity.
 */
export async function findSimilarInnovations(
  db: Database,
  answers: Pick<SubmissionAnswers, 'name' | 'agency' | 'region'>,
  options: { excludeId?: number; limit?: number } = {},
): Promise<SimilarInnovation[]> {
  const key = submissionKey(answers)
  const { regencyCode, provinceCode } = answers.region
  const sameRegion = regencyCode
    ? eq(innovations.regencyCode, regencyCode)
    : eq(innovations.provinceCode, provinceCode)
  const score = sql<number>`similarity(lower(${innovations.name}), lower(${answers.name}))`
  const nearName = and(
    sql`lower(${innovations.name}) % lower(${answers.name})`,
    sql`${score} >= ${NEAR_IDENTICAL}`,
    sameRegion,
  )
  const sameKey = sameInnovationAs(key)
  const exact = sql<boolean>`(${sameKey})`
  const rows = await db
    .select({
      id: innovations.id,
      name: innovations.name,
      agency: innovations.agency,
      regencyCode: innovations.regencyCode,
      provinceCode: innovations.provinceCode,
      status: innovations.status,
      exact,
    })
    .from(innovations)
    .where(
      and(
        ne(innovations.status, 'rejected'),
        ne(innovations.id, options.excludeId ?? 0),
        sql`(${sameKey} or (${nearName}))`,
      ),
    )
    .orderBy(desc(exact), desc(score), innovations.id)
    .limit(options.limit ?? 3)
  return rows.map((row) => ({ ...row, exact: Boolean(row.exact) }))
}

const moderators = aliasedTable(telegramUsers, 'moderators')

function toAnswers(row: {
  name: string
  expansion: string | null
  agency: string | null
  regencyCode: string | null
  provinceCode: string
  year: number | null
  stage: InnovationStage | null
  isDigital: boolean | null
  themes: string[]
  description: string
  problem: string | null
  impact: string | null
  innovator: string | null
  source: string | null
}): SubmissionAnswers {
  return {
    name: row.name,
    expansion: row.expansion,
    agency: row.agency ?? '',
    region: { provinceCode: row.provinceCode, regencyCode: row.regencyCode },
    year: row.year ?? 0,
    stage: row.stage ?? 'inisiatif',
    digital: row.isDigital ?? false,
    theme: row.themes[0] ?? '',
    description: row.description,
    problem: row.problem,
    impact: row.impact,
    innovator: row.innovator ?? '',
    link: row.source,
  }
}

/** One innovation with its submitter and moderator, as the moderation card shows it. */
export async function findSubmission(db: Database, id: number): Promise<SubmissionRecord | undefined> {
  const [row] = await db
    .select({
      id: innovations.id,
      status: innovations.status,
      name: innovations.name,
      expansion: innovations.expansion,
      agency: innovations.agency,
      regencyCode: innovations.regencyCode,
      provinceCode: innovations.provinceCode,
      year: innovations.year,
      stage: innovations.stage,
      isDigital: innovations.isDigital,
      themes: innovations.themes,
      description: innovations.description,
      problem: innovations.problem,
      impact: innovations.impact,
      innovator: innovations.innovator,
      source: innovations.source,
      submittedBy: innovations.submittedBy,
      submitterName: telegramUsers.firstName,
      submitterUsername: telegramUsers.username,
      submitterLanguage: sql<string | null>`coalesce(${telegramUsers.locale}, ${telegramUsers.languageCode})`,
      rejectionReason: innovations.rejectionReason,
      resubmittedAs: innovations.resubmittedAs,
      moderatedBy: innovations.moderatedBy,
      moderatorName: moderators.firstName,
    })
    .from(innovations)
    .leftJoin(telegramUsers, eq(telegramUsers.id, innovations.submittedBy))
    .leftJoin(moderators, eq(moderators.id, innovations.moderatedBy))
    .where(eq(innovations.id, id))
  if (!row) return undefined
  return {
    id: row.id,
    status: row.status,
    answers: toAnswers(row),
    submittedBy: row.submittedBy,
    submitterName: row.submitterName,
    submitterUsername: row.submitterUsername,
    submitterLanguage: row.submitterLanguage,
    rejectionReason: row.rejectionReason,
    resubmittedAs: row.resubmittedAs,
    moderatedBy: row.moderatedBy,
    moderatorName: row.moderatorName,
  }
}

export interface PendingSummary {
  id: number
  name: string
  regencyCode: string | null
  provinceCode: string
  submitterName: string | null
}

/** The oldest pending submissions first (a queue), with how many wait in total. */
export async function listPendingSubmissions(
  db: Database,
  limit: number,
): Promise<{ total: number; items: PendingSummary[] }> {
  const pending = eq(innovations.status, 'pending')
  const [counted] = await db.select({ value: count() }).from(innovations).where(pending)
  const items = await db
    .select({
      id: innovations.id,
      name: innovations.name,
      regencyCode: innovations.regencyCode,
      provinceCode: innovations.provinceCode,
      submitterName: telegramUsers.firstName,
    })
    .from(innovations)
    .leftJoin(telegramUsers, eq(telegramUsers.id, innovations.submittedBy))
    .where(pending)
    .orderBy(innovations.createdAt, innovations.id)
    .limit(limit)
  return { total: Number(counted?.value ?? 0), items }
}

async function decided(db: Database, id: number, changed: boolean): Promise<DecisionOutcome> {
  const record = await findSubmission(db, id)
  if (!record) return { kind: 'missing' }
  return { kind: changed ? 'decided' : 'already', record }
}

const isPending = (id: number) => and(eq(innovations.id, id), eq(innovations.status, 'pending'))

/**
 * Publishes a pending submission and announces it to every search index. Only a submission still pending
 * changes (`where status = 'pending'`), so of two admins deciding at once exactly one wins; the other gets
 * `already` with the decision that was made.
 */
export async function approveSubmission(db: Database, id: number, adminId: number): Promise<DecisionOutcome> {
  const changed = await db.transaction(async (tx) => {
    const rows = await tx
      .update(innovations)
      .set({ status: 'published', moderatedBy: adminId, moderatedAt: sql`now()`, updatedAt: sql`now()` })
      .where(isPending(id))
      .returning({ id: innovations.id })
    if (rows.length > 0) await notifyInnovationsChanged(tx, [id])
    return rows.length > 0
  })
  return decided(db, id, changed)
}

/**
 * Rejects a pending submission with a reason for its author. Its natural key is released (suffixed with
 * the id) so the same innovation can be submitted again, corrected.
 */
export async function rejectSubmission(
  db: Database,
  id: number,
  adminId: number,
  reason: string,
): Promise<DecisionOutcome> {
  const rows = await db
    .update(innovations)
    .set({
      status: 'rejected',
      rejectionReason: reason,
      naturalKey: sql`${innovations.naturalKey} || '#' || ${innovations.id}`,
      moderatedBy: adminId,
      moderatedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(isPending(id))
    .returning({ id: innovations.id })
  return decided(db, id, rows.length > 0)
}

/** An admin's correction of a pending submission; refused once decided or when it would duplicate another. */
export async function updatePendingSubmission(
  db: Database,
  id: number,
  answers: SubmissionAnswers,
): Promise<UpdateOutcome> {
  const key = submissionKey(answers)
  const [clash] = await db
    .select({ id: innovations.id })
    .from(innovations)
    .where(and(sameInnovationAs(key), ne(innovations.id, id)))
  if (clash) return { kind: 'duplicate' }
  const rows = await db
    .update(innovations)
    .set({ ...submissionColumns(answers), updatedAt: sql`now()` })
    .where(isPending(id))
    .returning({ id: innovations.id })
  const outcome = await decided(db, id, rows.length > 0)
  return outcome.kind === 'decided' ? { kind: 'updated', record: outcome.record } : outcome
}

export interface ModerationMessage {
  chatId: number
  messageId: number
}

/** Remembers admin messages showing a submission, to update them all after the decision. */
export async function recordModerationMessages(
  db: Database,
  innovationId: number,
  messages: readonly ModerationMessage[],
) {
  if (messages.length === 0) return
  await db
    .insert(moderationMessages)
    .values(messages.map((message) => ({ innovationId, ...message })))
    .onConflictDoNothing()
}

export async function listModerationMessages(
  db: Database,
  innovationId: number,
): Promise<ModerationMessage[]> {
  return db
    .select({ chatId: moderationMessages.chatId, messageId: moderationMessages.messageId })
    .from(moderationMessages)
    .where(eq(moderationMessages.innovationId, innovationId))
}

/**
 * The language to write to some users in: the one chosen with /bahasa, else their Telegram language
 * (missing users are absent from the map).
 */
export async function findUserLanguages(
  db: Database,
  userIds: readonly number[],
): Promise<Map<number, string | null>> {
  if (userIds.length === 0) return new Map()
  const rows = await db
    .select({
      id: telegramUsers.id,
      languageCode: sql<string | null>`coalesce(${telegramUsers.locale}, ${telegramUsers.languageCode})`,
    })
    .from(telegramUsers)
    .where(inArray(telegramUsers.id, [...userIds]))
  return new Map(rows.map((row) => [row.id, row.languageCode]))
}

/** One of a person's own submissions, as /pengajuan lists it. */
export interface OwnSubmission {
  id: number
  name: string
  status: SubmissionStatus
  rejectionReason: string | null
  resubmittedAs: number | null
}

/** A person's submissions, newest first, with how many there are in total. */
export async function listOwnSubmissions(
  db: Database,
  userId: number,
  limit: number,
): Promise<{ total: number; items: OwnSubmission[] }> {
  const own = eq(innovations.submittedBy, userId)
  const [counted] = await db.select({ value: count() }).from(innovations).where(own)
  const items = await db
    .select({
      id: innovations.id,
      name: innovations.name,
      status: innovations.status,
      rejectionReason: innovations.rejectionReason,
      resubmittedAs: innovations.resubmittedAs,
    })
    .from(innovations)
    .where(own)
    .orderBy(desc(innovations.createdAt), desc(innovations.id))
    .limit(limit)
  return { total: Number(counted?.value ?? 0), items }
}
