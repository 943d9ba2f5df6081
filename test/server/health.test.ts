import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, DatabaseHandle } from '../../src/db/database.ts'
import { createHealthCheck, databaseReachable } from '../../src/server/health.ts'
import { createTestDatabase } from '../support/database.ts'

describe('the health check', () => {
  let database: DatabaseHandle

  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database.close())

  it('reports a reachable database and the facts of this process', async () => {
    const check = createHealthCheck({
      db: database.db,
      details: () => ({ mode: 'polling', sender: 'standby' }),
    })
    expect(await check()).toEqual({ ok: true, database: 'ok', mode: 'polling', sender: 'standby' })
  })

  it.each([
    ['fails', () => Promise.reject(new Error('ECONNREFUSED'))],
    ['does not answer in time', () => new Promise(() => {})],
  ])('reports the database unreachable when select 1 %s', async (_case, execute) => {
    const db = { execute } as unknown as Database
    expect(await databaseReachable(db, 50)).toBe(false)
    expect(await createHealthCheck({ db, timeoutMs: 50 })()).toEqual({ ok: false, database: 'unreachable' })
  })
})
