import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareDatabase } from '../../src/db/bootstrap.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { countInnovations } from '../../src/db/repositories/innovations.ts'
import { provinces, regencies } from '../../src/db/schema/index.ts'
import { createTestDatabase, testRegions } from '../support/database.ts'

describe('preparing a new database', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database.close())

  it('loads all regions and the 18 innovations of the seed articles', async () => {
    const regions = await testRegions()
    expect(await prepareDatabase(database.db, regions, 2027)).toEqual({ seeded: 18 })
    expect(await database.db.$count(provinces)).toBe(38)
    expect(await database.db.$count(regencies)).toBe(514)
    expect(await countInnovations(database.db)).toBe(18)
  })

  it('changes nothing when it runs again', async () => {
    const regions = await testRegions()
    expect(await prepareDatabase(database.db, regions, 2027)).toEqual({ seeded: 0 })
    expect(await countInnovations(database.db)).toBe(18)
    expect(await database.db.$count(regencies)).toBe(514)
  })
})
