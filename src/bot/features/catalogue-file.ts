import { PassThrough } from 'node:stream'
import { Composer, InputFile } from 'grammy'
import type { Document } from 'grammy/types'
import { exportInnovations, firstPublishedIds, rankedIds } from '../../db/catalog-export.ts'
import { importRecords } from '../../db/catalog-import.ts'
import {
  claimCatalogueUpload,
  finishCatalogueUpload,
  saveCatalogueUpload,
} from '../../db/repositories/catalogue-uploads.ts'
import { writeExport } from '../../db/sources/export-file.ts'
import {
  ImportFileError,
  type ImportFormat,
  importFormatOf,
  readImportRecords,
} from '../../db/sources/import-file.ts'
import { latestInnovationYear } from '../../domain/innovations/innovation.ts'
import { isAdmin } from '../admins.ts'
import { type Context, nowOf } from '../context.ts'
import { describeFileError, formatImportReport } from '../format/import-report.ts'
import { MESSAGE_LIMIT, truncate } from '../format/text.ts'
import { uploadData, uploadKeyboard } from '../keyboards/catalogue-file.ts'
import { FileDownloadError, MAX_DOWNLOAD_BYTES, type TelegramFiles } from '../telegram-file.ts'

/** Refused lines and lines with warnings shown in the chat (the CLI shows them all). */
const SHOWN_LINES = 5

/** `/ekspor`; the file handlers join it in `createCatalogueFileFeature`. */
const exportComposer = new Composer<Context>()

/**
 * Runs the import on the file, a check or the real thing, downloading it (by its file_id) each time the
 * import reads it: the file is never held in memory.
 */
async function importFile(
  ctx: Context,
  files: TelegramFiles,
  file: { fileId: string; format: ImportFormat },
  options: { dryRun: boolean; skipInvalid: boolean },
) {
  const { database, regions } = ctx.deps
  async function* download() {
    yield* readImportRecords(await files.open(ctx.api, file.fileId), file.format)
  }
  return importRecords(database.db, regions, download, {
    ...options,
    maxYear: latestInnovationYear(nowOf(ctx.deps)),
  })
}

/** A report as one message: the header line, then the lines of the report, cut to Telegram's limit. */
const reportMessage = (header: string, lines: readonly string[]) =>
  truncate([header, '', ...lines].join('\n'), MESSAGE_LIMIT)

/** What a person is told when the file cannot be read or downloaded; anything else goes to the error handler. */
async function replyFileProblem(ctx: Context, error: unknown) {
  if (error instanceof ImportFileError) return ctx.reply(describeFileError(ctx.t, error))
  if (error instanceof FileDownloadError) {
    ctx.logger.warn({ reason: error.message }, 'catalogue file download failed')
    return ctx.reply(ctx.t('catalogue-file-download-failed'))
  }
  throw error
}

/** An admin's list: checked with the same import as `cli import --dry-run`, then "Impor" / "Batal". */
async function checkDocument(ctx: Context, files: TelegramFiles, document: Document, format: ImportFormat) {
  const chatId = ctx.chat?.id
  if (!ctx.from || chatId === undefined) return
  if ((document.file_size ?? 0) > MAX_DOWNLOAD_BYTES)
    return ctx.reply(ctx.t('catalogue-file-too-large', { mb: MAX_DOWNLOAD_BYTES / 1024 / 1024 }))
  const file = { fileId: document.file_id, format }
  let report: Awaited<ReturnType<typeof importFile>>
  try {
    // Refused lines are shown and skipped: the counts say what "Impor" would do with the valid ones.
    report = await importFile(ctx, files, file, { dryRun: true, skipInvalid: true })
  } catch (error) {
    return replyFileProblem(ctx, error)
  }
  const fileName = document.file_name ?? ''
  if (report.total === 0) return ctx.reply(ctx.t('catalogue-file-empty', { file: fileName }))
  const skipsInvalid = report.invalid.length > 0
  const id = await saveCatalogueUpload(ctx.deps.database.db, {
    adminId: ctx.from.id,
    chatId,
    fileId: document.file_id,
    fileName: truncate(fileName, 255),
    format,
    skipInvalid: skipsInvalid,
  })
  const lines = formatImportReport(ctx.t, report, { limit: SHOWN_LINES, skipHint: false })
  await ctx.reply(reportMessage(ctx.t('catalogue-file-checked', { file: fileName }), lines), {
    reply_markup: uploadKeyboard(ctx.t, id, skipsInvalid),
  })
}

