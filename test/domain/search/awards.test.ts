import { describe, expect, it } from 'vitest'
import { ANY_AWARD, awardKeysOf, awardPhraseAt } from '../../../src/domain/search/awards.ts'
import type { SearchAward } from '../../../src/domain/search/types.ts'

describe('awardPhraseAt', () => {
  it.each([
    [['top', '99', 'banjarnegara'], 0, { phrase: 'top 99', length: 2 }],
    [['top45'], 0, { phrase: 'top 45', length: 1 }],
    [['top', '099'], 0, { phrase: 'top 99', length: 2 }],
    [['kipp'], 0, { phrase: 'kipp', length: 1 }],
    [['sinovik'], 0, { phrase: 'kipp', length: 1 }],
    [['opsi'], 0, { phrase: 'opsi', length: 1 }],
    [['inovasi', 'nasional'], 1, { phrase: 'nasional', length: 1 }],
    [['top'], 0, undefined],
    [['top', 'inovasi'], 0, undefined],
    [['topping'], 0, undefined],
  ])('reads %j at %i as %j', (tokens, start, expected) => {
    expect(awardPhraseAt(tokens, start)).toEqual(expected)
  })
})

describe('awardKeysOf', () => {
  const award = (title: string, level: SearchAward['level'] = 'nasional'): SearchAward => ({
    title,
    level,
    year: 2020,
  })

  it.each([
    [award('Top 45 Inovasi Pelayanan Publik KemenPAN-RB 2021'), ['top 45', 'kipp', 'nasional']],
    [award('Top 99 Inovasi Pelayanan Publik KemenPAN-RB 2019'), ['top 99', 'kipp', 'nasional']],
    [award('Top 30 KIPP Provinsi Sulawesi Selatan 2020', 'provinsi'), ['top 30', 'kipp']],
    [award('Top 10 Inovasi Perangkat Daerah Kabupaten Muara Enim 2020', 'kabupaten'), ['top 10']],
    [award('Penghargaan Jambore Inovasi Sulawesi Selatan 2019', 'provinsi'), []],
    [award('Juara OPSI Provinsi Jawa Tengah 2022', 'provinsi'), ['opsi']],
  ])('files %j under %j, and under "pemenang" like every award', (input, keys) => {
    expect(awardKeysOf(input).sort()).toEqual([...keys, ANY_AWARD].sort())
  })
})
