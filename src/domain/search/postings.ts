const INITIAL_CAPACITY = 2
const HISTOGRAM_BUCKETS = 1024

/**
 * The documents (slot numbers, ascending) holding one index key, with the key's impact in each: its
 * field-weighted, length-normalised frequency. Appends only; removed slots are skipped by readers and
 * dropped at compaction. `version` changes on every write, for caches.
 */
export class PostingList {
  slots: Int32Array = new Int32Array(INITIAL_CAPACITY)
  impacts: Float32Array = new Float32Array(INITIAL_CAPACITY)
  length = 0
  version = 0

  /** A list holding these postings (from a snapshot); the arrays are taken over, not copied. */
  static of(slots: Int32Array, impacts: Float32Array): PostingList {
    const list = new PostingList()
    if (slots.length === 0) return list
    list.slots = slots
    list.impacts = impacts
    list.length = slots.length
    return list
  }

  /** Appends a posting; `slot` must be greater than every slot already in the list. */
  push(slot: number, impact: number): void {
    if (this.length === this.slots.length) this.grow()
    this.slots[this.length] = slot
    this.impacts[this.length] = impact
    this.length++
    this.version++
  }

  /** Keeps the postings whose slot `renumber` maps to a slot (>= 0), renumbered. */
  compact(renumber: Int32Array): void {
    let kept = 0
    for (let i = 0; i < this.length; i++) {
      const slot = renumber[this.slots[i] ?? 0] ?? -1
      if (slot < 0) continue
      this.slots[kept] = slot
      this.impacts[kept] = this.impacts[i] ?? 0
      kept++
    }
    this.length = kept
    this.version++
  }

  /** The impact at `slot`, or 0 when the key is not in that document. */
  impactAt(slot: number): number {
    const index = lowerBound(this.slots, this.length, 0, slot)
    return index < this.length && this.slots[index] === slot ? (this.impacts[index] ?? 0) : 0
  }

  private grow(): void {
    const capacity = this.slots.length * 2
    const slots = new Int32Array(capacity)
    slots.set(this.slots)
    const impacts = new Float32Array(capacity)
    impacts.set(this.impacts)
    this.slots = slots
    this.impacts = impacts
  }
}

/**
 * A forward-only reader of a posting list for ascending slot lookups: each `impactAt` gallops from the
 * last position, so checking n ascending candidates costs O(n log(gap)) instead of n binary searches.
 */
export class PostingCursor {
  private position = 0

  constructor(private readonly list: PostingList) {}

  /** The impact at `slot` (0 if absent); each call must ask for a slot >= the previous one. */
  impactAt(slot: number): number {
    const { slots, length } = this.list
    let low = this.position
    let step = 1
    let high = low
    while (high < length && (slots[high] ?? 0) < slot) {
      low = high
      high += step
      step *= 2
    }
    const index = lowerBound(slots, Math.min(high + 1, length), low, slot)
    this.position = index
    return index < length && slots[index] === slot ? (this.list.impacts[index] ?? 0) : 0
  }
}

/** The first index in `slots[from, length)` whose value is >= `slot`. */
export function lowerBound(slots: Int32Array, length: number, from: number, slot: number): number {
  let low = from
  let high = length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((slots[mid] ?? 0) < slot) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * About the `cap` postings of highest impact, as ascending slots: what a very common key contributes as
 * candidates, so a query never walks its whole list. A histogram of the impacts finds the threshold in
 * linear time; the postings of the threshold's bucket are all kept, so slightly more than `cap` may be.
 */
export function topImpactSlots(list: PostingList, cap: number): Int32Array {
  const { length, impacts, slots } = list
  if (length <= cap) return slots.slice(0, length)
  let max = 0
  for (let i = 0; i < length; i++) max = Math.max(max, impacts[i] ?? 0)
  const scale = (HISTOGRAM_BUCKETS - 1) / (max || 1)
  const counts = new Int32Array(HISTOGRAM_BUCKETS)
  for (let i = 0; i < length; i++) {
    const bucket = Math.floor((impacts[i] ?? 0) * scale)
    counts[bucket] = (counts[bucket] ?? 0) + 1
  }
  let bucket = HISTOGRAM_BUCKETS - 1
  for (let kept = counts[bucket] ?? 0; kept < cap && bucket > 0; kept += counts[bucket] ?? 0) bucket--
  const top: number[] = []
  for (let i = 0; i < length; i++)
    if (Math.floor((impacts[i] ?? 0) * scale) >= bucket) top.push(slots[i] ?? 0)
  return Int32Array.from(top)
}

/** Sorted union of ascending slot arrays, without duplicates. */
export function unionSlots(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0] ?? new Int32Array(0)
  let total = 0
  for (const list of lists) total += list.length
  const merged = new Int32Array(total)
  let offset = 0
  for (const list of lists) {
    merged.set(list, offset)
    offset += list.length
  }
  merged.sort()
  let kept = 0
  for (let i = 0; i < merged.length; i++) {
    const slot = merged[i] ?? 0
    if (kept === 0 || merged[kept - 1] !== slot) merged[kept++] = slot
  }
  return merged.subarray(0, kept)
}
