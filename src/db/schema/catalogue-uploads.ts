import { sql } from 'drizzle-orm'
import { bigint, boolean, check, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import type { ImportFormat } from '../sources/import-file.ts'

export const catalogueUploadStatus = pgEnum('catalogue_upload_status', [
  'checked',
  'importing',
  'imported',
  'cancelled',
])

/**
 * A list an admin sent to the bot and the bot checked: the "Impor" button carries only the id, and the
 * file is downloaded again by its Telegram file_id, so the choice survives a restart (nothing in memory).
 */
export const catalogueUploads = pgTable(
  'catalogue_uploads',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    adminId: bigint({ mode: 'number' }).notNull(),
    chatId: bigint({ mode: 'number' }).notNull(),
    fileId: text().notNull(),
    fileName: text().notNull(),
    format: text().$type<ImportFormat>().notNull(),
    /** True when the check found refused lines: "Impor" then skips them, as the summary said. */
    skipInvalid: boolean().notNull().default(false),
    status: catalogueUploadStatus().notNull().default('checked'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('catalogue_uploads_created_idx').on(t.createdAt),
    check('catalogue_uploads_format', sql`${t.format} in ('jsonl', 'csv', 'xlsx')`),
    check('catalogue_uploads_file_name_length', sql`char_length(${t.fileName}) <= 255`),
    check('catalogue_uploads_file_id_length', sql`char_length(${t.fileId}) <= 255`),
  ],
)
