import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import {
  type DeliveryStatus,
  FILTER_DIMENSIONS,
  type SubscriptionFilters,
} from '../../domain/delivery/policy.ts'
import type { QuietHoursChoice, TimeZoneCode } from '../../domain/delivery/settings.ts'
import type { AwardLevel } from '../../domain/innovations/awards.ts'
import type { Database } from '../database.ts'
import { affectedRows, rowsOf } from '../execute-result.ts'
import {
  announcementInnovations,
  announcements,
  awards,
  deliveries,
  innovationAwards,
  innovations,
  senderState,
  subscriptions,
  telegramUsers,
} from '../schema/index.ts'
import { moveSubscription } from './subscriptions.ts'

/** A fan-out this large refreshes the planner's statistics, so claims keep using the due index. */
const ANALYZE_AFTER = 1000

/** The NOTIFY channel that wakes the sender of every process: deliveries were fanned out. */
export const DELIVERIES_READY = 'deliveries_ready'

/** A delivery the sender claimed (now `sending`), with the subscription as it stands at claim time. */
export interface ClaimedDelivery {
  announcementId: number
  chatId: number
  /** Sends made, including the one about to be made. */
  attempts: number
  ambiguousSends: number
  /** The status before the claim: `pending`, or `ambiguous` for a resend of an unknown outcome. */
  previousStatus: 'pending' | 'ambiguous' | 'sending'
  /** The announcement's revision at claim time: the content to send is at least this recent. */
  revision: number
  subscription: ClaimedSubscription | undefined
}

/** A subscription as the sender reads it with a claimed delivery or edit. */
export interface ClaimedSubscription {
  active: boolean
  everything: boolean
  provinceCodes: string[]
  regencyCodes: string[]
  themes: string[]
  awardLevels: AwardLevel[]
  messageThreadId: number | null
  chatType: string
  locale: string
  timeZone: TimeZoneCode | null
  quietHours: QuietHoursChoice
}

/** What became of one claimed delivery, to be written back in one batch. */
export interface DeliveryOutcome {
  announcementId: number
  chatId: number
  /**
   * The row's `attempts` as claimed: a fencing token. A sender that lost its lock and writes late
   * cannot overwrite a row another sender claimed since (the claim raised `attempts`).
   */
  attempt: number
  status: Exclude<DeliveryStatus, 'sending'>
  /** When to try again; null when nothing more is to be done. */
  retryInMs: number | null
  error: string | null
  messageId: number | null
  /** The announcement's revision the message sent shows; null when nothing was sent. */
  revision: number | null
  /** 1 when this send's outcome was unknown. */
  ambiguous: number
  /** Attempts to give back (a 429 is Telegram's pause, not a failed attempt). */
  refundAttempt: number
}

/** An announcement's deliveries as the progress message shows them (`pending` includes those being sent). */
export interface DeliveryCounts {
  total: number
  pending: number
  sent: number
  failed: number
  skipped: number
  /** Deliveries with at least one send of unknown outcome (possibly duplicated or lost). */
  ambiguous: number
  /** Messages sent that show an older revision and are still to be edited. */
  outdated: number
}

/** What a subscription asks for, as SQL: columns of `subscriptions`, or the values of a preview. */
type WantedSql = Record<FilterDimension | 'awardLevels', SQL | AnyPgColumn> & {
  everything: SQL | AnyPgColumn
}
/** What an award (or an innovation) has, per filter dimension and level, as SQL arrays of text. */
type ReachSql = Record<FilterDimension | 'levels', SQL>
type FilterDimension = (typeof FILTER_DIMENSIONS)[number]

/**
 * The domain's filter rule (`matchesFilters`, `FILTER_DIMENSIONS`) as one SQL predicate: the level
 * narrows, then everything or any overlapping dimension matches. Fan-out, recipient count and the
 * catalogue count of the /langganan preview all use it.
 */
