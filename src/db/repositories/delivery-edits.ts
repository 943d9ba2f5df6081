import { and, count, eq, sql } from 'drizzle-orm'
import type { Database } from '../database.ts'
import { rowsOf } from '../execute-result.ts'
import { announcements, deliveries } from '../schema/index.ts'
import { type ClaimedSubscription, outdatedMessage, subscriptionsByChat } from './deliveries.ts'

/**
 * Edits of messages already sent, worked from the `deliveries` outbox itself: a delivery whose message
 * shows an older revision than its announcement's is due for an edit (see `outdatedMessage`). The sender
 * claims edits as it claims sends (`editing`, `edit_attempts` as the fencing token) and writes back the
 * revision the message shows now. An edit is idempotent ("message is not modified" counts as done), so one
 * interrupted by a crash is released and made again.
 */

/** An edit the sender claimed: which message, and the subscription as it stands now. */
export interface ClaimedEdit {
  announcementId: number
  chatId: number
  messageId: number
  /** The claim's `edit_attempts`, counting this one. */
  attempts: number
  /** The announcement's revision at claim time. */
  revision: number
  subscription: ClaimedSubscription | undefined
}

/** What became of one claimed edit. */
export interface EditOutcome {
  announcementId: number
  chatId: number
  /** The claim's `edit_attempts`: a late write of a lost claim changes nothing. */
  attempt: number
  /** The revision the message shows now (done, or given up); null to try again after `retryInMs`. */
  revision: number | null
  retryInMs: number
  error: string | null
  /** Attempts to give back (a release, or Telegram's 429). */
  refundAttempt: number
}

interface EditRow {
  announcement_id: number | string
  chat_id: number | string
  telegram_message_id: number | string
  edit_attempts: number | string
  target: number | string
}

/**
 * Claims up to `limit` messages due for an edit, oldest announcement first, and marks them `editing`.
 * Only announcements updated at least once (revision > 1) are looked at, through `deliveries_revision_idx`.
 */
export async function claimEdits(db: Database, limit: number): Promise<ClaimedEdit[]> {
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      with due as (
        select d.ctid, a.revision as target
        from ${announcements} a join ${deliveries} d on d.announcement_id = a.id
        where a.revision > 1 and d.status = 'sent' and d.revision < a.revision
          and d.telegram_message_id is not null and not d.editing
          and (d.edit_next_attempt_at is null or d.edit_next_attempt_at <= now())
        order by a.id
        limit ${limit}
        for update of d skip locked
      )
      update ${deliveries} d set editing = true, edit_attempts = d.edit_attempts + 1, updated_at = now()
      from due where d.ctid = due.ctid
      returning d.announcement_id, d.chat_id, d.telegram_message_id, d.edit_attempts, due.target`)
    const rows = rowsOf<EditRow>(result)
    const byChat = await subscriptionsByChat(
      tx,
      rows.map((row) => Number(row.chat_id)),
    )
    return rows.map((row) => ({
      announcementId: Number(row.announcement_id),
      chatId: Number(row.chat_id),
      messageId: Number(row.telegram_message_id),
      attempts: Number(row.edit_attempts),
      revision: Number(row.target),
      subscription: byChat.get(Number(row.chat_id)),
    }))
  })
}

/** Writes the outcomes of a batch of edits in one statement. */
export async function recordEditOutcomes(db: Database, outcomes: readonly EditOutcome[]) {
  if (outcomes.length === 0) return
  const payload = JSON.stringify(
    outcomes.map((o) => ({
      a: o.announcementId,
      c: o.chatId,
      t: o.attempt,
      v: o.revision,
      r: o.retryInMs,
      e: o.error,
      f: o.refundAttempt,
    })),
  )
  await db.execute(sql`
    update ${deliveries} d set
      editing = false,
      revision = greatest(d.revision, coalesce(v.v, d.revision)),
      edit_attempts = case when v.v is null then greatest(0, d.edit_attempts - v.f) else 0 end,
      edit_next_attempt_at = case when v.v is null then now() + v.r * interval '1 millisecond' else null end,
      edit_error = v.e,
      updated_at = now()
    from jsonb_to_recordset(${payload}::jsonb)
      as v(a integer, c bigint, t integer, v integer, r bigint, e text, f integer)
    where d.announcement_id = v.a and d.chat_id = v.c and d.editing and d.edit_attempts = v.t`)
}

/**
 * Edits left `editing` by a sender that stopped without recording them (a crash): released to be made
 * again. Only the sender holding the lock may call this.
 */
export async function releaseInterruptedEdits(db: Database): Promise<number> {
  const released = await db
    .update(deliveries)
    .set({ editing: false, editNextAttemptAt: null })
    .where(eq(deliveries.editing, true))
    .returning({ chatId: deliveries.chatId })
  return released.length
}

/** Messages of an announcement that still show an older revision. */
export async function countOutdatedMessages(db: Database, announcementId: number): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(deliveries)
    .where(and(eq(deliveries.announcementId, announcementId), outdatedMessage))
  return Number(row?.value ?? 0)
}
