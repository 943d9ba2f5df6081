/** A scored slot; ranked by score descending, then document id ascending. */
export interface Ranked {
  slot: number
  id: number
  score: number
}

/** Whether `a` ranks before `b`: higher score, then lower id (results are deterministic). */
export function ranksBefore(a: Ranked, b: Ranked): boolean {
  return a.score !== b.score ? a.score > b.score : a.id < b.id
}

/**
 * The best `need` items in rank order. A bounded heap keeps this O(n log need), so ranking 40,000
 * matches for a first page does not sort them all.
 */
export function selectTop(items: readonly Ranked[], need: number): Ranked[] {
  if (need <= 0) return []
  if (items.length <= need * 4) return [...items].sort((a, b) => (ranksBefore(a, b) ? -1 : 1)).slice(0, need)
  const heap: Ranked[] = []
  for (const item of items) {
    if (heap.length < need) {
      heap.push(item)
      siftUp(heap, heap.length - 1)
    } else if (heap[0] !== undefined && ranksBefore(item, heap[0])) {
      heap[0] = item
      siftDown(heap, 0)
    }
  }
  return heap.sort((a, b) => (ranksBefore(a, b) ? -1 : 1))
}

/**
 * The best `need` of a stream of scored slots, in rank order, and how many were offered. Only an item
 * that enters the current top is allocated, so scanning 40,000 matches for a page of 5 makes 5 objects,
 * not 40,000. Same order as `selectTop`.
 */
export class TopCollector {
  offered = 0
  private readonly heap: Ranked[] = []

  constructor(private readonly need: number) {}

  offer(slot: number, id: number, score: number): void {
    this.offered++
    if (this.need <= 0) return
    const { heap } = this
    if (heap.length < this.need) {
      heap.push({ slot, id, score })
      siftUp(heap, heap.length - 1)
      return
    }
    const worst = heap[0]
    if (worst === undefined || !(score !== worst.score ? score > worst.score : id < worst.id)) return
    heap[0] = { slot, id, score }
    siftDown(heap, 0)
  }

  top(): Ranked[] {
    return [...this.heap].sort((a, b) => (ranksBefore(a, b) ? -1 : 1))
  }
}

function siftUp(heap: Ranked[], start: number): void {
  let i = start
  while (i > 0) {
    const parent = (i - 1) >> 1
    if (!worse(heap, i, parent)) return
    swap(heap, i, parent)
    i = parent
  }
}

function siftDown(heap: Ranked[], start: number): void {
  let i = start
  for (;;) {
    const left = 2 * i + 1
    const right = left + 1
    let worst = i
    if (left < heap.length && worse(heap, left, worst)) worst = left
    if (right < heap.length && worse(heap, right, worst)) worst = right
    if (worst === i) return
    swap(heap, i, worst)
    i = worst
  }
}

function worse(heap: Ranked[], a: number, b: number): boolean {
  const x = heap[a]
  const y = heap[b]
  return x !== undefined && y !== undefined && ranksBefore(y, x)
}

function swap(heap: Ranked[], a: number, b: number): void {
  const x = heap[a]
  const y = heap[b]
  if (x === undefined || y === undefined) return
  heap[a] = y
  heap[b] = x
}