function filterMatch(wanted: WantedSql, reach: ReachSql): SQL {
  const overlaps = FILTER_DIMENSIONS.map((dimension) => sql`${wanted[dimension]} && ${reach[dimension]}`)
  const levels = sql`(cardinality(${wanted.awardLevels}) = 0 or ${wanted.awardLevels} && ${reach.levels})`
  return sql`(${levels} and (${sql.join([sql`${wanted.everything}`, ...overlaps], sql` or `)}))`
}

const reachOf = (announcementId: number): ReachSql => {
  const named = sql`
    select i.province_code, i.regency_code, i.themes
    from ${announcementInnovations} ai join ${innovations} i on i.id = ai.innovation_id
    where ai.announcement_id = ${announcementId}`
  return {
    provinceCodes: sql`array(select province_code from (${named}) n)`,
    regencyCodes: sql`array(select regency_code from (${named}) n where regency_code is not null)`,
    themes: sql`array(select distinct unnest(themes) from (${named}) n)`,
    levels: sql`array(select level::text from ${announcements} where id = ${announcementId} and level is not null)`,
  }
}

const subscriptionWants: WantedSql = {
  everything: subscriptions.everything,
  provinceCodes: subscriptions.provinceCodes,
  regencyCodes: subscriptions.regencyCodes,
  themes: subscriptions.themes,
  awardLevels: subscriptions.awardLevels,
}

/** Active subscriptions that want the announcement; shared by the fan-out and the count. */
function wantsAnnouncement(announcementId: number): SQL {
  return sql`${subscriptions.active} and ${filterMatch(subscriptionWants, reachOf(announcementId))}`
}

const textArray = (values: readonly string[]) =>
  values.length === 0
    ? sql`'{}'::text[]`
    : sql`array[${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )}]::text[]`

/**
 * Published catalogue innovations that filters would have matched so far (the /langganan preview: "…
 * 42 inovasi di katalog cocok"), by the same rule as the fan-out, each innovation taken as an award of
 * its own with the levels of the awards it has.
 */
export async function countMatchingInnovations(db: Database, filters: SubscriptionFilters): Promise<number> {
  const wanted: WantedSql = {
    everything: sql`${filters.everything}::boolean`,
    provinceCodes: textArray(filters.provinceCodes),
    regencyCodes: textArray(filters.regencyCodes),
    themes: textArray(filters.themes),
    awardLevels: textArray(filters.awardLevels),
  }
  const reach: ReachSql = {
    provinceCodes: sql`array_remove(array[${innovations.provinceCode}], null)`,
    regencyCodes: sql`array_remove(array[${innovations.regencyCode}], null)`,
    themes: sql`${innovations.themes}`,
    levels: sql`array(select a.level::text from ${innovationAwards} ia join ${awards} a on a.id = ia.award_id
      where ia.innovation_id = ${innovations.id})`,
  }
  const [row] = await db
    .select({ value: count() })
    .from(innovations)
    .where(and(eq(innovations.status, 'published'), filterMatch(wanted, reach)))
  return Number(row?.value ?? 0)
}

/**
 * One delivery per active instant subscription that matches the announcement (see `matchesFilters`; digest
 * subscribers read it in their next digest instead): a single `insert … select … on conflict do nothing`,
 * so running it again adds only subscribers who are new. Returns the rows added. Wakes the senders (on
 * commit when inside a transaction).
 */
export async function fanOut(db: Database, announcementId: number): Promise<number> {
  const inserted = await db.execute(sql`
    insert into ${deliveries} (announcement_id, chat_id)
    select ${announcementId}, ${subscriptions.chatId} from ${subscriptions}
    where ${wantsAnnouncement(announcementId)} and ${subscriptions.deliveryMode} = 'instant'
    on conflict do nothing`)
  const added = affectedRows(inserted)
  if (added >= ANALYZE_AFTER) await db.execute(sql`analyze ${deliveries}`)
  await db.execute(sql`select pg_notify(${DELIVERIES_READY}, ${String(announcementId)})`)
  return added
}

