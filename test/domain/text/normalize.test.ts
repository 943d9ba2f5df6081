import { describe, expect, it } from 'vitest'
import { normalizeText, tokenize } from '../../../src/domain/text/normalize.ts'

describe('normalizeText', () => {
  it.each([
    ['Kab. Wajo', 'kab wajo'],
    ['KOTA MAKASSAR', 'kota makassar'],
    ['  Sulawesi   Selatan  ', 'sulawesi selatan'],
    ['Café Sehat', 'cafe sehat'],
    ['Ｋａｂ．Ｗａｊｏ', 'kab wajo'],
    ['ojek bumilll', 'ojek bumil'],
    ['tolong dong plisss', 'tolong dong plis'],
    ['makassssar', 'makasar'],
    ['Toli-Toli', 'toli toli'],
    ['Top 99 (2019)', 'top 99 2019'],
    ['tahun 2000', 'tahun 2000'],
    ['#SIPENA_2020!', 'sipena 2020'],
    ['ﬁnal', 'final'],
    ['Inovasi\tdi\nSulsel', 'inovasi di sulsel'],
    ['', ''],
    ['!!! ???', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('keeps doubled letters, which are part of real names ("makassar", "barru")', () => {
    expect(normalizeText('Makassar Barru')).toBe('makassar barru')
  })

  it.each(['Kab. Wajo', 'Café  bumilll', 'İstanbul', 'ÀÉÎÕÜ---x'])('is idempotent on %j', (input) => {
    expect(normalizeText(normalizeText(input))).toBe(normalizeText(input))
  })
})

describe('tokenize', () => {
  it.each([
    ['Inovasi kesehatan ibu di Sulsel', ['inovasi', 'kesehatan', 'ibu', 'di', 'sulsel']],
    ['Kab. Magetan', ['kab', 'magetan']],
    ['  ', []],
    ['', []],
    ['---', []],
  ])('splits %j into %j', (input, expected) => {
    expect(tokenize(input)).toEqual(expected)
  })
})
