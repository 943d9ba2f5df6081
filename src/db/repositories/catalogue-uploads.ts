import { and, eq } from 'drizzle-orm'
import type { Database } from '../database.ts'
import { catalogueUploads } from '../schema/index.ts'
import type { ImportFormat } from '../sources/import-file.ts'

export type CatalogueUpload = typeof catalogueUploads.$inferSelect

export interface NewCatalogueUpload {
  adminId: number
  chatId: number
  fileId: string
  fileName: string
  format: ImportFormat
  skipInvalid: boolean
}

/** Remembers a checked file; its id goes into the "Impor" / "Batal" buttons. */
export async function saveCatalogueUpload(db: Database, upload: NewCatalogueUpload): Promise<number> {
  const [row] = await db.insert(catalogueUploads).values(upload).returning({ id: catalogueUploads.id })
  if (!row) throw new Error('catalogue upload not saved')
  return row.id
}

/**
 * Moves a checked upload to `status` if it is still checked, and returns it; undefined when another tap
 * (or another admin, or another process) got there first: each file is imported at most once.
 */
export async function claimCatalogueUpload(
  db: Database,
  id: number,
  status: 'importing' | 'cancelled',
): Promise<CatalogueUpload | undefined> {
  const [row] = await db
    .update(catalogueUploads)
    .set({ status })
    .where(and(eq(catalogueUploads.id, id), eq(catalogueUploads.status, 'checked')))
    .returning()
  return row
}

/** After the import: `imported`, or back to `checked` when it failed, so the admin can tap again. */
export async function finishCatalogueUpload(db: Database, id: number, status: 'imported' | 'checked') {
  await db.update(catalogueUploads).set({ status }).where(eq(catalogueUploads.id, id))
}
