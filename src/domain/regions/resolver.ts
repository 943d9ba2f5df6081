import Fuse from 'fuse.js'
import { editDistance } from '../text/edit-distance.ts'
import { isIndonesianWord, isIndonesianWordForm } from '../text/indonesian-words.ts'
import { tokenize } from '../text/normalize.ts'
import { ADMINISTRATIVE_WORDS, LEVEL_WORDS } from './aliases.ts'
import { type RegionCatalogue, regionCode } from './catalogue.ts'
import type { Region, RegionLevel } from './types.ts'

/**
 * `guessed` lists the typed words that were read as a place only by spelling correction ("makasar"):
 * the interface confirms such a place before using it.
 */
export type Resolution =
  | { kind: 'found'; region: Region; guessed?: string[] }
  | { kind: 'ambiguous'; candidates: Region[]; guessed?: string[] }
  | { kind: 'unknown' }

/** Token span [start, end) naming `regions`; several regions when the name is ambiguous ("bandung"). */
export interface RegionMention {
  regions: Region[]
  start: number
  end: number
}

interface Phrase {
  words: string[]
  level?: RegionLevel | undefined
}

const SKIPPED_WORDS = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'atau',
  'se',
  'wilayah',
  'daerah',
  'pemerintah',
  'pemda',
])
const FUZZY_MIN_LENGTH = 5
const FUZZY_MAX_LENGTH = 64
const FUZZY_LONG_QUERY = 9
const FUZZY_MAX_WORDS = 6
const FUZZY_MAX_PHRASES = 4
/** Words before a place name that say a place is meant ("di malang", "dari pati"). */
const PLACE_PREPOSITIONS = new Set(['di', 'ke', 'dari', 'wilayah', 'daerah', 'pemda', 'pemerintah'])
const fuzzyIndexes = new WeakMap<RegionCatalogue, Fuse<string>>()

/**
 * Free text of a user ("Kab. Wajo", "wajo sulsel", "kota makassar", "Sulsel", "makasar") to one region.
 * Exact names and aliases first (see `findRegionMentions`); words left over are corrected against names
 * and aliases with fuse.js, accepting only 1 edit (5-8 letters) or 2 edits (9+), never below 5 letters.
 * A kabupaten/kota named together with its province resolves to the kabupaten/kota ("magetan jawa timur").
 * A bare name shared by a province and a kabupaten/kota ("gorontalo", "jambi", "bengkulu") is the
 * province; "kab"/"kota" before it selects the kabupaten/kota. Never throws.
 */
export function resolveRegion(catalogue: RegionCatalogue, text: string): Resolution {
  if (typeof text !== 'string') return { kind: 'unknown' }
  return remembered(catalogue, text)
}

/** Texts whose resolution is remembered per catalogue: an import names the same few hundred places again and again. */
const REMEMBERED_TEXTS = 20_000
const resolutions = new WeakMap<RegionCatalogue, Map<string, Resolution>>()

function remembered(catalogue: RegionCatalogue, text: string): Resolution {
  let known = resolutions.get(catalogue)
  if (!known) {
    known = new Map()
    resolutions.set(catalogue, known)
  }
  const hit = known.get(text)
  if (hit) return hit
  if (known.size >= REMEMBERED_TEXTS) known.clear()
  const resolution = resolveFresh(catalogue, text)
  known.set(text, resolution)
  return resolution
}

function resolveFresh(catalogue: RegionCatalogue, text: string): Resolution {
  const tokens = tokenize(text)
  const mentions = findRegionMentions(catalogue, tokens)
  const corrections = unmatchedPhrases(tokens, mentions)
    .slice(0, FUZZY_MAX_PHRASES)
    .flatMap((phrase) => correctPhrase(catalogue, phrase))
  const corrected = corrections.map((correction) => correction.regions)
  const [first, ...rest] = narrowRegions([...mentions.map((mention) => mention.regions), ...corrected])
  if (first === undefined) return { kind: 'unknown' }
  const chosen = new Set([first, ...rest].map(regionCode))
  const guessed = corrections
    .filter((correction) => correction.regions.some((region) => chosen.has(regionCode(region))))
    .map((correction) => correction.typed)
  const guess = guessed.length > 0 ? { guessed } : {}
  return rest.length === 0
    ? { kind: 'found', region: first, ...guess }
    : { kind: 'ambiguous', candidates: [first, ...rest], ...guess }
}

