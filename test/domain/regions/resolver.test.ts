import { describe, expect, it } from 'vitest'
import { loadRawRegions, loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { PROVINCE_ALIASES, REGENCY_ALIASES } from '../../../src/domain/regions/aliases.ts'
import { createRegionCatalogue, regionCode, regionLabel } from '../../../src/domain/regions/catalogue.ts'
import {
  findRegionMentions,
  narrowRegions,
  type Resolution,
  resolveRegion,
} from '../../../src/domain/regions/resolver.ts'
import { normalizeText, tokenize } from '../../../src/domain/text/normalize.ts'

const catalogue = await loadRegionCatalogue()
const raw = await loadRawRegions()

/** "Kabupaten Wajo, Sulawesi Selatan", "ambiguous: A | B" or "unknown": one string to compare. */
function describeResolution(resolution: Resolution): string {
  if (resolution.kind === 'found') return regionLabel(resolution.region)
  if (resolution.kind === 'ambiguous')
    return `ambiguous: ${resolution.candidates.map(regionLabel).join(' | ')}`
  return 'unknown'
}

const resolve = (text: string) => describeResolution(resolveRegion(catalogue, text))
const foundCode = (text: string) => {
  const resolution = resolveRegion(catalogue, text)
  return resolution.kind === 'found' ? regionCode(resolution.region) : resolution.kind
}

describe('resolveRegion: provinces', () => {
  it('has an abbreviation for every one of the 38 provinces, and for nothing else', () => {
    expect(Object.keys(PROVINCE_ALIASES).sort()).toEqual(catalogue.provinces.map((p) => p.code).sort())
    expect(Object.values(PROVINCE_ALIASES).every((aliases) => aliases.length > 0)).toBe(true)
  })

  it.each(raw.provinces.map((p) => [p.name, p.code]))(
    'resolves the official name "%s" to province %s',
    (name, code) => {
      expect(foundCode(name)).toBe(code)
    },
  )

  it.each(catalogue.provinces.map((p) => [p.name, p.code]))(
    'resolves the display name "%s" to province %s',
    (name, code) => {
      expect(foundCode(name)).toBe(code)
    },
  )

  it.each(
    Object.entries(PROVINCE_ALIASES).flatMap(([code, aliases]) => aliases.map((alias) => [alias, code])),
  )('resolves the alias "%s" to province %s', (alias, code) => {
    expect(foundCode(alias)).toBe(code)
    expect(foundCode(`Provinsi ${alias.toUpperCase()}`)).toBe(code)
  })

  it.each([
    ['Sulsel', 'Sulawesi Selatan'],
    ['jatim', 'Jawa Timur'],
    ['Prov. Jateng', 'Jawa Tengah'],
    ['DIY', 'DI Yogyakarta'],
    ['Daerah Istimewa Yogyakarta', 'DI Yogyakarta'],
    ['yogyakarta', 'DI Yogyakarta'],
    ['DKI', 'DKI Jakarta'],
    ['Jakarta', 'DKI Jakarta'],
    ['NAD', 'Aceh'],
    ['Kepri', 'Kepulauan Riau'],
    ['kep. riau', 'Kepulauan Riau'],
    ['Babel', 'Kepulauan Bangka Belitung'],
    ['bangka belitung', 'Kepulauan Bangka Belitung'],
    ['Sumatra Utara', 'Sumatera Utara'],
    ['NTT', 'Nusa Tenggara Timur'],
    ['Pabar', 'Papua Barat'],
    ['Papua Barat Daya', 'Papua Barat Daya'],
    ['Papua Pegunungan', 'Papua Pegunungan'],
  ])('resolves "%s" to %s', (text, label) => {
    expect(resolve(text)).toBe(label)
  })
})

describe('resolveRegion: kabupaten and kota', () => {
  it.each([
    ['Kab. Wajo', 'Kabupaten Wajo, Sulawesi Selatan'],
    ['Kabupaten Wajo', 'Kabupaten Wajo, Sulawesi Selatan'],
    ['kab wajo', 'Kabupaten Wajo, Sulawesi Selatan'],
    ['wajo', 'Kabupaten Wajo, Sulawesi Selatan'],
    ['wajo sulsel', 'Kabupaten Wajo, Sulawesi Selatan'],
    ['Kab. Wajo, Sulawesi Selatan', 'Kabupaten Wajo, Sulawesi Selatan'],
    ['Kota Makassar', 'Kota Makassar, Sulawesi Selatan'],
    ['makassar', 'Kota Makassar, Sulawesi Selatan'],
    ['pemkot makassar', 'Kota Makassar, Sulawesi Selatan'],
    ['Kabupaten Magetan', 'Kabupaten Magetan, Jawa Timur'],
    ['magetan jawa timur', 'Kabupaten Magetan, Jawa Timur'],
    ['Pemkab Magetan', 'Kabupaten Magetan, Jawa Timur'],
    ['banjarnegara', 'Kabupaten Banjarnegara, Jawa Tengah'],
    ['kab. Muara Enim', 'Kabupaten Muara Enim, Sumatera Selatan'],
    ['Luwu Utara', 'Kabupaten Luwu Utara, Sulawesi Selatan'],
    ['lutra', 'Kabupaten Luwu Utara, Sulawesi Selatan'],
    ['kota adm jakarta selatan', 'Kota Administrasi Jakarta Selatan, DKI Jakarta'],
    ['Kota Administrasi Jakarta Selatan', 'Kota Administrasi Jakarta Selatan, DKI Jakarta'],
    ['jakarta selatan', 'Kota Administrasi Jakarta Selatan, DKI Jakarta'],
    ['jaksel', 'Kota Administrasi Jakarta Selatan, DKI Jakarta'],
    ['Kepulauan Seribu', 'Kabupaten Administrasi Kepulauan Seribu, DKI Jakarta'],
    ['kab. kep. seribu', 'Kabupaten Administrasi Kepulauan Seribu, DKI Jakarta'],
    ['Surabaya', 'Kota Surabaya, Jawa Timur'],
    ['solo', 'Kota Surakarta, Jawa Tengah'],
    ['Tangsel', 'Kota Tangerang Selatan, Banten'],
    ['Tanjungpinang', 'Kota Tanjung Pinang, Kepulauan Riau'],
    ['Pangkalpinang', 'Kota Pangkal Pinang, Kepulauan Bangka Belitung'],
    ['Gunung Kidul', 'Kabupaten Gunungkidul, DI Yogyakarta'],
    ['Kulonprogo', 'Kabupaten Kulon Progo, DI Yogyakarta'],
    ['Toli-Toli', 'Kabupaten Toli Toli, Sulawesi Tengah'],
    ['Kota Bau-Bau', 'Kota Bau Bau, Sulawesi Tenggara'],
    ['Kab. Lima Puluh Kota', 'Kabupaten Lima Puluh Kota, Sumatera Barat'],
    ['kota baru', 'Kabupaten Kotabaru, Kalimantan Selatan'],
    ['kota kotamobagu', 'Kota Kotamobagu, Sulawesi Utara'],
    ['Pangkep', 'Kabupaten Pangkajene dan Kepulauan, Sulawesi Selatan'],
    ['Bandung Barat', 'Kabupaten Bandung Barat, Jawa Barat'],
    ['Maluku Barat Daya', 'Kabupaten Maluku Barat Daya, Maluku'],
    ['Bengkulu Selatan', 'Kabupaten Bengkulu Selatan, Bengkulu'],
    ['Kota Bandung', 'Kota Bandung, Jawa Barat'],
    ['kab bandung', 'Kabupaten Bandung, Jawa Barat'],
    ['Kabupaten Malang', 'Kabupaten Malang, Jawa Timur'],
    ['banjar kalsel', 'Kabupaten Banjar, Kalimantan Selatan'],
    ['kota banjar', 'Kota Banjar, Jawa Barat'],
    ['kota wajo', 'Kabupaten Wajo, Sulawesi Selatan'],
  ])('resolves "%s" to %s', (text, label) => {
    expect(resolve(text)).toBe(label)
  })

  it.each(raw.regencies.map((r) => [r.name, r.code]))(
    'resolves the official name "%s" to %s',
    (name, code) => {
      expect(foundCode(name)).toBe(code)
    },
  )

  it.each(catalogue.regencies.map((r) => [r.officialName, r.code]))(
    'resolves the display name "%s" to %s',
    (name, code) => {
      expect(foundCode(name)).toBe(code)
    },
  )

  it.each(catalogue.regencies.map((r) => [r.name, r.code]))(
    'finds "%s" among the regions its bare name names',
    (name, code) => {
      expect(catalogue.lookup(normalizeText(name)).map(regionCode)).toContain(code)
    },
  )
})

describe('resolveRegion: names shared by a province and a kabupaten/kota', () => {
  it.each([
    ['Gorontalo', 'Gorontalo'],
    ['Provinsi Gorontalo', 'Gorontalo'],
    ['Kabupaten Gorontalo', 'Kabupaten Gorontalo, Gorontalo'],
    ['Kota Gorontalo', 'Kota Gorontalo, Gorontalo'],
    ['Bengkulu', 'Bengkulu'],
    ['Kota Bengkulu', 'Kota Bengkulu, Bengkulu'],
    ['Jambi', 'Jambi'],
    ['Kota Jambi', 'Kota Jambi, Jambi'],
    ['yogyakarta', 'DI Yogyakarta'],
    ['Kota Yogyakarta', 'Kota Yogyakarta, DI Yogyakarta'],
  ])('resolves bare "%s" to the province and prefixed to the kabupaten/kota: %s', (text, label) => {
    expect(resolve(text)).toBe(label)
  })

  it.each([
    ['jogja', 'DI Yogyakarta'],
    ['Yogya', 'DI Yogyakarta'],
    ['kota jogja', 'Kota Yogyakarta, DI Yogyakarta'],
    ['Kota Yogya', 'Kota Yogyakarta, DI Yogyakarta'],
  ])('resolves the colloquial "%s" to %s (the province unless "kota" is said)', (text, label) => {
    expect(resolve(text)).toBe(label)
  })
})

describe('resolveRegion: ambiguous names', () => {
  it.each([
    ['bandung', ['Kabupaten Bandung, Jawa Barat', 'Kota Bandung, Jawa Barat']],
    ['Bogor', ['Kabupaten Bogor, Jawa Barat', 'Kota Bogor, Jawa Barat']],
    ['malang', ['Kabupaten Malang, Jawa Timur', 'Kota Malang, Jawa Timur']],
    ['tasik', ['Kabupaten Tasikmalaya, Jawa Barat', 'Kota Tasikmalaya, Jawa Barat']],
    ['banjar', ['Kota Banjar, Jawa Barat', 'Kabupaten Banjar, Kalimantan Selatan']],
    ['bandung jabar', ['Kabupaten Bandung, Jawa Barat', 'Kota Bandung, Jawa Barat']],
    ['bandng', ['Kabupaten Bandung, Jawa Barat', 'Kota Bandung, Jawa Barat']],
    ['sulsel jatim', ['Sulawesi Selatan', 'Jawa Timur']],
  ])('finds "%s" ambiguous between %j', (text, labels) => {
    const resolution = resolveRegion(catalogue, text)
    expect(resolution.kind).toBe('ambiguous')
    expect(resolution.kind === 'ambiguous' && resolution.candidates.map(regionLabel)).toEqual(labels)
  })
})

describe('resolveRegion: typos', () => {
  it.each([
    ['makasar', 'Kota Makassar, Sulawesi Selatan'],
    ['Kota Makasar', 'Kota Makassar, Sulawesi Selatan'],
    ['makasar sulsel', 'Kota Makassar, Sulawesi Selatan'],
    ['makassssar', 'Kota Makassar, Sulawesi Selatan'],
    ['magetn', 'Kabupaten Magetan, Jawa Timur'],
    ['kab magetn', 'Kabupaten Magetan, Jawa Timur'],
    ['banjarnegra', 'Kabupaten Banjarnegara, Jawa Tengah'],
    ['surabya', 'Kota Surabaya, Jawa Timur'],
    ['Sulawesi Seltan', 'Sulawesi Selatan'],
    ['jawa timr', 'Jawa Timur'],
    ['kabupatn wajo', 'Kabupaten Wajo, Sulawesi Selatan'],
  ])('corrects "%s" to %s', (text, label) => {
    expect(resolve(text)).toBe(label)
  })
})

describe('resolveRegion: unknown text', () => {
  it.each([
    '',
    '   ',
    '!!!',
    'xyz',
    'ab',
    'abcde',
    'qwertyuiop',
    'inovasi kesehatan',
    '12345',
    'kota',
    'kab.',
  ])('answers unknown for %j', (text) => {
    expect(resolveRegion(catalogue, text)).toEqual({ kind: 'unknown' })
  })

  it.each([
    ['a very long text', 'makasar '.repeat(2000)],
    ['control characters', '\u0000\u0007\uffff'],
    ['emoji', '🙏🏽 wajo 🙏🏽'],
    ['a non-string from untyped callers', undefined as unknown as string],
  ])('never throws on %s', (_, text) => {
    expect(() => resolveRegion(catalogue, text)).not.toThrow()
  })
})

describe('resolveRegion: speed', () => {
  it('resolves exact names in microseconds', () => {
    const texts = ['Kab. Wajo', 'sulsel', 'kota makassar', 'magetan jawa timur', 'bandung']
    const started = performance.now()
    for (let i = 0; i < 2000; i++) for (const text of texts) resolveRegion(catalogue, text)
    expect((performance.now() - started) / 10_000).toBeLessThan(0.1)
  })

  it('bounds the typo correction of a long message', () => {
    const started = performance.now()
    expect(resolve('makasar di '.repeat(500))).toBe('Kota Makassar, Sulawesi Selatan')
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('regency aliases', () => {
  const aliases = Object.entries(REGENCY_ALIASES).flatMap(([code, list]) =>
    list.map((alias) => [alias, code]),
  )

  it.each(aliases)('names "%s" by %s, written in normalised form', (alias, code) => {
    expect(normalizeText(alias)).toBe(alias)
    expect(catalogue.lookup(alias).map(regionCode)).toContain(code)
  })

  it.each(aliases)('resolves "%s" with its kind word to %s', (alias, code) => {
    const kind = catalogue.regency(code)?.kind
    expect(foundCode(`${kind} ${alias}`)).toBe(code)
  })

  it('writes province aliases in normalised form', () => {
    const all = Object.values(PROVINCE_ALIASES).flat()
    expect(all.filter((alias) => normalizeText(alias) !== alias)).toEqual([])
  })
})

describe('findRegionMentions', () => {
  const mentions = (query: string) =>
    findRegionMentions(catalogue, tokenize(query)).map(({ regions, start, end }) => ({
      span: [start, end],
      regions: regions.map(regionLabel),
    }))

  it.each([
    [['inovasi', 'kesehatan', 'ibu', 'di', 'sulsel'], [{ span: [4, 5], regions: ['Sulawesi Selatan'] }]],
    [['ojek', 'bumil', 'kab', 'magetan'], [{ span: [2, 4], regions: ['Kabupaten Magetan, Jawa Timur'] }]],
    [['top', '99', 'banjarnegara'], [{ span: [2, 3], regions: ['Kabupaten Banjarnegara, Jawa Tengah'] }]],
  ])('finds the region in %j', (tokens, expected) => {
    expect(mentions(tokens.join(' '))).toEqual(expected)
  })

  it.each([
    [
      'inovasi di kota adm jakarta selatan',
      [{ span: [2, 6], regions: ['Kota Administrasi Jakarta Selatan, DKI Jakarta'] }],
    ],
    ['layanan kab bandung barat', [{ span: [1, 4], regions: ['Kabupaten Bandung Barat, Jawa Barat'] }]],
    [
      'sampah bandung',
      [{ span: [1, 2], regions: ['Kabupaten Bandung, Jawa Barat', 'Kota Bandung, Jawa Barat'] }],
    ],
    ['provinsi gorontalo', [{ span: [0, 2], regions: ['Gorontalo'] }]],
    ['kota gorontalo', [{ span: [0, 2], regions: ['Kota Gorontalo, Gorontalo'] }]],
    ['gorontalo', [{ span: [0, 1], regions: ['Gorontalo'] }]],
    ['kota wajo', [{ span: [1, 2], regions: ['Kabupaten Wajo, Sulawesi Selatan'] }]],
    [
      'wajo sulsel',
      [
        { span: [0, 1], regions: ['Kabupaten Wajo, Sulawesi Selatan'] },
        { span: [1, 2], regions: ['Sulawesi Selatan'] },
      ],
    ],
    ['makasar', []],
    ['kota', []],
    ['', []],
  ])('finds the mentions in "%s"', (query, expected) => {
    expect(mentions(query)).toEqual(expected)
  })
})

describe('narrowRegions', () => {
  const named = (query: string) =>
    narrowRegions(findRegionMentions(catalogue, tokenize(query)).map((m) => m.regions)).map(regionLabel)

  it.each([
    ['wajo sulsel', ['Kabupaten Wajo, Sulawesi Selatan']],
    ['banjar kalsel', ['Kabupaten Banjar, Kalimantan Selatan']],
    ['bandung jabar', ['Kabupaten Bandung, Jawa Barat', 'Kota Bandung, Jawa Barat']],
    ['sulsel', ['Sulawesi Selatan']],
    ['wajo jatim', ['Kabupaten Wajo, Sulawesi Selatan']],
    ['', []],
  ])('narrows "%s" to %j', (query, labels) => {
    expect(named(query)).toEqual(labels)
  })
})

describe('createRegionCatalogue', () => {
  const titleCased = createRegionCatalogue(
    [
      { code: '34', name: 'Daerah Istimewa Yogyakarta' },
      { code: '31', name: 'DKI Jakarta' },
      { code: '73', name: 'Sulawesi Selatan' },
    ],
    [
      { code: '73.13', provinceCode: '73', name: 'Kabupaten Wajo' },
      { code: '73.10', provinceCode: '73', name: 'Kabupaten Pangkajene Dan Kepulauan' },
      { code: '31.74', provinceCode: '31', name: 'Kota Administrasi Jakarta Selatan' },
      { code: '34.71', provinceCode: '34', name: 'Kota Yogyakarta' },
    ],
  )

  it('reads Title Case names as well as UPPERCASE ones', () => {
    expect(titleCased.provinces.map((p) => p.name)).toEqual([
      'DI Yogyakarta',
      'DKI Jakarta',
      'Sulawesi Selatan',
    ])
    expect(titleCased.regencies.map((r) => [r.kind, r.name, r.officialName])).toEqual([
      ['kabupaten', 'Wajo', 'Kabupaten Wajo'],
      ['kabupaten', 'Pangkajene dan Kepulauan', 'Kabupaten Pangkajene dan Kepulauan'],
      ['kota', 'Jakarta Selatan', 'Kota Administrasi Jakarta Selatan'],
      ['kota', 'Yogyakarta', 'Kota Yogyakarta'],
    ])
    expect(describeResolution(resolveRegion(titleCased, 'Kab. Wajo'))).toBe(
      'Kabupaten Wajo, Sulawesi Selatan',
    )
  })

  it('attaches the hand-written aliases by code', () => {
    expect(titleCased.province('73')?.aliases).toEqual(['sulsel'])
    expect(titleCased.regency('31.74')?.aliases).toEqual(['jaksel'])
  })

  it('groups kabupaten/kota by province', () => {
    expect(titleCased.regenciesOf('73').map((r) => r.code)).toEqual(['73.13', '73.10'])
    expect(titleCased.regenciesOf('99')).toEqual([])
  })

  it.each([
    [
      'a regency without "Kabupaten"/"Kota"',
      [{ code: '73.13', provinceCode: '73', name: 'WAJO' }],
      /Kabupaten.*Kota/,
    ],
    ['an unknown province', [{ code: '99.01', provinceCode: '99', name: 'KOTA X' }], /unknown province 99/],
    [
      'a duplicate code',
      [
        { code: '73.13', provinceCode: '73', name: 'KABUPATEN WAJO' },
        { code: '73.13', provinceCode: '73', name: 'KABUPATEN WAJO' },
      ],
      /Duplicate regency code 73.13/,
    ],
  ])('refuses a dataset with %s', (_, regencies, message) => {
    expect(() => createRegionCatalogue([{ code: '73', name: 'SULAWESI SELATAN' }], regencies)).toThrow(
      message,
    )
  })

  it('labels regions for display', () => {
    const wajo = titleCased.regency('73.13')
    const sulsel = titleCased.province('73')
    expect(sulsel && regionLabel({ kind: 'province', province: sulsel })).toBe('Sulawesi Selatan')
    expect(wajo && sulsel && regionLabel({ kind: 'regency', regency: wajo, province: sulsel })).toBe(
      'Kabupaten Wajo, Sulawesi Selatan',
    )
  })
})
