import { describe, expect, it } from 'vitest'
import { editDistance } from '../../../src/domain/text/edit-distance.ts'

describe('editDistance', () => {
  it.each([
    ['kesehatan', 'kesehatan', 0],
    ['makasar', 'makassar', 1],
    ['magetn', 'magetan', 1],
    ['keshatan', 'kesehatan', 1],
    ['taqiuas', 'taquias', 1],
    ['smat', 'asmat', 1],
    ['mill', 'milik', 2],
    ['abc', 'xyzuvw', 3],
  ])('from "%s" to "%s" is %i (capped at 3)', (a, b, expected) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(expected, 3))
  })

  it('counts without a cap when none is given', () => {
    expect(editDistance('abc', 'xyzuvw')).toBe(6)
  })
})
