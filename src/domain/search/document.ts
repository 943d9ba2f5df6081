import { contentWords, joinedNameParts, stemWord } from './analyzer.ts'
import type { SearchDocument } from './types.ts'
import { themeKey, titleKey } from './vocabulary.ts'

/** How much a word counts in each field, and the field length at which it counts fully. */
const FIELDS = {
  name: { weight: 4, length: 3 },
  expansion: { weight: 3, length: 5 },
  agency: { weight: 1.5, length: 3 },
  region: { weight: 1, length: 3 },
  description: { weight: 1, length: 50 },
  awards: { weight: 0.8, length: 8 },
} as const
const K1 = 1.2
const B = 0.6
const THEME_IMPACT = 1
const TITLE_IMPACT = 1

/**
 * A document reduced to what the index stores: impact per index key (words, its themes, and which words
 * are in its name or expansion), and its words for typo correction.
 */
export interface AnalysedDocument {
  impacts: Map<string, number>
  words: Set<string>
}

/**
 * Analyses a document. A key's impact sums, over fields, the field weight times a BM25 saturation of its
 * frequency normalised by a fixed reference length per field (name and expansion count most, then agency
 * and region names, then the description). Fixed references keep impacts independent of the rest of
 * the catalogue, so documents can be added one at a time. `regionText` is the regency and province name.
 */
export function analyseDocument(doc: SearchDocument, regionText: string): AnalysedDocument {
  const impacts = new Map<string, number>()
  const words = new Set<string>()
  const name = contentWords(doc.name)
  addField(impacts, FIELDS.name, name, joinedNameParts(doc.name))
  const texts = {
    expansion: contentWords(doc.expansion ?? ''),
    agency: contentWords(doc.agency ?? ''),
    description: contentWords(doc.description),
    awards: contentWords(doc.awards.map((award) => award.title).join(' ')),
  }
  for (const [field, fieldWords] of Object.entries(texts) as [keyof typeof texts, string[]][]) {
    addField(impacts, FIELDS[field], fieldWords, [])
    for (const word of fieldWords) words.add(word)
  }
  addField(impacts, FIELDS.region, contentWords(regionText), [])
  for (const word of name) words.add(word)
  for (const word of joinedNameParts(doc.name)) words.add(word)
  for (const slug of doc.themes) impacts.set(themeKey(slug), THEME_IMPACT)
  for (const word of [...name, ...joinedNameParts(doc.name), ...texts.expansion]) {
    impacts.set(titleKey(stemWord(word)), TITLE_IMPACT)
  }
  return { impacts, words }
}

function addField(
  impacts: Map<string, number>,
  field: { weight: number; length: number },
  words: readonly string[],
  extra: readonly string[],
): void {
  if (words.length === 0) return
  const counts = new Map<string, number>()
  for (const word of [...words, ...extra]) {
    const key = stemWord(word)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const norm = K1 * (1 - B + (B * words.length) / field.length)
  for (const [key, tf] of counts) {
    impacts.set(key, (impacts.get(key) ?? 0) + (field.weight * tf * (K1 + 1)) / (tf + norm))
  }
}
