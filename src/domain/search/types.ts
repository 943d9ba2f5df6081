import type { AwardLevel } from '../innovations/awards.ts'
import type { Region } from '../regions/types.ts'
import type { IndexStoreSnapshot } from './index-store.ts'
import type { NameIndexSnapshot } from './names.ts'
import type { SpellingSnapshot } from './spelling.ts'

export type { AwardLevel }

/** An award as the search index sees it: the title is matched, the year filters. */
export interface SearchAward {
  title: string
  level: AwardLevel
  year: number | null
  /** Announced as provisional (finalists awaiting the public test): shown so, never taken for final. */
  provisional?: boolean
}

/**
 * What the index stores about one innovation: only what is searched, filtered or shown as a region.
 * `id` is the database id; `provinceCode`/`regencyCode` are BPS codes; `themes` are theme slugs.
 */
export interface SearchDocument {
  id: number
  name: string
  expansion: string | null
  agency: string | null
  regencyCode: string | null
  provinceCode: string
  year: number | null
  themes: readonly string[]
  description: string
  awards: readonly SearchAward[]
}

/** What the index made of a query, so the bot can say "searched for … in …" and offer corrections. */
export interface Understood {
  /** The words searched, as typed (after stopwords and typo corrections; synonyms not expanded). */
  terms: string[]
  /** Typo corrections applied to query words before searching. */
  corrections: { from: string; to: string }[]
  /** Region filter: a hit lies in one of these regions. */
  regions: Region[]
  /** Year filter: the innovation's year or one of its award years is one of these. */
  years: number[]
  /** Award filter, normalised ("top 99", "kipp", "nasional"): a hit has an award matching every phrase. */
  awards: string[]
  /** Theme slugs recognised in the query (a theme word also matches innovations filed under the theme). */
  themes: string[]
  /**
   * Places read from a misspelt word ("makasar" → Kota Makassar): a guess the interface shows and offers
   * to undo. Absent when every place was typed exactly.
   */
  guessed?: { typed: string; regions: Region[] }[]
}

/**
 * One ranked innovation. `partial` marks hits that lack one of the query words (or part of a phrase):
 * they are ranked after every hit that has them all, and shown only when full matches are few.
 */
export interface SearchHit {
  id: number
  score: number
  partial?: boolean
  /** Title of the award the query's award or year filter matched: the one to show beside the hit. */
  award?: string
}

/**
 * A page of results. `total` counts full and partial matches; `relaxed` is set only when `total` is 0
 * and a looser query (without a filter or an unknown word) would find something: a suggestion to offer.
 */
export interface SearchResult {
  understood: Understood
  total: number
  hits: SearchHit[]
  /** True only when no result matches every word: all hits are the closest partial matches. */
  closestOnly: boolean
  relaxed?: string
}

/** In-memory search over the catalogue; every method is synchronous and never throws on user text. */
export interface SearchIndex {
  /** Inserts the document, or replaces the one with the same id; visible to the next search. */
  upsert(doc: SearchDocument): void
  /** Removes the document with this id; unknown ids are ignored. */
  remove(id: number): void
  /** The number of documents indexed. */
  readonly size: number
  /** Ranked hits for free text: filters from regions/years/awards, AND of the remaining words. */
  search(query: string, options?: { limit?: number; offset?: number }): SearchResult
  /** Innovations like this one (shared rare words, theme, region), excluding itself; [] for unknown ids. */
  similar(id: number, limit?: number): SearchHit[]
  /** Ids of the most recent award winners (award year descending, then id descending). */
  recent(limit: number): number[]
  /**
   * The whole index as plain data, for `createSearchIndex` to restore at the next start without analysing
   * every document again. It shares the index's arrays: serialise it before the next change.
   */
  snapshot(): SearchIndexSnapshot
}

/** What `SearchIndex.snapshot` returns: the inverted index, the name index and the typo vocabulary. */
export interface SearchIndexSnapshot {
  store: IndexStoreSnapshot
  names: NameIndexSnapshot
  spelling: SpellingSnapshot
}
