import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { THEMES } from '../../../src/domain/innovations/themes.ts'
import { IMPORT_COLUMNS } from '../../../src/domain/validation/import-row.ts'

interface SeedRow {
  name: string
  expansion: string | null
  agency: string
  regency: string
  province: string
  year: number
  award: string
  theme: string
  description: string
  source: string
  innovator: string | null
  source_file: string
}

interface JudgedQuery {
  query: string
  relevant: string[]
  kind: string
}

const SEED_COUNT = 18
/** The import columns, plus the article each row comes from. */
const KEYS = [...IMPORT_COLUMNS, 'source_file']
const AWARDS = [
  'Penghargaan Jambore Inovasi Sulawesi Selatan 2019',
  'Top 99 Inovasi Pelayanan Publik KemenPAN-RB 2019',
  'Top 45 Inovasi Pelayanan Publik KemenPAN-RB 2021',
  'Top 10 Inovasi Perangkat Daerah Kabupaten Muara Enim 2020',
  'Top 30 KIPP Provinsi Sulawesi Selatan 2020',
]
const KINDS = [
  'exact',
  'acronym',
  'typo',
  'synonym',
  'region',
  'year',
  'award',
  'theme',
  'combined',
  'no-answer',
]

const catalogUrl = new URL('../../../src/db/sources/seed-catalog.jsonl', import.meta.url)
const seedsUrl = new URL('../../fixtures/articles/seeds/', import.meta.url)
const judgedUrl = new URL('../../fixtures/judged-queries.json', import.meta.url)

const lines = readFileSync(catalogUrl, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
const rows = lines.map((line) => JSON.parse(line) as SeedRow)
const judged = JSON.parse(readFileSync(judgedUrl, 'utf8')) as JudgedQuery[]
const names = new Set(rows.map((row) => row.name))
/** The queries are judged over the catalogue a new bot ships: the seeds, then the starter catalogue. */
const shippedNames = new Set([
  ...names,
  ...readFileSync(new URL('../../../src/db/sources/starter-catalog.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as SeedRow).name),
])
const themeSlugs = new Set(THEMES.map((theme) => theme.slug))

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const article = (file: string) => fold(readFileSync(new URL(file, seedsUrl), 'utf8'))

describe('seed catalogue (src/db/sources/seed-catalog.jsonl)', () => {
  it('parses every line as a JSON object', () => {
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
  })

  it(`holds the ${SEED_COUNT} innovations named in the five articles`, () => {
    expect(rows).toHaveLength(SEED_COUNT)
  })

  it('gives every row exactly the import keys', () => {
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...KEYS].sort())
  })

  it.each(rows.map((row) => [row.name, row] as const))(
    '%s has a name, agency, province and description',
    (_, row) => {
      expect(row.name.trim()).not.toBe('')
      expect(row.agency.trim()).not.toBe('')
      expect(row.province.trim()).not.toBe('')
      expect(row.description.trim()).not.toBe('')
      expect(row.regency).toMatch(/^(Kabupaten|Kota) /)
    },
  )

  it.each(rows.map((row) => [row.name, row.theme] as const))('%s has a known theme (%s)', (_, theme) => {
    expect(themeSlugs.has(theme)).toBe(true)
  })

  it.each(rows.map((row) => [row.name, row] as const))(
    '%s carries one of the five award titles and its year',
    (_, row) => {
      expect(AWARDS).toContain(row.award)
      expect(row.award.endsWith(String(row.year))).toBe(true)
    },
  )

  it.each(rows.map((row) => [row.name, row.source_file] as const))(
    '%s is named in its article %s',
    (name, file) => {
      expect(existsSync(new URL(file, seedsUrl))).toBe(true)
      expect(article(file)).toContain(fold(name))
    },
  )

  it('has no two innovations with the same name', () => {
    expect(names.size).toBe(rows.length)
  })
})

describe('judged queries (test/fixtures/judged-queries.json)', () => {
  it('has at least 60 queries, 6 of them with no answer', () => {
    expect(judged.length).toBeGreaterThanOrEqual(60)
    expect(judged.filter((q) => q.kind === 'no-answer').length).toBeGreaterThanOrEqual(6)
  })

  it('asks each query once', () => {
    expect(new Set(judged.map((q) => q.query.toLowerCase())).size).toBe(judged.length)
  })

  it.each(judged.map((q) => [q.query, q] as const))('"%s" names only catalogue innovations', (_, q) => {
    expect(KINDS).toContain(q.kind)
    expect(q.relevant.filter((name) => !shippedNames.has(name))).toEqual([])
    expect(new Set(q.relevant).size).toBe(q.relevant.length)
    expect(q.relevant.length === 0).toBe(q.kind === 'no-answer')
  })

  it('covers every seed innovation at least once', () => {
    const covered = new Set(judged.flatMap((q) => q.relevant))
    expect([...names].filter((name) => !covered.has(name))).toEqual([])
  })
})