/**
 * The place a misspelt word names ("makasar" → Kota Makassar, "magetn" → Magetan): the closest name or
 * alias written as one word (1 edit from 5 letters, 2 from 9), unless another place is as close; never for an
 * ordinary Indonesian word ("buruk", "kabar", "sumur") or a word with no vowel. `key` is the name or alias
 * it was corrected to. A plain scan with bounded edit distance: cheap enough for every unknown query word.
 */
export function guessRegion(
  catalogue: RegionCatalogue,
  word: string,
): { key: string; regions: Region[] } | undefined {
  if (word.length < FUZZY_MIN_LENGTH || word.length > FUZZY_MAX_LENGTH) return undefined
  if (isIndonesianWordForm(word) || !/[aeiou]/.test(word)) return undefined
  const maxEdits = word.length < FUZZY_LONG_QUERY ? 1 : 2
  let best = maxEdits + 1
  let keys: string[] = []
  for (const key of oneWordKeyIndex(catalogue).near(word, maxEdits)) {
    const distance = editDistance(word, key, best)
    if (distance < best) {
      best = distance
      keys = [key]
    } else if (distance === best && best <= maxEdits) keys.push(key)
  }
  const [key] = keys
  if (key === undefined || best > maxEdits) return undefined
  const regions = uniqueRegions(keys.flatMap((k) => selectLevel(catalogue.lookup(k))))
  // One closest name (perhaps of a kabupaten and a kota, "kupng"), or several naming one place; a word as
  // close to two different places ("bantaen": Bantaeng or Banten) is no guess.
  return keys.length === 1 || regions.length === 1 ? { key, regions } : undefined
}

/** Names and aliases written as one word, by trigram: the few worth an edit distance for a typed word. */
interface OneWordKeyIndex {
  near(word: string, maxEdits: number): string[]
}

const oneWordKeyIndexes = new WeakMap<RegionCatalogue, OneWordKeyIndex>()

