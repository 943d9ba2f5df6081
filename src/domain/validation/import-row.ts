import { z } from 'zod'
import { parseAwards } from '../innovations/awards.ts'
import type { InnovationInput } from '../innovations/innovation.ts'
import { resolveTheme, THEMES } from '../innovations/themes.ts'
import type { RegionCatalogue } from '../regions/catalogue.ts'
import { type RegionWarning, type RowRegion, resolveRowRegion } from '../regions/history.ts'
import type { Province, Regency, Region } from '../regions/types.ts'

/** The columns of an import file (JSON Lines keys or CSV header), in the order a CSV lists them. */
export const IMPORT_COLUMNS = [
  'name',
  'expansion',
  'agency',
  'regency',
  'province',
  'year',
  'award',
  'theme',
  'description',
  'source',
  'innovator',
] as const

/** Length limits shared by import, submission and the database's CHECK constraints. */
export const TEXT_LIMITS = {
  name: 200,
  expansion: 300,
  agency: 200,
  regency: 100,
  province: 100,
  award: 500,
  theme: 100,
  description: 4000,
  source: 500,
  innovator: 200,
} as const

export const MIN_YEAR = 1945

export type ProblemKind =
  | 'required'
  | 'too-long'
  | 'not-a-year'
  | 'not-text'
  | 'unknown-region'
  | 'ambiguous-region'
  | 'region-mismatch'
  | 'unknown-theme'
  | 'invalid-json'
  | 'not-an-object'

/** Why a field of a row was refused; the interface turns it into words. */
export interface RowProblem {
  field: string
  problem: ProblemKind
  value?: string
  limit?: number
  min?: number
  max?: number
  candidates?: string[]
  province?: string
}

/** `warnings`: the region as written differs from today's (a province before a split, a former name). */
export type RowResult =
  | { ok: true; innovation: InnovationInput; warnings: RegionWarning[] }
  | { ok: false; problems: RowProblem[] }

const optionalText = (max: number) =>
  z
    .union([z.string(), z.number()], { error: 'not-text' })
    .nullish()
    .transform((value) => (value == null ? null : String(value).trim() || null))
    .pipe(z.string().max(max).nullable())

const requiredText = (max: number) =>
  z
    .union([z.string(), z.number()], { error: 'not-text' })
    .transform((value) => String(value).trim())
    .pipe(z.string().min(1).max(max))

function rowSchema(maxYear: number) {
  return z.object({
    name: requiredText(TEXT_LIMITS.name),
    expansion: optionalText(TEXT_LIMITS.expansion),
    agency: requiredText(TEXT_LIMITS.agency),
    regency: optionalText(TEXT_LIMITS.regency),
    province: requiredText(TEXT_LIMITS.province),
    year: z
      .union([z.number(), z.string()])
      .nullish()
      .transform((value) => (value == null || value === '' ? null : Number(value)))
      .pipe(z.number().int().min(MIN_YEAR).max(maxYear).nullable()),
    award: optionalText(TEXT_LIMITS.award),
    theme: optionalText(TEXT_LIMITS.theme),
    description: optionalText(TEXT_LIMITS.description),
    source: optionalText(TEXT_LIMITS.source),
    innovator: optionalText(TEXT_LIMITS.innovator),
  })
}

type RowSchema = ReturnType<typeof rowSchema>
type ParsedRow = z.output<RowSchema>

/** Building a zod schema costs far more than using it: one per year bound, built once. */
const schemas = new Map<number, RowSchema>()
function rowSchemaFor(maxYear: number) {
  let schema = schemas.get(maxYear)
  if (!schema) {
    schema = rowSchema(maxYear)
    schemas.set(maxYear, schema)
  }
  return schema
}

const isBlank = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '')

function problemOf(issue: z.core.$ZodIssue, row: Record<string, unknown>, maxYear: number): RowProblem {
  const field = String(issue.path[0] ?? 'row')
  if (field === 'year') return { field, problem: 'not-a-year', min: MIN_YEAR, max: maxYear }
  if (issue.code === 'too_big') return { field, problem: 'too-long', limit: Number(issue.maximum) }
  if (isBlank(row[field])) return { field, problem: 'required' }
  return { field, problem: 'not-text' }
}

const regionNames = (regions: readonly Region[]) =>
  regions.map((region) => (region.kind === 'regency' ? region.regency.officialName : region.province.name))

/** The row's region problem, if `resolveRowRegion` found none (or several). */
function regionProblem(
  region: Exclude<RowRegion, { kind: 'found' }>,
  text: (key: string) => string,
): RowProblem {
  if (region.kind === 'mismatch')
    return {
      field: 'regency',
      problem: 'region-mismatch',
      value: text('regency'),
      province: region.province.name,
    }
  if (region.kind === 'ambiguous')
    return {
      field: region.field,
      problem: 'ambiguous-region',
      value: text(region.field),
      candidates: regionNames(region.candidates),
    }
  return { field: region.field, problem: 'unknown-region', value: text(region.field) }
}

interface Placement {
  province: Province | undefined
  regency: Regency | undefined
  regionWarnings: RegionWarning[]
  theme: string | undefined
  problems: RowProblem[]
}

/** Region and theme of a row, checked even when other fields are wrong, so every problem shows at once. */
function place(fields: Record<string, unknown>, catalogue: RegionCatalogue): Placement {
  const text = (key: string) => (typeof fields[key] === 'string' ? String(fields[key]).trim() : '')
  const problems: RowProblem[] = []
  const region = text('province')
    ? resolveRowRegion(catalogue, { regency: text('regency'), province: text('province') })
    : undefined
  if (region && region.kind !== 'found') problems.push(regionProblem(region, text))
  const found = region?.kind === 'found' ? region : undefined
  const theme = text('theme') ? resolveTheme(text('theme')) : undefined
  if (text('theme') && !theme) {
    problems.push({
      field: 'theme',
      problem: 'unknown-theme',
      value: text('theme'),
      candidates: THEMES.map((t) => t.slug),
    })
  }
  return {
    province: found?.province,
    regency: found?.regency,
    regionWarnings: found?.warnings ?? [],
    theme: theme?.slug,
    problems,
  }
}

function toInnovation(row: ParsedRow, placement: Placement, province: Province): InnovationInput {
  return {
    name: row.name,
    expansion: row.expansion,
    agency: row.agency,
    regencyCode: placement.regency?.code ?? null,
    provinceCode: province.code,
    year: row.year,
    theme: placement.theme ?? null,
    description: row.description ?? '',
    source: row.source,
    innovator: row.innovator,
    awards: row.award ? parseAwards(row.award, row.year) : [],
  }
}

/**
 * Validates one import row (an object from JSON Lines or CSV) and resolves its region and theme. Every
 * problem of the row is reported at once, so a user can fix a file in one pass. `maxYear` comes from the
 * caller's clock (the domain has none).
 */
export function validateImportRow(raw: unknown, catalogue: RegionCatalogue, maxYear: number): RowResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ field: 'row', problem: 'not-an-object' }] }
  }
  const parsed = rowSchemaFor(maxYear).safeParse(raw)
  const fields = raw as Record<string, unknown>
  const placement = place(fields, catalogue)
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => problemOf(issue, fields, maxYear))),
    ...placement.problems,
  ]
  if (!parsed.success || !placement.province || problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    innovation: toInnovation(parsed.data, placement, placement.province),
    warnings: placement.regionWarnings,
  }
}
