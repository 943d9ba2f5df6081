import type { ImportReport } from '../../db/catalog-import.ts'
import type { ImportFileError } from '../../db/sources/import-file.ts'
import type { RowProblem, RowWarning } from '../../domain/validation/import-row.ts'
import type { Translate } from '../../i18n.ts'

/** Why a row (a file's line, a news draft) was not stored, in words: "provinsi: wajib diisi". */
export function rowProblemText(t: Translate, problem: RowProblem) {
  return t('import-problem', {
    field: t('import-field', { field: problem.field }),
    problem: problem.problem,
    value: problem.value ?? '',
    limit: problem.limit ?? 0,
    min: String(problem.min ?? ''),
    max: String(problem.max ?? ''),
    candidates: (problem.candidates ?? []).join(', '),
    province: problem.province ?? '',
  })
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

/** Refused lines, then lines accepted with a warning, each with its reasons (at most `limit` lines each). */
function lineDetails(t: Translate, report: ImportReport, limit: number) {
  const refusals = report.invalid
    .slice(0, limit)
    .flatMap(({ line, problems }) => [
      t('import-invalid-header', { line }),
      ...problems.map((problem) => `  - ${rowProblemText(t, problem)}`),
    ])
  const warnings = report.warned
    .slice(0, limit)
    .flatMap(({ line, warnings }) => [
      t('import-warning-header', { line }),
      ...warnings.map((warning) => `  - ${describeWarning(t, warning)}`),
    ])
  const hidden = Math.max(0, report.invalid.length - limit) + Math.max(0, report.warned.length - limit)
  return [...refusals, ...warnings, ...(hidden > 0 ? [t('import-more-lines', { count: hidden })] : [])]
}

/** The closing line: what was done, what a check would do, or why nothing was imported. */
function summary(t: Translate, report: ImportReport, skipHint: boolean) {
  const { total, inserted, updated, unchanged, skipped } = report
  const refused = !report.written && !report.dryRun
  const wouldRefuse = report.dryRun && report.invalid.length > 0 && skipped === total
  if (refused || wouldRefuse) {
    const key = skipHint ? 'import-aborted' : 'import-refused'
    return t(report.dryRun ? 'import-check-refused' : key, { count: report.invalid.length })
  }
  return t(report.dryRun ? 'import-check-done' : 'import-done', {
    total,
    inserted,
    updated,
    unchanged,
    skipped,
  })
}

/**
 * What a person reads after an import or a check (CLI and chat alike): refused lines, lines with warnings,
 * then the summary. `limit` caps the lines shown of each kind (the chat shows the first few);
 * `skipHint` mentions --skip-invalid (the CLI's option).
 */
export function formatImportReport(
  t: Translate,
  report: ImportReport,
  { limit = Number.POSITIVE_INFINITY, skipHint = true } = {},
): string[] {
  return [...lineDetails(t, report, limit), summary(t, report, skipHint)]
}

/** The sentence for a file that cannot be read as a list at all. */
export function describeFileError(t: Translate, error: ImportFileError) {
  return t('import-file-error', { kind: error.kind, detail: error.detail })
}
