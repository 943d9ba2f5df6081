import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RegionCatalogue } from '../../../src/domain/regions/catalogue.ts'
import { IMPORT_COLUMNS, validateImportRow } from '../../../src/domain/validation/import-row.ts'
import { testRegions } from '../../support/database.ts'

interface StarterRow {
  name: string
  expansion: string | null
  agency: string | null
  regency: string | null
  province: string
  year: number
  award: string
  theme: string | null
  description: string | null
  source: string
  innovator: string | null
  source_file: string
}

/** The import columns, plus the page each row comes from. */
const KEYS = [...IMPORT_COLUMNS, 'source_file']
/** What the catalogue reaches today; raise these figures when rows are added, never lower them. */
const MIN_ROWS = 260
const MIN_PROVINCES = 34
const FIRST_YEAR = 2014
const LAST_YEAR = 2025

const sourcesUrl = new URL('../../fixtures/starter-sources/', import.meta.url)
const linesOf = (file: string) =>
  readFileSync(new URL(`../../../src/db/sources/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')

const lines = linesOf('starter-catalog.jsonl')
/** Loaded at start (STARTER_CATALOGUE=all). */
const rows = lines.map((line) => JSON.parse(line) as StarterRow)
const seeds = linesOf('seed-catalog.jsonl').map((line) => JSON.parse(line) as StarterRow)
const label = (row: StarterRow) => [`${row.name} (${row.source_file})`, row] as const
const labelled = rows.map(label)

/** SOURCES.md lists each page as `| file | address | title |`. */
const listed = new Map(
  [
    ...readFileSync(new URL('SOURCES.md', sourcesUrl), 'utf8').matchAll(
      /^\| (\d{3}\.txt) \| (\S+) \| (.+) \|$/gm,
    ),
  ].map((match) => [match[1], { address: match[2] ?? '', title: match[3] ?? '' }]),
)
const sourceFiles = readdirSync(sourcesUrl).filter((file) => file.endsWith('.txt'))

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const pageText = (file: string) => fold(readFileSync(new URL(file, sourcesUrl), 'utf8'))
/** How a page may name a regency: its place name without its kind ("Pemkab Magetan"), or a known alias ("Pangkep"). */
function regencyNames(regions: RegionCatalogue, official: string) {
  const regency = regions.regencies.find((candidate) => candidate.officialName === official)
  return [official.replace(/^(Kabupaten|Kota)(\s+Administrasi)?\s+/i, ''), ...(regency?.aliases ?? [])].map(
    fold,
  )
}

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/
/** Indonesian phone numbers as pages print them: 08…, +62…, (0274) 51…, 0274-51…. */
const PHONE = /(?:\+62|\b62|\(0\d{2,3}\)|\b0\d{2,3})[\s.-]?\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{0,4}/

describe('starter catalogue (src/db/sources/starter-catalog.jsonl)', () => {
  let regions: RegionCatalogue
  beforeAll(async () => {
    regions = await testRegions()
  })

  it(`holds at least ${MIN_ROWS} innovations, each line a JSON object with exactly the import keys`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(MIN_ROWS)
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...KEYS].sort())
  })

  it.each(labelled)('%s passes the real import validation', (_, row) => {
    const result = validateImportRow(row, regions, 2026)
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('has no innovation twice (same name in the same place), seeds included', () => {
    const keys = [...seeds, ...rows].map((row) => `${fold(row.name)}|${fold(row.regency ?? row.province)}`)
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([])
  })

  it.each(labelled)('%s: name, agency, regency and year are on its page', (_, row) => {
    expect(existsSync(new URL(row.source_file, sourcesUrl))).toBe(true)
    const text = pageText(row.source_file)
    expect(text).toContain(fold(row.name))
    if (row.agency) expect(text).toContain(fold(row.agency))
    if (row.regency) expect(regencyNames(regions, row.regency).some((name) => text.includes(name))).toBe(true)
    expect(text).toContain(String(row.year))
    if (row.expansion) expect(text).toContain(fold(row.expansion))
    if (row.innovator) expect(text).toContain(fold(row.innovator))
  })

  it.each(labelled)('%s names an https page listed in SOURCES.md', (_, row) => {
    expect(row.source).toMatch(/^https:\/\/\S+$/)
    expect(listed.get(row.source_file)?.address).toBe(row.source)
    expect(readFileSync(new URL(row.source_file, sourcesUrl), 'utf8')).toContain(`Address: ${row.source}`)
  })

  it.each(labelled)('%s holds no phone number or e-mail address', (_, row) => {
    const { source: _address, source_file: _file, ...fields } = row
    const text = JSON.stringify(fields)
    expect(text).not.toMatch(EMAIL)
    expect(text).not.toMatch(PHONE)
  })

  it('keeps no phone number or e-mail address in the stored pages either', () => {
    for (const file of sourceFiles) {
      const text = readFileSync(new URL(file, sourcesUrl), 'utf8').replace(/^Address: .*$/m, '')
      expect([file, text.match(EMAIL)?.[0] ?? null]).toEqual([file, null])
      expect([file, text.match(PHONE)?.[0] ?? null]).toEqual([file, null])
    }
  })

  it('lists every stored page in SOURCES.md with its address and title, and uses every one', () => {
    expect([...listed.keys()].sort()).toEqual([...sourceFiles].sort())
    for (const { address, title } of listed.values()) {
      expect(address).toMatch(/^https:\/\//)
      expect(title.trim()).not.toBe('')
    }
    expect(new Set(rows.map((row) => row.source_file))).toEqual(new Set(sourceFiles))
  })

  it(`spans at least ${MIN_PROVINCES} provinces and the years ${FIRST_YEAR}-${LAST_YEAR}`, () => {
    expect(new Set(rows.map((row) => row.province)).size).toBeGreaterThanOrEqual(MIN_PROVINCES)
    const years = rows.map((row) => row.year)
    expect(Math.min(...years)).toBeLessThanOrEqual(FIRST_YEAR)
    expect(Math.max(...years)).toBeGreaterThanOrEqual(LAST_YEAR)
  })
})
