/**
 * A province split: regencies of the `successor` provinces were in `formerCode` until `year`, so lists
 * from before then name them under it. `law` made the change; `source` is a public page stating it.
 */
export interface ProvinceSplit {
  formerCode: string
  successorCodes: readonly string[]
  year: number
  law: string
  source: string
}

/** A kabupaten/kota renamed: `formerName` (normalised) is today's region `code` since `year`. */
export interface RegencyRename {
  formerName: string
  code: string
  year: number
  law: string
  source: string
}

const PROVINCE_HISTORY_PAGE = 'https://id.wikipedia.org/wiki/Sejarah_provinsi_di_Indonesia'

export const PROVINCE_SPLITS: readonly ProvinceSplit[] = [
  {
    formerCode: '91',
    successorCodes: ['93'],
    year: 2022,
    law: 'UU 14/2022',
    source:
      'https://nasional.kompas.com/read/2022/07/29/10473321/tiga-uu-tentang-pemekaran-wilayah-papua-resmi-diundangkan',
  },
  {
    formerCode: '91',
    successorCodes: ['94'],
    year: 2022,
    law: 'UU 15/2022',
    source:
      'https://nasional.kompas.com/read/2022/07/29/10473321/tiga-uu-tentang-pemekaran-wilayah-papua-resmi-diundangkan',
  },
  {
    formerCode: '91',
    successorCodes: ['95'],
    year: 2022,
    law: 'UU 16/2022',
    source:
      'https://nasional.kompas.com/read/2022/07/29/10473321/tiga-uu-tentang-pemekaran-wilayah-papua-resmi-diundangkan',
  },
  {
    formerCode: '92',
    successorCodes: ['96'],
    year: 2022,
    law: 'UU 29/2022',
    source: 'https://kosakatanusantara.blogspot.com/2022/12/sah-jokowi-teken-uu-pembentukan.html',
  },
  { formerCode: '64', successorCodes: ['65'], year: 2012, law: 'UU 20/2012', source: PROVINCE_HISTORY_PAGE },
  {
    formerCode: '73',
    successorCodes: ['76'],
    year: 2004,
    law: 'UU 26/2004',
    source: 'https://wikimili.com/en/List_of_regencies_and_districts_of_South_Sulawesi',
  },
  { formerCode: '81', successorCodes: ['82'], year: 1999, law: 'UU 46/1999', source: PROVINCE_HISTORY_PAGE },
  { formerCode: '14', successorCodes: ['21'], year: 2002, law: 'UU 25/2002', source: PROVINCE_HISTORY_PAGE },
  { formerCode: '16', successorCodes: ['19'], year: 2000, law: 'UU 27/2000', source: PROVINCE_HISTORY_PAGE },
  { formerCode: '32', successorCodes: ['36'], year: 2000, law: 'UU 23/2000', source: PROVINCE_HISTORY_PAGE },
  { formerCode: '71', successorCodes: ['75'], year: 2000, law: 'UU 38/2000', source: PROVINCE_HISTORY_PAGE },
]

export const REGENCY_RENAMES: readonly RegencyRename[] = [
  {
    formerName: 'toba samosir',
    code: '12.12',
    year: 2020,
    law: 'PP 14/2020',
    source: 'https://beritabaru.co/presiden-tandatangani-pp-perubahan-nama-kabupaten-toba-samosir',
  },
  {
    formerName: 'pasir',
    code: '64.01',
    year: 2007,
    law: 'PP 49/2007',
    source: 'http://tamanmawarbiru.blogspot.com/2010/10/lintas-sejarah-kabupaten-paser-sumber.html',
  },
  {
    formerName: 'mamuju utara',
    code: '76.01',
    year: 2017,
    law: 'PP 61/2017',
    source:
      'http://setkab.go.id/pemerintah-ubah-nama-kab-mamuju-utara-di-sulawesi-barat-jadi-kab-pasangkayu/',
  },
]

/** The former names of a kabupaten/kota (normalised), for the catalogue's lookup keys. */
export function formerNamesOf(code: string): string[] {
  return REGENCY_RENAMES.filter((rename) => rename.code === code).map((rename) => rename.formerName)
}
