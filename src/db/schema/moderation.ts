import { sql } from 'drizzle-orm'
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { innovations } from './innovations.ts'

/**
 * The admin messages that present a pending submission (sent on submission or opened from /antrian), so
 * every copy can be updated once one admin decides.
 */
export const moderationMessages = pgTable(
  'moderation_messages',
  {
    innovationId: integer()
      .notNull()
      .references(() => innovations.id, { onDelete: 'cascade' }),
    chatId: bigint({ mode: 'number' }).notNull(),
    messageId: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.innovationId, t.chatId, t.messageId] })],
)

/**
 * The outbox of "a new submission" cards: one row per moderator to tell, written with the submission in
 * one transaction and deleted once the card is sent. A row is retried (claimed by pushing
 * `next_attempt_at` ahead) until it is sent, across restarts.
 */
export const moderationNotices = pgTable(
  'moderation_notices',
  {
    innovationId: integer()
      .notNull()
      .references(() => innovations.id, { onDelete: 'cascade' }),
    adminId: bigint({ mode: 'number' }).notNull(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
  },
  (t) => [
    primaryKey({ columns: [t.innovationId, t.adminId] }),
    index('moderation_notices_due_idx').on(t.nextAttemptAt),
  ],
)

/**
 * A correction someone proposed for a catalogue entry ("Usulkan koreksi" on a card), waiting in the
 * admins' queue until an admin marks it done.
 */
export const corrections = pgTable(
  'corrections',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    innovationId: integer()
      .notNull()
      .references(() => innovations.id, { onDelete: 'cascade' }),
    proposedBy: bigint({ mode: 'number' }).notNull(),
    text: text().notNull(),
    doneBy: bigint({ mode: 'number' }),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('corrections_open_idx').on(t.createdAt).where(sql`${t.doneAt} is null`),
    check('corrections_text_length', sql`char_length(${t.text}) between 5 and 1000`),
  ],
)
