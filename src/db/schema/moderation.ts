import { bigint, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core'
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
