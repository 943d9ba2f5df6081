import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { addFilter, unsubscribe } from '../../src/db/repositories/subscriptions.ts'
import { subscriptions } from '../../src/db/schema/index.ts'
import { createTestDatabase } from '../support/database.ts'

describe('a daily digest subscriber who stops and comes back', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database.close())

  const since = async (chatId: number) => {
    const [row] = await database.db
      .select({ since: subscriptions.deliveryModeSince })
      .from(subscriptions)
      .where(eq(subscriptions.chatId, chatId))
    return row?.since.getTime() ?? Number.NaN
  }

  it('gets a first digest of what came since the return, not of the time away', async () => {
    const chat = { chatId: 7001, chatType: 'private', locale: 'id' }
    await addFilter(database.db, chat, { kind: 'theme', slug: 'kesehatan' })
    const weeksAgo = new Date(Date.now() - 21 * 24 * 3600_000)
    await database.db
      .update(subscriptions)
      .set({ deliveryMode: 'daily', deliveryModeSince: weeksAgo })
      .where(eq(subscriptions.chatId, chat.chatId))

    await addFilter(database.db, chat, { kind: 'province', code: '73' })
    expect(await since(chat.chatId), 'a change while subscribed keeps the period').toBe(weeksAgo.getTime())

    await unsubscribe(database.db, chat.chatId)
    const back = Date.now()
    await addFilter(database.db, chat, { kind: 'theme', slug: 'kesehatan' })
    expect(await since(chat.chatId)).toBeGreaterThanOrEqual(back - 1000)
  })
})
