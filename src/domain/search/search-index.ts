import { findTheme } from '../innovations/themes.ts'
import { type RegionCatalogue, regionCode } from '../regions/catalogue.ts'
import { guessRegion } from '../regions/resolver.ts'
import type { Region } from '../regions/types.ts'
import { tokenize } from '../text/normalize.ts'
import { stemWord } from './analyzer.ts'
import { awardPhraseAt } from './awards.ts'
import { analyseDocument } from './document.ts'
import {
  filterMatches,
  isAnswerable,
  isFullMatch,
  type Matches,
  partialMatches,
  passesFilter,
  strictMatches,
} from './execute.ts'
import { compileFilter, type FilterParts, type QueryFilter } from './filters.ts'
import { IndexStore } from './index-store.ts'
import { type CompiledConcept, compileConcept, ImpactCache } from './matcher.ts'
import { type NameHit, NameIndex } from './names.ts'
import { MAX_QUERY_WORDS, type ParsedQuery, parseTokens } from './query.ts'
import { recentWinners, similarTo } from './related.ts'
import { SpellingIndex } from './spelling.ts'
import { isStopword, OPTIONAL_WORDS } from './stopwords.ts'
import type {
  SearchDocument,
  SearchHit,
  SearchIndex,
  SearchIndexSnapshot,
  SearchResult,
  Understood,
} from './types.ts'
import { isVocabularyWord, VOCABULARY_WORDS } from './vocabulary.ts'

export type {
  AwardLevel,
  SearchAward,
  SearchDocument,
  SearchHit,
  SearchIndex,
  SearchIndexSnapshot,
  SearchResult,
  Understood,
} from './types.ts'

const MAX_QUERY_CHARS = 1000
const DEFAULT_LIMIT = 10
const MAX_LIMIT = 100
const MAX_OFFSET = 10_000
const DEFAULT_SIMILAR = 5
const SUPPLEMENT_BELOW = 5
const MIN_CORRECTED_LENGTH = 4
/** A name match this close (fuse.js score) is what the user typed: it leads the results. */
const STRONG_NAME_SCORE = 0.1

interface RegionWords {
  names: Set<string>
  parts: Set<string>
}

interface Variant {
  concepts: readonly CompiledConcept[]
  parts: FilterParts
}

interface Engine {
  catalogue: RegionCatalogue
  store: IndexStore
  cache: ImpactCache
  spelling: SpellingIndex
  names: NameIndex
  regionWords: RegionWords
}

/**
 * An in-memory search index over the catalogue's innovations: empty (fill it with `upsert`), or as it was
 * when `snapshot` was taken (the snapshot is taken over). Queries are understood against `catalogue`
 * (regions named in them become filters). See `SearchIndex`.
 */
export function createSearchIndex(catalogue: RegionCatalogue, snapshot?: SearchIndexSnapshot): SearchIndex {
  const store = snapshot === undefined ? new IndexStore() : IndexStore.restore(snapshot.store)
  const regionWords = regionWordsOf(catalogue)
  const spelling = new SpellingIndex(
    (word) => store.documentFrequency(stemWord(word)),
    VOCABULARY_WORDS,
    regionWords.names,
    snapshot?.spelling,
  )
  const names = snapshot === undefined ? new NameIndex() : NameIndex.restore(snapshot.names)
  const engine: Engine = { catalogue, store, cache: new ImpactCache(), spelling, names, regionWords }
  return {
    upsert(doc: SearchDocument) {
      const analysed = analyseDocument(doc, regionTextOf(catalogue, doc))
      store.add(doc, analysed)
      names.add(doc.id, doc.name)
      for (const word of analysed.words) spelling.add(word)
    },
    remove(id: number) {
      store.remove(id)
      names.remove(id)
    },
    get size() {
      return store.size
    },
    search: (query, options) => search(engine, query, options),
    similar(id: number, limit = DEFAULT_SIMILAR) {
      return similarTo(store, engine.cache, id, clampInt(limit, 0, MAX_LIMIT, DEFAULT_SIMILAR))
    },
    recent(limit: number) {
      return recentWinners(store, clampInt(limit, 0, MAX_LIMIT, DEFAULT_LIMIT))
    },
    snapshot: () => ({ store: store.snapshot(), names: names.snapshot(), spelling: spelling.snapshot() }),
  }
}

