import { sql } from 'drizzle-orm'
import { bigint, boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/** One subscription per chat (private or group): everything, or any of some provinces or themes. */
export const subscriptions = pgTable('subscriptions', {
  chatId: bigint({ mode: 'number' }).primaryKey(),
  chatType: text().notNull(),
  everything: boolean().notNull().default(false),
  provinceCodes: text().array().notNull().default(sql`'{}'::text[]`),
  regencyCodes: text().array().notNull().default(sql`'{}'::text[]`),
  themes: text().array().notNull().default(sql`'{}'::text[]`),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
