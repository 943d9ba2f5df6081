import { describe, expect, it } from 'vitest'
import { readYear } from '../../../src/domain/innovations/years.ts'

const MAX_YEAR = 2027

describe('reading a year as lists write it', () => {
  it.each([
    ['2021', { year: 2021 }],
    [' 2021 ', { year: 2021 }],
    ['thn 2021', { year: 2021, note: 'prefixed' }],
    ['Thn. 2021', { year: 2021, note: 'prefixed' }],
    ['tahun 2021', { year: 2021, note: 'prefixed' }],
    ['Tahun Anggaran 2022', { year: 2022, note: 'prefixed' }],
    ['TA 2021', { year: 2021, note: 'prefixed' }],
    ['T.A. 2021', { year: 2021, note: 'prefixed' }],
    ['2019/2020', { year: 2019, note: 'range' }],
    ['2019-2020', { year: 2019, note: 'range' }],
    ['2019 – 2020', { year: 2019, note: 'range' }],
    ['2019/20', { year: 2019, note: 'range' }],
    ['TA 2019/2020', { year: 2019, note: 'range' }],
    ['2020/2020', { year: 2020 }],
  ])('reads %j', (text, expected) => {
    expect(readYear(text, MAX_YEAR)).toEqual(expected)
  })

  it.each(['', 'dua ribu', '1800', '2030', '21', '2021 dan 2022', '2020/2019', 'juara 2021', '20211'])(
    'refuses %j',
    (text) => {
      expect(readYear(text, MAX_YEAR)).toBeUndefined()
    },
  )
})
