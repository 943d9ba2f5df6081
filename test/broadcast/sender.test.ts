import { eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Sender } from '../../src/bot/broadcast/sender.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { setProgressMessage } from '../../src/db/repositories/announcements.ts'
import { countDeliveries, readPause } from '../../src/db/repositories/deliveries.ts'
import { findSubscription, unsubscribe } from '../../src/db/repositories/subscriptions.ts'
import { announcements, subscriptions } from '../../src/db/schema/index.ts'
import { createLogger } from '../../src/logger.ts'
import { createSeededDatabase } from '../support/database.ts'
import {
  type FakeBotApiServer,
  FORBIDDEN_BLOCKED,
  FORBIDDEN_DEACTIVATED,
  FORBIDDEN_KICKED,
  startFakeBotApiServer,
} from '../support/fake-bot-api-server.ts'
import {
  addSubscribers,
  announce,
  anyInnovationId,
  busiestWindow,
  deliveryRows,
  range,
  startTestSender,
  waitUntil,
} from './support.ts'

/**
 * The database as the sender sees it while reads of announcements fail (a connection lost at that moment):
 * the first `failing.reads` of them throw.
 */
function withFailingAnnouncementReads(database: DatabaseHandle, failing: { reads: number }): DatabaseHandle {
  const db = new Proxy(database.db, {
    get(target, property) {
      if (property !== 'select') return Reflect.get(target, property, target)
      return (...args: Parameters<typeof target.select>) => {
        const builder = target.select(...args)
        const from = builder.from.bind(builder)
        return Object.assign(builder, {
          from: (table: Parameters<typeof from>[0]) => {
            if (table === announcements && failing.reads-- > 0) throw new Error('connection lost')
            return from(table)
          },
        })
      }
    },
  })
  return { ...database, db }
}

/** How long a request the sender had already started may take to land after a 429 (busy 2-core machine). */
const IN_FLIGHT_GRACE_MS = 250

