import { z } from 'zod'
import { parseAwards } from '../innovations/awards.ts'
import type { InnovationInput } from '../innovations/innovation.ts'
import { readThemes } from '../innovations/themes.ts'
import { MIN_YEAR, readYear } from '../innovations/years.ts'
import type { RegionCatalogue } from '../regions/catalogue.ts'
import { resolveRegion } from '../regions/resolver.ts'
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

export { MIN_YEAR }

export type ProblemKind =
  | 'required'
  | 'too-long'
  | 'not-a-year'
  | 'not-text'
  | 'unknown-region'
  | 'ambiguous-region'
  | 'region-mismatch'
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

/**
 * What was accepted but read with a choice the person should see; the row is still imported.
 * 'year-range': "2019/2020", the first year kept; 'theme-tag': a theme no urusan names, kept as a tag.
 */
export type WarningKind = 'year-range' | 'theme-tag'

/** A warning on one field of an accepted row; the interface turns it into words (import-warning). */
export interface RowWarning {
  field: string
  warning: WarningKind
  /** The text as the row wrote it. */
  value?: string
  /** What was kept instead (a year, a region's name, a tag). */
  detail?: string
}

export type RowResult =
  | { ok: true; innovation: InnovationInput; warnings: RowWarning[] }
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

function rowSchema() {
  return z.object({
    name: requiredText(TEXT_LIMITS.name),
    expansion: optionalText(TEXT_LIMITS.expansion),
    agency: optionalText(TEXT_LIMITS.agency),
    regency: optionalText(TEXT_LIMITS.regency),
    province: optionalText(TEXT_LIMITS.province),
    award: optionalText(TEXT_LIMITS.award),
    theme: optionalText(TEXT_LIMITS.theme),
    description: optionalText(TEXT_LIMITS.description),
    source: optionalText(TEXT_LIMITS.source),
    innovator: optionalText(TEXT_LIMITS.innovator),
  })
}

type RowSchema = ReturnType<typeof rowSchema>
type ParsedRow = z.output<RowSchema>

/** Building a zod schema costs far more than using it: built once. */
const ROW_SCHEMA = rowSchema()

const isBlank = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '')

function problemOf(issue: z.core.$ZodIssue, row: Record<string, unknown>): RowProblem {
  const field = String(issue.path[0] ?? 'row')
  if (issue.code === 'too_big') return { field, problem: 'too-long', limit: Number(issue.maximum) }
  if (isBlank(row[field])) return { field, problem: 'required' }
  return { field, problem: 'not-text' }
}

const regionNames = (regions: readonly Region[]) =>
  regions.map((region) => (region.kind === 'regency' ? region.regency.officialName : region.province.name))

function resolveProvince(catalogue: RegionCatalogue, text: string): Province | RowProblem {
  const resolution = resolveRegion(catalogue, text)
  if (resolution.kind === 'found') return resolution.region.province
  if (resolution.kind === 'ambiguous') {
    const provinces = new Set(resolution.candidates.map((region) => region.province.code))
    const only = resolution.candidates[0]
    if (provinces.size === 1 && only) return only.province
    return {
      field: 'province',
      problem: 'ambiguous-region',
      value: text,
      candidates: regionNames(resolution.candidates),
    }
  }
  return { field: 'province', problem: 'unknown-region', value: text }
}

/** A regency named in a row must be one regency, inside the row's province. */
function resolveRegency(catalogue: RegionCatalogue, text: string, province: Province): Regency | RowProblem {
  const resolution = resolveRegion(catalogue, text)
  const candidates =
    resolution.kind === 'found'
      ? [resolution.region]
      : resolution.kind === 'ambiguous'
        ? resolution.candidates
        : []
  const regencies = candidates.flatMap((region) => (region.kind === 'regency' ? [region.regency] : []))
  const inProvince = regencies.filter((regency) => regency.provinceCode === province.code)
  if (inProvince.length === 1 && inProvince[0]) return inProvince[0]
  if (inProvince.length > 1) {
    return {
      field: 'regency',
      problem: 'ambiguous-region',
      value: text,
      candidates: inProvince.map((r) => r.officialName),
    }
  }
  if (regencies.length > 0)
    return { field: 'regency', problem: 'region-mismatch', value: text, province: province.name }
  return { field: 'regency', problem: 'unknown-region', value: text }
}

/**
 * A regency named without a province ("Gowa", "Kab. Selayar"): the province follows from it. A province
 * written in the regency column is taken as the province.
 */
function resolveRegionAlone(catalogue: RegionCatalogue, text: string): Region | RowProblem {
  const resolution = resolveRegion(catalogue, text)
  if (resolution.kind === 'found') return resolution.region
  if (resolution.kind === 'ambiguous') {
    return {
      field: 'regency',
      problem: 'ambiguous-region',
      value: text,
      candidates: regionNames(resolution.candidates),
    }
  }
  return { field: 'regency', problem: 'unknown-region', value: text }
}

