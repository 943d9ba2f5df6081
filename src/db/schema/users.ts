import { sql } from 'drizzle-orm'
import { bigint, boolean, check, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Everyone who has talked to the bot; `isAdmin` adds moderators beyond ADMIN_IDS. `locale` is the language
 * chosen with /bahasa, which wins over Telegram's `languageCode`.
 */
export const telegramUsers = pgTable(
  'telegram_users',
  {
    id: bigint({ mode: 'number' }).primaryKey(),
    firstName: text().notNull().default(''),
    username: text(),
    languageCode: text(),
    locale: text(),
    isAdmin: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('telegram_users_locale', sql`${t.locale} in ('id', 'en')`)],
)