/** An admin's list sent as a document, checked and imported with "Impor"; and `/ekspor`. */
export function createCatalogueFileFeature(files: TelegramFiles) {
  const composer = new Composer<Context>()
  const feature = composer.chatType('private')
  feature.on('message:document', async (ctx, next) => {
    const { document } = ctx.message
    const format = importFormatOf(document.file_name ?? '')
    if (!format) return next()
    if (!(await isAdmin(ctx))) return ctx.reply(ctx.t('catalogue-file-admins-only'))
    await checkDocument(ctx, files, document, format)
  })

  feature.callbackQuery(uploadData.filter(), async (ctx) => {
    const data = uploadData.unpack(ctx.callbackQuery.data)
    if (!data) return ctx.answerCallbackQuery()
    if (!(await isAdmin(ctx))) return ctx.answerCallbackQuery({ text: ctx.t('catalogue-file-admins-only') })
    const { db } = ctx.deps.database
    const upload = await claimCatalogueUpload(
      db,
      data.id,
      data.action === 'import' ? 'importing' : 'cancelled',
    )
    if (!upload) return ctx.answerCallbackQuery({ text: ctx.t('catalogue-file-stale') })
    if (data.action === 'cancel') {
      await ctx.answerCallbackQuery()
      return ctx.editMessageText(ctx.t('catalogue-file-cancelled', { file: upload.fileName }))
    }
    await ctx.answerCallbackQuery({ text: ctx.t('catalogue-file-importing') })
    let report: Awaited<ReturnType<typeof importFile>>
    try {
      report = await importFile(ctx, files, upload, { dryRun: false, skipInvalid: upload.skipInvalid })
    } catch (error) {
      // The buttons work again: importing the file again converges (batches already written are upserts).
      await finishCatalogueUpload(db, upload.id, 'checked')
      return replyFileProblem(ctx, error)
    }
    await finishCatalogueUpload(db, upload.id, report.written ? 'imported' : 'checked')
    const lines = formatImportReport(ctx.t, report, { limit: SHOWN_LINES, skipHint: false })
    await ctx.editMessageText(
      reportMessage(ctx.t('catalogue-file-imported', { file: upload.fileName }), lines),
    )
  })
  composer.use(exportComposer)
  return composer
}

/** The most innovations /ekspor puts in one file. */
export const CHAT_EXPORT_MAX = 5000

/** An .xlsx file of these innovations, built in memory (5,000 rows stay well under a megabyte or two). */
async function xlsxOf(ctx: Context, ids: readonly number[]) {
  const chunks: Buffer[] = []
  const out = new PassThrough()
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  const { database, regions } = ctx.deps
  await writeExport(exportInnovations(database.db, regions, ids), 'xlsx', out)
  return Buffer.concat(chunks)
}

/** A file name from the query: "inovasi-stunting-magetan.xlsx", or "inovasi.xlsx". */
const fileNameOf = (query: string) =>
  `${['inovasi', ...(query.toLowerCase().match(/[a-z0-9]+/g) ?? [])].slice(0, 6).join('-')}.xlsx`

/** `/ekspor [kueri]`: the results of a search (or the catalogue) as a spreadsheet, up to 5,000 rows. */
exportComposer.chatType('private').command(['ekspor', 'export'], async (ctx) => {
  const query = ctx.match.trim()
  const ids = query
    ? rankedIds(ctx.deps.search, query, CHAT_EXPORT_MAX)
    : await firstPublishedIds(ctx.deps.database.db, CHAT_EXPORT_MAX)
  if (ids.length === 0) return ctx.reply(ctx.t('catalogue-export-none', { query }))
  await ctx.replyWithChatAction('upload_document')
  const file = new InputFile(await xlsxOf(ctx, ids), fileNameOf(query))
  const caption = query
    ? truncate(ctx.t('catalogue-export-caption', { count: ids.length, query }), 1024)
    : ctx.t('catalogue-export-caption-all', { count: ids.length })
  await ctx.replyWithDocument(file, { caption })
})