/**
 * Subscribers an announcement would reach now: by an instant push (the deliveries the fan-out queues) or in
 * their next daily or weekly digest. The preview says both before the admin confirms.
 */
export async function countRecipients(
  db: Database,
  announcementId: number,
): Promise<{ instant: number; digest: number }> {
  const [row] = await db
    .select({
      instant: sql<number>`count(*) filter (where ${subscriptions.deliveryMode} = 'instant')`,
      digest: sql<number>`count(*) filter (where ${subscriptions.deliveryMode} <> 'instant')`,
    })
    .from(subscriptions)
    .where(wantsAnnouncement(announcementId))
  return { instant: Number(row?.instant ?? 0), digest: Number(row?.digest ?? 0) }
}

const subscriptionColumns = {
  chatId: subscriptions.chatId,
  active: subscriptions.active,
  everything: subscriptions.everything,
  provinceCodes: subscriptions.provinceCodes,
  regencyCodes: subscriptions.regencyCodes,
  themes: subscriptions.themes,
  awardLevels: subscriptions.awardLevels,
  messageThreadId: subscriptions.messageThreadId,
  chatType: subscriptions.chatType,
  locale: subscriptions.locale,
  timeZone: subscriptions.timeZone,
  quietHours: subscriptions.quietHours,
}

/** The subscriptions of these chats, by chat id (chats without one are missing). */
export async function subscriptionsByChat(
  db: Database,
  chatIds: readonly number[],
): Promise<Map<number, ClaimedSubscription>> {
  const byChat = new Map<number, ClaimedSubscription>()
  if (chatIds.length === 0) return byChat
  const rows = await db
    .select(subscriptionColumns)
    .from(subscriptions)
    .where(inArray(subscriptions.chatId, [...new Set(chatIds)]))
  for (const { chatId, ...sub } of rows) byChat.set(chatId, sub)
  return byChat
}

interface DeliveryRow {
  announcement_id: number | string
  chat_id: number | string
  attempts: number | string
  ambiguous_sends: number | string
  previous: string
  revision: number | string
}

async function withSubscriptions(db: Database, rows: readonly DeliveryRow[]): Promise<ClaimedDelivery[]> {
  const byChat = await subscriptionsByChat(
    db,
    rows.map((row) => Number(row.chat_id)),
  )
  return rows.map((row) => ({
    announcementId: Number(row.announcement_id),
    chatId: Number(row.chat_id),
    attempts: Number(row.attempts),
    ambiguousSends: Number(row.ambiguous_sends),
    previousStatus: row.previous === 'ambiguous' || row.previous === 'sending' ? row.previous : 'pending',
    revision: Number(row.revision),
    subscription: byChat.get(Number(row.chat_id)),
  }))
}

/** The announcement's current revision, beside a delivery row. */
const currentRevision = sql`(select a.revision from ${announcements} a where a.id = ${deliveries.announcementId})`

/**
 * Claims up to `limit` due deliveries (pending, or ambiguous awaiting their resend) and marks them
 * `sending` with one more attempt, oldest first. `for update skip locked` keeps two claimers apart;
 * the update finds the locked rows by `ctid`, so it never scans the table.
 */
export function claimDue(db: Database, limit: number): Promise<ClaimedDelivery[]> {
  // One transaction: a claim whose subscriptions could not be read is undone, never left `sending`.
  return db.transaction(async (tx) => claimIn(tx, limit))
}

async function claimIn(db: Database, limit: number): Promise<ClaimedDelivery[]> {
  const result = await db.execute(sql`
    with due as (
      select ctid, status::text as previous from ${deliveries}
      where status in ('pending', 'ambiguous') and next_attempt_at <= now()
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    update ${deliveries} d set status = 'sending', attempts = d.attempts + 1, updated_at = now()
    from due where d.ctid = due.ctid
    returning d.announcement_id, d.chat_id, d.attempts, d.ambiguous_sends, due.previous,
      (select a.revision from ${announcements} a where a.id = d.announcement_id) as revision`)
  return withSubscriptions(db, rowsOf<DeliveryRow>(result))
}

