import type { QueryFilter } from './filters.ts'
import type { IndexStore, SlotRecord } from './index-store.ts'
import { type CompiledConcept, ConceptMatcher, conceptCandidates, type ImpactCache } from './matcher.ts'
import { unionSlots } from './postings.ts'
import { type Ranked, TopCollector } from './ranking.ts'

/** Matches of one query stage: how many there are and the best `need` of them. */
export interface Matches {
  total: number
  top: Ranked[]
}

/** Postings read per query word at most before falling back to its highest-impact postings. */
export const COMMON_TERM_CAP = 4000
/** Partial matches are a fallback: fewer candidates, and at most `PARTIAL_LIMIT` of them are returned. */
const PARTIAL_CANDIDATE_CAP = 1500
export const PARTIAL_LIMIT = 20
/** Filter candidates past which a strict match first narrows them with a bitset (see `fullMatchBits`). */
const BITSET_FILTER_MIN = 1000
const OPTIONAL_SHARE = 0.5
const TITLE_BONUS = 0.5
const NONE: Matches = { total: 0, top: [] }

interface Plan {
  store: IndexStore
  concepts: readonly CompiledConcept[]
  filter: QueryFilter | undefined
  cache: ImpactCache
}

/**
 * Documents matching every required concept and the filter, best first. Candidates come from the more
 * selective of the filter and the rarest concept; the other concepts are checked by galloping through
 * their postings. When the rarest concept is itself common its candidates are capped (see
 * `conceptCandidates`) and the total is counted separately, so it stays exact.
 */
export function strictMatches(plan: Plan, need: number): Matches {
  const required = plan.concepts.filter((concept) => !concept.optional)
  const optional = plan.concepts.filter((concept) => concept.optional)
  const lead = rarest(required, (concept) => concept.strictEstimate)
  if (lead === undefined || required.some((concept) => concept.strictEstimate === 0)) return NONE
  const fromFilter = plan.filter !== undefined && plan.filter.size <= lead.strictEstimate
  const { slots, capped } = fromFilter
    ? { slots: plan.filter?.candidates() ?? new Int32Array(0), capped: false }
    : conceptCandidates(lead, 'strict', COMMON_TERM_CAP, plan.cache)
  const found = new TopCollector(need)
  // A bitset of where every concept fully matches: needed to count a capped query, and worth building for
  // thousands of filter candidates; with it one bit test skips the slots the matchers would walk their
  // postings for in vain ("persalinan 2021").
  const possible =
    capped || (fromFilter && slots.length > BITSET_FILTER_MIN) ? fullMatchBits(plan, required) : undefined
  scoreStrict(plan, slots, required, optional, found, possible)
  const total = capped && possible !== undefined ? countLive(plan, possible) : found.offered
  return { total, top: found.top() }
}

/**
 * Documents lacking one required concept (or, for a one-concept query of several words, up to half of
 * them), ranked by the share of the query they cover, excluding full matches and `exclude`d ids. A
 * fallback for queries with few full matches: at most `PARTIAL_LIMIT` are counted and returned.
 */
export function partialMatches(plan: Plan, need: number, exclude: ReadonlySet<number>): Matches {
  const required = plan.concepts.filter((concept) => !concept.optional)
  const optional = plan.concepts.filter((concept) => concept.optional)
  const k = required.length
  const [only] = required
  if (k === 0 || (k === 1 && !only?.alternatives.some((alternative) => alternative.groups.length > 1))) {
    return NONE
  }
  const minimum = k === 1 ? 0.5 : k - 1
  const sources = [...required].sort((a, b) => a.looseEstimate - b.looseEstimate).slice(0, 2)
  const estimate = sources.reduce((sum, concept) => sum + concept.looseEstimate, 0)
  const slots =
    plan.filter !== undefined && plan.filter.size <= estimate
      ? plan.filter.candidates()
      : unionSlots(
          sources.map(
            (concept) => conceptCandidates(concept, 'loose', PARTIAL_CANDIDATE_CAP, plan.cache).slots,
          ),
        )
  const matchers = required.map((concept) => new ConceptMatcher(concept))
  const optionalMatchers = optional.map((concept) => new ConceptMatcher(concept))
  const found = new TopCollector(Math.min(need, PARTIAL_LIMIT))
  for (const slot of slots) {
    const record = liveRecord(plan, slot)
    if (record === undefined || exclude.has(record.id)) continue
    let coverage = 0
    let score = 0
    for (const matcher of matchers) {
      matcher.match(slot)
      coverage += matcher.coverage
      score += matcher.partial
    }
    if (coverage < minimum - 1e-9 || coverage > k - 1e-9) continue
    score += optionalScore(optionalMatchers, slot)
    found.offer(slot, record.id, (score * coverage) / k)
  }
  return { total: Math.min(found.offered, PARTIAL_LIMIT), top: found.top() }
}

/**
 * Whether some document passing the filter fully matches the concept: a query word that nothing in the
 * filtered catalogue has is what the user asked for, and is never dropped to show partial matches.
 */
export function isAnswerable(plan: Plan, concept: CompiledConcept): boolean {
  if (concept.strictEstimate === 0) return false
  const slots =
    plan.filter !== undefined && plan.filter.size <= concept.strictEstimate
      ? plan.filter.candidates()
      : conceptCandidates(concept, 'strict', Number.POSITIVE_INFINITY, plan.cache).slots
  const matcher = new ConceptMatcher(concept)
  for (const slot of slots) {
    if (liveRecord(plan, slot) === undefined) continue
    matcher.match(slot)
    if (matcher.full > 0) return true
  }
  return false
}