function search(engine: Engine, query: string, options?: { limit?: number; offset?: number }): SearchResult {
  const limit = clampInt(options?.limit, 1, MAX_LIMIT, DEFAULT_LIMIT)
  const offset = clampInt(options?.offset, 0, MAX_OFFSET, 0)
  const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : ''
  const { corrected, corrections, alternates, guessed } = correctTokens(
    engine,
    tokenize(text).slice(0, MAX_QUERY_WORDS),
  )
  const parsed = parseTokens(engine.catalogue, corrected, alternates)
  const guessedRegions = guessed.filter((guess) =>
    parsed.regions.some((region) => guess.regions.some((g) => regionCode(g) === regionCode(region))),
  )
  const understood: Understood = {
    terms: parsed.concepts.map((concept) => concept.label),
    corrections,
    regions: parsed.regions,
    years: parsed.years,
    awards: parsed.awards,
    themes: parsed.themes,
    ...(guessedRegions.length > 0 ? { guessed: guessedRegions } : {}),
  }
  const variant = {
    concepts: parsed.concepts.map((concept) => compileConcept(engine.store, concept)),
    parts: { ...parsed, themeFilter: themeOnly(parsed) },
  }
  const { full, partial } = run(engine, variant, offset + limit)
  const byName = nameMatches(engine, variant, nameWords(parsed, corrections))
  const named = new Set(byName.all.map((hit) => hit.id))
  const filter = planOf(engine, variant).filter
  const hits: SearchHit[] = [
    ...byName.strong.map(({ id, score }) => ({ id, score: 1 - score })),
    ...full.top.filter((hit) => !named.has(hit.id)).map(({ id, score }) => ({ id, score })),
    ...byName.weak.map(({ id, score }) => ({ id, score: 1 - score })),
    ...partial.top.filter((hit) => !named.has(hit.id)).map(({ id, score }) => ({ id, score, partial: true })),
  ]
    .slice(offset, offset + limit)
    .map((hit) => withMatchedAward(engine, filter, hit))
  const partialNamed = partial.top.filter((hit) => named.has(hit.id)).length
  const total = full.total + partial.total - partialNamed + byName.extra
  const closestOnly = total > 0 && full.total === 0 && byName.all.length === 0
  const relaxed = total === 0 ? suggestRelaxed(engine, parsed, variant) : undefined
  const result = { understood, total, hits, closestOnly }
  return relaxed === undefined ? result : { ...result, relaxed }
}

/** The hit with the award its query's award or year filter matched ("top 99 2022" → that Top 99). */
function withMatchedAward(engine: Engine, filter: QueryFilter | undefined, hit: SearchHit): SearchHit {
  const slot = engine.store.slotById.get(hit.id)
  const record = slot === undefined ? undefined : engine.store.slots[slot]
  const award = record === undefined ? undefined : filter?.matchedAward(record)
  return award === undefined ? hit : { ...hit, award: award.title }
}

/**
 * The theme a query names when its words are just that theme's own name ("kesehatan", "inovasi
 * pendidikan", "tata kelola"): then the theme also filters. A narrower theme word ("sanitasi", "anak")
 * or other words beside it ("kartu identitas anak") only rank.
 */
function themeOnly(parsed: ParsedQuery): string[] {
  const [only, ...others] = parsed.concepts
  const theme =
    only === undefined || others.length > 0 ? undefined : findTheme(only.label.replaceAll(' ', '-'))
  return theme === undefined ? [] : [theme.slug]
}

/**
 * The words that may name an innovation: the query's words as typed (a typo correction undone, since
 * a name is often no dictionary word), without filters and stopwords.
 */
function nameWords(parsed: ParsedQuery, corrections: readonly { from: string; to: string }[]): string[] {
  const typed = new Map(corrections.map(({ from, to }) => [to, from]))
  return parsed.concepts.flatMap((concept) => concept.label.split(' ').map((word) => typed.get(word) ?? word))
}

/**
 * Innovations whose name fuse.js finds close to the query (see `NameIndex`), passing the query's
 * filters: `strong` ones (nearly exact) lead the results, `weak` ones follow the full matches, and
 * `extra` counts those the inverted index did not already count as full matches.
 */
function nameMatches(engine: Engine, variant: Variant, words: readonly string[]) {
  const plan = planOf(engine, variant)
  const strong: NameHit[] = []
  const weak: NameHit[] = []
  let extra = 0
  for (const hit of engine.names.match(words)) {
    const slot = engine.store.slotById.get(hit.id)
    if (slot === undefined || !passesFilter(plan, slot)) continue
    const full = isFullMatch(plan, slot)
    if (!full) extra++
    if (hit.score <= STRONG_NAME_SCORE) strong.push(hit)
    else if (!full) weak.push(hit)
  }
  return { strong, weak, extra, all: [...strong, ...weak] }
}

/**
 * Corrects query words that neither the catalogue nor the vocabulary knows (see `SpellingIndex`); words
 * too short, numbers, stopwords, region and award words are left alone. Equally close corrections
 * after the first become `alternates`. A word is never corrected into a place name: a word no ordinary
 * correction fits may be a misspelt place ("makasar"), read as one only when it is not an ordinary
 * Indonesian word (`guessRegion`) and reported in `guessed`.
 */
