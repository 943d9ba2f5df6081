import { existsSync } from 'node:fs'
import { describeFileError, formatImportReport } from '../bot/format/import-report.ts'
import { importRecords } from '../db/catalog-import.ts'
import { ImportFileError, readImportFile } from '../db/sources/import-file.ts'
import type { Translate } from '../i18n.ts'
import { type CatalogueRuntime, latestYear } from '../runtime.ts'

export interface ImportArgs {
  file: string | undefined
  skipInvalid: boolean
  dryRun: boolean
}

/**
 * `import FILE [--dry-run] [--skip-invalid]`: the file is read as a stream (JSON Lines, CSV or .xlsx);
 * exit 0 when it imported (or a check found nothing refused), 1 when it refused.
 */
export async function importCommand(
  args: ImportArgs,
  openCatalogue: () => Promise<CatalogueRuntime>,
  t: Translate,
) {
  const { file } = args
  if (!file) return { exitCode: 1, lines: [t('cli-file-required')] }
  if (!existsSync(file)) return { exitCode: 1, lines: [t('cli-file-missing', { file })] }
  const runtime = await openCatalogue()
  try {
    const report = await importRecords(runtime.database.db, runtime.regions, () => readImportFile(file), {
      skipInvalid: args.skipInvalid,
      dryRun: args.dryRun,
      maxYear: latestYear(),
    })
    if (report.total === 0) return { exitCode: 1, lines: [t('import-empty', { file })] }
    const refused = report.invalid.length > 0 && !args.skipInvalid
    return { exitCode: refused ? 1 : 0, lines: formatImportReport(t, report) }
  } catch (error) {
    if (error instanceof ImportFileError) return { exitCode: 1, lines: [describeFileError(t, error)] }
    throw error
  } finally {
    await runtime.close()
  }
}
