import { LEVEL_WORDS } from '../regions/aliases.ts'
import type { RegionCatalogue } from '../regions/catalogue.ts'
import { findRegionMentions } from '../regions/resolver.ts'
import type { Region, RegionLevel } from '../regions/types.ts'
import { editDistance } from '../text/edit-distance.ts'
import { normalizeText } from '../text/normalize.ts'

/** A word of the article with its offsets and its normalised form. */
export interface Word {
  text: string
  norm: string
  start: number
  end: number
}

/** Where the article names a region: its words, and whether a level word ("Kabupaten", "Pemkab") led it. */
export interface PlaceMention {
  regions: readonly Region[]
  start: number
  end: number
  prefixed: boolean
}

/**
 * Bare names that are everyday words or parts of other names ("Muara Batu", "Buru-buru"): they name a
 * region only after a level word ("Kota Batu").
 */
const BARE_NAMES_NEEDING_LEVEL: ReadonlySet<string> = new Set([
  'batu',
  'buru',
  'malaka',
  'agam',
  'kota',
  'raya',
  'tengah',
  'barat',
  'timur',
  'utara',
  'selatan',
  'bima',
  'pati',
  'bone',
  'tual',
  'sigi',
  'muna',
  'alor',
  'belu',
  'lingga',
  'siak',
  'kaur',
  'ende',
  'nias',
  'karo',
  'paser',
  'berau',
  'kampar',
  'tebo',
  'bungo',
  'solok',
  'dairi',
  'asahan',
  'sambas',
  'jambi',
  'lebak',
])

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-/&.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu

/** The words of `text` between `from` and `to`, with offsets into `text`. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = []
  const pattern = new RegExp(WORD.source, 'gu')
  pattern.lastIndex = from
  for (let match = pattern.exec(text); match !== null && match.index < to; match = pattern.exec(text)) {
    const end = Math.min(match.index + match[0].length, to)
    const raw = text.slice(match.index, end)
    const plain = /^[A-Za-z0-9]+$/.test(raw) && !/([a-z])\1\1/i.test(raw)
    words.push({ text: raw, norm: plain ? raw.toLowerCase() : normalizeText(raw), start: match.index, end })
  }
  return words
}

/**
 * Every region named between `from` and `to`. Only exact names and aliases: an unprefixed name must be
 * written with a capital ("Banyuwangi", not "batu") and not be an everyday word; a level word before a
 * misspelt name lets the resolver correct it ("Kota Koiokerto" → Kota Mojokerto).
 */
export function placesIn(catalogue: RegionCatalogue, text: string, from: number, to: number): PlaceMention[] {
  if (lastScan?.catalogue !== catalogue || lastScan.text !== text)
    lastScan = { catalogue, text, places: scanPlaces(catalogue, text) }
  return lastScan.places.filter((place) => place.start >= from && place.end <= to)
}

/** The places of the last article read: the extractor asks for many stretches of the same text. */
let lastScan: { catalogue: RegionCatalogue; text: string; places: PlaceMention[] } | undefined

function scanPlaces(catalogue: RegionCatalogue, text: string): PlaceMention[] {
  const words = wordsOf(text).flatMap((word) => word.norm.split(' ').map((norm) => ({ ...word, norm })))
  const mentions: PlaceMention[] = []
  for (const mention of mentionsInCandidateRuns(catalogue, words)) {
    const first = words[mention.start]
    const last = words[mention.end - 1]
    if (first === undefined || last === undefined) continue
    const prefixed = LEVEL_WORDS.has(first.norm)
    const nameWords = words.slice(prefixed ? mention.start + 1 : mention.start, mention.end)
    const name = nameWords.map((word) => word.norm).join(' ')
    const capitalised = nameWords.every((word) => /^[\p{Lu}\p{N}]/u.test(word.text))
    if (!prefixed && (!capitalised || BARE_NAMES_NEEDING_LEVEL.has(name))) continue
    mentions.push({ regions: mention.regions, start: first.start, end: last.end, prefixed })
  }
  return [...mentions, ...correctedAfterLevelWords(catalogue, words, mentions)].sort(
    (a, b) => a.start - b.start,
  )
}

/**
 * Region mentions within runs of capitalised words and level words: a lowercase word is never part of a
 * mention the extractor keeps, so the resolver only reads the runs (a long article stays fast).
 */
function mentionsInCandidateRuns(catalogue: RegionCatalogue, words: readonly Word[]) {
  const found: { regions: readonly Region[]; start: number; end: number }[] = []
  let runStart = 0
  for (let i = 0; i <= words.length; i++) {
    const word = words[i]
    if (word !== undefined && (/^[\p{Lu}\p{N}]/u.test(word.text) || LEVEL_WORDS.has(word.norm))) continue
    if (i > runStart) {
      const tokens = words.slice(runStart, i).map((run) => run.norm)
      for (const mention of findRegionMentions(catalogue, tokens))
        found.push({ regions: mention.regions, start: mention.start + runStart, end: mention.end + runStart })
    }
    runStart = i + 1
  }
  return found
}

function correctedAfterLevelWords(
  catalogue: RegionCatalogue,
  words: readonly Word[],
  found: readonly PlaceMention[],
): PlaceMention[] {
  const corrected: PlaceMention[] = []
  for (const [i, word] of words.entries()) {
    const next = words[i + 1]
    if (!LEVEL_WORDS.has(word.norm) || next === undefined || !/^\p{Lu}/u.test(next.text)) continue
    if (found.some((mention) => mention.start <= word.start && mention.end > word.start)) continue
    const level = LEVEL_WORDS.get(word.norm)
    const region = level === 'province' ? undefined : closestRegency(catalogue, next.norm, level)
    if (region) corrected.push({ regions: [region], start: word.start, end: next.end, prefixed: true })
  }
  return corrected
}

/**
 * The one kabupaten/kota whose one-word name is 1 edit away (5-8 letters) or 2 (9+) from a word written
 * after a level word ("Kota Koiokerto" → Kota Mojokerto); none when two are as close.
 */
function closestRegency(
  catalogue: RegionCatalogue,
  word: string,
  level: RegionLevel | undefined,
): Region | undefined {
  if (word.length < 5 || word.includes(' ')) return undefined
  const allowed = word.length < 9 ? 1 : 2
  let best: Region[] = []
  let bestDistance = allowed + 1
  for (const regency of catalogue.regencies) {
    if ((level && regency.kind !== level) || Math.abs(regency.name.length - word.length) > allowed) continue
    const distance = editDistance(word, normalizeText(regency.name), allowed)
    if (distance > bestDistance) continue
    const province = catalogue.province(regency.provinceCode)
    if (province === undefined) continue
    const region: Region = { kind: 'regency', regency, province }
    best = distance < bestDistance ? [region] : [...best, region]
    bestDistance = distance
  }
  return bestDistance <= allowed && best.length === 1 ? best[0] : undefined
}

/** The one kabupaten/kota or province a mention names, or undefined when it is ambiguous. */
export function singleRegion(mention: PlaceMention): Region | undefined {
  const regencies = mention.regions.filter((region) => region.kind === 'regency')
  if (mention.regions.length === 1) return mention.regions[0]
  if (regencies.length === 1) return regencies[0]
  return undefined
}
