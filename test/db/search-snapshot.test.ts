import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase } from '../../src/db/database.ts'
import { innovations, searchIndexSnapshots } from '../../src/db/schema/index.ts'
import { createLogger } from '../../src/logger.ts'
import { openRuntime } from '../../src/runtime.ts'
import { createTestDatabase } from '../support/database.ts'

/** Where the bot's database lives: a PGlite folder, or a database on TEST_DATABASE_URL's server. */
async function location() {
  if (!process.env.TEST_DATABASE_URL) {
    const folder = mkdtempSync(join(tmpdir(), 'search-snapshot-'))
    return {
      config: {
        databaseUrl: undefined,
        pgliteDir: join(folder, 'pglite'),
        starterCatalogue: 'seeds' as const,
      },
      snapshotSaved: async () => existsSync(join(folder, 'pglite.search-index')),
      remove: async () => rmSync(folder, { recursive: true, force: true }),
    }
  }
  const server = await createTestDatabase()
  return {
    config: { databaseUrl: server.url, pgliteDir: '', starterCatalogue: 'seeds' as const },
    snapshotSaved: async () => (await server.db.$count(searchIndexSnapshots)) === 1,
    remove: () => server.close(),
  }
}

/** A bot start: its runtime and the search index messages it logged. */
async function start(config: Awaited<ReturnType<typeof location>>['config']) {
  const messages: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      messages.push(String(JSON.parse(String(chunk)).msg))
      done()
    },
  })
  const runtime = await openRuntime(config, createLogger({ level: 'info', destination }))
  const ids = (query: string) => runtime.search.search(query, { limit: 5 }).hits.map((hit) => hit.id)
  return { runtime, ids, messages }
}

/** Each test starts a bot on a database of its own: PGlite and migrations take a while on a busy machine. */
const START_TIMEOUT = 120_000

describe('the search index at a restart', () => {
  let place: Awaited<ReturnType<typeof location>>
  beforeAll(async () => {
    place = await location()
  })
  afterAll(() => place.remove())

  it(
    'is built at the first start and saved when the bot stops',
    async () => {
      const first = await start(place.config)
      expect(first.messages).toContain('search index built')
      expect(first.ids('JEK-MIL')).toHaveLength(1)
      await first.runtime.close()
      expect(await place.snapshotSaved()).toBe(true)
    },
    START_TIMEOUT,
  )

  it(
    'is restored at the next start, with what changed while the bot was down',
    async () => {
      const writer = await createDatabase({ url: place.config.databaseUrl, dataDir: place.config.pgliteDir })
      const [jekmil] = await writer.db.select().from(innovations).where(eq(innovations.name, 'JEK-MIL'))
      const [oceOke] = await writer.db.select().from(innovations).where(eq(innovations.name, 'Oce Oke'))
      if (jekmil === undefined || oceOke === undefined) throw new Error('seed innovations missing')
      await writer.db.update(innovations).set({ name: 'Pelanduk Kilat' }).where(eq(innovations.id, jekmil.id))
      await writer.db.update(innovations).set({ status: 'draft' }).where(eq(innovations.id, oceOke.id))
      await writer.close()

      const second = await start(place.config)
      expect(second.messages).toContain('search index restored')
      expect(second.ids('pelanduk kilat')[0]).toBe(jekmil.id)
      expect(second.ids('oce oke')).not.toContain(oceOke.id)
      expect(second.runtime.search.size).toBe(17)
      await second.runtime.close()
    },
    START_TIMEOUT,
  )

  it(
    'is restored as saved when nothing changed',
    async () => {
      const third = await start(place.config)
      expect(third.messages).toContain('search index restored')
      expect(third.ids('pelanduk kilat')[0]).toBeDefined()
      expect(third.runtime.search.size).toBe(17)
      await third.runtime.close()
    },
    START_TIMEOUT,
  )
})