function oneWordKeyIndex(catalogue: RegionCatalogue): OneWordKeyIndex {
  const existing = oneWordKeyIndexes.get(catalogue)
  if (existing !== undefined) return existing
  const keys = [...new Set(catalogue.keys.map((key) => key.replaceAll(' ', '')))]
  const grams = new Map<string, number[]>()
  keys.forEach((key, id) => {
    for (const gram of trigrams(key)) grams.set(gram, [...(grams.get(gram) ?? []), id])
  })
  const created: OneWordKeyIndex = {
    near(word, maxEdits) {
      const ids = new Set(trigrams(word).flatMap((gram) => grams.get(gram) ?? []))
      return [...ids]
        .map((id) => keys[id] ?? '')
        .filter((key) => Math.abs(key.length - word.length) <= maxEdits)
    },
  }
  oneWordKeyIndexes.set(catalogue, created)
  return created
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`
  return Array.from({ length: padded.length - 2 }, (_, i) => padded.slice(i, i + 3))
}

/**
 * The mentions a person meant as places. A bare one-word name that is also an ordinary Indonesian word
 * ("batu", "malang", "pati", "padang", "buru") names a place only with a signal: a level word before it
 * ("kota batu", "kab. pati"), a place preposition ("di malang"), its province named too ("pati jateng"),
 * or no other topic word in the query ("malang", "inovasi malang"). So does an alias or abbreviation that
 * is an ordinary word ("loteng", "tasik"): "renovasi loteng rumah" names no place. Other aliases, province
 * names and names of several words always count. `isTopicWord` tells a query's topic words.
 */
export function meantMentions(
  catalogue: RegionCatalogue,
  tokens: readonly string[],
  mentions: readonly RegionMention[],
  isTopicWord: (word: string) => boolean,
): RegionMention[] {
  const covered = new Set(mentions.flatMap(({ start, end }) => range(start, end)))
  const otherTopic = tokens.some((token, i) => !covered.has(i) && isTopicWord(token))
  const provinces = new Set(
    mentions.flatMap((m) => m.regions.filter((r) => r.kind === 'province').map((r) => r.province.code)),
  )
  return mentions.filter((mention) => {
    if (!isOrdinaryWordMention(catalogue, tokens, mention)) return true
    const before = tokens[mention.start - 1] ?? ''
    return (
      !otherTopic ||
      PLACE_PREPOSITIONS.has(before) ||
      mention.regions.some((region) => provinces.has(region.province.code))
    )
  })
}

function isOrdinaryWordMention(
  catalogue: RegionCatalogue,
  tokens: readonly string[],
  mention: RegionMention,
): boolean {
  if (mention.end - mention.start !== 1) return false
  const word = tokens[mention.start] ?? ''
  if (!isIndonesianWord(word)) return false
  return mention.regions.every((region) => region.kind === 'regency') && catalogue.lookup(word).length > 0
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i)
}

/**
 * Exact mentions (alias or normalised name, multi-word n-grams, longest match first) in an already
 * tokenised query (`tokenize`), for the search parser. A level word ("kab", "kabupaten", "kota",
 * "provinsi", "prov", "pemkab", ...) before a name is part of the mention and narrows the kind; when no
 * region of that kind has the name, the name alone is the mention. No fuzzy matching here.
 */
export function findRegionMentions(catalogue: RegionCatalogue, tokens: readonly string[]): RegionMention[] {
  const mentions: RegionMention[] = []
  let start = 0
  while (start < tokens.length) {
    const mention = mentionAt(catalogue, tokens, start)
    if (mention !== undefined) mentions.push(mention)
    start = mention?.end ?? start + 1
  }
  return mentions
}

/**
 * The regions several mentions name together: kabupaten/kota, narrowed to the provinces also mentioned
 * when any of them lies there ("bandung jabar", "wajo sulsel"); provinces only when no kabupaten/kota is
 * mentioned. Without duplicates, in mention order.
 */
export function narrowRegions(groups: readonly (readonly Region[])[]): Region[] {
  const regions = uniqueRegions(groups.flat())
  const regencies = regions.filter((region) => region.kind === 'regency')
  if (regencies.length === 0) return regions
  const provinceCodes = new Set(regions.filter((r) => r.kind === 'province').map((r) => r.province.code))
  const inProvince = regencies.filter((region) => provinceCodes.has(region.province.code))
  return inProvince.length > 0 ? inProvince : regencies
}

function mentionAt(
  catalogue: RegionCatalogue,
  tokens: readonly string[],
  start: number,
): RegionMention | undefined {
  const prefix = levelPrefixAt(tokens, start)
  const named = prefix && longestNameAt(catalogue, tokens, start + prefix.length, prefix.level)
  if (named) return { regions: named.regions, start, end: named.end }
  const bare = longestNameAt(catalogue, tokens, start)
  return bare && { regions: bare.regions, start, end: bare.end }
}

function levelPrefixAt(
  tokens: readonly string[],
  start: number,
): { level: RegionLevel; length: number } | undefined {
  const level = LEVEL_WORDS.get(tokens[start] ?? '')
  if (level === undefined) return undefined
  return { level, length: ADMINISTRATIVE_WORDS.has(tokens[start + 1] ?? '') ? 2 : 1 }
}

function longestNameAt(
  catalogue: RegionCatalogue,
  tokens: readonly string[],
  start: number,
  level?: RegionLevel,
): { regions: Region[]; end: number } | undefined {
  for (let end = Math.min(tokens.length, start + catalogue.maxKeyWords); end > start; end--) {
    const regions = selectLevel(catalogue.lookup(tokens.slice(start, end).join(' ')), level)
    if (regions.length > 0) return { regions, end }
  }
  return undefined
}

function selectLevel(regions: readonly Region[], level?: RegionLevel): Region[] {
  if (level !== undefined) return regions.filter((region) => levelOf(region) === level)
  const provinces = regions.filter((region) => region.kind === 'province')
  return provinces.length > 0 ? provinces : [...regions]
}

function levelOf(region: Region): RegionLevel {
  return region.kind === 'province' ? 'province' : region.regency.kind
}

function uniqueRegions(regions: readonly Region[]): Region[] {
  const byCode = new Map(regions.map((region) => [regionCode(region), region]))
  return [...byCode.values()]
}

function unmatchedPhrases(tokens: readonly string[], mentions: readonly RegionMention[]): Phrase[] {
  const covered = new Set(
    mentions.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, i) => start + i)),
  )
  const phrases: Phrase[] = []
  let current: Phrase | undefined
  let pendingLevel: RegionLevel | undefined
  for (const [i, token] of tokens.entries()) {
    const level = LEVEL_WORDS.get(token)
    if (
      covered.has(i) ||
      level !== undefined ||
      SKIPPED_WORDS.has(token) ||
      ADMINISTRATIVE_WORDS.has(token)
    ) {
      current = undefined
      pendingLevel = level ?? (ADMINISTRATIVE_WORDS.has(token) ? pendingLevel : undefined)
      continue
    }
    if (current === undefined) {
      current = { words: [], level: pendingLevel }
      phrases.push(current)
      pendingLevel = undefined
    }
    current.words.push(token)
  }
  return phrases
}

interface Correction {
  typed: string
  regions: Region[]
}

function correctPhrase(catalogue: RegionCatalogue, phrase: Phrase): Correction[] {
  const typed = phrase.words.join(' ')
  if (phrase.words.length === 1 && isIndonesianWordForm(typed)) return []
  const whole = closestKeys(catalogue, typed, phrase.level).regions
  if (whole.length > 0) return [{ typed, regions: whole }]
  if (phrase.words.length === 1 || phrase.words.length > FUZZY_MAX_WORDS) return []
  return phrase.words
    .filter((word) => !isIndonesianWordForm(word))
    .map((word) => ({ typed: word, regions: closestKeys(catalogue, word, phrase.level).regions }))
    .filter((correction) => correction.regions.length > 0)
}

/** The names and aliases closest to `query` (1 edit from 5 letters, 2 from 9) and the regions they name. */
function closestKeys(
  catalogue: RegionCatalogue,
  query: string,
  level?: RegionLevel,
): { keys: string[]; regions: Region[] } {
  if (query.length < FUZZY_MIN_LENGTH || query.length > FUZZY_MAX_LENGTH) return { keys: [], regions: [] }
  const maxEdits = query.length < FUZZY_LONG_QUERY ? 1 : 2
  let best = maxEdits
  let keys: string[] = []
  let regions: Region[] = []
  for (const { item: key } of fuzzyIndex(catalogue).search(query)) {
    const distance = Math.abs(key.length - query.length) > best ? best + 1 : editDistance(query, key)
    const named = distance <= best ? selectLevel(catalogue.lookup(key), level) : []
    if (named.length === 0) continue
    if (distance < best) {
      regions = []
      keys = []
    }
    best = distance
    keys.push(key)
    regions.push(...named)
  }
  return { keys, regions: selectLevel(uniqueRegions(regions), level) }
}

function fuzzyIndex(catalogue: RegionCatalogue): Fuse<string> {
  const existing = fuzzyIndexes.get(catalogue)
  if (existing !== undefined) return existing
  const created = new Fuse(catalogue.keys, { threshold: 0.4, ignoreLocation: true, isCaseSensitive: true })
  fuzzyIndexes.set(catalogue, created)
  return created
}
