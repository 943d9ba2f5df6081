import { filterKey, type IndexStore, type SlotRecord, termsOf } from './index-store.ts'
import type { ImpactCache } from './matcher.ts'
import { type Ranked, selectTop } from './ranking.ts'
import type { SearchHit } from './types.ts'

const SIMILAR_TERMS = 12
const SIMILAR_POSTINGS = 1000
const SIMILAR_MAX_DF_SHARE = 0.1
const SIMILAR_MIN_DF_CAP = 50
const THEME_BONUS = 2
const REGENCY_BONUS = 2
const PROVINCE_BONUS = 1
const PSEUDO_KEY = ':'

/**
 * Innovations like the one with `id`: the documents sharing its most distinctive words (highest
 * impact × idf, skipping words in more than a tenth of the catalogue), plus a bonus for the same theme,
 * kabupaten/kota and province. With no shared word, those of the same kabupaten/kota (or province).
 */
export function similarTo(store: IndexStore, cache: ImpactCache, id: number, limit: number): SearchHit[] {
  const slot = store.slotById.get(id)
  const record = slot === undefined ? undefined : store.slots[slot]
  if (slot === undefined || record === undefined || limit <= 0) return []
  const scores = new Map<number, number>()
  const maxDf = Math.max(SIMILAR_MIN_DF_CAP, store.size * SIMILAR_MAX_DF_SHARE)
  for (const term of distinctiveTerms(store, record, slot, maxDf)) {
    const list = store.postings[term]
    if (list === undefined) continue
    const idf = store.idf(term)
    const slots = cache.top(list, SIMILAR_POSTINGS)
    for (const other of slots) {
      if (other !== slot) scores.set(other, (scores.get(other) ?? 0) + idf * list.impactAt(other))
    }
  }
  if (scores.size === 0)
    for (const other of neighbours(store, record)) if (other !== slot) scores.set(other, 0)
  const ranked: Ranked[] = []
  for (const [other, score] of scores) {
    const candidate = store.slots[other]
    if (candidate !== undefined) {
      ranked.push({ slot: other, id: candidate.id, score: score + bonus(record, candidate) })
    }
  }
  return selectTop(ranked, limit).map(({ id: hit, score }) => ({ id: hit, score }))
}

/** Ids of the latest award winners: award year descending, then id descending. */
export function recentWinners(store: IndexStore, limit: number): number[] {
  const ranked: Ranked[] = []
  for (const [slot, record] of store.slots.entries()) {
    if (record !== undefined && record.awardYear >= 0) {
      ranked.push({ slot, id: -record.id, score: record.awardYear })
    }
  }
  return selectTop(ranked, limit).map((item) => -item.id)
}

function distinctiveTerms(store: IndexStore, record: SlotRecord, slot: number, maxDf: number): number[] {
  const weighted: { term: number; weight: number }[] = []
  for (const term of termsOf(record)) {
    const df = store.dfOf(term)
    const list = store.postings[term]
    if (df <= 1 || df > maxDf || list === undefined || store.keys[term]?.includes(PSEUDO_KEY)) continue
    weighted.push({ term, weight: list.impactAt(slot) * store.idf(term) })
  }
  return weighted
    .sort((a, b) => b.weight - a.weight || a.term - b.term)
    .slice(0, SIMILAR_TERMS)
    .map(({ term }) => term)
}

function neighbours(store: IndexStore, record: SlotRecord): number[] {
  const key =
    record.regencyCode === null
      ? filterKey.province(record.provinceCode)
      : filterKey.regency(record.regencyCode)
  return [...store.filterSlots(key)].slice(0, SIMILAR_POSTINGS)
}

function bonus(record: SlotRecord, other: SlotRecord): number {
  let total = 0
  if (record.themes.some((slug) => other.themes.includes(slug))) total += THEME_BONUS
  if (record.regencyCode !== null && record.regencyCode === other.regencyCode) total += REGENCY_BONUS
  if (record.provinceCode === other.provinceCode) total += PROVINCE_BONUS
  return total
}
