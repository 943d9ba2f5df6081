import { normalizeText } from '../text/normalize.ts'
import { LEVEL_WORDS } from './aliases.ts'
import { type RegionCatalogue, regionLabel } from './catalogue.ts'
import { PROVINCE_SPLITS, type ProvinceSplit, REGENCY_RENAMES } from './history-data.ts'
import { resolveRegion } from './resolver.ts'
import type { Province, Regency, Region } from './types.ts'

/** What an import row's region was written as, when that differs from today's names. */
export type RegionWarning =
  | {
      kind: 'province-before-split'
      regency: string
      writtenProvince: string
      province: string
      year: number
      law: string
    }
  | { kind: 'renamed-regency'; written: string; regency: string; year: number; law: string }

export type RowRegion =
  | { kind: 'found'; province: Province; regency?: Regency; warnings: RegionWarning[] }
  | { kind: 'unknown'; field: 'province' | 'regency' }
  | { kind: 'ambiguous'; field: 'province' | 'regency'; candidates: Region[] }
  | { kind: 'mismatch'; province: Province }

/** The split that moved `regency`'s province out of `written`, if any ("Tolikara" under "Papua"). */
export function splitBetween(written: Province, today: Province): ProvinceSplit | undefined {
  return PROVINCE_SPLITS.find(
    (split) => split.formerCode === written.code && split.successorCodes.includes(today.code),
  )
}

/**
 * The region of an import row from its regency and province text as lists write them: today's names,
 * abbreviations, a province named as it was before a split ("Tolikara", "Papua" → Papua Pegunungan) or a
 * former regency name ("Kabupaten Toba Samosir" → Toba). Both cases are accepted under today's region
 * with a warning naming the law that made the change. A regency outside the written province otherwise
 * is a `mismatch`. Pure; never throws.
 */
export function resolveRowRegion(
  catalogue: RegionCatalogue,
  row: { regency?: string | null; province?: string | null },
): RowRegion {
  const regencyText = (row.regency ?? '').trim()
  if ((row.province ?? '').trim() === '') return resolveRegencyAlone(catalogue, regencyText)
  const province = resolveProvinceText(catalogue, row.province ?? '')
  if (province.kind !== 'found') return province
  if (regencyText === '') return { kind: 'found', province: province.province, warnings: [] }
  const resolution = resolveRegion(catalogue, regencyText)
  const candidates =
    resolution.kind === 'found'
      ? [resolution.region]
      : resolution.kind === 'ambiguous'
        ? resolution.candidates
        : []
  const regencies = candidates.flatMap((region) => (region.kind === 'regency' ? [region] : []))
  const fitting = regencies.filter(
    (region) =>
      region.province.code === province.province.code || splitBetween(province.province, region.province),
  )
  const [only, ...others] = fitting
  if (only === undefined) {
    return regencies.length > 0
      ? { kind: 'mismatch', province: province.province }
      : { kind: 'unknown', field: 'regency' }
  }
  if (others.length > 0) return { kind: 'ambiguous', field: 'regency', candidates: fitting }
  if (only.kind !== 'regency') return { kind: 'unknown', field: 'regency' }
  return {
    kind: 'found',
    province: only.province,
    regency: only.regency,
    warnings: warningsFor(regencyText, province.province, only),
  }
}

/**
 * A regency named without a province ("Gowa", "Kab. Selayar"): the province follows from it. A province
 * written in the regency column is taken as the province.
 */
function resolveRegencyAlone(catalogue: RegionCatalogue, regencyText: string): RowRegion {
  const resolution = resolveRegion(catalogue, regencyText)
  if (resolution.kind === 'unknown') return { kind: 'unknown', field: 'regency' }
  if (resolution.kind === 'ambiguous')
    return { kind: 'ambiguous', field: 'regency', candidates: resolution.candidates }
  const region = resolution.region
  if (region.kind === 'province') return { kind: 'found', province: region.province, warnings: [] }
  return {
    kind: 'found',
    province: region.province,
    regency: region.regency,
    warnings: warningsFor(regencyText, region.province, region),
  }
}

function resolveProvinceText(
  catalogue: RegionCatalogue,
  text: string,
): { kind: 'found'; province: Province } | Extract<RowRegion, { kind: 'unknown' | 'ambiguous' }> {
  const resolution = resolveRegion(catalogue, text)
  if (resolution.kind === 'found') return { kind: 'found', province: resolution.region.province }
  if (resolution.kind === 'unknown') return { kind: 'unknown', field: 'province' }
  const provinces = new Set(resolution.candidates.map((region) => region.province.code))
  const [first] = resolution.candidates
  if (provinces.size === 1 && first) return { kind: 'found', province: first.province }
  return { kind: 'ambiguous', field: 'province', candidates: resolution.candidates }
}

function warningsFor(
  regencyText: string,
  written: Province,
  region: Extract<Region, { kind: 'regency' }>,
): RegionWarning[] {
  const warnings: RegionWarning[] = []
  const split = splitBetween(written, region.province)
  if (split) {
    warnings.push({
      kind: 'province-before-split',
      regency: region.regency.officialName,
      writtenProvince: written.name,
      province: region.province.name,
      year: split.year,
      law: split.law,
    })
  }
  const typed = withoutLevelWords(regencyText)
  const rename = REGENCY_RENAMES.find((r) => r.code === region.regency.code && r.formerName === typed)
  if (rename) {
    warnings.push({
      kind: 'renamed-regency',
      written: regencyText,
      regency: regionLabel(region),
      year: rename.year,
      law: rename.law,
    })
  }
  return warnings
}

function withoutLevelWords(text: string): string {
  return normalizeText(text)
    .split(' ')
    .filter((word) => !LEVEL_WORDS.has(word))
    .join(' ')
}
