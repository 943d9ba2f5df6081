import { sql } from 'drizzle-orm'
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * The digest outbox: one row per chat and period (`daily:2026-12-07`, `weekly:2026-12-07`), planned once the
 * period's 07:00 has passed in the chat's zone and worked like deliveries: claimed (`sending`, one more
 * attempt), then `sent`, `failed`, `skipped` (nothing new to tell, or unsubscribed) or `ambiguous` (a send
 * of unknown outcome, resent while `next_attempt_at` is set). The key makes a period's digest exist once.
 * It covers the announcements published in [`covers_from`, `covers_until`).
 */
export const digests = pgTable(
  'digests',
  {
    chatId: bigint({ mode: 'number' }).notNull(),
    period: text().notNull(),
    status: text().notNull().default('pending'),
    coversFrom: timestamp({ withTimezone: true }).notNull(),
    coversUntil: timestamp({ withTimezone: true }).notNull(),
    attempts: integer().notNull().default(0),
    ambiguousSends: integer().notNull().default(0),
    /** When the row may be claimed; null once it needs nothing more. */
    nextAttemptAt: timestamp({ withTimezone: true }),
    /** Messages of the digest Telegram took (a long digest is split); a resend starts after them. */
    partsSent: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.chatId, t.period] }),
    index('digests_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'ambiguous')`),
    check(
      'digests_status',
      sql`${t.status} in ('pending', 'sending', 'sent', 'failed', 'ambiguous', 'skipped')`,
    ),
  ],
)
