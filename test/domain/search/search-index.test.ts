import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import type { RegionCatalogue } from '../../../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../../../src/domain/search/search-index.ts'
import type { SearchDocument, SearchIndex } from '../../../src/domain/search/types.ts'

const MAGETAN = { regencyCode: '35.20', provinceCode: '35' }
const SIDOARJO = { regencyCode: '35.15', provinceCode: '35' }
const BANJARNEGARA = { regencyCode: '33.04', provinceCode: '33' }
const WAJO = { regencyCode: '73.13', provinceCode: '73' }
const LUWU_UTARA = { regencyCode: '73.22', provinceCode: '73' }
const GOWA = { regencyCode: '73.06', provinceCode: '73' }

function doc(
  id: number,
  fields: Partial<SearchDocument> & Pick<SearchDocument, 'name' | 'provinceCode'>,
): SearchDocument {
  return {
    id,
    expansion: null,
    agency: 'Dinas',
    regencyCode: null,
    year: 2020,
    themes: [],
    description: '',
    awards: [],
    ...fields,
  }
}

const DOCS: SearchDocument[] = [
  doc(1, {
    ...MAGETAN,
    name: 'JEK-MIL',
    expansion: 'Ojek Ibu Hamil',
    agency: 'Puskesmas Bendo',
    year: 2021,
    themes: ['kesehatan'],
    description: 'Bidan desa dan kader menjemput ibu hamil ke fasilitas kesehatan dengan ojek.',
    awards: [{ title: 'Top 45 Inovasi Pelayanan Publik KemenPAN-RB 2021', level: 'nasional', year: 2021 }],
  }),
  doc(2, {
    ...BANJARNEGARA,
    name: 'Oce Oke',
    expansion: 'One Client One Kader',
    agency: 'Puskesmas Pejawaran',
    year: 2019,
    themes: ['kesehatan'],
    description:
      'Satu ibu hamil didampingi satu kader kesehatan untuk menurunkan angka kematian ibu dan bayi.',
    awards: [{ title: 'Top 99 Inovasi Pelayanan Publik KemenPAN-RB 2019', level: 'nasional', year: 2019 }],
  }),
  doc(3, {
    ...WAJO,
    name: 'Sikon Layan KB',
    expansion: 'Promosi dan Konseling Pelayanan KB',
    agency: 'RSUD Lamadukkelleng Sengkang',
    year: 2019,
    themes: ['kesehatan'],
    description: 'Konseling keluarga berencana bagi ibu hamil dan ibu bersalin.',
    awards: [{ title: 'Penghargaan Jambore Inovasi Sulawesi Selatan 2019', level: 'provinsi', year: 2019 }],
  }),
  doc(4, {
    ...LUWU_UTARA,
    name: 'Sipena',
    expansion: 'Sistem Informasi Pemetaan Bencana',
    agency: 'BPBD',
    themes: ['kebencanaan'],
    description: 'Peta rawan bencana untuk desa.',
    awards: [{ title: 'Top 30 KIPP Provinsi Sulawesi Selatan 2020', level: 'provinsi', year: 2020 }],
  }),
  doc(5, {
    ...GOWA,
    name: 'Ambulans Desa',
    agency: 'Dinas Kesehatan',
    themes: ['kesehatan'],
    description: 'Mobil desa mengantar warga sakit ke puskesmas.',
  }),
  doc(6, {
    ...SIDOARJO,
    name: 'Antar Jemput Bumil',
    agency: 'Puskesmas Krian',
    year: 2022,
    themes: ['kesehatan'],
    description: 'Ojek online gratis untuk ibu hamil menuju puskesmas.',
    awards: [
      { title: 'Top 10 Inovasi Perangkat Daerah Kabupaten Sidoarjo 2022', level: 'kabupaten', year: 2022 },
    ],
  }),
  doc(7, {
    provinceCode: '35',
    name: 'Lumbung Pangan Jatim',
    themes: ['pertanian'],
    description: 'Cadangan pangan.',
  }),
]

let catalogue: RegionCatalogue
let index: SearchIndex

beforeAll(async () => {
  catalogue = await loadRegionCatalogue()
})

beforeEach(() => {
  index = createSearchIndex(catalogue)
  for (const document of DOCS) index.upsert(document)
})

