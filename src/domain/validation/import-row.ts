import { z } from 'zod'
import { type AwardInput, parseAwards } from '../innovations/awards.ts'
import type { InnovationInput } from '../innovations/innovation.ts'
import { readThemes } from '../innovations/themes.ts'
import { MIN_YEAR, readYear } from '../innovations/years.ts'
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

export { MIN_YEAR }

export type ProblemKind =
  | 'required'
  /** Neither a kabupaten/kota nor a province: the one place a row cannot do without. */
  | 'region-required'
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
export type WarningKind = 'year-range' | 'theme-tag' | 'province-before-split' | 'renamed-regency'

/** A warning on one field of an accepted row; the interface turns it into words (import-warning). */
export interface RowWarning {
  field: string
  warning: WarningKind
  /** The text as the row wrote it. */
  value?: string
  /** What was kept instead (a year, a region's name, a tag). */
  detail?: string
  /** For a region written as history named it: the regency concerned, and the year and law of the change. */
  region?: string
  year?: number
  law?: string
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

/**
 * Results remembered per region catalogue, all forgotten at `limit` entries so memory stays bounded. A list
 * names the same few regions and awards on thousands of lines, and reading them is most of checking a line.
 */
function catalogueMemo<T>(limit: number) {
  const caches = new WeakMap<RegionCatalogue, Map<string, T>>()
  return (catalogue: RegionCatalogue, key: string, compute: () => T): T => {
    const cache = caches.get(catalogue) ?? new Map<string, T>()
    caches.set(catalogue, cache)
    let value = cache.get(key)
    if (value === undefined) {
      if (cache.size >= limit) cache.clear()
      value = compute()
      cache.set(key, value)
    }
    return value
  }
}

const rememberedRegion = catalogueMemo<RowRegion>(20_000)
const rememberedAwards = catalogueMemo<readonly AwardInput[]>(20_000)

/** The awards of a cell: parsed once per list, copied for each row. */
const awardsOf = (cell: string, year: number | null, catalogue: RegionCatalogue): AwardInput[] =>
  rememberedAwards(catalogue, `${year ?? ''}\n${cell}`, () => parseAwards(cell, year, catalogue)).map(
    (award) => ({ ...award }),
  )

/** The row's region problem, when `resolveRowRegion` found no single region. */
function regionProblem(
  region: Exclude<RowRegion, { kind: 'found' }>,
  text: (key: 'province' | 'regency') => string,
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

/** A region written as history named it: accepted under today's region, with the law that moved it. */
function regionWarning(warning: RegionWarning): RowWarning {
  if (warning.kind === 'province-before-split')
    return {
      field: 'province',
      warning: 'province-before-split',
      value: warning.writtenProvince,
      detail: warning.province,
      region: warning.regency,
      year: warning.year,
      law: warning.law,
    }
  return {
    field: 'regency',
    warning: 'renamed-regency',
    value: warning.written,
    detail: warning.regency,
    year: warning.year,
    law: warning.law,
  }
}

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
  warnings: RowWarning[]
}

const textOf = (fields: Record<string, unknown>, key: string) =>
  typeof fields[key] === 'string' ? String(fields[key]).trim() : ''

/**
 * The region of a row, checked even when other fields are wrong, so every problem shows at once: a
 * province (and a regency inside it, or inside one of the provinces it was split into), or a regency
 * alone, from which the province follows.
 */
function place(fields: Record<string, unknown>, catalogue: RegionCatalogue): Placement {
  const text = (key: 'province' | 'regency') => textOf(fields, key)
  if (!text('province') && !text('regency')) {
    const blank = isBlank(fields.province) && isBlank(fields.regency)
    const problems: RowProblem[] = blank ? [{ field: 'province', problem: 'region-required' }] : []
    return { province: undefined, regency: undefined, problems, warnings: [] }
  }
  const written = { regency: text('regency'), province: text('province') }
  const region = rememberedRegion(catalogue, `${written.regency}\n${written.province}`, () =>
    resolveRowRegion(catalogue, written),
  )
  if (region.kind !== 'found')
    return { province: undefined, regency: undefined, problems: [regionProblem(region, text)], warnings: [] }
  return {
    province: region.province,
    regency: region.regency,
    problems: [],
    warnings: region.warnings.map(regionWarning),
  }
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
    awards: row.award ? awardsOf(row.award, read.year, catalogue) : [],
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
    warnings: [...placement.warnings, ...(year.warning ? [year.warning] : []), ...themes.warnings],
  }
}