/** Whether the document in `slot` passes the filter and fully matches every required concept. */
export function isFullMatch(plan: Plan, slot: number): boolean {
  if (liveRecord(plan, slot) === undefined) return false
  const required = plan.concepts.filter((concept) => !concept.optional)
  return (
    required.length === 0 ||
    fullScore(
      required.map((concept) => new ConceptMatcher(concept)),
      slot,
    ) > 0
  )
}

/** Whether the document in `slot` is live and passes the filter. */
export function passesFilter(plan: Plan, slot: number): boolean {
  return liveRecord(plan, slot) !== undefined
}

/**
 * Documents passing the filter when the query has no words ("top 99 banjarnegara", "2019"): the latest
 * award winners first, then by id.
 */
export function filterMatches(plan: Plan, need: number): Matches {
  if (plan.filter === undefined) return NONE
  const found = new TopCollector(need)
  for (const slot of plan.filter.candidates()) {
    const record = liveRecord(plan, slot)
    if (record !== undefined) found.offer(slot, record.id, 1 + Math.max(0, record.awardYear) / 10_000)
  }
  return { total: found.offered, top: found.top() }
}

function scoreStrict(
  plan: Plan,
  slots: Int32Array,
  required: readonly CompiledConcept[],
  optional: readonly CompiledConcept[],
  found: TopCollector,
  possible: Uint32Array | undefined,
): void {
  const matchers = required.map((concept) => new ConceptMatcher(concept))
  const optionalMatchers = optional.map((concept) => new ConceptMatcher(concept))
  for (const slot of slots) {
    if (possible !== undefined && ((possible[slot >>> 5] ?? 0) & (1 << (slot & 31))) === 0) continue
    const record = liveRecord(plan, slot)
    if (record === undefined) continue
    const score = fullScore(matchers, slot)
    if (score > 0) found.offer(slot, record.id, score + optionalScore(optionalMatchers, slot))
  }
}

/** The exact number of live documents passing the filter among these slots (one bit each). */
function countLive(plan: Plan, matches: Uint32Array): number {
  let count = 0
  for (let word = 0; word < matches.length; word++) {
    let bits = matches[word] ?? 0
    while (bits !== 0) {
      const bit = 31 - Math.clz32(bits)
      bits ^= 1 << bit
      if (liveRecord(plan, word * 32 + bit) !== undefined) count++
    }
  }
  return count
}

/**
 * The slots (one bit each) where every concept can fully match: for each, some alternative with a posting
 * in every one of its groups. Liveness and the filter are not applied.
 */
function fullMatchBits(plan: Plan, required: readonly CompiledConcept[]): Uint32Array {
  const size = (plan.store.slots.length + 31) >>> 5
  let matches: Uint32Array | undefined
  for (const concept of required) {
    const conceptBits = new Uint32Array(size)
    for (const alternative of concept.alternatives) {
      if (!alternative.complete) continue
      let alternativeBits: Uint32Array | undefined
      for (const group of alternative.groups) {
        const groupBits = new Uint32Array(size)
        for (const term of group) setBits(groupBits, term.list.slots, term.list.length)
        alternativeBits = alternativeBits === undefined ? groupBits : andInto(alternativeBits, groupBits)
      }
      if (alternativeBits !== undefined) orInto(conceptBits, alternativeBits)
    }
    matches = matches === undefined ? conceptBits : andInto(matches, conceptBits)
  }
  return matches ?? new Uint32Array(size)
}

function setBits(bits: Uint32Array, slots: Int32Array, length: number): void {
  for (let i = 0; i < length; i++) {
    const slot = slots[i] ?? 0
    bits[slot >>> 5] = (bits[slot >>> 5] ?? 0) | (1 << (slot & 31))
  }
}

function andInto(target: Uint32Array, other: Uint32Array): Uint32Array {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) & (other[i] ?? 0)
  return target
}

function orInto(target: Uint32Array, other: Uint32Array): Uint32Array {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) | (other[i] ?? 0)
  return target
}

/**
 * The summed scores of the concepts, or 0 if one is unmatched, raised by up to `TITLE_BONUS` when the
 * concepts are found in the name or expansion: all query words in the title is the strongest sign a
 * user typed that innovation's name.
 */
function fullScore(matchers: readonly ConceptMatcher[], slot: number): number {
  let score = 0
  let title = 0
  for (const matcher of matchers) {
    matcher.match(slot)
    if (matcher.full <= 0) return 0
    score += matcher.full
    title += matcher.title
  }
  const share = matchers.length === 0 ? 0 : title / matchers.length
  return score * (1 + TITLE_BONUS * share * share)
}

function optionalScore(matchers: readonly ConceptMatcher[], slot: number): number {
  let score = 0
  for (const matcher of matchers) {
    matcher.match(slot)
    score += OPTIONAL_SHARE * Math.max(matcher.full, matcher.partial)
  }
  return score
}

function liveRecord(plan: Plan, slot: number): SlotRecord | undefined {
  const record = plan.store.slots[slot]
  return record !== undefined && (plan.filter === undefined || plan.filter.test(record)) ? record : undefined
}

function rarest(
  concepts: readonly CompiledConcept[],
  size: (concept: CompiledConcept) => number,
): CompiledConcept | undefined {
  return [...concepts].sort((a, b) => size(a) - size(b))[0]
}
