import { deserialize, serialize } from 'node:v8'

/**
 * A value of plain objects, arrays and typed arrays laid out so that each typed array is read straight into
 * memory of its own: [skeleton length: u32][skeleton (node:v8), typed arrays replaced by their place]
 * [the arrays' bytes, each at a multiple of 8]. `v8.deserialize` of the whole value would instead keep the
 * file's buffer alive under the arrays it could view, and copy the others: at 100,000 innovations the
 * search index's 74 MB of arrays held 130 MB at a restart.
 */

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const
type TypedArrayName = keyof typeof TYPED_ARRAYS
type TypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>

/** Where a typed array was in the skeleton: its kind, and its bytes after the skeleton. */
interface ArrayPlace {
  packedArray: TypedArrayName
  offset: number
  length: number
}

const ALIGNMENT = 8
const LENGTH_BYTES = 4
const aligned = (bytes: number) => Math.ceil(bytes / ALIGNMENT) * ALIGNMENT

const isPlace = (value: object): value is ArrayPlace => 'packedArray' in value && 'offset' in value

/** Reads `into.length` bytes from `position` of the packed value (a file, a database row). */
export type ReadAt = (position: number, into: Uint8Array) => Promise<void>

/** The value in the packed layout, as parts to write one after another. */
export function packSnapshot(value: unknown): Uint8Array[] {
  const arrays: TypedArray[] = []
  let arrayBytes = 0
  const skeletonOf = (node: unknown): unknown => {
    if (ArrayBuffer.isView(node)) {
      const array = node as TypedArray
      const place: ArrayPlace = {
        packedArray: array.constructor.name as TypedArrayName,
        offset: arrayBytes,
        length: array.length,
      }
      if (!(place.packedArray in TYPED_ARRAYS)) throw new Error(`cannot pack a ${place.packedArray}`)
      arrays.push(array)
      arrayBytes += aligned(array.byteLength)
      return place
    }
    if (Array.isArray(node))
      return node.some((item) => typeof item === 'object') ? node.map(skeletonOf) : node
    if (node !== null && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype)
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, skeletonOf(item)]))
    return node
  }
  const skeleton = serialize(skeletonOf(value))
  const head = new Uint8Array(aligned(LENGTH_BYTES + skeleton.length))
  new DataView(head.buffer).setUint32(0, skeleton.length, true)
  head.set(skeleton, LENGTH_BYTES)
  const parts: Uint8Array[] = [head]
  for (const array of arrays) {
    parts.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength))
    const padding = aligned(array.byteLength) - array.byteLength
    if (padding > 0) parts.push(new Uint8Array(padding))
  }
  return parts
}

/**
 * The value back, each typed array read into a buffer of its own; undefined when the bytes are not a packed
 * value (a snapshot in an older layout), which the caller treats as no snapshot.
 */
export async function unpackSnapshot(size: number, readAt: ReadAt): Promise<unknown> {
  if (size < LENGTH_BYTES) return undefined
  const lengthBytes = new Uint8Array(LENGTH_BYTES)
  await readAt(0, lengthBytes)
  const skeletonLength = new DataView(lengthBytes.buffer).getUint32(0, true)
  const arraysStart = aligned(LENGTH_BYTES + skeletonLength)
  if (arraysStart > size) return undefined
  const skeletonBytes = new Uint8Array(skeletonLength)
  await readAt(LENGTH_BYTES, skeletonBytes)
  let skeleton: unknown
  try {
    skeleton = deserialize(skeletonBytes)
  } catch {
    return undefined
  }
  const arrays: { array: TypedArray; position: number }[] = []
  const restored = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.some((item) => typeof item === 'object') ? node.map(restored) : node
    if (node === null || typeof node !== 'object') return node
    if (isPlace(node)) {
      const array = new TYPED_ARRAYS[node.packedArray](node.length)
      arrays.push({ array, position: arraysStart + node.offset })
      return array
    }
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, restored(item)]))
  }
  const value = restored(skeleton)
  if (arrays.some(({ array, position }) => position + array.byteLength > size)) return undefined
  // One read at a time, in order: a database reads its parts within one transaction.
  for (const { array, position } of arrays)
    await readAt(position, new Uint8Array(array.buffer, array.byteOffset, array.byteLength))
  return value
}