describe('the broadcast sender', () => {
  let database: DatabaseHandle
  let server: FakeBotApiServer
  let senders: Sender[] = []
  let nextChat = 10_000
  let innovationId: number

  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
    server = await startFakeBotApiServer()
    innovationId = await anyInnovationId(database.db)
  })
  beforeEach(async () => {
    await database.db.update(subscriptions).set({ active: false })
  })
  afterEach(async () => {
    await Promise.all(senders.map((sender) => sender.stop()))
    senders = []
    server.reset()
  })
  afterAll(async () => {
    await server.close()
    await database.close()
  })

  const freshChats = async (count: number, first = nextChat) => {
    const chats = range(first, count)
    nextChat = Math.max(nextChat, first + count)
    await addSubscribers(
      database.db,
      chats.map((chatId) => ({ chatId })),
    )
    return chats
  }
  const start = (options: Parameters<typeof startTestSender>[2] = {}) => {
    const sender = startTestSender(database, server, options)
    senders.push(sender)
    return sender
  }
  const finished = (id: number) => async () => (await countDeliveries(database.db, id)).pending === 0
  const received = (title: string) => server.messages.filter((message) => message.text.includes(title))
  const perChat = (title: string) => {
    const counts = new Map<number, number>()
    for (const { chatId } of received(title)) counts.set(chatId, (counts.get(chatId) ?? 0) + 1)
    return counts
  }
  const refusedFor = (title: string) =>
    server.requests.filter(
      (request) => request.outcome === 'refused' && String(request.payload.text).includes(title),
    )

  it('delivers one message per subscriber, never more than 25 in any one-second window', async () => {
    const chats = await freshChats(90)
    const { id, queued } = await announce(database.db, 'Top 45 KIPP Rate', [innovationId])
    expect(queued).toBe(90)
    start()
    await waitUntil(finished(id), 20_000, 'the broadcast to finish')
    const messages = received('Top 45 KIPP Rate')
    expect(messages.map((message) => message.chatId).sort()).toEqual(chats)
    expect(
      busiestWindow(
        messages.map((message) => message.at),
        1000,
      ),
    ).toBeLessThanOrEqual(25)
    const rows = await deliveryRows(database.db, id)
    expect(rows.every((row) => row.status === 'sent' && row.telegramMessageId !== null)).toBe(true)
  })

  it('pauses every send for retry_after on a 429 storm, then delivers everyone once', async () => {
    const chats = await freshChats(12)
    server.rateLimit(1, 3)
    const { id } = await announce(database.db, 'Top 99 Storm', [innovationId])
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    expect([...perChat('Top 99 Storm').entries()].sort(([x], [y]) => x - y)).toEqual(
      chats.map((chatId) => [chatId, 1]),
    )
    const storm = refusedFor('Top 99 Storm')
    expect(storm).toHaveLength(3)
    // The sender pipelines sends at 100/s: requests it started before the 429 answer reached it may still
    // land just after the refusal. Once it knows, nothing more may go out until retry_after has passed.
    for (const refused of storm) {
      const late = server.messages.filter(
        (m) => m.at > refused.at + IN_FLIGHT_GRACE_MS && m.at < refused.at + 1000,
      )
      expect(late).toEqual([])
    }
    expect(Math.max(...(await deliveryRows(database.db, id)).map((row) => row.attempts))).toBe(1)
  })

  it('keeps a 429 pause across a restart', async () => {
    await freshChats(5)
    server.rateLimit(2, 1)
    const { id } = await announce(database.db, 'Top 30 Restart', [innovationId])
    const first = start({ ratePerSecond: 100 })
    await waitUntil(() => refusedFor('Top 30 Restart').length > 0, 10_000)
    const refusedAt = refusedFor('Top 30 Restart')[0]?.at ?? 0
    await first.stop()
    expect(await readPause(database.db)).toBeGreaterThan(500)
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    // As in the storm: a send the first sender started before the 429 answer reached it may still land.
    const afterRefusal = received('Top 30 Restart').filter((m) => m.at > refusedAt + IN_FLIGHT_GRACE_MS)
    expect(afterRefusal.length).toBeGreaterThan(0)
    expect(Math.min(...afterRefusal.map((message) => message.at))).toBeGreaterThanOrEqual(refusedAt + 2000)
  })

  it.each([
    ['blocked the bot', 403, FORBIDDEN_BLOCKED, 'blocked'],
    ['deleted their account', 403, FORBIDDEN_DEACTIVATED, 'deactivated'],
    ['removed the bot from the group', 403, FORBIDDEN_KICKED, 'kicked'],
    ['no longer exists', 400, 'Bad Request: chat not found', 'chat-not-found'],
  ])('stops sending to a chat that %s and ends its subscription', async (_, code, description, reason) => {
    const [gone = 0, ...others] = await freshChats(4)
    server.script({ chatId: gone, behaviour: { kind: 'fail', failure: { errorCode: code, description } } })
    const title = `Top 10 Gone ${reason}`
    const { id } = await announce(database.db, title, [innovationId])
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    expect([...perChat(title).keys()].sort()).toEqual(others)
    const row = (await deliveryRows(database.db, id)).find((delivery) => delivery.chatId === gone)
    expect(row).toMatchObject({ status: 'failed', attempts: 1 })
    expect(await findSubscription(database.db, gone)).toMatchObject({
      active: false,
      deactivatedReason: reason,
    })
  })

  it('follows a group that became a supergroup: moves the subscription and sends there', async () => {
    const group = -4_000_001
    const supergroup = -1_004_000_001
    await addSubscribers(database.db, [{ chatId: group, chatType: 'group' }])
    server.migrate(group, supergroup)
    const { id } = await announce(database.db, 'Top 45 Migrated', [innovationId])
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    expect([...perChat('Top 45 Migrated').entries()]).toEqual([[supergroup, 1]])
    expect(await findSubscription(database.db, group)).toBeUndefined()
    expect(await findSubscription(database.db, supergroup)).toMatchObject({
      chatType: 'supergroup',
      active: true,
    })
    const rows = await deliveryRows(database.db, id)
    expect(rows.map((row) => [row.chatId, row.status])).toEqual([
      [supergroup, 'sent'],
      [group, 'skipped'],
    ])
  })

  it('posts into the forum topic where the group subscribed', async () => {
    const forum = -1_004_000_077
    await addSubscribers(database.db, [{ chatId: forum, chatType: 'supergroup', messageThreadId: 7 }])
    const { id } = await announce(database.db, 'Top 45 Topic', [innovationId])
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    const sends = server.requests.filter(
      (request) => request.method === 'sendMessage' && request.payload.chat_id === forum,
    )
    expect(sends.map((request) => request.payload.message_thread_id)).toEqual([7])
    expect([...perChat('Top 45 Topic').entries()]).toEqual([[forum, 1]])
  })

  it('skips subscribers who unsubscribe while the broadcast runs', async () => {
    const chats = await freshChats(60)
    const { id } = await announce(database.db, 'Top 99 Unsubscribe', [innovationId])
    start()
    await waitUntil(() => received('Top 99 Unsubscribe').length >= 5, 10_000)
    const leaving = chats.slice(-20)
    for (const chatId of leaving) await unsubscribe(database.db, chatId)
    await waitUntil(finished(id), 20_000)
    const reached = perChat('Top 99 Unsubscribe')
    expect(leaving.filter((chatId) => reached.has(chatId))).toEqual([])
    expect(chats.slice(0, 40).every((chatId) => reached.get(chatId) === 1)).toBe(true)
    const skipped = (await deliveryRows(database.db, id)).filter((row) => row.status === 'skipped')
    expect(skipped.map((row) => row.chatId)).toEqual(leaving)
  })

  it('puts claimed deliveries back when their announcement cannot be read, and delivers each once later', async () => {
    const chats = await freshChats(5)
    const { id } = await announce(database.db, 'Top 99 Unreadable', [innovationId])
    const failing = { reads: 3 }
    const sender = startTestSender(withFailingAnnouncementReads(database, failing), server, {
      ratePerSecond: 100,
    })
    senders.push(sender)
    await waitUntil(finished(id), 20_000, 'the broadcast to finish')
    expect(failing.reads).toBeLessThan(0)
    expect([...perChat('Top 99 Unreadable').entries()].sort(([x], [y]) => x - y)).toEqual(
      chats.map((chatId) => [chatId, 1]),
    )
    const rows = await deliveryRows(database.db, id)
    expect(rows.map((row) => row.status)).toEqual(chats.map(() => 'sent'))
  })

  it('says so in the log when it cannot LISTEN, and still finds the work by polling', async () => {
    const chats = await freshChats(2)
    const lines: string[] = []
    const logger = createLogger({ level: 'warn', destination: { write: (line: string) => lines.push(line) } })
    const deaf = {
      ...database,
      listen: () => Promise.reject(new Error('LISTEN refused')),
    }
    senders.push(startTestSender(deaf, server, { ratePerSecond: 100 }, logger))
    const { id } = await announce(database.db, 'Top 45 Deaf', [innovationId])
    await waitUntil(finished(id), 20_000, 'the broadcast to finish')
    expect(perChat('Top 45 Deaf').size).toBe(chats.length)
    expect(lines.join('')).toContain('could not LISTEN for new deliveries')
    expect(lines.join('')).toContain('LISTEN refused')
  })

  it('retries 5xx answers with backoff and delivers once', async () => {
    const chats = await freshChats(6)
    server.script({
      method: 'sendMessage',
      times: 3,
      behaviour: { kind: 'fail', failure: { errorCode: 500, description: 'Internal Server Error' } },
    })
    server.script({ method: 'sendMessage', times: 2, behaviour: { kind: 'http', status: 502 } })
    const { id } = await announce(database.db, 'Top 45 Flaky', [innovationId])
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    expect([...perChat('Top 45 Flaky').entries()].sort(([x], [y]) => x - y)).toEqual(
      chats.map((chatId) => [chatId, 1]),
    )
    const rows = await deliveryRows(database.db, id)
    expect(rows.every((row) => row.status === 'sent' && row.ambiguousSends === 0)).toBe(true)
    expect(rows.reduce((sum, row) => sum + row.attempts, 0)).toBe(6 + 5)
  })

  it('retries when the connection is refused, without counting those sends as ambiguous', async () => {
    const chats = await freshChats(4)
    const { id } = await announce(database.db, 'Top 30 Refused', [innovationId])
    const refusing = server.refuseConnections(2000)
    await new Promise((resolve) => setTimeout(resolve, 50))
    start({ ratePerSecond: 100 })
    await refusing
    await waitUntil(finished(id), 20_000)
    expect([...perChat('Top 30 Refused').entries()].sort(([x], [y]) => x - y)).toEqual(
      chats.map((chatId) => [chatId, 1]),
    )
    const rows = await deliveryRows(database.db, id)
    expect(rows.every((row) => row.status === 'sent' && row.ambiguousSends === 0)).toBe(true)
    expect(rows.some((row) => row.attempts > 1)).toBe(true)
  })

  it('counts a send whose answer was lost as ambiguous and resends it once, the only duplicate', async () => {
    const [lost = 0, unread = 0, ...others] = await freshChats(5)
    server.script({ chatId: lost, times: 1, behaviour: { kind: 'drop', accepted: true } })
    server.script({ chatId: unread, times: 1, behaviour: { kind: 'drop', accepted: false } })
    const { id } = await announce(database.db, 'Top 45 Lost Answer', [innovationId])
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    const reached = perChat('Top 45 Lost Answer')
    expect(reached.get(lost)).toBe(2)
    expect(reached.get(unread)).toBe(1)
    expect(others.every((chatId) => reached.get(chatId) === 1)).toBe(true)
    const rows = await deliveryRows(database.db, id)
    const ambiguous = rows.filter((row) => row.ambiguousSends > 0).map((row) => [row.chatId, row.status])
    expect(ambiguous).toEqual([
      [lost, 'sent'],
      [unread, 'sent'],
    ])
    expect((await countDeliveries(database.db, id)).ambiguous).toBe(2)
  })

  it('treats an answer slower than the timeout as ambiguous, and gives up resending after three', async () => {
    const [slow = 0, hopeless = 0] = await freshChats(2)
    server.script({ chatId: slow, times: 1, behaviour: { kind: 'delay', ms: 1500 } })
    server.script({ chatId: hopeless, behaviour: { kind: 'drop', accepted: true } })
    const { id } = await announce(database.db, 'Top 10 Slow', [innovationId])
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    const reached = perChat('Top 10 Slow')
    expect(reached.get(slow)).toBe(2)
    expect(reached.get(hopeless)).toBe(3)
    const rows = await deliveryRows(database.db, id)
    expect(rows.map((row) => [row.status, row.ambiguousSends, row.nextAttemptAt])).toEqual([
      ['sent', 1, null],
      ['ambiguous', 3, null],
    ])
  })

  it('fails a message Telegram refuses for good, without retrying or unsubscribing', async () => {
    const [chat = 0] = await freshChats(1)
    server.script({
      chatId: chat,
      behaviour: {
        kind: 'fail',
        failure: { errorCode: 400, description: 'Bad Request: message is too long' },
      },
    })
    const { id } = await announce(database.db, 'Top 99 Refused', [innovationId])
    start({ ratePerSecond: 100 })
    await waitUntil(finished(id), 20_000)
    expect(await deliveryRows(database.db, id)).toMatchObject([{ status: 'failed', attempts: 1 }])
    expect(await findSubscription(database.db, chat)).toMatchObject({ active: true })
  })

  it('lets only one of two senders send, and the other take over when it stops', async () => {
    const chats = await freshChats(50)
    const { id } = await announce(database.db, 'Top 45 Twins', [innovationId])
    const a = start()
    const b = start()
    await waitUntil(() => a.isSending() || b.isSending(), 10_000)
    expect(a.isSending() && b.isSending()).toBe(false)
    await waitUntil(() => received('Top 45 Twins').length >= 15, 10_000)
    const [holder, standby] = a.isSending() ? [a, b] : [b, a]
    await holder.stop()
    await waitUntil(() => standby.isSending(), 10_000, 'the standby to take over')
    await waitUntil(finished(id), 20_000)
    const messages = received('Top 45 Twins')
    expect([...perChat('Top 45 Twins').entries()].sort(([x], [y]) => x - y)).toEqual(
      chats.map((chatId) => [chatId, 1]),
    )
    expect(
      busiestWindow(
        messages.map((message) => message.at),
        1000,
      ),
    ).toBeLessThanOrEqual(25)
  })

  it("keeps the announcing admin's progress message up to date until it says done", async () => {
    await freshChats(8)
    const { id } = await announce(database.db, 'Top 30 Progress', [innovationId])
    await setProgressMessage(database.db, id, 900, 77)
    start({ ratePerSecond: 100 })
    await waitUntil(async () => {
      const [row] = await database.db
        .select({ finishedAt: announcements.finishedAt })
        .from(announcements)
        .where(eq(announcements.id, id))
      return row?.finishedAt !== null
    }, 20_000)
    const edits = server.requests.filter((request) => request.method === 'editMessageText')
    const last = edits.at(-1)?.payload
    expect(last).toMatchObject({ chat_id: 900, message_id: 77 })
    expect(String(last?.text)).toContain('terkirim: 8')
    expect(String(last?.text)).toContain('✅ Selesai.')
  })
})
