import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { understoodJson } from '../../../src/cli/search-command.ts'
import type { SearchIndex } from '../../../src/domain/search/types.ts'
import { createSearchableDatabase } from '../../support/database.ts'

interface PlaceQuery {
  query: string
  /** `unclear`: a misspelling as close to two places ("bantaen": Bantaeng or Banten), read as none. */
  kind: 'abbreviation' | 'misspelling' | 'signal' | 'unclear'
  regions: string[]
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/place-queries.json', import.meta.url), 'utf8'),
) as { everyday: string[]; places: PlaceQuery[] }

let searchable: Awaited<ReturnType<typeof createSearchableDatabase>>
let search: SearchIndex

beforeAll(async () => {
  searchable = await createSearchableDatabase()
  search = searchable.search
}, 60_000)
afterAll(() => searchable.close())

/** The regions `npm run -s cli -- search --json` reports in its `understood` object. */
const regionsOf = (query: string) =>
  understoodJson(search.search(query).understood).regions.map((region) => region.label)

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((label) => b.includes(label))

describe('place queries: a place only when the person meant a place', () => {
  it('reads no place into everyday queries, and the right place from abbreviations and misspellings', () => {
    const wrongEveryday = fixture.everyday.filter((query) => regionsOf(query).length > 0)
    const right = (kind: PlaceQuery['kind']) => {
      const cases = fixture.places.filter((entry) => entry.kind === kind)
      const ok = cases.filter((entry) => sameSet(regionsOf(entry.query), entry.regions))
      return { ok: ok.length, of: cases.length, wrong: cases.filter((entry) => !ok.includes(entry)) }
    }
    const abbreviations = right('abbreviation')
    const misspellings = right('misspelling')
    const signals = right('signal')
    const unclear = right('unclear')
    console.log(
      `everyday_no_place=${fixture.everyday.length - wrongEveryday.length}/${fixture.everyday.length} ` +
        `abbreviations_right=${abbreviations.ok}/${abbreviations.of} ` +
        `misspellings_right=${misspellings.ok}/${misspellings.of} signals_right=${signals.ok}/${signals.of} unclear_no_guess=${unclear.ok}/${unclear.of}`,
    )
    for (const query of wrongEveryday) console.log(`  place read into "${query}": ${regionsOf(query)}`)
    for (const entry of [...abbreviations.wrong, ...misspellings.wrong, ...signals.wrong, ...unclear.wrong])
      console.log(`  "${entry.query}": ${regionsOf(entry.query)} (expected ${entry.regions})`)
    expect(fixture.everyday.length).toBeGreaterThanOrEqual(60)
    expect(wrongEveryday.length * 30).toBeLessThanOrEqual(fixture.everyday.length)
    expect(abbreviations.ok / abbreviations.of).toBeGreaterThanOrEqual(0.95)
    expect(misspellings.ok / misspellings.of).toBeGreaterThanOrEqual(0.95)
    expect(signals.ok).toBe(signals.of)
    expect(unclear.ok).toBe(unclear.of)
  })

  it('says which place it guessed from a misspelling, with the word typed', () => {
    expect(understoodJson(search.search('stunting makasar').understood).guessed).toEqual([
      { typed: 'makasar', regions: ['Kota Makassar, Sulawesi Selatan'] },
    ])
    expect(understoodJson(search.search('flotim').understood).guessed).toEqual([])
  })
})