const ids = (query: string, options?: { limit?: number; offset?: number }) =>
  index.search(query, options).hits.map((hit) => hit.id)
const fullIds = (query: string) =>
  index
    .search(query)
    .hits.filter((hit) => !hit.partial)
    .map((hit) => hit.id)

describe('search filters', () => {
  it.each([
    ['ibu hamil di Sulsel', [3]],
    ['ibu hamil jatim', [1, 6]],
    ['ibu hamil magetan', [1]],
    ['Sulsel', [3, 4, 5]],
    ['kab. wajo', [3]],
    ['jawa timur', [1, 6, 7]],
    ['2019', [2, 3]],
    ['top 99', [2]],
    ['top 45 2021', [1]],
    ['kipp sulsel 2020', [4]],
    ['kipp', [1, 2, 4]],
    ['nasional', [1, 2]],
  ])('"%s" returns only innovations inside the filter: %j', (query, expected) => {
    expect(ids(query).sort()).toEqual(expected)
  })

  it('finds an innovation under each of its themes, by the words people use for them', () => {
    index.upsert(
      doc(50, {
        ...GOWA,
        name: 'Kampung Nelayan Wisata',
        agency: null,
        themes: ['pariwisata', 'perikanan'],
        description: 'Warga mengelola kunjungan ke kampung.',
      }),
    )
    expect(fullIds('pariwisata')).toContain(50)
    expect(fullIds('perikanan')).toContain(50)
    expect(index.search('perikanan').understood.themes).toEqual(['perikanan'])
  })

  it('never returns an innovation from Jawa Timur for a query "di Sulsel"', () => {
    const hits = index.search('ojek ibu hamil di Sulsel').hits
    expect(hits.map((hit) => hit.id)).not.toContain(1)
    expect(hits.map((hit) => hit.id)).not.toContain(6)
  })

  it('says what it understood: words, corrections, regions, years, awards, themes', () => {
    const { understood } = index.search('inovasi keshatan ibu di Sulsel top 30 2020')
    expect(understood.terms).toEqual(['kesehatan', 'ibu'])
    expect(understood.corrections).toEqual([{ from: 'keshatan', to: 'kesehatan' }])
    expect(understood.regions.map((region) => region.province.name)).toEqual(['Sulawesi Selatan'])
    expect(understood.years).toEqual([2020])
    expect(understood.awards).toEqual(['top 30'])
    expect(understood.themes).toEqual(['kesehatan'])
  })
})

describe('search ranking', () => {
  it.each([
    ['jekmil', 1],
    ['jek mil', 1],
    ['ojek bumil magetan', 1],
    ['oceoke', 2],
    ['konseling keluarga berencana', 3],
    ['sistem informasi pemetaan bencana', 4],
    ['taqiuas sipenna', 4],
  ])('finds "%s" first: %i', (query, expected) => {
    expect(ids(query)[0]).toBe(expected)
  })

  it('matches every word (AND): "ojek bumil" finds the two ojek innovations, not every ibu hamil one', () => {
    expect(fullIds('ojek bumil').sort()).toEqual([1, 6])
  })

  it('ranks a name match above a description match', () => {
    expect(ids('ojek')[0]).toBe(1)
  })

  it('offers partial matches, flagged and ranked last, when few entries have every word', () => {
    const hits = index.search('kader pendamping ibu hamil').hits
    expect(hits[0]).toMatchObject({ id: 2 })
    expect(hits[0]?.partial).toBeUndefined()
    expect(hits.slice(1).every((hit) => hit.partial)).toBe(true)
  })

  it('returns nothing for a known topic no entry has, and no partial matches', () => {
    expect(index.search('pencegahan stunting')).toMatchObject({ total: 0, hits: [] })
  })

  it('suggests a relaxed query when the filter leaves nothing', () => {
    const result = index.search('konseling kb di jatim')
    expect(result.total).toBe(0)
    expect(result.relaxed).toBe('konseling kb')
  })

  it('pages with offset and limit over one deterministic ranking', () => {
    const all = ids('kesehatan', { limit: 10 })
    expect(all.length).toBeGreaterThan(3)
    expect([...ids('kesehatan', { limit: 2 }), ...ids('kesehatan', { limit: 2, offset: 2 })]).toEqual(
      all.slice(0, 4),
    )
    expect(ids('kesehatan', { limit: 10 })).toEqual(all)
  })

  it('breaks score ties by id', () => {
    const twin = { provinceCode: '35', name: 'Kampung Literasi', description: 'Taman baca warga.' }
    index.upsert(doc(20, twin))
    index.upsert(doc(10, twin))
    const hits = index.search('kampung literasi').hits
    expect(hits.map((hit) => hit.id)).toEqual([10, 20])
    expect(hits[0]?.score).toBe(hits[1]?.score)
  })

  it('reports the total, not just the page', () => {
    expect(index.search('kesehatan', { limit: 1 }).total).toBeGreaterThan(1)
  })
})

