import { and, count, eq, sql } from 'drizzle-orm'
import { type Database, resultRows } from '../database.ts'
import { moderationNotices } from '../schema/index.ts'

/** One moderator still to be told of one submission. */
export interface ModerationNotice {
  innovationId: number
  adminId: number
  attempts: number
}

/** Queues one notice per moderator; call it in the transaction that stores the submission. */
export async function queueModerationNotices(
  db: Database,
  innovationId: number,
  adminIds: readonly number[],
) {
  if (adminIds.length === 0) return
  await db
    .insert(moderationNotices)
    .values(adminIds.map((adminId) => ({ innovationId, adminId })))
    .onConflictDoNothing()
}

/**
 * Claims the notices due now (of one submission, or all), pushing their next attempt `leaseMs` ahead: a
 * second claimer (another process, the periodic worker) skips them, and a notice whose sender died is
 * tried again once the lease is over.
 */
export async function claimDueNotices(
  db: Database,
  options: { innovationId?: number; limit: number; leaseMs: number },
): Promise<ModerationNotice[]> {
  const only = options.innovationId === undefined ? sql`true` : sql`innovation_id = ${options.innovationId}`
  const result = await db.execute(sql`
    with due as (
      select innovation_id, admin_id from ${moderationNotices}
      where next_attempt_at <= now() and ${only}
      order by next_attempt_at
      limit ${options.limit}
      for update skip locked
    )
    update ${moderationNotices} n
    set next_attempt_at = now() + make_interval(secs => ${options.leaseMs / 1000}::double precision)
    from due where n.innovation_id = due.innovation_id and n.admin_id = due.admin_id
    returning n.innovation_id, n.admin_id, n.attempts`)
  return resultRows<{ innovation_id: number; admin_id: number | string; attempts: number }>(result).map(
    (row) => ({
      innovationId: Number(row.innovation_id),
      adminId: Number(row.admin_id),
      attempts: Number(row.attempts),
    }),
  )
}

const noticeOf = (notice: Pick<ModerationNotice, 'innovationId' | 'adminId'>) =>
  and(eq(moderationNotices.innovationId, notice.innovationId), eq(moderationNotices.adminId, notice.adminId))

/** The moderator was told (or need not be any more): the notice is done. */
export async function completeNotice(
  db: Database,
  notice: Pick<ModerationNotice, 'innovationId' | 'adminId'>,
) {
  await db.delete(moderationNotices).where(noticeOf(notice))
}

/** The send failed: try again after `retryInMs`, remembering why. */
export async function postponeNotice(
  db: Database,
  notice: Pick<ModerationNotice, 'innovationId' | 'adminId'>,
  retryInMs: number,
  error: string,
) {
  await db
    .update(moderationNotices)
    .set({
      attempts: sql`${moderationNotices.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(secs => ${retryInMs / 1000}::double precision)`,
      lastError: error.slice(0, 500),
    })
    .where(noticeOf(notice))
}

/** Moderators not told yet of one submission. */
export async function countOpenNotices(db: Database, innovationId: number): Promise<number> {
  const [row] = await db
    .select({ open: count() })
    .from(moderationNotices)
    .where(eq(moderationNotices.innovationId, innovationId))
  return Number(row?.open ?? 0)
}
