import { beforeAll, describe, expect, it } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import type { RegionCatalogue } from '../../../src/domain/regions/catalogue.ts'
import type { Region } from '../../../src/domain/regions/types.ts'
import { type ParsedQuery, parseQuery, parseTokens } from '../../../src/domain/search/query.ts'
import { themeKey } from '../../../src/domain/search/vocabulary.ts'

let catalogue: RegionCatalogue

beforeAll(async () => {
  catalogue = await loadRegionCatalogue()
})

const codeOf = (region: Region) => (region.kind === 'province' ? region.province.code : region.regency.code)

function summary(parsed: ParsedQuery) {
  return {
    terms: parsed.concepts.map((concept) => concept.label),
    regions: parsed.regions.map(codeOf),
    years: parsed.years,
    awards: parsed.awards,
  }
}

const keysOf = (parsed: ParsedQuery, label: string) =>
  parsed.concepts
    .find((concept) => concept.label === label)
    ?.alternatives.map((alternative) => alternative.groups.map((group) => group.map((term) => term.key)))

describe('parseQuery', () => {
  it.each([
    ['inovasi kesehatan ibu di Sulsel', ['kesehatan', 'ibu'], ['73'], [], []],
    ['ojek bumil magetan', ['ojek', 'bumil'], ['35.20'], [], []],
    ['stunting jateng 2021', ['stunting'], ['33'], [2021], []],
    ['jekmil', ['jekmil'], [], [], []],
    ['top 99 banjarnegara', [], ['33.04'], [], ['top 99']],
    ['labu kuning', ['labu', 'kuning'], [], [], []],
    ['Kab. Wajo', [], ['73.13'], [], []],
    ['kab wajo 2020', [], ['73.13'], [2020], []],
    ['top45 nasional kipp', [], [], [], ['top 45', 'nasional', 'kipp']],
    ['kipp sulsel 2020', [], ['73'], [2020], ['kipp']],
    ['inovasi tahun 2020', [], [], [2020], []],
    ['smart city kota makassar', ['smart city'], ['73.71'], [], []],
    ['bandung jabar', [], ['32.04', '32.73'], [], []],
    ['kesehatan ibu dan anak', ['kesehatan ibu anak'], [], [], []],
    ['angka kematian ibu dan bayi', ['angka kematian ibu', 'bayi'], [], [], []],
    ['JEK-MIL', ['jek', 'mil'], [], [], []],
    ['bumilll!!!', ['bumil'], [], [], []],
  ])('reads "%s" as words %j, regions %j, years %j, awards %j', (text, terms, regions, years, awards) => {
    expect(summary(parseQuery(catalogue, text))).toEqual({ terms, regions, years, awards })
  })

  it.each([[''], ['   '], ['🙂🙂🙂'], ['<b>'], ['inovasi di yang untuk tentang dan dari'], ['kab']])(
    'finds nothing to search in %j',
    (text) => {
      expect(summary(parseQuery(catalogue, text))).toEqual({ terms: [], regions: [], years: [], awards: [] })
    },
  )

  it.each([
    ['1989', ['1989']],
    ['2101', ['2101']],
    ['45', []],
    ['layanan 112', ['112']],
  ])('keeps "%s" as a word, not a year, when outside 1990-2100 (%j)', (text, terms) => {
    const parsed = parseQuery(catalogue, text)
    expect(parsed.years).toEqual([])
    expect(parsed.concepts.map((concept) => concept.label)).toEqual(terms)
  })

  it('expands an abbreviation to its meaning and keeps what was typed as the label', () => {
    const parsed = parseQuery(catalogue, 'bumil')
    expect(keysOf(parsed, 'bumil')).toEqual([[['bumil']], [['ibu'], ['hamil']], [['hamil']]])
  })

  it('recognises a known phrase typed in full as one concept with its abbreviation', () => {
    const parsed = parseQuery(catalogue, 'badan usaha milik desa')
    expect(parsed.concepts.map((concept) => concept.label)).toEqual(['badan usaha milik desa'])
    expect(keysOf(parsed, 'badan usaha milik desa')).toContainEqual([['bumdes']])
  })

  it('adds related ideas ranked lower than the typed word ("stunting" ~ "gizi")', () => {
    const [concept] = parseQuery(catalogue, 'stunting').concepts
    const weights = concept?.alternatives.map((alternative) => [
      alternative.groups[0]?.[0]?.key,
      alternative.weight,
    ])
    expect(weights).toContainEqual(['stunting', 1])
    expect(weights).toContainEqual(['gizi', 0.6])
  })

  it('matches word forms through the Indonesian stemmer ("kesehatan" is searched as "sehat")', () => {
    expect(keysOf(parseQuery(catalogue, 'kesehatan'), 'kesehatan')?.[0]?.[0]).toContain('sehat')
  })

  it('lets a theme name also match entries filed under the theme', () => {
    const parsed = parseQuery(catalogue, 'pertanian')
    expect(parsed.themes).toEqual(['pertanian'])
    expect(keysOf(parsed, 'pertanian')?.[0]?.[0]).toContain(themeKey('pertanian'))
  })

  it('does not let a narrow theme keyword match the whole theme ("gizi" is not every health entry)', () => {
    const keys = keysOf(parseQuery(catalogue, 'gizi'), 'gizi')?.flat(2)
    expect(keys).not.toContain(themeKey('kesehatan'))
  })

  it('makes goal words optional, unless they are all there is', () => {
    expect(parseQuery(catalogue, 'menurunkan AKI').concepts.map((c) => [c.label, c.optional])).toEqual([
      ['menurunkan', true],
      ['aki', false],
    ])
    expect(parseQuery(catalogue, 'menurunkan').concepts.map((c) => c.optional)).toEqual([false])
  })

  it('matches equally close typo corrections too', () => {
    const parsed = parseTokens(catalogue, ['jekmil'], new Map([['jekmil', ['jekmul']]]))
    expect(keysOf(parsed, 'jekmil')?.[0]?.[0]).toEqual(['jekmil', 'jekmul'])
  })

  it('reads at most 32 words of pasted text', () => {
    const parsed = parseQuery(catalogue, Array.from({ length: 200 }, (_, i) => `kata${i}x`).join(' '))
    expect(parsed.concepts.length).toBeLessThanOrEqual(32)
  })
})
