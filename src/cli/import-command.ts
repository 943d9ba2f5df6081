import { existsSync } from 'node:fs'
import { type ImportReport, importRecords } from '../db/catalog-import.ts'
import { readImportFile } from '../db/sources/import-file.ts'
import type { RowProblem, RowWarning } from '../domain/validation/import-row.ts'
import type { Translate } from '../i18n.ts'
import { latestYear, type Runtime } from '../runtime.ts'

export interface ImportArgs {
  file: string | undefined
  skipInvalid: boolean
}

function describeProblem(t: Translate, problem: RowProblem) {
  return t('import-problem', {
    field: t('import-field', { field: problem.field }),
    problem: problem.problem,
    value: problem.value ?? '',
    limit: problem.limit ?? 0,
    min: String(problem.min ?? ''),
    max: String(problem.max ?? ''),
    candidates: (problem.candidates ?? []).join(', '),
    themes: (problem.candidates ?? []).join(', '),
    province: problem.province ?? '',
  })
}

function describeWarning(t: Translate, warning: RowWarning) {
  return t('import-warning', {
    field: t('import-field', { field: warning.field }),
    warning: warning.warning,
    value: warning.value ?? '',
    detail: warning.detail ?? '',
  })
}

/**
 * The lines a person reads after an import: each bad line with its reasons, each line imported with a
 * warning, then what was done.
 */
export function formatImportReport(t: Translate, report: ImportReport): string[] {
  const lines = report.invalid.flatMap(({ line, problems }) => [
    t('import-invalid-header', { line }),
    ...problems.map((problem) => `  - ${describeProblem(t, problem)}`),
  ])
  lines.push(
    ...report.warned.flatMap(({ line, warnings }) => [
      t('import-warning-header', { line }),
      ...warnings.map((warning) => `  - ${describeWarning(t, warning)}`),
    ]),
  )
  if (!report.written) return [...lines, t('import-aborted', { count: report.invalid.length })]
  const { total, inserted, updated, skipped } = report
  return [...lines, t('import-done', { total, inserted, updated, skipped })]
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
