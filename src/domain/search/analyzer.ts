import { stemmer } from '@orama/stemmers/indonesian'
import { tokenize } from '../text/normalize.ts'
import { isStopword } from './stopwords.ts'

const STEM_CACHE_LIMIT = 200_000
const stems = new Map<string, string>()
const MAX_JOINED_PART = 5

/**
 * The index key of a normalised word: its Snowball Indonesian stem ("kesehatan" → "sehat", "pelayanan" →
 * "layan"), the algorithm Postgres' `indonesian` config uses, so word forms match. Memoised: a catalogue
 * repeats a few thousand words millions of times.
 */
export function stemWord(word: string): string {
  const cached = stems.get(word)
  if (cached !== undefined) return cached
  const stem = /^[a-z]+$/.test(word) ? stemmer(word) || word : word
  if (stems.size >= STEM_CACHE_LIMIT) stems.clear()
  stems.set(word, stem)
  return stem
}

/** Whether a normalised word is worth indexing or searching: not a stopword, not a lone letter or digit. */
export function isContentWord(word: string): boolean {
  return word.length >= 2 && !isStopword(word)
}

/** The content words of free text, normalised, in order (duplicates kept). */
export function contentWords(text: string): string[] {
  return tokenize(text).filter(isContentWord)
}

/**
 * Short adjacent parts of a name written together, so an acronym typed without its hyphen or space
 * ("jekmil" for "JEK-MIL", "oceoke" for "Oce Oke") is a word of the name.
 */
export function joinedNameParts(name: string): string[] {
  const parts = tokenize(name)
  const joined: string[] = []
  for (let i = 0; i + 1 < parts.length; i++) {
    const left = parts[i] ?? ''
    const right = parts[i + 1] ?? ''
    if (left.length <= MAX_JOINED_PART && right.length <= MAX_JOINED_PART) joined.push(left + right)
  }
  return joined
}
