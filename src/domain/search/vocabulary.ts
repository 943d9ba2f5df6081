import { THEMES } from '../innovations/themes.ts'
import { contentWords } from './analyzer.ts'
import { SYNONYMS } from './synonyms.ts'

/** What the synonym table and the themes say about a known phrase (normalised content words). */
export interface PhraseInfo {
  equivalents: string[][]
  related: string[][]
  theme?: string
}

/** The index key under which a document's theme is stored; no word can collide with it. */
export function themeKey(slug: string): string {
  return `theme:${slug}`
}

/** The index key marking that a word (by its index key) is in a document's name or expansion. */
export function titleKey(key: string): string {
  return `title:${key}`
}

const phraseTable = buildPhraseTable()
const themeWords = buildThemeWords()

/** The most words in a known phrase: the longest n-gram worth looking up. */
export const MAX_PHRASE_WORDS = Math.max(1, ...[...phraseTable.keys()].map((key) => key.split(' ').length))

/** The synonym and theme entry of a phrase (content words joined by spaces), if it is a known one. */
export function phraseInfo(phrase: string): PhraseInfo | undefined {
  return phraseTable.get(phrase)
}

/** Slugs of the themes a word names ("kesehatan" → ["kesehatan"]); see `buildThemeWords`. */
export function themesOfWord(word: string): readonly string[] {
  return themeWords.get(word) ?? []
}

/** The words of the synonym table and theme keywords: known to typo correction even if no entry has them. */
export const VOCABULARY_WORDS: ReadonlySet<string> = new Set([
  ...[...phraseTable.keys()].flatMap((key) => key.split(' ')),
  ...THEMES.flatMap((theme) => theme.keywords.flatMap(contentWords)),
])

/** Whether a normalised word is one the parser knows without the index: a synonym or theme word. */
export function isVocabularyWord(word: string): boolean {
  return VOCABULARY_WORDS.has(word)
}

function buildPhraseTable(): Map<string, PhraseInfo> {
  const table = new Map<string, PhraseInfo>()
  const entryOf = (key: string): PhraseInfo => {
    const existing = table.get(key)
    if (existing) return existing
    const created: PhraseInfo = { equivalents: [], related: [] }
    table.set(key, created)
    return created
  }
  for (const entry of SYNONYMS) {
    const phrases = entry.phrases.map(contentWords).filter((words) => words.length > 0)
    const related = (entry.related ?? []).map(contentWords).filter((words) => words.length > 0)
    for (const words of phrases) {
      const info = entryOf(words.join(' '))
      info.equivalents.push(...phrases)
      info.related.push(...related)
    }
  }
  for (const theme of THEMES) {
    for (const keyword of theme.keywords) {
      const words = contentWords(keyword)
      if (words.length > 1) entryOf(words.join(' ')).theme = theme.slug
    }
  }
  return table
}

/**
 * Theme keywords that name the theme itself (they appear in its label: "kesehatan", "umkm", "sanitasi"),
 * as opposed to narrower keywords ("gizi", "ojek"): only these also match every entry filed under the
 * theme, since "gizi" should not find every health innovation.
 */
function buildThemeWords(): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const theme of THEMES) {
    const labelWords = new Set(contentWords(`${theme.label} ${theme.slug}`))
    for (const keyword of theme.keywords) {
      const words = contentWords(keyword)
      const [word] = words
      if (words.length !== 1 || word === undefined || !labelWords.has(word)) continue
      map.set(word, unique([...(map.get(word) ?? []), theme.slug]))
    }
  }
  return map
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
