import { describe, expect, it } from 'vitest'
import {
  PostingCursor,
  PostingList,
  topImpactSlots,
  unionSlots,
} from '../../../src/domain/search/postings.ts'
import { selectTop } from '../../../src/domain/search/ranking.ts'

function list(entries: readonly [number, number][]): PostingList {
  const postings = new PostingList()
  for (const [slot, impact] of entries) postings.push(slot, impact)
  return postings
}

describe('PostingList', () => {
  it('reads the impact at a slot, 0 when absent', () => {
    const postings = list([
      [1, 0.5],
      [4, 2],
      [9, 1],
    ])
    expect([1, 2, 4, 9, 10].map((slot) => postings.impactAt(slot))).toEqual([0.5, 0, 2, 1, 0])
  })

  it('drops and renumbers slots on compaction', () => {
    const postings = list([
      [0, 1],
      [1, 2],
      [2, 3],
    ])
    postings.compact(Int32Array.from([0, -1, 1]))
    expect([...postings.slots.subarray(0, postings.length)]).toEqual([0, 1])
    expect(postings.impactAt(1)).toBe(3)
  })
})

describe('PostingCursor', () => {
  it('answers ascending lookups like random access', () => {
    const entries = Array.from({ length: 500 }, (_, i) => [i * 3, i + 1] as [number, number])
    const postings = list(entries)
    const cursor = new PostingCursor(postings)
    for (const slot of [0, 1, 3, 299, 300, 1000, 1497, 1500])
      expect(cursor.impactAt(slot)).toBe(postings.impactAt(slot))
  })
})

describe('topImpactSlots', () => {
  it('keeps about the highest-impact postings, ascending', () => {
    const postings = list(Array.from({ length: 100 }, (_, i) => [i, i % 10] as [number, number]))
    const top = [...topImpactSlots(postings, 10)]
    expect(top).toEqual(top.toSorted((a, b) => a - b))
    expect(top.every((slot) => slot % 10 === 9)).toBe(true)
    expect(top).toHaveLength(10)
  })

  it('returns every posting of a short list', () => {
    expect([
      ...topImpactSlots(
        list([
          [3, 1],
          [5, 2],
        ]),
        10,
      ),
    ]).toEqual([3, 5])
  })
})

describe('unionSlots', () => {
  it('merges ascending lists without duplicates', () => {
    expect([...unionSlots([Int32Array.from([1, 4, 9]), Int32Array.from([2, 4, 10])])]).toEqual([
      1, 2, 4, 9, 10,
    ])
  })
})

describe('selectTop', () => {
  it('ranks by score, then by id, whatever the input order', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ slot: i, id: 1000 - i, score: i % 7 }))
    const top = selectTop(items, 5)
    expect(top.map((item) => [item.score, item.id])).toEqual([
      [6, 805],
      [6, 812],
      [6, 819],
      [6, 826],
      [6, 833],
    ])
  })
})
