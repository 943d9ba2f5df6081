import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { prepareDatabase, SEED_CATALOG_PATH, STARTER_CATALOG_PATH } from '../../src/db/bootstrap.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { countInnovations } from '../../src/db/repositories/innovations.ts'
import { provinces, regencies } from '../../src/db/schema/index.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'

const linesOf = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '').length

const SEEDS = 18
const STARTER = linesOf(STARTER_CATALOG_PATH)

describe.each([
  ['all', SEEDS + STARTER],
  ['seeds', SEEDS],
  ['none', 0],
] as const)('preparing a new database with STARTER_CATALOGUE=%s', (starter, expected) => {
  let database: DatabaseHandle
  afterAll(() => database.close())

  it(`loads all regions and ${expected} innovations`, async () => {
    database = await createTestDatabase()
    const regions = await testRegions()
    expect(await prepareDatabase(database.db, regions, 2027, starter)).toEqual({ seeded: expected })
    expect(await database.db.$count(provinces)).toBe(38)
    expect(await database.db.$count(regencies)).toBe(514)
    expect(await countInnovations(database.db)).toBe(expected)
  })

  it('changes nothing when it runs again', async () => {
    const regions = await testRegions()
    expect(await prepareDatabase(database.db, regions, 2027, starter)).toEqual({ seeded: 0 })
    expect(await countInnovations(database.db)).toBe(expected)
    expect(await database.db.$count(regencies)).toBe(514)
  })
})

it('seeds the 18 innovations of the five seed articles', () => {
  expect(linesOf(SEED_CATALOG_PATH)).toBe(SEEDS)
})
