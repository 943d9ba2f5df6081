import { sql } from 'drizzle-orm'
import { bigint, check, customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

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

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

/**
 * The search index of the last process that built or refreshed it, serialised with the versions of the
 * documents it holds (see `src/db/search-snapshot.ts`): a start restores it instead of analysing every
 * innovation again. A cache: losing it costs one slow start. PGlite keeps it in a file beside its folder.
 */
export const searchIndexSnapshots = pgTable('search_index_snapshots', {
  name: text().primaryKey(),
  data: bytea().notNull(),
  savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
