import { bigint, boolean, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/** Everyone who has talked to the bot; `isAdmin` adds moderators beyond ADMIN_IDS. */
export const telegramUsers = pgTable('telegram_users', {
  id: bigint({ mode: 'number' }).primaryKey(),
  firstName: text().notNull().default(''),
  username: text(),
  languageCode: text(),
  isAdmin: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
