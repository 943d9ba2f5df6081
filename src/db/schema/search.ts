import { sql } from 'drizzle-orm'
import { bigint, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Queries behind result messages: a "next page" button carries only the id, so paging works in any
 * process and after a restart, and no user text goes into callback data.
 */
export const searchQueries = pgTable(
  'search_queries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    chatId: bigint({ mode: 'number' }).notNull(),
    query: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('search_queries_created_idx').on(t.createdAt),
    check('search_queries_query_length', sql`char_length(${t.query}) between 1 and 300`),
  ],
)
