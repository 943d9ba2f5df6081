import type { RegionCatalogue } from '../regions/catalogue.ts'
import { findRegionMentions, meantMentions, narrowRegions } from '../regions/resolver.ts'
import type { Region } from '../regions/types.ts'
import { tokenize } from '../text/normalize.ts'
import { isContentWord, stemWord } from './analyzer.ts'
import { awardPhraseAt } from './awards.ts'
import { OPTIONAL_WORDS } from './stopwords.ts'
import { MAX_PHRASE_WORDS, type PhraseInfo, phraseInfo, themeKey, themesOfWord } from './vocabulary.ts'

/** One index key searched for, with the share of its score a match earns. */
export interface QueryTerm {
  key: string
  weight: number
}

/** One way to satisfy a concept: every group matched (a group is matched by any of its terms). */
export interface QueryAlternative {
  groups: readonly (readonly QueryTerm[])[]
  weight: number
}

/**
 * One thing the user asked for: a word or a known phrase ("ibu hamil"), with its synonym and theme
 * alternatives. `label` is what was typed. An optional concept scores but is not required.
 */
export interface QueryConcept {
  label: string
  alternatives: readonly QueryAlternative[]
  optional: boolean
}

/** A query taken apart: words to match (AND of concepts) and the filters named in it. */
export interface ParsedQuery {
  concepts: QueryConcept[]
  regions: Region[]
  years: number[]
  awards: string[]
  themes: string[]
}

/** Longest query the parser reads, in words: enough for any real question, bounded for pasted text. */
export const MAX_QUERY_WORDS = 32
const MAX_CONCEPTS = 12
const FIRST_YEAR = 1990
const LAST_YEAR = 2100
const MIN_NUMBER_WORD = 3
const EQUIVALENT_WEIGHT = 0.9
const RELATED_WEIGHT = 0.6
const THEME_WEIGHT = 0.5
const ALTERNATE_WEIGHT = 0.9

/**
 * Parses free text into concepts and filters: regions (exact names and aliases, `findRegionMentions`),
 * years (1990-2100), award phrases ("top 99", "kipp", "opsi", "nasional"), then the remaining content
 * words, grouped into known phrases and expanded with synonyms and theme matches. Pure; never throws.
 */
export function parseQuery(catalogue: RegionCatalogue, text: string): ParsedQuery {
  return parseTokens(catalogue, tokenize(typeof text === 'string' ? text : ''))
}

/**
 * `parseQuery` on already normalised tokens (after typo correction). `alternates` maps a corrected word
 * to other equally close corrections, which match too (ranked by their rarity like any word).
 */
export function parseTokens(
  catalogue: RegionCatalogue,
  allTokens: readonly string[],
  alternates: ReadonlyMap<string, readonly string[]> = new Map(),
): ParsedQuery {
  const tokens = allTokens.slice(0, MAX_QUERY_WORDS)
  const mentions = meantMentions(catalogue, tokens, findRegionMentions(catalogue, tokens), isTopicWord)
  const covered = new Set(mentions.flatMap(({ start, end }) => range(start, end)))
  const years = new Set<number>()
  const awards = new Set<string>()
  const words: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue
    const token = tokens[i] ?? ''
    const award = awardPhraseAt(tokens, i)
    if (award !== undefined && !range(i, i + award.length).some((j) => covered.has(j))) {
      awards.add(award.phrase)
      i += award.length - 1
    } else if (isYear(token)) years.add(Number(token))
    else if (/^\d+$/.test(token) ? token.length >= MIN_NUMBER_WORD : isContentWord(token)) words.push(token)
  }
  const concepts = buildConcepts(words, alternates)
  return {
    concepts,
    regions: narrowRegions(mentions.map((mention) => mention.regions)),
    years: [...years],
    awards: [...awards],
    themes: unique(concepts.flatMap((concept) => themesOf(concept.label))),
  }
}

function buildConcepts(
  words: readonly string[],
  alternates: ReadonlyMap<string, readonly string[]>,
): QueryConcept[] {
  const concepts = new Map<string, QueryConcept>()
  let i = 0
  while (i < words.length && concepts.size < MAX_CONCEPTS) {
    const length = phraseLengthAt(words, i)
    const typed = words.slice(i, i + length)
    const label = typed.join(' ')
    if (!concepts.has(label)) concepts.set(label, conceptOf(typed, phraseInfo(label), alternates))
    i += length
  }
  const list = [...concepts.values()]
  return list.every((concept) => concept.optional) ? list.map((c) => ({ ...c, optional: false })) : list
}

function phraseLengthAt(words: readonly string[], start: number): number {
  for (let length = Math.min(MAX_PHRASE_WORDS, words.length - start); length > 1; length--) {
    if (phraseInfo(words.slice(start, start + length).join(' ')) !== undefined) return length
  }
  return 1
}

function conceptOf(
  typed: readonly string[],
  phrase: PhraseInfo | undefined,
  alternates: ReadonlyMap<string, readonly string[]>,
): QueryConcept {
  const label = typed.join(' ')
  const alternatives: QueryAlternative[] = [
    { groups: typed.map((word) => typedGroup(word, alternates.get(word) ?? [])), weight: 1 },
  ]
  const seen = new Set([signature(typed)])
  const add = (words: readonly string[], weight: number) => {
    if (seen.has(signature(words))) return
    seen.add(signature(words))
    alternatives.push({ groups: words.map((word) => [{ key: stemWord(word), weight: 1 }]), weight })
  }
  for (const words of phrase?.equivalents ?? []) add(words, EQUIVALENT_WEIGHT)
  for (const words of phrase?.related ?? []) add(words, RELATED_WEIGHT)
  if (phrase?.theme !== undefined && typed.length > 1) {
    alternatives.push({ groups: [[{ key: themeKey(phrase.theme), weight: 1 }]], weight: THEME_WEIGHT })
  }
  return { label, alternatives, optional: typed.every((word) => OPTIONAL_WORDS.has(word)) }
}

function typedGroup(word: string, alternates: readonly string[]): QueryTerm[] {
  const group = [{ key: stemWord(word), weight: 1 }]
  for (const alternate of alternates) group.push({ key: stemWord(alternate), weight: ALTERNATE_WEIGHT })
  for (const slug of themesOfWord(word)) group.push({ key: themeKey(slug), weight: THEME_WEIGHT })
  return group
}

function themesOf(label: string): string[] {
  const whole = phraseInfo(label)?.theme
  return unique([...(whole ? [whole] : []), ...label.split(' ').flatMap((word) => themesOfWord(word))])
}

function signature(words: readonly string[]): string {
  return words.map(stemWord).join(' ')
}

/** A word that says what is searched for, beside which an ordinary word is no place without a signal. */
function isTopicWord(token: string): boolean {
  return isContentWord(token) && !isYear(token) && awardPhraseAt([token], 0) === undefined
}

function isYear(token: string): boolean {
  if (!/^\d{4}$/.test(token)) return false
  const year = Number(token)
  return year >= FIRST_YEAR && year <= LAST_YEAR
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i)
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
