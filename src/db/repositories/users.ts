import { eq, sql } from 'drizzle-orm'
import { type Locale, supportedLocale } from '../../i18n.ts'
import type { Database } from '../database.ts'
import { telegramUsers } from '../schema/index.ts'

export interface TelegramUserInput {
  id: number
  firstName: string
  username?: string | undefined
  languageCode?: string | undefined
}

/**
 * Records who wrote to the bot (idempotent), so submissions and moderation can refer to them. Returns the
 * language they chose with /bahasa, if any.
 */
export async function upsertTelegramUser(db: Database, user: TelegramUserInput): Promise<Locale | undefined> {
  const values = {
    id: user.id,
    firstName: user.firstName,
    username: user.username ?? null,
    languageCode: user.languageCode ?? null,
  }
  const [row] = await db
    .insert(telegramUsers)
    .values(values)
    .onConflictDoUpdate({
      target: telegramUsers.id,
      set: {
        firstName: values.firstName,
        username: values.username,
        languageCode: values.languageCode,
        lastSeenAt: sql`now()`,
      },
    })
    .returning({ locale: telegramUsers.locale })
  return supportedLocale(row?.locale)
}

/** Remembers the language a person chose (/bahasa); it wins over their Telegram language from now on. */
export async function setUserLocale(db: Database, userId: number, locale: Locale) {
  await db.update(telegramUsers).set({ locale }).where(eq(telegramUsers.id, userId))
}

/** Admins stored in the database (in addition to ADMIN_IDS from the configuration). */
export async function isStoredAdmin(db: Database, userId: number): Promise<boolean> {
  const [row] = await db
    .select({ isAdmin: telegramUsers.isAdmin })
    .from(telegramUsers)
    .where(eq(telegramUsers.id, userId))
  return row?.isAdmin ?? false
}

export async function listStoredAdminIds(db: Database): Promise<number[]> {
  const rows = await db
    .select({ id: telegramUsers.id })
    .from(telegramUsers)
    .where(eq(telegramUsers.isAdmin, true))
  return rows.map((row) => row.id)
}

/** Everyone who moderates: the configured ids (ADMIN_IDS) and the admins marked in the database, each once. */
export async function listModeratorIds(db: Database, configured: readonly number[]): Promise<number[]> {
  return [...new Set([...configured, ...(await listStoredAdminIds(db))])]
}
