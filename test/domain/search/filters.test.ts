import { beforeAll, describe, expect, it } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { createSearchIndex } from '../../../src/domain/search/search-index.ts'
import type { SearchAward, SearchDocument, SearchIndex } from '../../../src/domain/search/types.ts'

const top = (rank: number, year: number): SearchAward => ({
  title: `Top ${rank} Inovasi Pelayanan Publik KemenPAN-RB ${year}`,
  level: 'nasional',
  year,
})

function doc(id: number, name: string, year: number, awards: SearchAward[]): SearchDocument {
  const base = { expansion: null, agency: 'Dinas', regencyCode: '73.13', provinceCode: '73', themes: [] }
  return { ...base, id, name, year, description: 'Layanan warga.', awards }
}

describe('year and award filters combine the way people mean them', () => {
  let index: SearchIndex
  const ids = (query: string) => index.search(query).hits.map((hit) => hit.id)

  beforeAll(async () => {
    index = createSearchIndex(await loadRegionCatalogue())
    index.upsert(doc(1, 'Top 99 lama, Top 45 baru', 2020, [top(99, 2020), top(45, 2022)]))
    index.upsert(doc(2, 'Top 99 tahun 2022', 2022, [top(99, 2022)]))
    index.upsert(doc(3, 'Mulai 2023, menang 2021', 2023, [top(45, 2021)]))
    index.upsert(doc(4, 'Menang 2023', 2022, [top(45, 2021), top(99, 2023)]))
  })

  it('"top 99 2022" lists only what won a Top 99 in 2022, not a Top 45 of 2022 beside a Top 99 of 2020', () => {
    expect(ids('top 99 2022')).toEqual([2])
  })

  it('shows the award that matched, not the first or latest one', () => {
    const [hit] = index.search('top 99 2020').hits
    expect(hit).toMatchObject({ id: 1, award: top(99, 2020).title })
  })

  it('"pemenang 2023" means an award of 2023: an innovation of 2023 with a 2021 award is not a 2023 winner', () => {
    const hits = index.search('pemenang 2023').hits
    expect(hits.map((hit) => hit.id)).toEqual([4])
    expect(hits[0]?.award).toBe(top(99, 2023).title)
  })

  it("a year alone still matches the innovation year or an award year, showing that year's award", () => {
    expect(ids('inovasi 2021').sort()).toEqual([3, 4])
    expect(index.search('inovasi 2022').hits.find((hit) => hit.id === 1)?.award).toBe(top(45, 2022).title)
  })
})

describe('themes, word families and the "not every word" notice', () => {
  let index: SearchIndex
  const names = (query: string) =>
    index
      .search(query)
      .hits.filter((hit) => !hit.partial)
      .map((hit) => hit.id)

  beforeAll(async () => {
    index = createSearchIndex(await loadRegionCatalogue())
    const base = doc(0, '', 2021, [])
    index.upsert({
      ...base,
      id: 1,
      name: 'Posyandu Keliling',
      themes: ['kesehatan'],
      description: 'Kesehatan balita.',
    })
    index.upsert({
      ...base,
      id: 2,
      name: 'Kelas Gizi',
      themes: ['pendidikan'],
      description: 'Pendidikan kesehatan.',
    })
    index.upsert({ ...base, id: 3, name: 'Kartu Identitas Anak Keliling', themes: ['adminduk'] })
    index.upsert({
      ...base,
      id: 4,
      name: 'Desa Wisata Cerdas',
      themes: ['pariwisata'],
      description: 'Desa wisata.',
    })
    index.upsert({ ...base, id: 5, name: 'Sampah Pintar', description: 'Bank sampah.' })
    index.upsert({ ...base, id: 6, name: 'Sampah Bersih', description: 'Bank sampah desa.' })
  })

  it('a query that is just a theme filters on it; the theme word elsewhere only ranks', () => {
    expect(names('kesehatan')).toEqual([1])
    expect(names('pendidikan kesehatan')).toEqual([2])
  })

  it('"kartu identitas anak" searches its words', () => {
    expect(names('kartu identitas anak')).toEqual([3])
  })

  it('"pariwisata" finds "wisata" and the other way round', () => {
    expect(names('pariwisata')).toEqual([4])
    expect(names('wisata')).toEqual([4])
  })

  it('says "nothing matches every word" only when nothing does', () => {
    const some = index.search('sampah pintar desa')
    expect(some.closestOnly).toBe(false)
    expect(index.search('sampah pintar bersih').closestOnly).toBe(true)
  })
})
