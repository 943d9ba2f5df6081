import type { IndexStore } from './index-store.ts'
import { PostingCursor, type PostingList, topImpactSlots, unionSlots } from './postings.ts'
import type { QueryConcept } from './query.ts'
import { titleKey } from './vocabulary.ts'

/** A query term resolved against the index: its postings and the score of one unit of impact. */
interface CompiledTerm {
  list: PostingList
  score: number
  /** Documents with the word in their name or expansion. */
  title: PostingList | undefined
}

interface CompiledAlternative {
  /** Groups of terms; an empty group is a word no live document holds. */
  groups: CompiledTerm[][]
  complete: boolean
}

/** A concept resolved against the index, with candidate-size estimates to plan a query. */
export interface CompiledConcept {
  label: string
  optional: boolean
  alternatives: CompiledAlternative[]
  /** Upper bound on the documents that fully match. */
  strictEstimate: number
  /** Upper bound on the documents that match any of its words. */
  looseEstimate: number
}

const SECONDARY_SHARE = 0.25
const MIN_LIST_SHARE = 500

/** Resolves a parsed concept against the index: keys to posting lists, weights times idf. */
export function compileConcept(store: IndexStore, concept: QueryConcept): CompiledConcept {
  const alternatives = concept.alternatives.map((alternative): CompiledAlternative => {
    const groups = alternative.groups.map((group) =>
      group.flatMap((term): CompiledTerm[] => {
        const id = store.termId(term.key)
        const list = id === undefined ? undefined : store.postings[id]
        if (id === undefined || list === undefined || store.dfOf(id) === 0) return []
        const title = store.termId(titleKey(term.key))
        return [
          {
            list,
            score: term.weight * alternative.weight * store.idf(id),
            title: title === undefined ? undefined : store.postings[title],
          },
        ]
      }),
    )
    return { groups, complete: groups.every((group) => group.length > 0) }
  })
  const groupSize = (group: CompiledTerm[]) => group.reduce((sum, term) => sum + term.list.length, 0)
  const strictEstimate = alternatives
    .filter((alternative) => alternative.complete)
    .reduce((sum, alternative) => sum + Math.min(...alternative.groups.map(groupSize)), 0)
  const looseEstimate = alternatives.reduce(
    (sum, alternative) => sum + alternative.groups.reduce((s, group) => s + groupSize(group), 0),
    0,
  )
  return { label: concept.label, optional: concept.optional, alternatives, strictEstimate, looseEstimate }
}

/**
 * Matches one concept against ascending slots. After `match(slot)`: `full` is the best score of a fully
 * matched alternative (0 if none) and `title` the share of its groups found in the name or expansion;
 * `coverage` is the largest share of an alternative's groups matched and `partial` that alternative's
 * score. Within a group the best term counts fully and the others a quarter.
 */
export class ConceptMatcher {
  full = 0
  title = 0
  coverage = 0
  partial = 0
  private readonly alternatives: { groups: MatcherTerm[][] }[]

  constructor(concept: CompiledConcept) {
    this.alternatives = concept.alternatives.map((alternative) => ({
      groups: alternative.groups.map((group) =>
        group.map((term) => ({
          cursor: new PostingCursor(term.list),
          title: term.title === undefined ? undefined : new PostingCursor(term.title),
          score: term.score,
        })),
      ),
    }))
  }

  match(slot: number): void {
    this.full = 0
    this.title = 0
    this.coverage = 0
    this.partial = 0
    for (const { groups } of this.alternatives) {
      let matched = 0
      let titled = 0
      let sum = 0
      for (const group of groups) {
        let best = 0
        let rest = 0
        let inTitle = false
        for (const term of group) {
          const impact = term.cursor.impactAt(slot)
          if (impact <= 0) continue
          const score = term.score * impact
          if (score > best) {
            rest += best
            best = score
          } else rest += score
          inTitle ||= (term.title?.impactAt(slot) ?? 0) > 0
        }
        if (best <= 0) continue
        matched++
        if (inTitle) titled++
        sum += best + SECONDARY_SHARE * rest
      }
      const coverage = groups.length === 0 ? 0 : matched / groups.length
      if (coverage === 1 && sum > this.full) {
        this.full = sum
        this.title = titled / groups.length
      }
      if (coverage > this.coverage || (coverage === this.coverage && sum > this.partial)) {
        this.coverage = coverage
        this.partial = sum
      }
    }
  }
}

interface MatcherTerm {
  cursor: PostingCursor
  title: PostingCursor | undefined
  score: number
}

/**
 * Candidate slots for a concept, ascending: for a strict match, the postings of the rarest group of each
 * complete alternative (a full match must hold one of them); for a loose match, every posting. When
 * they add up to more than `cap`, each list contributes only its highest-impact postings, the budget
 * shared between the lists (`capped` then says so): common words never make a query walk tens of
 * thousands of postings.
 */
export function conceptCandidates(
  concept: CompiledConcept,
  mode: 'strict' | 'loose',
  cap: number,
  cache: ImpactCache,
): { slots: Int32Array; capped: boolean } {
  const lists = [...new Set(candidateLists(concept, mode))]
  const total = lists.reduce((sum, list) => sum + list.length, 0)
  const share = Math.max(MIN_LIST_SHARE, Math.floor(cap / Math.max(1, lists.length)))
  let capped = false
  const slots = lists.map((list) => {
    if (total <= cap || list.length <= share) return list.slots.subarray(0, list.length)
    capped = true
    return cache.top(list, share)
  })
  return { slots: unionSlots(slots), capped }
}

/** The posting lists whose union holds every candidate of the concept (see `conceptCandidates`). */
export function candidateLists(concept: CompiledConcept, mode: 'strict' | 'loose'): PostingList[] {
  const lists: PostingList[] = []
  for (const alternative of concept.alternatives) {
    if (mode === 'loose') {
      for (const group of alternative.groups) lists.push(...group.map((term) => term.list))
      continue
    }
    if (!alternative.complete) continue
    const rarest = [...alternative.groups].sort((a, b) => sizeOf(a) - sizeOf(b))[0] ?? []
    lists.push(...rarest.map((term) => term.list))
  }
  return lists
}

function sizeOf(group: readonly CompiledTerm[]): number {
  return group.reduce((sum, term) => sum + term.list.length, 0)
}

/** Highest-impact postings of long lists, per list and cap, recomputed only when a list changed. */
export class ImpactCache {
  private readonly entries = new WeakMap<PostingList, { version: number; tops: Map<number, Int32Array> }>()

  top(list: PostingList, cap: number): Int32Array {
    let entry = this.entries.get(list)
    if (entry === undefined || entry.version !== list.version) {
      entry = { version: list.version, tops: new Map() }
      this.entries.set(list, entry)
    }
    const cached = entry.tops.get(cap)
    if (cached !== undefined) return cached
    const slots = topImpactSlots(list, cap)
    entry.tops.set(cap, slots)
    return slots
  }
}
