import { readFileSync } from 'node:fs'
import Fuse from 'fuse.js'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { toSearchDocument } from '../../../src/domain/innovations/innovation.ts'
import { createSearchIndex } from '../../../src/domain/search/search-index.ts'
import type { SearchIndex } from '../../../src/domain/search/types.ts'
import { validateImportRow } from '../../../src/domain/validation/import-row.ts'

/**
 * Names typed as people type them, which only the fuse.js name matcher answers: written together (no
 * word of the catalogue, no typo of one), or with a typo in a joined acronym.
 */
const ONLY_BY_NAME = [
  ['salamrabain', 'Salam Rabain'],
  ['smartbumdes', 'Smart BUMDes'],
  ['waskompecah', 'Waskom Pecah'],
  ['serbuhalaman', 'Serbu Halaman'],
  ['bermanjamesra', 'Bermanja Mesra'],
  ['pelangiuntukkita', 'Pelangi untuk Kita'],
  ['nyaedaktembeling', 'Nyaedak Tembeling'],
] as const

/** Names the inverted index finds by itself: the name matcher must not push them down. */
const BY_INDEX = [
  ['sikon layn kb', 'Sikon Layan KB'],
  ['jekmil', 'JEK-MIL'],
  ['oce oke', 'Oce Oke'],
  ['taquias', 'Taquias'],
] as const

let index: SearchIndex
let nameOf: Map<number, string>

beforeAll(async () => {
  const catalogue = await loadRegionCatalogue()
  const rows = readFileSync(new URL('../../../src/db/sources/seed-catalog.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
  index = createSearchIndex(catalogue)
  nameOf = new Map()
  rows.forEach((line, i) => {
    const result = validateImportRow(JSON.parse(line), catalogue, 2100)
    if (!result.ok) throw new Error(`seed row ${i + 1} is invalid`)
    index.upsert(toSearchDocument(i + 1, result.innovation))
    nameOf.set(i + 1, result.innovation.name)
  })
})

afterEach(() => vi.restoreAllMocks())

const firstName = (query: string) => nameOf.get(index.search(query, { limit: 5 }).hits[0]?.id ?? -1)

describe('innovation names typed loosely (fuse.js over names and acronyms)', () => {
  it.each(ONLY_BY_NAME)('"%s" finds %s first', (query, name) => {
    expect(firstName(query)).toBe(name)
  })

  it.each(BY_INDEX)('"%s" still finds %s first', (query, name) => {
    expect(firstName(query)).toBe(name)
  })

  it('misses every one of those names when fuse.js answers nothing: the matches are its work', () => {
    vi.spyOn(Fuse.prototype, 'search').mockReturnValue([])
    for (const [query] of ONLY_BY_NAME) expect(index.search(query).total, query).toBe(0)
  })

  it('keeps the query filters: a name from another region is not shown', () => {
    expect(index.search('salamrabain jatim').total).toBe(0)
  })
})
