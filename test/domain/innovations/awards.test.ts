import { beforeAll, describe, expect, it } from 'vitest'
import { parseAward, parseAwards } from '../../../src/domain/innovations/awards.ts'
import type { RegionCatalogue } from '../../../src/domain/regions/catalogue.ts'
import { testRegions } from '../../support/database.ts'

describe('reading awards as lists and news write them', () => {
  let regions: RegionCatalogue
  beforeAll(async () => {
    regions = await testRegions()
  })

  it.each([
    [
      'TOP 45 Inovasi Pelayanan Publik Tahun 2021',
      { level: 'nasional', organizer: 'KemenPAN-RB', rank: { kind: 'top', position: 45 }, year: 2021 },
    ],
    [
      'Top 99 Inovasi Pelayanan Publik KemenPAN-RB 2019',
      { level: 'nasional', organizer: 'KemenPAN-RB', rank: { kind: 'top', position: 99 }, year: 2019 },
    ],
    [
      'Finalis KIPP 2021',
      { level: 'nasional', organizer: 'KemenPAN-RB', rank: { kind: 'finalis', position: null }, year: 2021 },
    ],
    [
      'Top 30 KIPP Sulsel 2020',
      {
        level: 'provinsi',
        organizer: 'Provinsi Sulawesi Selatan',
        rank: { kind: 'top', position: 30 },
        year: 2020,
      },
    ],
    [
      'Juara 1 Lomba Inovasi Daerah Kab. Pacitan 2023',
      {
        level: 'kabupaten',
        organizer: 'Kabupaten Pacitan',
        rank: { kind: 'juara', position: 1 },
        year: 2023,
      },
    ],
    ['IGA 2022', { level: 'nasional', organizer: 'Kemendagri', rank: null, year: 2022 }],
    [
      'Innovative Government Award Kemendagri 2019 kategori Kabupaten Terinovatif',
      { level: 'nasional', organizer: 'Kemendagri', year: 2019 },
    ],
    [
      'Penghargaan Jambore Inovasi Sulawesi Selatan 2019',
      { level: 'provinsi', organizer: 'Provinsi Sulawesi Selatan', rank: null, year: 2019 },
    ],
    [
      'Juara Harapan II Kompetisi Inovasi Kota Makassar 2022',
      { level: 'kota', organizer: 'Kota Makassar', rank: { kind: 'harapan', position: 2 }, year: 2022 },
    ],
    [
      'Nominasi Top 10 Inovasi OPD Kabupaten Wajo',
      { level: 'kabupaten', organizer: 'Kabupaten Wajo', rank: { kind: 'top', position: 10 }, year: 2018 },
    ],
    [
      'Juara III Lomba Inovasi Daerah Kabupaten Wajo 2022',
      { level: 'kabupaten', organizer: 'Kabupaten Wajo', rank: { kind: 'juara', position: 3 }, year: 2022 },
    ],
    [
      'Harapan III Lomba Inovasi Program Gizi Kabupaten Berau 2025',
      { rank: { kind: 'harapan', position: 3 }, year: 2025 },
    ],
    [
      'Nominator Innovative Government Award (IGA) 2025, inovasi unggulan',
      { level: 'nasional', organizer: 'Kemendagri', rank: { kind: 'nominasi', position: null }, year: 2025 },
    ],
    [
      'Inovasi Terpuji Ombudsman 2020',
      { level: 'nasional', organizer: 'Ombudsman RI', rank: { kind: 'terpuji' } },
    ],
  ])('reads %j', (title, expected) => {
    expect(parseAward(title, 2018, regions)).toMatchObject({ title, ...expected })
  })

  it('keeps the original text and reads the level from words alone without a region list', () => {
    expect(parseAward('  Juara 2  Lomba Inovasi Kota Malang 2021 ', null)).toEqual({
      title: 'Juara 2 Lomba Inovasi Kota Malang 2021',
      level: 'kota',
      organizer: null,
      rank: { kind: 'juara', position: 2 },
      year: 2021,
    })
  })

  it('takes the year of the row when the title has none, and no year when neither has one', () => {
    expect(parseAward('Top 99 KIPP', 2019).year).toBe(2019)
    expect(parseAward('Top 99 KIPP', null).year).toBeNull()
  })

  it.each([
    ['Top 99 KIPP 2019; Top 45 KIPP 2019', ['Top 99 KIPP 2019', 'Top 45 KIPP 2019']],
    ['Top 99 KIPP 2019, Top 45 KIPP 2019', ['Top 99 KIPP 2019', 'Top 45 KIPP 2019']],
    ['Top 99 KIPP 2019 dan Top 45 KIPP 2019', ['Top 99 KIPP 2019', 'Top 45 KIPP 2019']],
    ['Top 99 KIPP 2019\nFinalis KIPP 2020', ['Top 99 KIPP 2019', 'Finalis KIPP 2020']],
    ['Juara 1 Lomba Inovasi Daerah Kab. Pacitan, 2023', ['Juara 1 Lomba Inovasi Daerah Kab. Pacitan, 2023']],
    [' ; ', []],
  ])('splits %j into its awards', (cell, titles) => {
    expect(parseAwards(cell, null, regions).map((award) => award.title)).toEqual(titles)
  })

  it('does not turn a place named in passing into two organisers', () => {
    expect(parseAward('Top 10 Inovasi Kabupaten Wajo dan Kota Makassar 2021', null, regions)).toMatchObject({
      organizer: null,
      level: 'kota',
    })
  })
})
