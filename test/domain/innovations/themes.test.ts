import { describe, expect, it } from 'vitest'
import { findTheme, readThemes, resolveTheme, THEMES } from '../../../src/domain/innovations/themes.ts'

describe('themes from the urusan pemerintahan of UU 23/2014', () => {
  it('lists the 32 urusan of Pasal 12 and the two groupings innovation databases add, each slug once', () => {
    expect(THEMES).toHaveLength(34)
    expect(new Set(THEMES.map((theme) => theme.slug)).size).toBe(34)
  })

  it('has slugs short enough for the buttons of /ajukan and /langganan (16 characters of callback data)', () => {
    for (const theme of THEMES) expect(theme.slug).toMatch(/^[a-z-]{1,16}$/)
  })

  it.each([
    ['pariwisata', 'pariwisata'],
    ['Wisata', 'pariwisata'],
    ['perikanan', 'perikanan'],
    ['perhubungan', 'perhubungan'],
    ['peternakan', 'pertanian'],
    ['perlindungan anak', 'perempuan-anak'],
    ['Ketahanan Pangan', 'pangan'],
    ['pemerintahan desa', 'masyarakat-desa'],
    ['BUMDes', 'masyarakat-desa'],
    ['UMKM', 'koperasi-ukm'],
    ['stunting', 'kesehatan'],
    ['Koperasi, Usaha Kecil, dan Menengah', 'koperasi-ukm'],
    ['administrasi kependudukan', 'adminduk'],
    ['tata kelola', 'tata-kelola'],
    ['kebencanaan', 'kebencanaan'],
  ])('understands %j as %s', (text, slug) => {
    expect(resolveTheme(text)?.slug).toBe(slug)
    expect(readThemes(text)).toEqual({ themes: [slug], tags: [] })
  })

  it('reads several themes in one cell', () => {
    expect(readThemes('Kesehatan; Pendidikan')).toEqual({ themes: ['kesehatan', 'pendidikan'], tags: [] })
    expect(readThemes('pariwisata, perikanan')).toEqual({
      themes: ['pariwisata', 'perikanan'],
      tags: [],
    })
  })

  it.each([
    ['lainnya', { themes: [], tags: ['lainnya'] }],
    ['Pemerintahan Desa Wisata XYZ', { themes: [], tags: ['Pemerintahan Desa Wisata XYZ'] }],
    ['kesehatan / Lain-lain', { themes: ['kesehatan'], tags: ['Lain-lain'] }],
  ])('keeps %j, which no theme names, as the source tag instead of guessing', (text, reading) => {
    expect(readThemes(text)).toEqual(reading)
  })

  it('finds a theme by its slug only', () => {
    expect(findTheme('koperasi-ukm')?.label).toBe('Koperasi, Usaha Kecil, dan Menengah')
    expect(findTheme('Koperasi')).toBeUndefined()
  })
})
