import Fuse from 'fuse.js'
import { tokenize } from '../text/normalize.ts'
import { listAt, type PackedLists, packLists } from './packing.ts'

/** Shortest query, written together, worth matching against names: shorter ones match anything. */
const MIN_KEY_LENGTH = 5
const MAX_KEY_LENGTH = 40
/** Query words at most: names are short, a longer query is a question, not a name. */
const MAX_QUERY_WORDS = 4
const MAX_LENGTH_RATIO = 0.35
const MAX_CANDIDATES = 60
const MIN_SHARED_GRAMS = 2
/** fuse.js scores 0 (same) to 1; above this a name is not what the user typed. */
export const NAME_THRESHOLD = 0.3
const MAX_NAME_HITS = 5

/** An innovation whose name (or acronym) is close to the query, with fuse.js's score (0 is exact). */
export interface NameHit {
  id: number
  score: number
}

/** Everything a `NameIndex` holds, as plain data (see `packing.ts`). */
export interface NameIndexSnapshot {
  ids: Int32Array
  keys: string[]
  live: Uint8Array
  gramKeys: string[]
  grams: PackedLists
}

interface Entry {
  id: number
  key: string
  live: boolean
}

/**
 * Typo-tolerant matching of innovation names and acronyms, written apart, together or with punctuation
 * ("sikon layn kb", "sikonlayankb", "salamrabain" for "Salam Rabain", "jek mil" for "JEK-MIL"). Each name
 * is kept as one key of its letters and digits; a trigram index narrows 100,000 names to a few dozen
 * of similar spelling and length, and fuse.js (Bitap) ranks that shortlist against the query written
 * together. The search joins these hits with the inverted index's (see `search-index.ts`).
 */
export class NameIndex {
  private readonly entries: Entry[] = []
  private readonly entryById = new Map<number, number>()
  /** Entries per trigram and length; a restored list stays a view of the snapshot until a name joins it. */
  private readonly grams = new Map<string, number[] | Int32Array>()
  private shared = new Uint8Array(0)

  /** The index as it was when `snapshot` was taken; the snapshot is taken over, not copied. */
  static restore(snapshot: NameIndexSnapshot): NameIndex {
    const index = new NameIndex()
    for (const [position, key] of snapshot.keys.entries()) {
      const entry = { id: snapshot.ids[position] ?? 0, key, live: snapshot.live[position] === 1 }
      index.entries.push(entry)
      if (entry.live) index.entryById.set(entry.id, position)
    }
    for (const [i, gram] of snapshot.gramKeys.entries()) {
      index.grams.set(gram, listAt(snapshot.grams, i))
    }
    return index
  }

  /** The index as plain data. */
  snapshot(): NameIndexSnapshot {
    return {
      ids: Int32Array.from(this.entries, (entry) => entry.id),
      keys: this.entries.map((entry) => entry.key),
      live: Uint8Array.from(this.entries, (entry) => (entry.live ? 1 : 0)),
      gramKeys: [...this.grams.keys()],
      grams: packLists([...this.grams.values()]),
    }
  }

  /** Indexes the name of an innovation, replacing its previous name. */
  add(id: number, name: string): void {
    this.remove(id)
    const key = nameKey(tokenize(name))
    if (key.length < 2) return
    const entry = this.entries.length
    this.entries.push({ id, key, live: true })
    this.entryById.set(id, entry)
    for (const gram of trigrams(key)) {
      const listKey = gramKey(gram, key.length)
      const list = this.grams.get(listKey)
      if (list === undefined) this.grams.set(listKey, [entry])
      else if (list[list.length - 1] === entry) continue
      else if (Array.isArray(list)) list.push(entry)
      else this.grams.set(listKey, [...list, entry])
    }
  }

  remove(id: number): void {
    const entry = this.entryById.get(id)
    if (entry === undefined) return
    const record = this.entries[entry]
    if (record !== undefined) record.live = false
    this.entryById.delete(id)
  }

  /**
   * Innovations whose name is within fuse.js's threshold of the query words written together, best
   * first; empty for queries too short or too long to be a name.
   */
  match(words: readonly string[]): NameHit[] {
    if (words.length === 0 || words.length > MAX_QUERY_WORDS) return []
    const key = nameKey(words)
    if (key.length < MIN_KEY_LENGTH || key.length > MAX_KEY_LENGTH) return []
    const candidates = this.candidates(key)
    if (candidates.length === 0) return []
    const fuse = new Fuse(candidates, {
      keys: ['key'],
      includeScore: true,
      ignoreLocation: true,
      threshold: NAME_THRESHOLD,
    })
    return fuse.search(key, { limit: MAX_NAME_HITS }).map(({ item, score = 1 }) => ({ id: item.id, score }))
  }

  /**
   * Live names sharing the most trigrams with `key`, of a similar length. Trigrams are listed per name
   * length, so only the names of a fitting length are read: a common trigram ("^si") is in tens of
   * thousands of names, a few thousand of each length.
   */
  private candidates(key: string): Entry[] {
    if (this.shared.length < this.entries.length) this.shared = new Uint8Array(this.entries.length * 2)
    const slack = Math.max(1, key.length * MAX_LENGTH_RATIO)
    const touched: number[] = []
    for (const gram of new Set(trigrams(key))) {
      for (let length = Math.ceil(key.length - slack); length <= key.length + slack; length++) {
        for (const entry of this.grams.get(gramKey(gram, length)) ?? []) {
          if (this.shared[entry] === 0) touched.push(entry)
          this.shared[entry] = Math.min(255, (this.shared[entry] ?? 0) + 1)
        }
      }
    }
    // Bucketed by trigrams shared, so only the best buckets are read and sorted (by id), not every name
    // touched: a common trigram touches thousands of names for a shortlist of 60.
    const byShared: number[][] = []
    for (const index of touched) {
      const shared = this.shared[index] ?? 0
      this.shared[index] = 0
      if (shared < MIN_SHARED_GRAMS) continue
      const bucket = byShared[shared]
      if (bucket === undefined) byShared[shared] = [index]
      else bucket.push(index)
    }
    const shortlist: Entry[] = []
    for (let shared = byShared.length - 1; shared >= MIN_SHARED_GRAMS; shared--) {
      const live = (byShared[shared] ?? []).flatMap((index) => {
        const entry = this.entries[index]
        return entry?.live ? [entry] : []
      })
      shortlist.push(...live.sort((a, b) => a.id - b.id))
      if (shortlist.length >= MAX_CANDIDATES) break
    }
    return shortlist.slice(0, MAX_CANDIDATES)
  }
}

/** A name as one key: its normalised words written together ("SI-PANDAI" → "sipandai"). */
function nameKey(words: readonly string[]): string {
  return words.join('')
}

/** The list of the names of this length holding this trigram. */
function gramKey(gram: string, length: number): string {
  return `${gram}${length}`
}

function trigrams(key: string): string[] {
  const padded = `^${key}$`
  const grams: string[] = []
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3))
  return grams
}
