import type { SearchDocument } from '../search/types.ts'
import type { AwardInput } from './awards.ts'

export const INNOVATION_STAGES = ['inisiatif', 'uji_coba', 'penerapan'] as const
export type InnovationStage = (typeof INNOVATION_STAGES)[number]

/** An innovation as it enters the catalogue (import, seed or an approved submission). */
export interface InnovationInput {
  name: string
  expansion: string | null
  agency: string
  regencyCode: string | null
  provinceCode: string
  year: number | null
  theme: string | null
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
 * What makes two rows the same innovation: name + agency + regency, compared case- and
 * space-insensitively, so "JEK-MIL / Puskesmas Bendo" and "jek mil / PUSKESMAS  BENDO" are one.
 */
export function naturalKey(input: Pick<InnovationInput, 'name' | 'agency' | 'regencyCode' | 'provinceCode'>) {
  return [fold(input.name), fold(input.agency), input.regencyCode ?? `p${input.provinceCode}`].join('|')
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
    theme: input.theme,
    description: input.description,
    awards: input.awards.map(({ title, level, year }) => ({ title, level, year })),
  }
}

/** The latest year an innovation may carry at `now`: next year, for programmes announced ahead. */
export const latestInnovationYear = (now: Date) => now.getFullYear() + 1