describe('search on bad input', () => {
  it.each([
    ['an empty query', ''],
    ['blanks', '   '],
    ['only emoji', '🙂🙂🙂'],
    ['only stopwords', 'inovasi di yang untuk'],
    ['markup', '<b>'],
    ['SQL', "'; drop table innovations; --"],
    ['4,000 characters in one word', 'x'.repeat(4000)],
    ['4,000 characters of words', Array.from({ length: 300 }, () => 'kesehatan ibu').join(' ')],
    ['control characters', '\u0000\u200b\uffff'],
  ])('never throws on %s', (_, query) => {
    expect(() => index.search(query)).not.toThrow()
    expect(index.search(query).hits.length).toBeLessThanOrEqual(10)
  })

  it.each([[''], ['🙂'], ['inovasi di yang untuk'], ['<b>']])('returns nothing for %j', (query) => {
    expect(index.search(query)).toMatchObject({ total: 0, hits: [] })
  })

  it('lists the innovations of a region named alone ("Sulsel")', () => {
    expect(index.search('Sulsel').total).toBe(3)
  })

  it('treats nonsense limits and offsets as defaults', () => {
    expect(ids('kesehatan', { limit: Number.NaN, offset: -5 })).toEqual(ids('kesehatan'))
    expect(ids('kesehatan', { limit: 0 }).length).toBe(1)
  })
})

describe('index maintenance', () => {
  it('replaces a document on upsert with the same id', () => {
    index.upsert({
      ...(DOCS[0] as SearchDocument),
      name: 'Becak Siaga',
      expansion: null,
      description: 'Becak.',
    })
    expect(index.size).toBe(DOCS.length)
    expect(ids('jekmil')).toEqual([])
    expect(ids('becak siaga')).toEqual([1])
  })

  it('forgets a removed document and ignores unknown ids', () => {
    index.remove(4)
    index.remove(999)
    expect(index.size).toBe(DOCS.length - 1)
    expect(ids('sipena')).toEqual([])
    expect(ids('sulsel')).toEqual([3, 5])
  })

  it('stays correct after many replacements compact the index', () => {
    for (let round = 0; round < 300; round++)
      index.upsert({ ...(DOCS[6] as SearchDocument), year: 2000 + (round % 10) })
    for (const document of DOCS.slice(0, 3)) {
      index.remove(document.id)
      index.upsert(document)
    }
    expect(index.size).toBe(DOCS.length)
    expect(ids('lumbung pangan')).toEqual([7])
    expect(ids('ibu hamil jatim').sort()).toEqual([1, 6])
    expect(ids('2019').sort()).toEqual([2, 3])
  })
})

describe('similar', () => {
  it('finds innovations sharing distinctive words, theme and region, never the innovation itself', () => {
    const similar = index.similar(1).map((hit) => hit.id)
    expect(similar).not.toContain(1)
    expect(similar[0]).toBe(6)
  })

  it('returns nothing for an unknown id', () => {
    expect(index.similar(999)).toEqual([])
  })

  it('respects the limit', () => {
    expect(index.similar(1, 2)).toHaveLength(2)
  })
})

describe('recent', () => {
  it('lists award winners by award year, newest first, then by id descending', () => {
    expect(index.recent(10)).toEqual([6, 1, 4, 3, 2])
  })

  it('respects the limit', () => {
    expect(index.recent(2)).toEqual([6, 1])
  })
})
