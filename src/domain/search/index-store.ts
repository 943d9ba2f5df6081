import { awardKeysOf } from './awards.ts'
import type { AnalysedDocument } from './document.ts'
import { PostingList } from './postings.ts'
import type { SearchDocument } from './types.ts'

/** What the index keeps per document besides its postings: filter fields and its own keys. */
export interface SlotRecord {
  id: number
  provinceCode: string
  regencyCode: string | null
  themes: readonly string[]
  years: readonly number[]
  awardKeys: readonly string[]
  /** Latest award year; -1 without awards, 0 for awards without a year. */
  awardYear: number
  terms: Int32Array
}

const COMPACT_MIN_DEAD = 256
const COMPACT_DEAD_SHARE = 0.25

/** Filter keys under which a slot is listed, for filter-first candidate generation. */
export const filterKey = {
  province: (code: string) => `p:${code}`,
  regency: (code: string) => `r:${code}`,
  year: (year: number) => `y:${year}`,
  award: (phrase: string) => `a:${phrase}`,
}

/**
 * The mutable core of the index. Documents live in slots numbered in insertion order, so every posting
 * list stays sorted by appending; replacing or removing a document frees its slot (readers skip it) and
 * the lists are compacted once a quarter of the slots are free. Document frequencies count live slots.
 */
export class IndexStore {
  readonly slots: (SlotRecord | undefined)[] = []
  readonly slotById = new Map<number, number>()
  readonly postings: PostingList[] = []
  readonly keys: string[] = []
  private readonly termIds = new Map<string, number>()
  private readonly df: number[] = []
  private readonly filterLists = new Map<string, number[]>()
  private dead = 0
  /** Changes on every write, for caches. */
  version = 0

  /** Live documents. */
  get size(): number {
    return this.slotById.size
  }

  /** Indexes a document in a new slot, freeing the slot of an older version with the same id. */
  add(doc: SearchDocument, analysed: AnalysedDocument): void {
    this.remove(doc.id)
    const slot = this.slots.length
    const terms = new Int32Array(analysed.impacts.size)
    let i = 0
    for (const [key, impact] of analysed.impacts) {
      const term = this.termIdOrCreate(key)
      this.postings[term]?.push(slot, impact)
      this.df[term] = (this.df[term] ?? 0) + 1
      terms[i++] = term
    }
    const record = recordOf(doc, terms)
    this.slots.push(record)
    this.slotById.set(doc.id, slot)
    for (const key of filterKeysOf(record)) this.filterList(key).push(slot)
    this.version++
  }

  /** Frees the slot of the document with this id (unknown ids are ignored); may compact. */
  remove(id: number): void {
    const slot = this.slotById.get(id)
    const record = slot === undefined ? undefined : this.slots[slot]
    if (slot === undefined || record === undefined) return
    for (const term of record.terms) this.df[term] = (this.df[term] ?? 1) - 1
    this.slots[slot] = undefined
    this.slotById.delete(id)
    this.dead++
    this.version++
    if (this.dead >= COMPACT_MIN_DEAD && this.dead >= this.slots.length * COMPACT_DEAD_SHARE) this.compact()
  }

  /** The term number of an index key, if any document ever held it. */
  termId(key: string): number | undefined {
    return this.termIds.get(key)
  }

  /** Live documents holding the key (0 for unknown keys). */
  documentFrequency(key: string): number {
    const term = this.termIds.get(key)
    return term === undefined ? 0 : (this.df[term] ?? 0)
  }

  /** Live documents holding the term. */
  dfOf(term: number): number {
    return this.df[term] ?? 0
  }

  /** BM25 inverse document frequency of a term among live documents. */
  idf(term: number): number {
    const df = this.df[term] ?? 0
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5))
  }

  /** Slots listed under a filter key (ascending; may include freed slots). */
  filterSlots(key: string): readonly number[] {
    return this.filterLists.get(key) ?? []
  }

  private termIdOrCreate(key: string): number {
    const existing = this.termIds.get(key)
    if (existing !== undefined) return existing
    const term = this.keys.length
    this.termIds.set(key, term)
    this.keys.push(key)
    this.postings.push(new PostingList())
    this.df.push(0)
    return term
  }

  private filterList(key: string): number[] {
    const existing = this.filterLists.get(key)
    if (existing !== undefined) return existing
    const created: number[] = []
    this.filterLists.set(key, created)
    return created
  }

  private compact(): void {
    const renumber = new Int32Array(this.slots.length).fill(-1)
    const live: SlotRecord[] = []
    for (const [slot, record] of this.slots.entries()) {
      if (record === undefined) continue
      renumber[slot] = live.length
      live.push(record)
    }
    for (const list of this.postings) list.compact(renumber)
    for (const [key, slots] of this.filterLists) {
      const kept = slots.map((slot) => renumber[slot] ?? -1).filter((slot) => slot >= 0)
      if (kept.length === 0) this.filterLists.delete(key)
      else this.filterLists.set(key, kept)
    }
    this.slots.length = 0
    this.slotById.clear()
    for (const [slot, record] of live.entries()) {
      this.slots.push(record)
      this.slotById.set(record.id, slot)
    }
    this.dead = 0
    this.version++
  }
}

function recordOf(doc: SearchDocument, terms: Int32Array): SlotRecord {
  const awardYears = doc.awards.map((award) => award.year ?? 0)
  const years = new Set([...(doc.year === null ? [] : [doc.year]), ...awardYears.filter((y) => y > 0)])
  return {
    id: doc.id,
    provinceCode: doc.provinceCode,
    regencyCode: doc.regencyCode,
    themes: doc.themes,
    years: [...years],
    awardKeys: [...new Set(doc.awards.flatMap(awardKeysOf))],
    awardYear: awardYears.length === 0 ? -1 : Math.max(...awardYears),
    terms,
  }
}

function filterKeysOf(record: SlotRecord): string[] {
  return [
    filterKey.province(record.provinceCode),
    ...(record.regencyCode === null ? [] : [filterKey.regency(record.regencyCode)]),
    ...record.years.map(filterKey.year),
    ...record.awardKeys.map(filterKey.award),
  ]
}
