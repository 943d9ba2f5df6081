import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createConversationStorage,
  deleteIdleConversation,
  deleteIdleConversations,
} from '../../src/db/conversation-storage.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { createTestDatabase } from '../support/database.ts'

const HOUR = 3_600_000
const T0 = new Date('2025-03-01T08:00:00Z')

type Stored = { version: [0, number]; state: Record<string, unknown[]> }
const submitState = (step: number): Stored => ({
  version: [0, 1],
  state: { submit: [{ replay: { send: [{ payload: `"step ${step}"` }], receive: [] }, interrupts: [step] }] },
})

describe('conversation state in Postgres', () => {
  let database: DatabaseHandle
  let now = T0
  const clock = () => now
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database.close())

  it('reads back exactly the JSON it wrote, and nothing for an unknown chat', async () => {
    const storage = createConversationStorage<Stored>(database.db, clock)
    await storage.write('501', submitState(1))
    expect(await storage.read('501')).toEqual(submitState(1))
    expect(await storage.read('404')).toBeUndefined()
  })

  it('stores a JSON object that Postgres can query, not a JSON string', async () => {
    await createConversationStorage<Stored>(database.db, clock).write('json', submitState(1))
    const result = await database.db.execute(
      sql`select jsonb_typeof(state) as type, state->'version'->>1 as version from conversation_states where key = 'json'`,
    )
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as unknown[]
    expect(rows).toEqual([{ type: 'object', version: '1' }])
  })

  it('keeps text with quotes, HTML, emoji and line breaks intact', async () => {
    const storage = createConversationStorage<{ text: string }>(database.db, clock)
    const text = `<b>"JEK-MIL"</b> & 'ibu' 🤰\nbaris dua \\ garis miring`
    await storage.write('text', { text })
    expect(await storage.read('text')).toEqual({ text })
  })

  it('overwrites the state of a chat on every write (one row per chat)', async () => {
    const storage = createConversationStorage<Stored>(database.db, clock)
    await storage.write('502', submitState(1))
    await storage.write('502', submitState(2))
    expect(await storage.read('502')).toEqual(submitState(2))
  })

  it('is shared by every process on the database: a second storage object sees the first one’s writes', async () => {
    await createConversationStorage<Stored>(database.db, clock).write('503', submitState(3))
    expect(await createConversationStorage<Stored>(database.db, clock).read('503')).toEqual(submitState(3))
  })

  it('deletes a state', async () => {
    const storage = createConversationStorage<Stored>(database.db, clock)
    await storage.write('504', submitState(1))
    await storage.delete('504')
    expect(await storage.read('504')).toBeUndefined()
  })

  it('expires one chat only when it has been idle since before the cutoff, naming its conversations', async () => {
    const storage = createConversationStorage<Stored>(database.db, clock)
    now = T0
    await storage.write('505', submitState(1))
    expect(await deleteIdleConversation(database.db, '505', new Date(T0.getTime() - HOUR))).toBeUndefined()
    expect(await storage.read('505')).toBeDefined()
    expect(await deleteIdleConversation(database.db, '505', new Date(T0.getTime() + HOUR))).toEqual([
      'submit',
    ])
    expect(await storage.read('505')).toBeUndefined()
  })

  it('sweeps every idle state at once and leaves the active ones', async () => {
    const storage = createConversationStorage<Stored>(database.db, clock)
    now = new Date(T0.getTime() + 10 * HOUR)
    await storage.write('idle-a', submitState(1))
    await storage.write('idle-b', submitState(1))
    now = new Date(T0.getTime() + 40 * HOUR)
    await storage.write('active', submitState(1))
    const expired = await deleteIdleConversations(database.db, new Date(T0.getTime() + 20 * HOUR))
    expect(expired.map((row) => row.key).sort()).toEqual(expect.arrayContaining(['idle-a', 'idle-b']))
    expect(expired.map((row) => row.key)).not.toContain('active')
    expect(await storage.read('active')).toBeDefined()
  })
})
