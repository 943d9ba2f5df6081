import { describe, expect, it } from 'vitest'
import { loadRawRegions, loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { PROVINCE_ALIASES, REGENCY_ALIASES } from '../../../src/domain/regions/aliases.ts'

const catalogue = await loadRegionCatalogue()

describe('loadRegionCatalogue', () => {
  it('loads the 38 provinces and 514 kabupaten/kota of idn-area-data', () => {
    expect(catalogue.provinces).toHaveLength(38)
    expect(catalogue.regencies).toHaveLength(514)
  })

  it('counts 416 kabupaten and 98 kota', () => {
    const kinds = catalogue.regencies.map((r) => r.kind)
    expect(kinds.filter((kind) => kind === 'kabupaten')).toHaveLength(416)
    expect(kinds.filter((kind) => kind === 'kota')).toHaveLength(98)
  })

  it.each([
    ['73', 'Sulawesi Selatan'],
    ['31', 'DKI Jakarta'],
    ['34', 'DI Yogyakarta'],
    ['19', 'Kepulauan Bangka Belitung'],
    ['96', 'Papua Barat Daya'],
  ])('names province %s "%s"', (code, name) => {
    expect(catalogue.province(code)?.name).toBe(name)
  })

  it.each([
    ['73.13', 'kabupaten', 'Wajo', 'Kabupaten Wajo', '73'],
    ['73.71', 'kota', 'Makassar', 'Kota Makassar', '73'],
    ['35.20', 'kabupaten', 'Magetan', 'Kabupaten Magetan', '35'],
    ['31.74', 'kota', 'Jakarta Selatan', 'Kota Administrasi Jakarta Selatan', '31'],
    ['31.01', 'kabupaten', 'Kepulauan Seribu', 'Kabupaten Administrasi Kepulauan Seribu', '31'],
    ['73.10', 'kabupaten', 'Pangkajene dan Kepulauan', 'Kabupaten Pangkajene dan Kepulauan', '73'],
  ])(
    'names regency %s a %s with display name "%s" ("%s") in province %s',
    (code, kind, name, officialName, province) => {
      expect(catalogue.regency(code)).toMatchObject({ kind, name, officialName, provinceCode: province })
    },
  )

  it('puts every kabupaten/kota in a known province, each province having some', () => {
    for (const regency of catalogue.regencies) expect(catalogue.province(regency.provinceCode)).toBeDefined()
    for (const province of catalogue.provinces)
      expect(catalogue.regenciesOf(province.code).length).toBeGreaterThan(0)
    expect(catalogue.regenciesOf('73')).toHaveLength(24)
  })

  it('gives every name in Title Case, never UPPERCASE', () => {
    const names = [
      ...catalogue.provinces.map((p) => p.name),
      ...catalogue.regencies.map((r) => r.officialName),
    ]
    expect(names.filter((name) => /^[A-Z]{3,}\b/.test(name) && !name.startsWith('DKI '))).toEqual([])
  })

  it('keys every hand-written alias by a code the dataset knows', () => {
    expect(Object.keys(PROVINCE_ALIASES).filter((code) => catalogue.province(code) === undefined)).toEqual([])
    expect(Object.keys(REGENCY_ALIASES).filter((code) => catalogue.regency(code) === undefined)).toEqual([])
  })
})

describe('loadRawRegions', () => {
  it('renames province_code to provinceCode and keeps the dataset spelling', async () => {
    const raw = await loadRawRegions()
    expect(raw.provinces).toContainEqual({ code: '73', name: 'SULAWESI SELATAN' })
    expect(raw.regencies).toContainEqual({ code: '73.13', provinceCode: '73', name: 'KABUPATEN WAJO' })
  })
})
