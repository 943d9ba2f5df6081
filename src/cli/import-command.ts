import { existsSync } from 'node:fs'
import { rowProblemText } from '../bot/format/import-problem.ts'
import { type ImportReport, importRecords } from '../db/catalog-import.ts'
import { readImportFile } from '../db/sources/import-file.ts'
import type { RowWarning } from '../domain/validation/import-row.ts'
import type { Translate } from '../i18n.ts'
import { latestYear, type Runtime } from '../runtime.ts'

export interface ImportArgs {
  file: string | undefined
  skipInvalid: boolean
}

function describeWarning(t: Translate, warning: RowWarning) {
  return t('import-warning', {
    field: t('import-field', { field: warning.field }),
    warning: warning.warning,
    value: warning.value ?? '',
    detail: warning.detail ?? '',
    region: warning.region ?? '',
    year: String(warning.year ?? ''),
    law: warning.law ?? '',
  })
}

/**
 * The lines a person reads after an import: each bad line with its reasons, each line imported with a
 * warning, then what was done.
 */
export function formatImportReport(t: Translate, report: ImportReport): string[] {
  const lines = report.invalid.flatMap(({ line, problems }) => [
    t('import-invalid-header', { line }),
    ...problems.map((problem) => `  - ${rowProblemText(t, problem)}`),
  ])
  lines.push(
    ...report.warned.flatMap(({ line, warnings }) => [
      t('import-warning-header', { line }),
      ...warnings.map((warning) => `  - ${describeWarning(t, warning)}`),
    ]),
  )
  if (!report.written) return [...lines, t('import-aborted', { count: report.invalid.length })]
  const { total, inserted, updated, unchanged, skipped } = report
  return [...lines, t('import-done', { total, inserted, updated, unchanged, skipped })]
}

/** `import FILE [--skip-invalid]`: exit 0 when it imported, 1 when it refused. */
export async function importCommand(args: ImportArgs, openRuntime: () => Promise<Runtime>, t: Translate) {
  if (!args.file) return { exitCode: 1, lines: [t('cli-file-required')] }
  if (!existsSync(args.file)) return { exitCode: 1, lines: [t('cli-file-missing', { file: args.file })] }
  const records = await readImportFile(args.file)
  if (records.length === 0) return { exitCode: 1, lines: [t('import-empty', { file: args.file })] }
  const runtime = await openRuntime()
  try {
    const report = await importRecords(runtime.database.db, runtime.regions, records, {
      skipInvalid: args.skipInvalid,
      maxYear: latestYear(),
    })
    return { exitCode: report.written ? 0 : 1, lines: formatImportReport(t, report) }
  } finally {
    await runtime.close()
  }
}
