import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type DatabaseHandle } from '../../src/db/database.ts'
import { DatabaseBusyError } from '../../src/db/directory-lock.ts'
import { createTestDatabase } from '../support/database.ts'

const rowsOf = (result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[]

describe('the database factory', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database.close())

  it('applies the migrations: every table and the extensions exist', async () => {
    const tables = rowsOf(
      await database.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public'`,
      ),
    ).map((row) => row.table_name)
    expect(tables).toEqual(
      expect.arrayContaining([
        'provinces',
        'regencies',
        'innovations',
        'awards',
        'innovation_awards',
        'telegram_users',
        'subscriptions',
        'conversation_states',
      ]),
    )
    const extensions = rowsOf(await database.db.execute(sql`select extname from pg_extension`)).map(
      (r) => r.extname,
    )
    expect(extensions).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']))
  })

  it('delivers NOTIFY to a listener', async () => {
    const received: string[] = []
    const stop = await database.listen('test_channel', (payload) => received.push(payload))
    await database.db.execute(sql`select pg_notify('test_channel', 'halo')`)
    await expect.poll(() => received).toEqual(['halo'])
    await stop()
  })
})

describe('an embedded PGlite data folder', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'inovasi-lock-')), 'pglite')

  it('refuses a second opener with the holder named, and opens again once released', async () => {
    const first = await createDatabase({ dataDir })
    const second = createDatabase({ dataDir })
    await expect(second).rejects.toBeInstanceOf(DatabaseBusyError)
    await expect(second).rejects.toMatchObject({ dataDir, pid: process.pid })
    await first.close()
    const reopened = await createDatabase({ dataDir })
    await reopened.close()
  })

  it('takes over the lock a killed process left behind', async () => {
    writeFileSync(`${dataDir}.lock`, '999999')
    const reopened = await createDatabase({ dataDir })
    await reopened.close()
  })
})
