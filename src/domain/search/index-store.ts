import { awardKeysOf } from './awards.ts'
import type { AnalysedDocument } from './document.ts'
import { listAt, type PackedLists, packLists, StringTable } from './packing.ts'
import { PostingList } from './postings.ts'
import type { SearchAward, SearchDocument } from './types.ts'

/** What the index keeps per document besides its postings: filter fields and its own keys. */
export interface SlotRecord {
  id: number
  provinceCode: string
  regencyCode: string | null
  themes: readonly string[]
  years: readonly number[]
  awardKeys: readonly string[]
  /** Each award with the phrases it answers to and its year (0 when unknown), latest first. */
  awards: readonly RecordAward[]
  /** Latest award year; -1 without awards, 0 for awards without a year. */
  awardYear: number
  /**
   * The record's term ids are `termValues[termStart..termEnd)` (see `termsOf`): a restored record points
   * into the snapshot's one packed array, so 100,000 records need no array view each.
   */
  termValues: Int32Array
  termStart: number
  termEnd: number
}

/** The term ids of a record. */
export function termsOf(record: SlotRecord): Int32Array {
  return record.termValues.subarray(record.termStart, record.termEnd)
}

/** One award of a document as filters see it. */
export interface RecordAward {
  title: string
  keys: readonly string[]
  year: number
}

/**
 * Everything an `IndexStore` holds, as plain data in a few typed arrays (see `packing.ts`): saved so that
 * a restart restores the index instead of analysing every document again.
 */
export interface IndexStoreSnapshot {
  keys: string[]
  df: Int32Array
  /** Slots of each term's postings, and their impacts (aligned with `postings.values`). */
  postings: PackedLists
  impacts: Float32Array
  records: PackedRecords
  filterKeys: string[]
  filterLists: PackedLists
  /** The distinct awards, each once, and the key each is stored under. */
  awards: RecordAward[]
  awardKeys: string[]
  dead: number
}

/** The slot records, column by column; strings are numbers in `strings`, awards numbers in `awards`. */
interface PackedRecords {
  /** -1 for a freed slot. */
  ids: Int32Array
  strings: string[]
  provinces: Int32Array
  /** -1 without a kabupaten/kota. */
  regencies: Int32Array
  themes: PackedLists
  years: PackedLists
  awardKeys: PackedLists
  awards: PackedLists
  awardYears: Int32Array
  terms: PackedLists
}

const COMPACT_MIN_DEAD = 256
/** Stands for a freed slot while packing. */
const EMPTY_RECORD: SlotRecord = {
  id: -1,
  provinceCode: '',
  regencyCode: null,
  themes: [],
  years: [],
  awardKeys: [],
  awards: [],
  awardYear: -1,
  termValues: new Int32Array(0),
  termStart: 0,
  termEnd: 0,
}
const COMPACT_DEAD_SHARE = 0.25

