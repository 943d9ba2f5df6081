import { describe, expect, it } from 'vitest'
import type { RegionCatalogue } from '../../../src/domain/regions/catalogue.ts'
import {
  completeSubmission,
  firstUnanswered,
  parseDigital,
  parseRegion,
  parseStage,
  parseText,
  parseTheme,
  parseYear,
  regionChoiceFromCode,
  submissionKey,
} from '../../../src/domain/validation/submission.ts'
import { testRegions } from '../../support/database.ts'

describe('submission answers', () => {
  it.each([
    ['name', '  JEK-MIL   Wajo ', 'JEK-MIL Wajo'],
    ['agency', 'Puskesmas\tTempe', 'Puskesmas Tempe'],
    [
      'description',
      `Baris satu.  \n\n\n\nBaris dua ${'x'.repeat(40)}`,
      `Baris satu.\n\nBaris dua ${'x'.repeat(40)}`,
    ],
    ['innovator', 'Bidan\u0000 Sari\u0007', 'Bidan Sari'],
    ['link', 'https://wajokab.go.id/berita?id=1', 'https://wajokab.go.id/berita?id=1'],
  ] as const)('cleans a %s answer: %j becomes %j', (field, raw, clean) => {
    expect(parseText(field, raw)).toEqual({ ok: true, value: clean })
  })

  it.each([
    ['name', '   ', { kind: 'required' }],
    ['name', 'AB', { kind: 'too-short', limit: 3 }],
    ['name', 'x'.repeat(201), { kind: 'too-long', limit: 200 }],
    ['description', 'Terlalu singkat.', { kind: 'too-short', limit: 50 }],
    ['description', 'x'.repeat(3001), { kind: 'too-long', limit: 3000 }],
    ['reason', 'Ok', { kind: 'too-short', limit: 5 }],
    ['link', 'wajokab.go.id', { kind: 'not-a-url' }],
    ['link', 'http://localhost/x', { kind: 'not-a-url' }],
    ['link', 'javascript:alert(1)//x', { kind: 'not-a-url' }],
  ] as const)('refuses a %s answer %j: %o', (field, raw, problem) => {
    expect(parseText(field, raw)).toEqual({ ok: false, problem })
  })

  it.each([
    ['2021', { ok: true, value: 2021 }],
    [' 1990 ', { ok: true, value: 1990 }],
    ['1989', { ok: false, problem: { kind: 'not-a-year', min: 1990, max: 2025 } }],
    ['2026', { ok: false, problem: { kind: 'not-a-year', min: 1990, max: 2025 } }],
    ['2021.5', { ok: false, problem: { kind: 'not-a-year', min: 1990, max: 2025 } }],
    ['tahun lalu', { ok: false, problem: { kind: 'not-a-year', min: 1990, max: 2025 } }],
  ])('reads the starting year %j up to the caller’s year', (raw, result) => {
    expect(parseYear(raw, 2025)).toEqual(result)
  })

  it.each([
    ['uji_coba', 'uji_coba'],
    ['Uji Coba', 'uji_coba'],
    ['penerapan', 'penerapan'],
    ['INISIATIF', 'inisiatif'],
  ])('takes the stage %j pressed or typed', (raw, stage) => {
    expect(parseStage(raw)).toEqual({ ok: true, value: stage })
  })

  it.each([
    ['ya', true],
    ['Iya', true],
    ['tidak', false],
    ['TDK', false],
  ])('takes "digital?" answered %j', (raw, digital) => {
    expect(parseDigital(raw)).toEqual({ ok: true, value: digital })
  })

  it.each([
    ['kesehatan', 'kesehatan'],
    ['Tata Kelola Pemerintahan', 'tata-kelola'],
    ['umkm', 'koperasi-ukm'],
    ['Pariwisata', 'pariwisata'],
  ])('takes the theme %j by slug, label or keyword', (raw, slug) => {
    expect(parseTheme(raw)).toEqual({ ok: true, value: slug })
  })

  it.each([parseStage, parseDigital, parseTheme])('refuses what is not one of the choices (%o)', (parse) => {
    expect(parse('barangkali')).toEqual({ ok: false, problem: { kind: 'not-a-choice' } })
  })
})

describe('the region of a submission', () => {
  let catalogue: RegionCatalogue
  it('resolves free text to a kabupaten/kota or a province', async () => {
    catalogue = await testRegions()
    expect(parseRegion(catalogue, 'Kab. Wajo')).toEqual({
      ok: true,
      value: { provinceCode: '73', regencyCode: '73.13' },
    })
    expect(parseRegion(catalogue, 'wajo sulsel')).toEqual({
      ok: true,
      value: { provinceCode: '73', regencyCode: '73.13' },
    })
    expect(parseRegion(catalogue, 'Jawa Timur')).toEqual({
      ok: true,
      value: { provinceCode: '35', regencyCode: null },
    })
  })

  it('lists the candidates of an ambiguous name and refuses an unknown one', () => {
    const bandung = parseRegion(catalogue, 'bandung')
    expect(bandung.ok).toBe(false)
    expect(!bandung.ok && bandung.problem).toMatchObject({
      kind: 'ambiguous-region',
      candidates: expect.arrayContaining([
        { provinceCode: '32', regencyCode: '32.04' },
        { provinceCode: '32', regencyCode: '32.73' },
      ]),
    })
    expect(parseRegion(catalogue, 'Atlantis')).toEqual({ ok: false, problem: { kind: 'unknown-region' } })
  })

  it.each([
    ['73.13', { provinceCode: '73', regencyCode: '73.13' }],
    ['73', { provinceCode: '73', regencyCode: null }],
    ['99.99', undefined],
    ['<b>', undefined],
  ])('trusts a region code from a button only when the catalogue knows it (%j)', (code, choice) => {
    expect(regionChoiceFromCode(catalogue, code)).toEqual(choice)
  })
})

describe('a whole submission', () => {
  const answers = {
    name: 'JEK-MIL',
    agency: 'Puskesmas Bendo',
    region: { provinceCode: '35', regencyCode: '35.20' },
    year: 2021,
    stage: 'penerapan' as const,
    digital: false,
    theme: 'kesehatan',
    description: 'x'.repeat(60),
    innovator: 'Bidan Sari',
  }

  it('is complete when every required question is answered; skipped ones are null', () => {
    expect(completeSubmission(answers)).toMatchObject({
      expansion: null,
      problem: null,
      impact: null,
      link: null,
    })
    expect(firstUnanswered(answers)).toBeUndefined()
  })

  it('names the first required question still unanswered', () => {
    const { theme: _theme, ...withoutTheme } = answers
    expect(completeSubmission(withoutTheme)).toBeUndefined()
    expect(firstUnanswered(withoutTheme)).toBe('theme')
  })

  it('has the catalogue’s natural key, whatever the case and spacing', () => {
    expect(submissionKey({ ...answers, name: 'jek mil', agency: 'PUSKESMAS  BENDO' })).toEqual(
      submissionKey(answers),
    )
  })
})
