import type { AwardInput } from '../innovations/awards.ts'
import type { RegionCatalogue } from '../regions/catalogue.ts'
import type { Region } from '../regions/types.ts'

/** How sure the extractor is of one field, from 0 (not found) to 1 (stated plainly next to the name). */
export type FieldConfidence = Record<DraftField, number>

export type DraftField = 'name' | 'expansion' | 'agency' | 'region' | 'year' | 'award'

/**
 * One innovation an article names as awarded, nominated or featured. Every field is what the article
 * supports, or null: `region` is a kabupaten/kota with its province, or a province alone (a provincial unit).
 */
export interface InnovationDraft {
  name: string
  expansion: string | null
  agency: string | null
  region: Region | null
  year: number | null
  award: AwardInput | null
  confidence: FieldConfidence
}

/** What the extractor needs besides the text: the regions, and the current year (no clock in the domain). */
export interface ExtractionContext {
  regions: RegionCatalogue
  thisYear: number
}