/** Filter keys under which a slot is listed, for filter-first candidate generation. */
export const filterKey = {
  province: (code: string) => `p:${code}`,
  regency: (code: string) => `r:${code}`,
  year: (year: number) => `y:${year}`,
  award: (phrase: string) => `a:${phrase}`,
  theme: (slug: string) => `t:${slug}`,
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
  /** One shared record per distinct award: a Top 99 list names 99 innovations. */
  private readonly awards = new Map<string, RecordAward>()
  private dead = 0
  /** Changes on every write, for caches. */
  version = 0

  /** The store as it was when `snapshot` was taken; the snapshot's arrays are taken over, not copied. */
  static restore(snapshot: IndexStoreSnapshot): IndexStore {
    const store = new IndexStore()
    for (const [term, key] of snapshot.keys.entries()) {
      const start = snapshot.postings.starts[term] ?? 0
      const end = snapshot.postings.starts[term + 1] ?? start
      store.keys.push(key)
      store.termIds.set(key, term)
      store.df.push(snapshot.df[term] ?? 0)
      store.postings.push(
        PostingList.of(listAt(snapshot.postings, term), snapshot.impacts.subarray(start, end)),
      )
    }
    for (const [i, key] of snapshot.awardKeys.entries()) {
      const award = snapshot.awards[i]
      if (award !== undefined) store.awards.set(key, award)
    }
    const { records } = snapshot
    const themes = sharedLists((n) => records.strings[n] ?? '')
    const years = sharedLists((n) => n)
    const awardKeys = sharedLists((n) => records.strings[n] ?? '')
    const awards = sharedLists((n) => snapshot.awards[n] as RecordAward)
    for (let slot = 0; slot < records.ids.length; slot++) {
      const id = records.ids[slot] ?? -1
      if (id < 0) {
        store.slots.push(undefined)
        continue
      }
      const regency = records.regencies[slot] ?? -1
      store.slots.push({
        id,
        provinceCode: records.strings[records.provinces[slot] ?? 0] ?? '',
        regencyCode: regency < 0 ? null : (records.strings[regency] ?? null),
        themes: themes(listAt(records.themes, slot)),
        years: years(listAt(records.years, slot)),
        awardKeys: awardKeys(listAt(records.awardKeys, slot)),
        awards: awards(listAt(records.awards, slot)),
        awardYear: records.awardYears[slot] ?? -1,
        termValues: records.terms.values,
        termStart: records.terms.starts[slot] ?? 0,
        termEnd: records.terms.starts[slot + 1] ?? 0,
      })
      store.slotById.set(id, slot)
    }
    for (const [i, key] of snapshot.filterKeys.entries()) {
      store.filterLists.set(key, Array.from(listAt(snapshot.filterLists, i)))
    }
    store.dead = snapshot.dead
    return store
  }

  /** The store as plain data (see `IndexStoreSnapshot`). */
  snapshot(): IndexStoreSnapshot {
    const postings = packLists(this.postings.map((list) => list.slots.subarray(0, list.length)))
    const impacts = new Float32Array(postings.values.length)
    for (const [term, list] of this.postings.entries()) {
      impacts.set(list.impacts.subarray(0, list.length), postings.starts[term])
    }
    const awards = [...this.awards.values()]
    const awardNumbers = new Map(awards.map((award, i) => [award, i]))
    const table = new StringTable()
    const live = this.slots.map((record) => record ?? EMPTY_RECORD)
    return {
      keys: this.keys,
      df: Int32Array.from(this.df),
      postings,
      impacts,
      records: {
        ids: Int32Array.from(this.slots, (record) => record?.id ?? -1),
        provinces: Int32Array.from(live, (record) => table.numberOf(record.provinceCode)),
        regencies: Int32Array.from(live, (r) =>
          r.regencyCode === null ? -1 : table.numberOf(r.regencyCode),
        ),
        themes: packLists(live.map((record) => record.themes.map((theme) => table.numberOf(theme)))),
        years: packLists(live.map((record) => record.years)),
        awardKeys: packLists(live.map((record) => record.awardKeys.map((key) => table.numberOf(key)))),
        awards: packLists(live.map((record) => record.awards.map((award) => awardNumbers.get(award) ?? 0))),
        awardYears: Int32Array.from(live, (record) => record.awardYear),
        terms: packLists(live.map(termsOf)),
        strings: table.strings,
      },
      filterKeys: [...this.filterLists.keys()],
      filterLists: packLists([...this.filterLists.values()]),
      awards,
      awardKeys: [...this.awards.keys()],
      dead: this.dead,
    }
  }

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
    const record = recordOf(doc, terms, (award) => this.awardOf(award))
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
    for (const term of termsOf(record)) this.df[term] = (this.df[term] ?? 1) - 1
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

  private awardOf(award: SearchAward): RecordAward {
    const key = `${award.level} ${award.year ?? 0} ${award.title}`
    const existing = this.awards.get(key)
    if (existing !== undefined) return existing
    const created = { title: award.title, keys: awardKeysOf(award), year: award.year ?? 0 }
    this.awards.set(key, created)
    return created
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

function recordOf(
  doc: SearchDocument,
  terms: Int32Array,
  awardOf: (award: SearchAward) => RecordAward,
): SlotRecord {
  const awardYears = doc.awards.map((award) => award.year ?? 0)
  const years = new Set([...(doc.year === null ? [] : [doc.year]), ...awardYears.filter((y) => y > 0)])
  return {
    id: doc.id,
    provinceCode: doc.provinceCode,
    regencyCode: doc.regencyCode,
    themes: doc.themes,
    years: [...years],
    awardKeys: [...new Set(doc.awards.flatMap(awardKeysOf))],
    awards: doc.awards.map(awardOf).sort((a, b) => b.year - a.year),
    awardYear: awardYears.length === 0 ? -1 : Math.max(...awardYears),
    termValues: terms,
    termStart: 0,
    termEnd: terms.length,
  }
}

function filterKeysOf(record: SlotRecord): string[] {
  return [
    filterKey.province(record.provinceCode),
    ...(record.regencyCode === null ? [] : [filterKey.regency(record.regencyCode)]),
    ...record.years.map(filterKey.year),
    ...record.awardKeys.map(filterKey.award),
    ...record.themes.map(filterKey.theme),
  ]
}

/**
 * Equal lists of a restored snapshot as one shared, read-only array: thousands of records hold
 * ["kesehatan"] or [2019], and 100,000 records' own small arrays cost tens of megabytes.
 */
function sharedLists<T>(item: (n: number) => T): (list: Int32Array) => readonly T[] {
  const seen = new Map<string, readonly T[]>()
  return (list) => {
    const key = list.join(',')
    let shared = seen.get(key)
    if (shared === undefined) {
      shared = Array.from(list, item)
      seen.set(key, shared)
    }
    return shared
  }
}
