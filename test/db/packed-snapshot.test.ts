import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { packSnapshot, unpackSnapshot } from '../../src/db/packed-snapshot.ts'

/** Reads from packed parts joined in memory, as a file or a database row would give them back. */
function reader(parts: readonly Uint8Array[]) {
  const bytes = Buffer.concat(parts)
  const reads: number[] = []
  return {
    size: bytes.length,
    reads,
    readAt: async (position: number, into: Uint8Array) => {
      reads.push(into.length)
      into.set(bytes.subarray(position, position + into.length))
    },
  }
}

describe('a packed search index snapshot', () => {
  const shared = new Int32Array([1, 2, 3, 4, 5, 6, 7])
  const value = {
    codeKey: 'abc',
    index: {
      keys: ['kesehatan', 'stunting'],
      df: shared.subarray(1, 4),
      impacts: new Float32Array([0.5, 1.25]),
      live: new Uint8Array([1, 0, 1]),
      awards: [{ title: 'Top 45 KIPP 2021', level: 'nasional', years: new Uint16Array([2021]) }],
      dead: 3,
    },
    versions: new Float64Array([1.5, -2]),
  }

  it('comes back equal, each array in memory of its own and exactly its size', async () => {
    const { size, readAt } = reader(packSnapshot(value))
    const restored = (await unpackSnapshot(size, readAt)) as typeof value
    expect(restored).toEqual(value)
    expect(restored.index.df).toBeInstanceOf(Int32Array)
    expect(restored.index.df.buffer.byteLength).toBe(3 * 4)
    expect(restored.index.awards[0]?.years).toEqual(new Uint16Array([2021]))
    expect(restored.versions.buffer).not.toBe(restored.index.impacts.buffer)
  })

  it('reads the small skeleton first, then each array once', async () => {
    const { size, readAt, reads } = reader(packSnapshot(value))
    await unpackSnapshot(size, readAt)
    // The length, the skeleton, then df, impacts, live, years, versions in the order they were packed.
    expect(reads.slice(2)).toEqual([12, 8, 3, 2, 16])
  })

  it('is no snapshot when the bytes are in an older layout, cut short, or empty', async () => {
    const old = reader([serialize(value)])
    expect(await unpackSnapshot(old.size, old.readAt)).toBeUndefined()
    const parts = packSnapshot(value)
    const cut = reader([Buffer.concat(parts).subarray(0, 40)])
    expect(await unpackSnapshot(cut.size, cut.readAt)).toBeUndefined()
    expect(await unpackSnapshot(0, reader([]).readAt)).toBeUndefined()
  })
})
