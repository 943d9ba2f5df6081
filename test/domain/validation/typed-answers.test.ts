import { describe, expect, it } from 'vitest'
import {
  firstPartOf,
  isSkipAnswer,
  looksLikeAnotherRequest,
  readDigital,
  readStage,
  withScheme,
} from '../../../src/domain/validation/typed-answers.ts'

describe('answers as people type them', () => {
  it.each([
    'lewati',
    'Lewati.',
    '-',
    '–',
    '...',
    'tidak ada',
    'Tidak ada',
    'belum ada',
    'skip',
    'SKIP',
    'kosong',
  ])('%j means "skip"', (typed) => expect(isSkipAnswer(typed)).toBe(true))

  it.each(['Kartu Sehat Nelayan', 'Tidak ada antrean lagi di puskesmas', 'Lewati sungai', '👩🏻‍⚕️👩🏻‍⚕️'])(
    '%j is an answer, not a skip',
    (typed) => expect(isSkipAnswer(typed)).toBe(false),
  )

  it.each([
    ['iya pakai WA', true],
    ['Ya', true],
    ['sudah pakai aplikasi', true],
    ['belum', false],
    ['tidak, masih manual', false],
    ['tidak pakai WA', undefined],
    ['mungkin', undefined],
  ])('reads %j as digital: %s', (typed, digital) => expect(readDigital(typed)).toBe(digital))

  it.each([
    ['sudah diterapkan', 'penerapan'],
    ['sudah berjalan', 'penerapan'],
    ['masih uji coba', 'uji_coba'],
    ['baru ide', 'inisiatif'],
    ['belum diterapkan', undefined],
    ['uji coba lalu diterapkan', undefined],
    ['kemarin', undefined],
  ])('reads %j as the stage %s', (typed, stage) => expect(readStage(typed)).toBe(stage))

  it.each([
    ['www.selayarkab.go.id/berita/sicantik', 'https://www.selayarkab.go.id/berita/sicantik'],
    ['fb.com/bpbdwajo', 'https://fb.com/bpbdwajo'],
    ['wajokab.go.id', 'https://wajokab.go.id'],
    ['http://wajokab.go.id/x', 'http://wajokab.go.id/x'],
    ['ftp://wajokab.go.id/x', 'ftp://wajokab.go.id/x'],
    ['di situs dinas', 'di situs dinas'],
  ])('gives the link %j a scheme: %j', (typed, link) => expect(withScheme(typed)).toBe(link))

  it('keeps the first whole sentences of an over-long text', () => {
    const text = 'Satu kalimat pendek. '.repeat(10).trim()
    const part = firstPartOf(text, 50)
    expect(part).toBe('Satu kalimat pendek. Satu kalimat pendek.')
    expect(firstPartOf('kata '.repeat(30), 50)).toMatch(/^(kata ){8}kata…$/)
    expect(firstPartOf('pendek', 50)).toBe('pendek')
  })

  it.each([
    ['year', 'inovasi kesehatan ibu di Sulsel', true],
    ['year', 'thn 2021', false],
    ['year', 'dua ribu', false],
    ['stage', 'ojek bumil magetan', true],
    ['region', 'wajo sulsel', false],
    ['region', 'inovasi kesehatan ibu di Sulsel', true],
    ['description', 'inovasi kesehatan ibu di Sulsel', false],
  ])('at the %s step, %j looks like another request: %s', (step, typed, other) =>
    expect(looksLikeAnotherRequest(step, typed)).toBe(other),
  )
})
