import { readFileSync } from 'node:fs'
import { deserialize, serialize } from 'node:v8'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { toSearchDocument } from '../../../src/domain/innovations/innovation.ts'
import type { RegionCatalogue } from '../../../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../../../src/domain/search/search-index.ts'
import type { SearchDocument, SearchIndex, SearchIndexSnapshot } from '../../../src/domain/search/types.ts'
import { validateImportRow } from '../../../src/domain/validation/import-row.ts'

const documents = readLines('../../../src/db/sources/starter-catalog.jsonl').map((line) => JSON.parse(line))
const judged = JSON.parse(
  readFileSync(new URL('../../fixtures/judged-queries.json', import.meta.url), 'utf8'),
) as { query: string }[]
/** What officials type besides the judged queries: typos, filters only, long questions, paging. */
const MORE_QUERIES = [
  'kesehatn',
  'top 99 2019',
  'inovasi 2022',
  'ada gak inovasi sampah di jateng',
  'jekmil',
  '',
]

function readLines(path: string): string[] {
  return readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
}

function answers(index: SearchIndex) {
  const queries = [...judged.map((entry) => entry.query), ...MORE_QUERIES]
  return {
    pages: queries.map((query) => [index.search(query, { limit: 5 }), index.search(query, { offset: 5 })]),
    similar: [1, 7, 42].map((id) => index.similar(id)),
    recent: index.recent(10),
    size: index.size,
  }
}

/** The snapshot as a restart reads it back: serialised and parsed again, nothing shared. */
const throughBytes = (snapshot: SearchIndexSnapshot) =>
  deserialize(serialize(snapshot)) as SearchIndexSnapshot

describe('a search index restored from its snapshot', () => {
  let catalogue: RegionCatalogue
  let docs: SearchDocument[]
  beforeAll(async () => {
    catalogue = await loadRegionCatalogue()
    docs = documents.map((row, i) => {
      const result = validateImportRow(row, catalogue, 2100)
      if (!result.ok) throw new Error(`row ${i} invalid`)
      return toSearchDocument(i + 1, result.innovation)
    })
  })

  it('answers every query, similar and recent exactly as the index it was taken from', () => {
    const built = createSearchIndex(catalogue)
    for (const doc of docs) built.upsert(doc)
    const restored = createSearchIndex(catalogue, throughBytes(built.snapshot()))
    expect(answers(restored)).toEqual(answers(built))
  })

  it('keeps answering the same after edits, removals and additions on both (compacting them)', () => {
    const built = createSearchIndex(catalogue)
    for (const doc of docs.slice(0, 200)) built.upsert(doc)
    for (const id of [3, 5, 8]) built.remove(id)
    const restored = createSearchIndex(catalogue, throughBytes(built.snapshot()))
    for (const index of [built, restored]) {
      for (const doc of docs) index.upsert(doc)
      for (let id = 10; id < 400; id += 2) index.remove(id)
      index.upsert({ ...(docs[0] as SearchDocument), name: 'Pelanduk Kilat', description: 'Layanan kilat.' })
    }
    expect(answers(restored)).toEqual(answers(built))
  })
})
