import { and, eq } from 'drizzle-orm'
import type { Database } from '../database.ts'
import { searchQueries } from '../schema/index.ts'

/** Keeps a query so the buttons of its result message can refer to it by id. */
export async function insertSearchQuery(db: Database, chatId: number, query: string): Promise<number> {
  const [row] = await db.insert(searchQueries).values({ chatId, query }).returning({ id: searchQueries.id })
  if (!row) throw new Error('insert returned no row')
  return row.id
}

/** The query behind a button, only in the chat it was made in. */
export async function findSearchQuery(db: Database, id: number, chatId: number): Promise<string | undefined> {
  const [row] = await db
    .select({ query: searchQueries.query })
    .from(searchQueries)
    .where(and(eq(searchQueries.id, id), eq(searchQueries.chatId, chatId)))
  return row?.query
}
