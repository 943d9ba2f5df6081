import Fuse from 'fuse.js'
import { editDistance } from '../text/edit-distance.ts'
import { tokenize } from '../text/normalize.ts'
import { ADMINISTRATIVE_WORDS, LEVEL_WORDS } from './aliases.ts'
import { type RegionCatalogue, regionCode } from './catalogue.ts'
import type { Region, RegionLevel } from './types.ts'

export type Resolution =
  | { kind: 'found'; region: Region }
  | { kind: 'ambiguous'; candidates: Region[] }
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
  const corrected = unmatchedPhrases(tokens, mentions)
    .slice(0, FUZZY_MAX_PHRASES)
    .flatMap((phrase) => correctPhrase(catalogue, phrase))
  const [first, ...rest] = narrowRegions([...mentions.map((mention) => mention.regions), ...corrected])
  if (first === undefined) return { kind: 'unknown' }
  return rest.length === 0
    ? { kind: 'found', region: first }
    : { kind: 'ambiguous', candidates: [first, ...rest] }
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

function correctPhrase(catalogue: RegionCatalogue, phrase: Phrase): Region[][] {
  const whole = correct(catalogue, phrase.words.join(' '), phrase.level)
  if (whole.length > 0) return [whole]
  if (phrase.words.length === 1 || phrase.words.length > FUZZY_MAX_WORDS) return []
  return phrase.words
    .map((word) => correct(catalogue, word, phrase.level))
    .filter((regions) => regions.length > 0)
}

function correct(catalogue: RegionCatalogue, query: string, level?: RegionLevel): Region[] {
  if (query.length < FUZZY_MIN_LENGTH || query.length > FUZZY_MAX_LENGTH) return []
  const maxEdits = query.length < FUZZY_LONG_QUERY ? 1 : 2
  let best = maxEdits
  let regions: Region[] = []
  for (const { item: key } of fuzzyIndex(catalogue).search(query)) {
    const distance = Math.abs(key.length - query.length) > best ? best + 1 : editDistance(query, key)
    const named = distance <= best ? selectLevel(catalogue.lookup(key), level) : []
    if (named.length === 0) continue
    if (distance < best) regions = []
    best = distance
    regions.push(...named)
  }
  return selectLevel(uniqueRegions(regions), level)
}

function fuzzyIndex(catalogue: RegionCatalogue): Fuse<string> {
  const existing = fuzzyIndexes.get(catalogue)
  if (existing !== undefined) return existing
  const created = new Fuse(catalogue.keys, { threshold: 0.4, ignoreLocation: true, isCaseSensitive: true })
  fuzzyIndexes.set(catalogue, created)
  return created
}
