import type { SearchDocument } from '../search/types.ts'
import type { AwardInput } from './awards.ts'

export const INNOVATION_STAGES = ['inisiatif', 'uji_coba', 'penerapan'] as const
export type InnovationStage = (typeof INNOVATION_STAGES)[number]

/** An innovation as it enters the catalogue (import, seed or an approved submission). */
export interface InnovationInput {
  name: string
  expansion: string | null
  /** Null when the source names no agency. */
  agency: string | null
  regencyCode: string | null
  provinceCode: string
  year: number | null
  /** Theme slugs (themes.ts), possibly several. */
  themes: string[]
  /** The source's own theme words that no theme names, kept as written. */
  tags: string[]
  description: string
  source: string | null
  innovator: string | null
  awards: AwardInput[]
}

/** Folds text the way two entries are compared: case, spacing and punctuation do not matter. */
function fold(text: string) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * The first half of what makes two rows the same innovation: the name and the region (kabupaten/kota, or
 * the province for a provincial one), compared case-, space- and punctuation-insensitively, so
 * "JEK-MIL" in Magetan and "jek mil" in Kabupaten Magetan are one. See `sameInnovation` for the agency.
 */
export function naturalKey(input: Pick<InnovationInput, 'name' | 'regencyCode' | 'provinceCode'>) {
  return [fold(input.name), input.regencyCode ?? `p${input.provinceCode}`].join('|')
}

/** The agency folded like the name; '' when the source names none. */
export function agencyKey(agency: string | null): string {
  return agency === null ? '' : fold(agency)
}

/** A stored innovation with the same natural key as an incoming row: its id and its agency key. */
export interface KeyedInnovation {
  id: number
  agencyKey: string
}

/**
 * Which of the innovations with the same name and region a row is (the natural key being equal): the
 * one with the same agency; else, when the row names an agency, the one that had none (the row adds
 * it); else, when the row names none, the only one there is. Undefined means a new innovation: the row
 * names an agency nobody has, or names none while several agencies have the name in that region.
 */
export function sameInnovation<T extends KeyedInnovation>(
  rowAgencyKey: string,
  known: readonly T[],
): T | undefined {
  const exact = known.find((candidate) => candidate.agencyKey === rowAgencyKey)
  if (exact) return exact
  if (rowAgencyKey !== '') return known.find((candidate) => candidate.agencyKey === '')
  return known.length === 1 ? known[0] : undefined
}

/** An innovation as the search index stores it, under its database id. */
export function toSearchDocument(id: number, input: InnovationInput): SearchDocument {
  return {
    id,
    name: input.name,
    expansion: input.expansion,
    agency: input.agency,
    regencyCode: input.regencyCode,
    provinceCode: input.provinceCode,
    year: input.year,
    themes: input.themes,
    description: input.description,
    awards: input.awards.map(({ title, level, year }) => ({ title, level, year })),
  }
}
