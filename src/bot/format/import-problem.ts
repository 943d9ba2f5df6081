import type { RowProblem } from '../../domain/validation/import-row.ts'
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