const isProblem = (value: object): value is RowProblem => 'problem' in value

interface YearReading {
  year: number | null
  problem?: RowProblem
  warning?: RowWarning
}

/** The year cell: a number, or text as lists write it ("TA 2021", "2019/2020" → 2019 with a warning). */
function readYearCell(value: unknown, maxYear: number): YearReading {
  if (isBlank(value)) return { year: null }
  const text = typeof value === 'number' || typeof value === 'string' ? String(value) : ''
  const read = readYear(text, maxYear)
  if (!read)
    return { year: null, problem: { field: 'year', problem: 'not-a-year', min: MIN_YEAR, max: maxYear } }
  if (read.note !== 'range') return { year: read.year }
  return {
    year: read.year,
    warning: { field: 'year', warning: 'year-range', value: text.trim(), detail: String(read.year) },
  }
}

interface Placement {
  province: Province | undefined
  regency: Regency | undefined
  problems: RowProblem[]
}

const textOf = (fields: Record<string, unknown>, key: string) =>
  typeof fields[key] === 'string' ? String(fields[key]).trim() : ''

/**
 * The region of a row, checked even when other fields are wrong, so every problem shows at once: a
 * province (and a regency inside it), or a regency alone, from which the province follows.
 */
function place(fields: Record<string, unknown>, catalogue: RegionCatalogue): Placement {
  const provinceText = textOf(fields, 'province')
  const regencyText = textOf(fields, 'regency')
  if (!provinceText && !regencyText) {
    const blank = isBlank(fields.province) && isBlank(fields.regency)
    return {
      province: undefined,
      regency: undefined,
      problems: blank ? [{ field: 'province', problem: 'required' }] : [],
    }
  }
  if (!provinceText) {
    const region = resolveRegionAlone(catalogue, regencyText)
    if (isProblem(region)) return { province: undefined, regency: undefined, problems: [region] }
    const regency = region.kind === 'regency' ? region.regency : undefined
    return { province: region.province, regency, problems: [] }
  }
  const province = resolveProvince(catalogue, provinceText)
  if (isProblem(province)) return { province: undefined, regency: undefined, problems: [province] }
  const regency = regencyText ? resolveRegency(catalogue, regencyText, province) : undefined
  if (regency && isProblem(regency)) return { province, regency: undefined, problems: [regency] }
  return { province, regency, problems: [] }
}

/** The theme cell: urusan slugs, and the words no theme names kept as tags, each with a warning. */
function themesOf(cell: string | null) {
  const reading = cell ? readThemes(cell) : { themes: [], tags: [] }
  const warnings = reading.tags.map(
    (tag): RowWarning => ({ field: 'theme', warning: 'theme-tag', value: tag, detail: tag }),
  )
  return { ...reading, warnings }
}

interface Readings {
  year: number | null
  themes: string[]
  tags: string[]
  regency: Regency | undefined
  province: Province
}

function toInnovation(row: ParsedRow, read: Readings, catalogue: RegionCatalogue): InnovationInput {
  return {
    name: row.name,
    expansion: row.expansion,
    agency: row.agency,
    regencyCode: read.regency?.code ?? null,
    provinceCode: read.province.code,
    year: read.year,
    themes: read.themes,
    tags: read.tags,
    description: row.description ?? '',
    source: row.source,
    innovator: row.innovator,
    awards: row.award ? parseAwards(row.award, read.year, catalogue) : [],
  }
}

/**
 * Validates one import row (an object from JSON Lines, CSV or a sheet) and resolves its region, themes
 * and awards. Only a name and a region are required. Every problem of the row is reported at once, so a
 * user can fix a file in one pass; what was accepted but read with a choice the person should see comes
 * back as warnings. `maxYear` comes from the caller's clock (the domain has none).
 */
export function validateImportRow(raw: unknown, catalogue: RegionCatalogue, maxYear: number): RowResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ field: 'row', problem: 'not-an-object' }] }
  }
  const parsed = ROW_SCHEMA.safeParse(raw)
  const fields = raw as Record<string, unknown>
  const year = readYearCell(fields.year, maxYear)
  const placement = place(fields, catalogue)
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => problemOf(issue, fields))),
    ...(year.problem ? [year.problem] : []),
    ...placement.problems,
  ]
  if (!parsed.success || !placement.province || problems.length > 0) return { ok: false, problems }
  const themes = themesOf(parsed.data.theme)
  const read = { year: year.year, themes: themes.themes, tags: themes.tags, ...placement }
  return {
    ok: true,
    innovation: toInnovation(parsed.data, { ...read, province: placement.province }, catalogue),
    warnings: [...(year.warning ? [year.warning] : []), ...themes.warnings],
  }
}
