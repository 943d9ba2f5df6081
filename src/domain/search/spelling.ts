import Fuse from 'fuse.js'
import { editDistance } from '../text/edit-distance.ts'
import { listAt, type PackedLists, packLists } from './packing.ts'

const MIN_TYPO_LENGTH = 4
const MAX_TYPO_LENGTH = 24
const MIN_WORD_LENGTH = 3
const MAX_LENGTH_GAP = 2
const MAX_CANDIDATES = 40
const FUSE_THRESHOLD = 0.5
const TWO_EDITS_FROM = 8
const MAX_ALTERNATES = 2

/** The words a `SpellingIndex` knows and their trigrams, as plain data. */
export interface SpellingSnapshot {
  words: string[]
  gramKeys: string[]
  grams: PackedLists
}

interface Suggestion {
  word: string
  edits: number
  score: number
  popularity: number
}

/**
 * Typo correction of query words against the words of the catalogue. A trigram index narrows the
 * vocabulary (100,000s of words) to a few dozen of similar length and spelling; fuse.js ranks those,
 * which keeps its Bitap scoring where it shines, on a small list. A correction is at most one edit
 * (two from 8 letters; a swap of neighbours is one). The fewest edits win, then words some document
 * holds, then the Bitap score, then `popularity` (documents holding the word). `never` words (region
 * names: correcting into one would turn an ordinary word into a place filter) are never suggested; nor
 * are words whose `popularity` fell to 0 and that are not `permanent` (vocabulary). Given a `snapshot`, it
 * knows exactly the words the snapshot's index knew (the permanent ones among them).
 */
export class SpellingIndex {
  private readonly words: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly grams = new Map<string, number[]>()

  constructor(
    private readonly popularity: (word: string) => number,
    private readonly permanent: ReadonlySet<string>,
    private readonly never: ReadonlySet<string>,
    snapshot?: SpellingSnapshot,
  ) {
    if (snapshot === undefined) {
      for (const word of permanent) this.add(word)
      return
    }
    for (const [id, word] of snapshot.words.entries()) {
      this.words.push(word)
      this.ids.set(word, id)
    }
    for (const [i, gram] of snapshot.gramKeys.entries()) {
      this.grams.set(gram, Array.from(listAt(snapshot.grams, i)))
    }
  }

  /** The vocabulary as plain data. */
  snapshot(): SpellingSnapshot {
    return {
      words: [...this.words],
      gramKeys: [...this.grams.keys()],
      grams: packLists([...this.grams.values()]),
    }
  }

  /** Adds a word (normalised, [a-z0-9]) to the vocabulary; repeated adds are free. */
  add(word: string): void {
    if (word.length < MIN_WORD_LENGTH || word.length > MAX_TYPO_LENGTH || this.ids.has(word)) return
    const id = this.words.length
    this.words.push(word)
    this.ids.set(word, id)
    for (const gram of trigrams(word)) {
      const list = this.grams.get(gram)
      if (list === undefined) this.grams.set(gram, [id])
      else list.push(id)
    }
  }

  /**
   * Corrections of a word, best first: the best one, then up to two more ordinary words as close as it
   * (the search matches any of them, so an ambiguous typo still finds the rarer intended word). Empty
   * when nothing is close enough or the word is too short to correct safely.
   */
  suggest(word: string): string[] {
    if (word.length < MIN_TYPO_LENGTH || word.length > MAX_TYPO_LENGTH || /\d/.test(word)) return []
    const candidates = this.candidates(word)
    if (candidates.length === 0) return []
    const fuse = new Fuse(candidates, {
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      threshold: FUSE_THRESHOLD,
    })
    const maxEdits = word.length >= TWO_EDITS_FROM ? 2 : 1
    const suggestions: Suggestion[] = []
    for (const { item, score = 1 } of fuse.search(word)) {
      const popularity = this.popularity(item)
      if (this.never.has(item) || (popularity <= 0 && !this.permanent.has(item))) continue
      const edits = editDistance(word, item, maxEdits)
      if (edits > maxEdits) continue
      suggestions.push({ word: item, edits, score, popularity })
    }
    const [best, ...rest] = suggestions.sort(compareSuggestions)
    if (best === undefined) return []
    const alternates = rest.filter((s) => s.edits === best.edits)
    return [best, ...alternates.slice(0, MAX_ALTERNATES)].map((suggestion) => suggestion.word)
  }

  private candidates(word: string): string[] {
    const shared = new Map<number, number>()
    for (const gram of trigrams(word)) {
      for (const id of this.grams.get(gram) ?? []) {
        const other = this.words[id] ?? ''
        if (Math.abs(other.length - word.length) <= MAX_LENGTH_GAP) shared.set(id, (shared.get(id) ?? 0) + 1)
      }
    }
    return [...shared]
      .filter(([id]) => this.words[id] !== word)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => this.words[id] ?? '')
  }
}

function compareSuggestions(a: Suggestion, b: Suggestion): number {
  if (a.edits !== b.edits) return a.edits - b.edits
  if (a.popularity > 0 !== b.popularity > 0) return a.popularity > 0 ? -1 : 1
  if (Math.abs(a.score - b.score) > 1e-9) return a.score - b.score
  if (a.popularity !== b.popularity) return b.popularity - a.popularity
  return a.word < b.word ? -1 : 1
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`
  const grams: string[] = []
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3))
  return grams
}
