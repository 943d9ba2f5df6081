import { and, asc, eq, gte, lt, ne, sql } from 'drizzle-orm'
import type { DeliveryMode, TimeZoneCode } from '../../domain/delivery/settings.ts'
import type { AwardLevel, AwardStage } from '../../domain/innovations/awards.ts'
import type { Database } from '../database.ts'
import { affectedRows, rowsOf } from '../execute-result.ts'
import {
  announcementInnovations,
  announcements,
  digests,
  innovations,
  provinces,
  regencies,
  subscriptions,
} from '../schema/index.ts'
import { type ClaimedSubscription, subscriptionsByChat } from './deliveries.ts'

/** A subscription that takes digests, with what its schedule is computed from. */
export interface DigestSubscriber {
  chatId: number
  deliveryMode: DeliveryMode
  timeZone: TimeZoneCode | null
  provinceCodes: string[]
  regencyCodes: string[]
}

/** Active subscriptions that chose daily or weekly digests. */
export function listDigestSubscribers(db: Database): Promise<DigestSubscriber[]> {
  return db
    .select({
      chatId: subscriptions.chatId,
      deliveryMode: subscriptions.deliveryMode,
      timeZone: subscriptions.timeZone,
      provinceCodes: subscriptions.provinceCodes,
      regencyCodes: subscriptions.regencyCodes,
    })
    .from(subscriptions)
    .where(and(eq(subscriptions.active, true), ne(subscriptions.deliveryMode, 'instant')))
}

/** A digest period now due for one chat. */
export interface DueDigest {
  chatId: number
  period: string
  dueAt: Date
}

/**
 * Writes the digests now due, once per chat and period (`on conflict do nothing`, so every instance may
 * plan them). A digest covers what was published since the chat's previous digest, or since it chose its
 * mode if that is later; a period due before the mode was chosen is not planned. Returns the rows added.
 */
export async function planDigests(db: Database, due: readonly DueDigest[]): Promise<number> {
  if (due.length === 0) return 0
  const payload = JSON.stringify(due.map((d) => ({ c: d.chatId, p: d.period, u: d.dueAt.toISOString() })))
  const result = await db.execute(sql`
    insert into ${digests} (chat_id, period, covers_from, covers_until, next_attempt_at)
    select v.c, v.p, greatest(s.delivery_mode_since, coalesce(
        (select max(d.covers_until) from ${digests} d where d.chat_id = v.c), s.delivery_mode_since)),
      v.u, v.u
    from jsonb_to_recordset(${payload}::jsonb) as v(c bigint, p text, u timestamptz)
    join ${subscriptions} s on s.chat_id = v.c
    where s.active and s.delivery_mode <> 'instant' and v.u > s.delivery_mode_since
    on conflict do nothing`)
  return affectedRows(result)
}

/** A digest the worker claimed (now `sending`), with the subscription as it stands at claim time. */
export interface ClaimedDigest {
  chatId: number
  period: string
  coversFrom: Date
  coversUntil: Date
  /** Sends tried, including the one about to be made: the fencing token of the outcome. */
  attempts: number
  ambiguousSends: number
  /** Parts of a split digest Telegram already took. */
  partsSent: number
  subscription: ClaimedSubscription | undefined
}

interface DigestRow {
  chat_id: number | string
  period: string
  covers_from: string | Date
  covers_until: string | Date
  attempts: number | string
  ambiguous_sends: number | string
  parts_sent: number | string
}

/**
 * Claims up to `limit` digests due at `now` (pending, or ambiguous awaiting their resend): `sending`, one
 * more attempt. `for update skip locked` keeps claimers of every instance apart.
 */
