import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'
import { awardLevel, awards } from './awards.ts'
import { innovations } from './innovations.ts'

/** A draft is being composed in the chat; published means recorded and fanned out. */
export const announcementStatus = pgEnum('announcement_status', ['draft', 'published'])

/**
 * Where the award itself stands: `provisional` (finalists, "menunggu uji publik"), `final` (fixed by
 * decree), `withdrawn` (announced by mistake: no longer on the innovations, nothing more sent).
 */
export const announcementStage = pgEnum('announcement_stage', ['provisional', 'final', 'withdrawn'])

/**
 * Where one delivery stands. `sending`: claimed by the sender, the request may be on its way (found so
 * after a crash, it becomes ambiguous). `ambiguous`: a send whose outcome is unknown; it is resent while
 * `next_attempt_at` is set, and given up when it is null. `skipped`: not sent on purpose (unsubscribed,
 * filters changed, the group moved to a supergroup and the delivery moved with it).
 */
export const deliveryStatus = pgEnum('delivery_status', [
  'pending',
  'sending',
  'sent',
  'failed',
  'ambiguous',
  'skipped',
])

/**
 * An award announcement ("Top 45 KIPP 2021"). A draft is being composed by an admin in the chat
 * (`draft` holds the step it is at); publishing records the award on the innovations and fans out.
 */
export const announcements = pgTable(
  'announcements',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull().default(''),
    level: awardLevel(),
    year: integer(),
    status: announcementStatus().notNull().default('draft'),
    stage: announcementStage().notNull().default('final'),
    /** Raised by every update once published: messages showing an older revision are edited. */
    revision: integer().notNull().default(1),
    /** The chat flow's state while composing; null once published. */
    draft: jsonb(),
    awardId: integer().references(() => awards.id),
    /** The admin's Telegram id; null when announced from the CLI. */
    createdBy: bigint({ mode: 'number' }),
    /** The message the sender keeps up to date with the progress. */
    progressChatId: bigint({ mode: 'number' }),
    progressMessageId: bigint({ mode: 'number' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    /** Set by the sender once no delivery is left to send. */
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('announcements_draft_owner_idx').on(t.createdBy).where(sql`${t.status} = 'draft'`),
    index('announcements_unfinished_idx')
      .on(t.id)
      .where(sql`${t.status} = 'published' and ${t.finishedAt} is null`),
    check('announcements_title_length', sql`char_length(${t.title}) <= 200`),
    check('announcements_year_range', sql`${t.year} is null or ${t.year} between 1945 and 2100`),
  ],
)

/** The innovations an announcement names, in the order the admin gave them. */
export const announcementInnovations = pgTable(
  'announcement_innovations',
  {
    announcementId: integer()
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    innovationId: integer()
      .notNull()
      .references(() => innovations.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.innovationId] })],
)

/** The durable outbox: one row per announcement and chat, written by the fan-out, worked by the sender. */
export const deliveries = pgTable(
  'deliveries',
  {
    announcementId: integer()
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    chatId: bigint({ mode: 'number' }).notNull(),
    status: deliveryStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    /** Sends of this row whose outcome was unknown: an upper bound on the duplicates it may have caused. */
    ambiguousSends: integer().notNull().default(0),
    /** When the row may be claimed; null once it needs nothing more. */
    nextAttemptAt: timestamp({ withTimezone: true }).defaultNow(),
    lastError: text(),
    telegramMessageId: bigint({ mode: 'number' }),
    /** The announcement's revision the chat's message shows (sent, or edited since). */
    revision: integer().notNull().default(1),
    /** An edit of the message is claimed by the sender (after a crash it is simply made again). */
    editing: boolean().notNull().default(false),
    /** Edits tried for the revision being brought in; the fencing token of an edit's write-back. */
    editAttempts: integer().notNull().default(0),
    /** When a failed edit may be tried again; null: at once. */
    editNextAttemptAt: timestamp({ withTimezone: true }),
    /** Why the last edit did not go through ("message to edit not found" is recorded, not retried). */
    editError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.announcementId, t.chatId] }),
    index('deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'ambiguous')`),
    index('deliveries_revision_idx').on(t.announcementId, t.revision).where(sql`${t.status} = 'sent'`),
    index('deliveries_open_idx')
      .on(t.announcementId)
      .where(sql`${t.status} in ('pending', 'sending', 'ambiguous')`),
  ],
)

/** The sender's state shared by every process, one row: the global pause after a 429 survives restarts. */
export const senderState = pgTable(
  'sender_state',
  {
    id: integer().primaryKey().default(1),
    pausedUntil: timestamp({ withTimezone: true }),
    pauseReason: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('sender_state_single_row', sql`${t.id} = 1`)],
)
