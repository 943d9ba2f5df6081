import { describe, expect, it } from 'vitest'
import { SpellingIndex } from '../../../src/domain/search/spelling.ts'

const DOCUMENT_WORDS = new Map([
  ['kesehatan', 40],
  ['sipena', 1],
  ['sipenan', 30],
  ['smart', 1],
  ['mil', 1],
  ['milik', 5],
  ['taquias', 1],
  ['pecah', 2],
  ['peta', 9],
])

function spelling() {
  const index = new SpellingIndex(
    (word) => DOCUMENT_WORDS.get(word) ?? 0,
    new Set(['stunting', 'asmat', 'magetan']),
    new Set(['asmat', 'magetan']),
  )
  for (const word of DOCUMENT_WORDS.keys()) index.add(word)
  return index
}

describe('SpellingIndex', () => {
  it.each([
    ['keshatan', 'kesehatan'],
    ['taqiuas', 'taquias'],
    ['pecha', 'pecah'],
    ['mill', 'mil'],
    ['stuntng', 'stunting'],
  ])('corrects "%s" to "%s"', (typo, expected) => {
    expect(spelling().suggest(typo)[0]).toBe(expected)
  })

  it('prefers an ordinary word to a region name at the same distance ("smat" is "smart", not "asmat")', () => {
    expect(spelling().suggest('smat')).toEqual(['smart'])
  })

  it('never corrects a word into a region name: a misspelt place is guessed by the region resolver', () => {
    expect(spelling().suggest('magetn')).toEqual([])
    expect(spelling().suggest('asmta')).toEqual([])
  })

  it('offers the other equally close words, so the rarer intended one still matches', () => {
    expect(spelling().suggest('sipenna').sort()).toEqual(['sipena', 'sipenan'])
  })

  it.each([['oke'], ['2019'], ['zzzzzzzz'], ['x'.repeat(40)]])('leaves "%s" alone', (word) => {
    expect(spelling().suggest(word)).toEqual([])
  })

  it('forgets words no document holds any more', () => {
    const index = new SpellingIndex(() => 0, new Set(), new Set())
    index.add('sipena')
    expect(index.suggest('sipenna')).toEqual([])
  })
})