function correctTokens(engine: Engine, tokens: readonly string[]) {
  const corrections: { from: string; to: string }[] = []
  const guessed: { typed: string; regions: Region[] }[] = []
  const alternates = new Map<string, string[]>()
  const corrected = tokens.map((token, i) => {
    const known =
      token.length < MIN_CORRECTED_LENGTH ||
      /\d/.test(token) ||
      isStopword(token) ||
      OPTIONAL_WORDS.has(token) ||
      isVocabularyWord(token) ||
      engine.regionWords.parts.has(token) ||
      awardPhraseAt(tokens, i) !== undefined ||
      engine.store.documentFrequency(stemWord(token)) > 0
    const [to, ...others] = known ? [] : engine.spelling.suggest(token)
    if (to === undefined) {
      const guess = known ? undefined : guessRegion(engine.catalogue, token)
      if (guess === undefined) return token
      guessed.push({ typed: token, regions: guess.regions })
      return guess.key
    }
    corrections.push({ from: token, to })
    if (others.length > 0) alternates.set(to, others)
    return to
  })
  return { corrected, corrections, alternates, guessed }
}

function planOf(engine: Engine, variant: Variant) {
  return {
    store: engine.store,
    cache: engine.cache,
    concepts: variant.concepts,
    filter: compileFilter(engine.store, variant.parts),
  }
}

/**
 * Full matches, then partial ones when there are fewer than `SUPPLEMENT_BELOW` full matches and every
 * query word is answerable in the filtered catalogue (or at most one is a word nobody knows).
 */
function run(engine: Engine, variant: Variant, need: number): { full: Matches; partial: Matches } {
  const plan = planOf(engine, variant)
  const none = { total: 0, top: [] }
  if (variant.concepts.length === 0) return { full: filterMatches(plan, need), partial: none }
  const full = strictMatches(plan, need)
  const required = variant.concepts.filter((concept) => !concept.optional)
  const supplement =
    full.total < SUPPLEMENT_BELOW &&
    (full.total > 0 ||
      (required.filter(isUnknownWord).length <= 1 &&
        required.every((concept) => isUnknownWord(concept) || isAnswerable(plan, concept))))
  const exclude = new Set(full.top.map((hit) => hit.id))
  return { full, partial: supplement ? partialMatches(plan, need, exclude) : none }
}

/**
 * A looser query that finds something, for a query that found nothing: without its filters, without one
 * kind of filter, or without the words no innovation has. Undefined when none helps.
 */
function suggestRelaxed(engine: Engine, parsed: ParsedQuery, variant: Variant): string | undefined {
  const answerable = variant.concepts.filter((concept) => concept.strictEstimate > 0)
  const noFilter: FilterParts = { regions: [], years: [], awards: [] }
  const candidates: Variant[] = [
    { concepts: variant.concepts, parts: noFilter },
    { concepts: variant.concepts, parts: { ...parsed, years: [] } },
    { concepts: variant.concepts, parts: { ...parsed, awards: [] } },
    { concepts: variant.concepts, parts: { ...parsed, regions: [] } },
    { concepts: answerable, parts: parsed },
    { concepts: answerable, parts: noFilter },
  ]
  const found = candidates.find((candidate) => {
    const searchable =
      candidate.concepts.length > 0
        ? candidate.concepts.some((concept) => !concept.optional)
        : hasFilter(candidate.parts)
    if (!searchable || describe(candidate) === describe(variant)) return false
    const plan = planOf(engine, candidate)
    return (candidate.concepts.length > 0 ? strictMatches(plan, 0) : filterMatches(plan, 0)).total > 0
  })
  return found === undefined ? undefined : describe(found)
}

/**
 * A query word that neither the catalogue nor the vocabulary knows ("rawan" in "peta rawan bencana"): a
 * description rather than a topic, so partial matches may leave it out. A known topic no entry has
 * ("stunting") is never left out: the honest answer to it is "nothing".
 */
function isUnknownWord(concept: CompiledConcept): boolean {
  return concept.strictEstimate === 0 && !concept.label.split(' ').some(isVocabularyWord)
}

/** The query text of a variant, as a user would type it: words, then region, award and year. */
function describe(variant: Variant): string {
  return [
    ...variant.concepts.map((concept) => concept.label),
    ...variant.parts.regions.map(regionName),
    ...variant.parts.awards,
    ...variant.parts.years.map(String),
  ].join(' ')
}

function hasFilter(parts: FilterParts): boolean {
  return parts.regions.length + parts.years.length + parts.awards.length > 0
}

function regionName(region: Region): string {
  return region.kind === 'province' ? region.province.name : region.regency.officialName
}

function regionTextOf(catalogue: RegionCatalogue, doc: SearchDocument): string {
  const regency = doc.regencyCode === null ? undefined : catalogue.regency(doc.regencyCode)
  const province = catalogue.province(doc.provinceCode)
  return `${regency?.name ?? ''} ${province?.name ?? ''}`
}

/**
 * Region words: `names` are whole one-word names and aliases, written together ("muaraenim"), which a
 * typo may be corrected to; `parts` are every word of a name, which are never corrected ("enim").
 */
function regionWordsOf(catalogue: RegionCatalogue): RegionWords {
  const names = new Set<string>()
  const parts = new Set<string>()
  for (const key of catalogue.keys) {
    names.add(key.replaceAll(' ', ''))
    for (const word of key.split(' ')) parts.add(word)
  }
  return { names, parts }
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.trunc(value)))
}