/**
 * Deliveries left `sending` by a sender that stopped without recording their outcome (a crash). Only the
 * sender holding the lock may call this: every such row is then someone else's interrupted send.
 */
export async function listInterrupted(db: Database): Promise<ClaimedDelivery[]> {
  const rows = await db
    .select({
      announcement_id: deliveries.announcementId,
      chat_id: deliveries.chatId,
      attempts: deliveries.attempts,
      ambiguous_sends: deliveries.ambiguousSends,
      previous: sql<string>`'sending'`,
      revision: sql<number>`${currentRevision}`,
    })
    .from(deliveries)
    .where(eq(deliveries.status, 'sending'))
  return withSubscriptions(db, rows)
}

/** Writes the outcomes of a batch of sends in one statement. */
export async function recordOutcomes(db: Database, outcomes: readonly DeliveryOutcome[]) {
  if (outcomes.length === 0) return
  const payload = JSON.stringify(
    outcomes.map((o) => ({
      a: o.announcementId,
      c: o.chatId,
      t: o.attempt,
      s: o.status,
      r: o.retryInMs,
      e: o.error,
      m: o.messageId,
      v: o.revision,
      x: o.ambiguous,
      f: o.refundAttempt,
    })),
  )
  await db.execute(sql`
    update ${deliveries} d set
      status = v.s::delivery_status,
      next_attempt_at = case when v.r is null then null else now() + v.r * interval '1 millisecond' end,
      last_error = coalesce(v.e, case when v.s = 'sent' then null else d.last_error end),
      telegram_message_id = coalesce(v.m, d.telegram_message_id),
      revision = coalesce(v.v, d.revision),
      ambiguous_sends = d.ambiguous_sends + v.x,
      attempts = greatest(0, d.attempts - v.f),
      sent_at = case when v.s = 'sent' then now() else d.sent_at end,
      updated_at = now()
    from jsonb_to_recordset(${payload}::jsonb)
      as v(a integer, c bigint, t integer, s text, r bigint, e text, m bigint, v integer, x integer, f integer)
    where d.announcement_id = v.a and d.chat_id = v.c and d.status = 'sending' and d.attempts = v.t`)
}

/** Gives back claims that were never sent (a sender stopping cleanly): as they were before the claim. */
export async function releaseClaims(db: Database, claims: readonly ClaimedDelivery[]) {
  await recordOutcomes(
    db,
    claims.map((claim) => ({
      announcementId: claim.announcementId,
      chatId: claim.chatId,
      attempt: claim.attempts,
      status: claim.previousStatus === 'ambiguous' ? 'ambiguous' : 'pending',
      retryInMs: 0,
      error: null,
      messageId: null,
      revision: null,
      ambiguous: 0,
      refundAttempt: 1,
    })),
  )
}

/**
 * A group became a supergroup: the subscription moves, the old delivery is skipped and one for the new
 * chat is queued at once (unless the new chat has one already). One transaction.
 */
export async function moveDelivery(
  db: Database,
  announcementId: number,
  fromChatId: number,
  toChatId: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    await moveSubscription(tx, fromChatId, toChatId)
    await tx
      .update(deliveries)
      .set({
        status: 'skipped',
        nextAttemptAt: null,
        lastError: `migrated to ${toChatId}`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(deliveries.announcementId, announcementId), eq(deliveries.chatId, fromChatId)))
    await tx.insert(deliveries).values({ announcementId, chatId: toChatId }).onConflictDoNothing()
  })
}

/**
 * A delivery whose message shows an older revision of its announcement: the sender edits it (an edit
 * given up records the revision, so it is not outdated any more).
 */
