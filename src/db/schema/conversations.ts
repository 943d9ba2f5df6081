import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/** State of @grammyjs/conversations, keyed by chat, so a restart or another process resumes it. */
export const conversationStates = pgTable(
  'conversation_states',
  {
    key: text().primaryKey(),
    state: jsonb().notNull(),
    version: integer().notNull().default(0),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversation_states_updated_idx').on(t.updatedAt)],
)
