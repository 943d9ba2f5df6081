import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { draftJson } from '../../../src/cli/extract-command.ts'
import type { InnovationDraft } from '../../../src/domain/extraction/types.ts'
import { normalizeText } from '../../../src/domain/text/normalize.ts'

/** One innovation as an expected-drafts file writes it. */
export interface ExpectedInnovation {
  name: string
  expansion: string | null
  agency: string | null
  regency: string | null
  province: string | null
  year: number | null
  award: string | null
}

export interface ArticleFixture {
  file: string
  text: string
  expected: ExpectedInnovation[]
}

export const FIELDS = ['expansion', 'agency', 'regency', 'province', 'year', 'award'] as const
export type ScoredField = (typeof FIELDS)[number]

export interface Score {
  articles: number
  expected: number
  found: number
  matched: number
  recall: number
  precision: number
  /** Of the matched innovations, the share whose field is right. */
  accuracy: Record<ScoredField, number>
}

/** The articles of a fixture folder with their expected drafts (`NNN.txt` beside `NNN.expected.json`). */
export function loadFixtures(dir: string, include: (file: string) => boolean = () => true): ArticleFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt') && include(file))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(join(dir, file), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8'))
        .innovations as ExpectedInnovation[],
    }))
}

/** A draft in the expected-file form: official region names, the award's title. */
export function asExpected(draft: InnovationDraft): ExpectedInnovation {
  const { confidence: _confidence, ...expected } = draftJson(draft)
  return expected
}

const key = (text: string) => normalizeText(text).replaceAll(' ', '')

/** Names match when equal once normalised; a short form and its long form may be swapped ("CME" / expansion). */
export function sameInnovation(expected: ExpectedInnovation, found: ExpectedInnovation): boolean {
  const names = [expected.name, expected.expansion].filter((n): n is string => n !== null).map(key)
  const foundNames = [found.name, found.expansion].filter((n): n is string => n !== null).map(key)
  return (
    key(expected.name) === key(found.name) ||
    (names.includes(key(found.name)) && foundNames.includes(key(expected.name)))
  )
}

/** Whether a found field is right: agencies and expansions by containment, awards by their numbers and words. */
export function fieldRight(
  field: ScoredField,
  expected: ExpectedInnovation,
  found: ExpectedInnovation,
): boolean {
  const want = expected[field]
  const got = found[field]
  if (want === null || got === null) return want === got
  if (field === 'year') return want === got
  if (field === 'agency' || field === 'expansion') {
    const [a, b] = [normalizeText(String(want)), normalizeText(String(got))]
    return a.includes(b) || b.includes(a)
  }
  if (field === 'award') return sameAward(String(want), String(got))
  return want === got
}

const ORDINALS: Record<string, string> = {
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  pertama: '1',
  kedua: '2',
  ketiga: '3',
  keempat: '4',
  kelima: '5',
  keenam: '6',
  satu: '1',
  dua: '2',
  tiga: '3',
}
const AWARD_STOPWORDS = new Set([
  'dan',
  'tahun',
  'tingkat',
  'pada',
  'di',
  'dalam',
  'kategori',
  'penghargaan',
  'se',
])

/** Awards match when they give the same rank numbers and share at least a quarter of their words. */
export function sameAward(want: string, got: string): boolean {
  const numbers = (text: string) =>
    new Set(
      normalizeText(text)
        .split(' ')
        .map((word) => ORDINALS[word] ?? word)
        .filter((word) => /^\d{1,3}$/.test(word)),
    )
  const words = (text: string) =>
    new Set(
      normalizeText(text)
        .split(' ')
        .filter((word) => !AWARD_STOPWORDS.has(word) && !/^\d+$/.test(word) && !(word in ORDINALS)),
    )
  const [wantNumbers, gotNumbers] = [numbers(want), numbers(got)]
  if (wantNumbers.size !== gotNumbers.size || [...wantNumbers].some((n) => !gotNumbers.has(n))) return false
  const [a, b] = [words(want), words(got)]
  const shared = [...a].filter((word) => b.has(word)).length
  return shared / new Set([...a, ...b]).size >= 0.25
}

/** Name recall and precision over the articles, and per-field accuracy over the matched innovations. */
export function score(results: { expected: ExpectedInnovation[]; found: ExpectedInnovation[] }[]): Score {
  let [expected, found, matched] = [0, 0, 0]
  const right = Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<ScoredField, number>
  for (const result of results) {
    expected += result.expected.length
    found += result.found.length
    const unused = [...result.found]
    for (const want of result.expected) {
      const index = unused.findIndex((got) => sameInnovation(want, got))
      if (index < 0) continue
      const [got] = unused.splice(index, 1)
      matched++
      for (const field of FIELDS) if (got && fieldRight(field, want, got)) right[field]++
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  return {
    articles: results.length,
    expected,
    found,
    matched,
    recall: ratio(matched, expected),
    precision: ratio(matched, found),
    accuracy: Object.fromEntries(FIELDS.map((field) => [field, ratio(right[field], matched)])) as Record<
      ScoredField,
      number
    >,
  }
}