export const outdatedMessage = sql`${deliveries.status} = 'sent' and ${deliveries.telegramMessageId} is not null and ${deliveries.revision} < ${currentRevision}`

/** Counts of one announcement's deliveries by how they stand. */
export async function countDeliveries(db: Database, announcementId: number): Promise<DeliveryCounts> {
  const waiting = sql`${deliveries.status} in ('pending', 'sending') or (${deliveries.status} = 'ambiguous' and ${deliveries.nextAttemptAt} is not null)`
  const [row] = await db
    .select({
      total: count(),
      pending: sql<number>`count(*) filter (where ${waiting})`,
      sent: sql<number>`count(*) filter (where ${deliveries.status} = 'sent')`,
      failed: sql<number>`count(*) filter (where ${deliveries.status} = 'failed')`,
      skipped: sql<number>`count(*) filter (where ${deliveries.status} = 'skipped')`,
      ambiguous: sql<number>`count(*) filter (where ${deliveries.ambiguousSends} > 0)`,
      outdated: sql<number>`count(*) filter (where ${outdatedMessage})`,
    })
    .from(deliveries)
    .where(eq(deliveries.announcementId, announcementId))
  return {
    total: Number(row?.total ?? 0),
    pending: Number(row?.pending ?? 0),
    sent: Number(row?.sent ?? 0),
    failed: Number(row?.failed ?? 0),
    skipped: Number(row?.skipped ?? 0),
    ambiguous: Number(row?.ambiguous ?? 0),
    outdated: Number(row?.outdated ?? 0),
  }
}

/** Whether any delivery of the announcement still needs a send (or is being sent); cheap at any size. */
export async function hasOpenDeliveries(db: Database, announcementId: number): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.announcementId, announcementId),
        inArray(deliveries.status, ['pending', 'sending', 'ambiguous']),
        sql`(${deliveries.status} = 'sending' or ${deliveries.nextAttemptAt} is not null)`,
      ),
    )
    .limit(1)
  return row !== undefined
}

/** Milliseconds left of the global pause (0 when none), by the database's clock. */
export async function readPause(db: Database): Promise<number> {
  const [row] = await db
    .select({
      leftMs: sql<
        string | null
      >`greatest(0, extract(epoch from (${senderState.pausedUntil} - now())) * 1000)`,
    })
    .from(senderState)
  return Math.ceil(Number(row?.leftMs ?? 0))
}

/** Pauses every send for `ms` from now (never shortening a longer pause); survives restarts. */
export async function writePause(db: Database, ms: number, reason: string) {
  const until = sql`now() + ${Math.ceil(ms)} * interval '1 millisecond'`
  await db
    .insert(senderState)
    .values({ id: 1, pausedUntil: until, pauseReason: reason })
    .onConflictDoUpdate({
      target: senderState.id,
      set: {
        pausedUntil: sql`greatest(${senderState.pausedUntil}, ${until})`,
        pauseReason: reason,
        updatedAt: sql`now()`,
      },
    })
}

/** Announcements published and not yet finished (the sender reports their progress, in the admin's language). */
export async function listUnfinishedAnnouncements(db: Database) {
  return db
    .select({
      id: announcements.id,
      title: announcements.title,
      stage: announcements.stage,
      progressChatId: announcements.progressChatId,
      progressMessageId: announcements.progressMessageId,
      language: telegramUsers.languageCode,
    })
    .from(announcements)
    .leftJoin(telegramUsers, eq(telegramUsers.id, announcements.createdBy))
    .where(and(eq(announcements.status, 'published'), sql`${announcements.finishedAt} is null`))
}

/** Nothing of the announcement is left to send: the sender stops reporting its progress. */
export async function markFinished(db: Database, announcementId: number) {
  await db.update(announcements).set({ finishedAt: sql`now()` }).where(eq(announcements.id, announcementId))
}
