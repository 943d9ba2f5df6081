import { and, asc, count, eq, isNull, sql } from 'drizzle-orm'
import type { Database } from '../database.ts'
import { corrections, innovations, telegramUsers } from '../schema/index.ts'

/** A proposed correction as the admins' queue shows it. */
export interface OpenCorrection {
  id: number
  innovationId: number
  innovationName: string
  text: string
  proposerName: string | null
}

/** Stores a correction someone proposed for an innovation; undefined when the innovation is gone. */
export async function insertCorrection(
  db: Database,
  input: { innovationId: number; proposedBy: number; text: string },
): Promise<number | undefined> {
  const [exists] = await db
    .select({ id: innovations.id })
    .from(innovations)
    .where(eq(innovations.id, input.innovationId))
  if (!exists) return undefined
  const [row] = await db.insert(corrections).values(input).returning({ id: corrections.id })
  return row?.id
}

const open = isNull(corrections.doneAt)

/** A correction as admins see it: the innovation's name and who proposed it. */
const selectCorrections = (db: Database) =>
  db
    .select({
      id: corrections.id,
      innovationId: corrections.innovationId,
      innovationName: innovations.name,
      text: corrections.text,
      proposerName: telegramUsers.firstName,
    })
    .from(corrections)
    .innerJoin(innovations, eq(innovations.id, corrections.innovationId))
    .leftJoin(telegramUsers, eq(telegramUsers.id, corrections.proposedBy))

/** The oldest open corrections first, with how many are open in total. */
export async function listOpenCorrections(
  db: Database,
  limit: number,
): Promise<{ total: number; items: OpenCorrection[] }> {
  const [counted] = await db.select({ value: count() }).from(corrections).where(open)
  const items = await selectCorrections(db)
    .where(open)
    .orderBy(asc(corrections.createdAt), asc(corrections.id))
    .limit(limit)
  return { total: Number(counted?.value ?? 0), items }
}

/** One correction, open or done (the admins' notice is built from it). */
export async function findCorrection(db: Database, id: number): Promise<OpenCorrection | undefined> {
  const [row] = await selectCorrections(db).where(eq(corrections.id, id))
  return row
}

/** Marks an open correction done by an admin; false when it was done already (or does not exist). */
export async function closeCorrection(db: Database, id: number, adminId: number): Promise<boolean> {
  const rows = await db
    .update(corrections)
    .set({ doneBy: adminId, doneAt: sql`now()` })
    .where(and(eq(corrections.id, id), open))
    .returning({ id: corrections.id })
  return rows.length > 0
}