export function claimDueDigests(db: Database, limit: number, now: Date): Promise<ClaimedDigest[]> {
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      with due as (
        select ctid from ${digests}
        where status in ('pending', 'ambiguous') and next_attempt_at <= ${now.toISOString()}::timestamptz
        order by next_attempt_at
        limit ${limit}
        for update skip locked
      )
      update ${digests} d set status = 'sending', attempts = d.attempts + 1
      from due where d.ctid = due.ctid
      returning d.chat_id, d.period, d.covers_from, d.covers_until, d.attempts, d.ambiguous_sends, d.parts_sent`)
    return withSubscriptions(tx, rowsOf<DigestRow>(result))
  })
}

/**
 * Digests left `sending` by a worker that stopped without recording their outcome (a crash). Only the
 * process holding the sender lock may call this: every such row is then someone else's interrupted send.
 */
export async function listInterruptedDigests(db: Database): Promise<ClaimedDigest[]> {
  const rows = await db
    .select({
      chat_id: digests.chatId,
      period: digests.period,
      covers_from: digests.coversFrom,
      covers_until: digests.coversUntil,
      attempts: digests.attempts,
      ambiguous_sends: digests.ambiguousSends,
      parts_sent: digests.partsSent,
    })
    .from(digests)
    .where(eq(digests.status, 'sending'))
  return withSubscriptions(db, rows)
}

async function withSubscriptions(db: Database, rows: readonly DigestRow[]): Promise<ClaimedDigest[]> {
  const byChat = await subscriptionsByChat(
    db,
    rows.map((row) => Number(row.chat_id)),
  )
  return rows.map((row) => ({
    chatId: Number(row.chat_id),
    period: row.period,
    coversFrom: new Date(row.covers_from),
    coversUntil: new Date(row.covers_until),
    attempts: Number(row.attempts),
    ambiguousSends: Number(row.ambiguous_sends),
    partsSent: Number(row.parts_sent),
    subscription: byChat.get(Number(row.chat_id)),
  }))
}

/** Telegram took one more part of a split digest: a resend after a crash starts after it. */
export async function recordDigestPart(db: Database, digest: ClaimedDigest, partsSent: number) {
  await db.update(digests).set({ partsSent }).where(fencedBy(digest))
}

/** What became of one claimed digest. */
export interface DigestOutcome {
  status: 'pending' | 'sent' | 'failed' | 'ambiguous' | 'skipped'
  /** When to try again; null when nothing more is to be done. */
  retryAt: Date | null
  error: string | null
  /** 1 when this send's outcome was unknown. */
  ambiguous: number
  /** Attempts to give back (a 429 or a claim given back is not a failed attempt). */
  refundAttempt: number
}

/** Writes a claimed digest's outcome, unless another worker claimed the row since (fenced by attempts). */
export async function recordDigestOutcome(db: Database, digest: ClaimedDigest, outcome: DigestOutcome) {
  await db
    .update(digests)
    .set({
      status: outcome.status,
      nextAttemptAt: outcome.retryAt,
      lastError: outcome.error,
      ambiguousSends: sql`${digests.ambiguousSends} + ${outcome.ambiguous}`,
      attempts: sql`greatest(0, ${digests.attempts} - ${outcome.refundAttempt})`,
      sentAt: outcome.status === 'sent' ? sql`now()` : null,
    })
    .where(fencedBy(digest))
}

const fencedBy = (digest: ClaimedDigest) =>
  and(
    eq(digests.chatId, digest.chatId),
    eq(digests.period, digest.period),
    eq(digests.status, 'sending'),
    eq(digests.attempts, digest.attempts),
  )

/** One innovation an announcement names, as a digest lists it and matches it to filters. */
export interface DigestInnovation {
  id: number
  name: string
  provinceCode: string
  regencyCode: string | null
  themes: string[]
  provinceName: string
  regencyName: string | null
}

/** A published announcement with the innovations it names, in order. */
export interface DigestAnnouncement {
  id: number
  title: string
  level: AwardLevel | null
  year: number | null
  stage: AwardStage
  innovations: DigestInnovation[]
}

/**
 * Announcements published in [`from`, `until`), oldest first, each with its innovations as they stand now
 * (after any correction); a withdrawn one is left out.
 */
export async function listPublishedBetween(
  db: Database,
  from: Date,
  until: Date,
): Promise<DigestAnnouncement[]> {
  const rows = await db
    .select({
      announcementId: announcements.id,
      title: announcements.title,
      level: announcements.level,
      year: announcements.year,
      stage: announcements.stage,
      id: innovations.id,
      name: innovations.name,
      provinceCode: innovations.provinceCode,
      regencyCode: innovations.regencyCode,
      themes: innovations.themes,
      provinceName: provinces.name,
      regencyName: regencies.officialName,
    })
    .from(announcements)
    .innerJoin(announcementInnovations, eq(announcementInnovations.announcementId, announcements.id))
    .innerJoin(innovations, eq(innovations.id, announcementInnovations.innovationId))
    .innerJoin(provinces, eq(provinces.code, innovations.provinceCode))
    .leftJoin(regencies, eq(regencies.code, innovations.regencyCode))
    .where(
      and(
        eq(announcements.status, 'published'),
        ne(announcements.stage, 'withdrawn'),
        gte(announcements.publishedAt, from),
        lt(announcements.publishedAt, until),
      ),
    )
    .orderBy(asc(announcements.publishedAt), asc(announcements.id), asc(announcementInnovations.position))
  const byId = new Map<number, DigestAnnouncement>()
  for (const { announcementId, title, level, year, stage, ...innovation } of rows) {
    let announcement = byId.get(announcementId)
    if (!announcement) {
      announcement = { id: announcementId, title, level, year, stage, innovations: [] }
      byId.set(announcementId, announcement)
    }
    announcement.innovations.push(innovation)
  }
  return [...byId.values()]
}

/** How each digest stands, by chat (tests and the crash test read this). */
export function listDigests(db: Database) {
  return db
    .select({
      chatId: digests.chatId,
      period: digests.period,
      status: digests.status,
      attempts: digests.attempts,
      ambiguousSends: digests.ambiguousSends,
      partsSent: digests.partsSent,
      nextAttemptAt: digests.nextAttemptAt,
    })
    .from(digests)
    .orderBy(asc(digests.chatId), asc(digests.period))
}
