import { sql } from 'drizzle-orm'
import { bigint, boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * One subscription per chat (private or group): everything, or any of some provinces, kabupaten/kota or
 * themes. `active` is false after /berhenti or when Telegram says the chat is gone (blocked, deactivated,
 * kicked, not found); `deactivatedReason` tells which, so /start revives only the latter.
 */
export const subscriptions = pgTable('subscriptions', {
  chatId: bigint({ mode: 'number' }).primaryKey(),
  chatType: text().notNull(),
  everything: boolean().notNull().default(false),
  provinceCodes: text().array().notNull().default(sql`'{}'::text[]`),
  regencyCodes: text().array().notNull().default(sql`'{}'::text[]`),
  themes: text().array().notNull().default(sql`'{}'::text[]`),
  active: boolean().notNull().default(true),
  /** The locale announcements are written in for this chat ("id" or "en"). */
  locale: text().notNull().default('id'),
  deactivatedReason: text(),
  deactivatedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
