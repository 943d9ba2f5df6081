import { eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type DigestWorker, startDigestWorker } from '../../src/bot/broadcast/digest-worker.ts'
import type { Sender } from '../../src/bot/broadcast/sender.ts'
import { cardData } from '../../src/bot/keyboards/search.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { countRecipients, readPause } from '../../src/db/repositories/deliveries.ts'
import { listDigests } from '../../src/db/repositories/digests.ts'
import { findSubscription } from '../../src/db/repositories/subscriptions.ts'
import { innovations, subscriptions } from '../../src/db/schema/index.ts'
import { latestDigestPeriod } from '../../src/domain/delivery/schedule.ts'
import { instantAt, localTime } from '../../src/domain/delivery/time-zones.ts'
import { createLogger } from '../../src/logger.ts'
import { createSeededDatabase } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'
import { addSubscribers, announce, deliveryRows, startTestSender, waitUntil } from './support.ts'

const HOUR_MS = 3_600_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('digests and quiet hours', () => {
  let database: DatabaseHandle
  let server: FakeBotApiServer
  let innovation: { id: number; name: string; regencyCode: string }
  let running: { stop(): Promise<void> }[] = []
  let nextChat = 70_000

  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
    server = await startFakeBotApiServer()
    const [row] = await database.db
      .select({ id: innovations.id, name: innovations.name, regencyCode: innovations.regencyCode })
      .from(innovations)
      .where(eq(innovations.provinceCode, '73'))
      .limit(1)
    if (!row?.regencyCode) throw new Error('the seeds have no innovation in Sulawesi Selatan')
    innovation = { ...row, regencyCode: row.regencyCode }
  })
  afterEach(async () => {
    for (const worker of running.reverse()) await worker.stop()
    running = []
    await database.db.update(subscriptions).set({ active: false })
  })
  afterAll(async () => {
    await server.close()
    await database.close()
  })

  /** A chat following the innovation's kabupaten, with these settings. */
  const subscriber = async (settings: Partial<typeof subscriptions.$inferInsert>) => {
    const chatId = nextChat++
    await addSubscribers(database.db, [{ chatId, regencyCodes: [innovation.regencyCode] }])
    await database.db
      .update(subscriptions)
      .set({ ...settings, updatedAt: new Date() })
      .where(eq(subscriptions.chatId, chatId))
    return chatId
  }
  const startSender = (options: Parameters<typeof startTestSender>[2] = {}) => {
    const sender = startTestSender(database, server, options)
    running.push(sender)
    return sender
  }
  const startWorker = (sender: Sender, clock: () => Date): DigestWorker => {
    const worker = startDigestWorker(
      { database, logger: createLogger({ level: 'silent' }), sender },
      { clock, tickMs: 30 },
    )
    running.push(worker)
    return worker
  }
  const requestsTo = (chatId: number) =>
    server.requests.filter(
      (request) => request.method === 'sendMessage' && request.payload.chat_id === chatId,
    )

  it('a daily WITA subscriber gets no instant push, then one digest at 07:00 WITA with a button to each card', async () => {
    const since = new Date(Date.now() - 1000)
    const daily = await subscriber({ deliveryMode: 'daily', timeZone: 'WITA', deliveryModeSince: since })
    const instant = await subscriber({})
    const { id, queued } = await announce(database.db, 'Top 99 KIPP Digest', [innovation.id])
    expect(queued, 'only the instant subscriber gets a push').toBe(1)
    expect(await countRecipients(database.db, id), 'both hear of it').toEqual({ instant: 1, digest: 1 })
    expect((await deliveryRows(database.db, id)).map((row) => row.chatId)).toEqual([instant])

    const next = latestDigestPeriod(new Date(Date.now() + 24 * HOUR_MS), 'WITA', 'daily')
    if (!next) throw new Error('a daily period exists')
    let now = new Date(next.dueAt.getTime() - 60_000)
    const sender = startSender()
    startWorker(sender, () => now)
    await waitUntil(() => requestsTo(instant).length === 1, 10_000, 'the instant push')
    await sleep(300)
    expect(requestsTo(daily), 'nothing before 07:00 WITA').toEqual([])

    now = new Date(next.dueAt.getTime() + 1000)
    await waitUntil(() => requestsTo(daily).length === 1, 10_000, 'the digest')
    await sleep(300)
    const [digest] = requestsTo(daily)
    expect(String(digest?.payload.text)).toContain('Ringkasan harian')
    expect(String(digest?.payload.text)).toContain('Top 99 KIPP Digest')
    expect(String(digest?.payload.text)).toContain(`1. ${innovation.name}`)
    const markup = digest?.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }
    expect(markup.inline_keyboard.flat().map((button) => button.callback_data)).toEqual([
      cardData.pack({ id: innovation.id }),
    ])
    expect(localTime(now, 'WITA').hour).toBe(7)
    expect(requestsTo(daily), 'once per period').toHaveLength(1)

    now = new Date(next.dueAt.getTime() + 24 * HOUR_MS + 1000)
    await waitUntil(
      async () => (await listDigests(database.db)).filter((row) => row.chatId === daily).length === 2,
      10_000,
      'the next day’s digest to be planned',
    )
    await waitUntil(async () => {
      const rows = (await listDigests(database.db)).filter((row) => row.chatId === daily)
      return rows.every((row) => row.status !== 'pending' && row.status !== 'sending')
    })
    const rows = (await listDigests(database.db)).filter((row) => row.chatId === daily)
    expect(
      rows.map((row) => row.status),
      'a day with nothing new sends nothing',
    ).toEqual(['sent', 'skipped'])
    expect(requestsTo(daily)).toHaveLength(1)
    expect(server.refusals).toEqual([])
  })

  it('a weekly subscriber’s digest comes on Monday at 07:00 WIT', async () => {
    const weekly = await subscriber({
      deliveryMode: 'weekly',
      timeZone: 'WIT',
      deliveryModeSince: new Date(Date.now() - 1000),
    })
    await announce(database.db, 'Top 45 KIPP Mingguan', [innovation.id])
    const monday = latestDigestPeriod(new Date(Date.now() + 7 * 24 * HOUR_MS), 'WIT', 'weekly')
    if (!monday) throw new Error('a weekly period exists')
    expect(localTime(monday.dueAt, 'WIT')).toMatchObject({ weekday: 1, hour: 7, minute: 0 })
    let now = new Date(monday.dueAt.getTime() - 1000)
    startWorker(startSender(), () => now)
    await sleep(300)
    expect(requestsTo(weekly)).toEqual([])
    now = monday.dueAt
    await waitUntil(() => requestsTo(weekly).length === 1, 10_000, 'the weekly digest')
    expect(String(requestsTo(weekly)[0]?.payload.text)).toContain('Ringkasan mingguan')
  })

  it('at 22:00 WIB an instant push is silent for one subscriber and held until 06:00 for another', async () => {
    const today = localTime(new Date(), 'WIB').date
    const tenPm = instantAt(today, 22, 'WIB')
    const silent = await subscriber({ quietHours: 'silent', timeZone: 'WIB' })
    const held = await subscriber({ quietHours: 'hold', timeZone: 'WIB' })
    const { id } = await announce(database.db, 'Top 45 KIPP Malam', [innovation.id])
    startSender({ wallClock: () => tenPm })
    await waitUntil(() => requestsTo(silent).length === 1, 10_000, 'the silent push')
    expect(requestsTo(silent)[0]?.payload.disable_notification).toBe(true)
    await waitUntil(async () => {
      const row = (await deliveryRows(database.db, id)).find((r) => r.chatId === held)
      return row?.nextAttemptAt !== null && row?.status === 'pending' && row.attempts === 0
    })
    const row = (await deliveryRows(database.db, id)).find((r) => r.chatId === held)
    const waitMs = (row?.nextAttemptAt?.getTime() ?? 0) - Date.now()
    expect(waitMs, 'held about eight hours, until 06:00 WIB').toBeGreaterThan(8 * HOUR_MS - 60_000)
    expect(waitMs).toBeLessThan(8 * HOUR_MS + 60_000)
    expect(requestsTo(held)).toEqual([])
  })

  it('a digest refused with 429 pauses every send, then goes out once after retry_after', async () => {
    // The zone is stated: left empty it would be inferred from the Sulawesi Selatan regency (WITA), and
    // between 06:00 and 07:00 WIB the WITA and WIB periods below disagree.
    const daily = await subscriber({
      deliveryMode: 'daily',
      timeZone: 'WIB',
      deliveryModeSince: new Date(Date.now() - 1000),
    })
    await announce(database.db, 'Top 45 KIPP Jeda', [innovation.id])
    const next = latestDigestPeriod(new Date(Date.now() + 24 * HOUR_MS), 'WIB', 'daily')
    if (!next) throw new Error('a daily period exists')
    const sender = startSender()
    await waitUntil(() => sender.isSending(), 5000, 'the sender lock')
    server.rateLimit(1, 1)
    const startedAt = Date.now()
    startWorker(sender, () => new Date(next.dueAt.getTime() + Date.now() - startedAt))
    await waitUntil(() => requestsTo(daily).length === 1, 10_000, 'the digest')
    await waitUntil(async () => (await readPause(database.db)) > 0, 2000, 'every send to be paused')
    await waitUntil(() => requestsTo(daily).length === 2, 10_000, 'its resend')
    const [refused, resent] = requestsTo(daily)
    expect(refused?.outcome).toBe('refused')
    expect(resent?.outcome).toBe('answered')
    expect((resent?.at ?? 0) - (refused?.at ?? 0), 'waited retry_after').toBeGreaterThanOrEqual(1000)
    await sleep(300)
    expect(server.messagesTo(daily)).toHaveLength(1)
    const row = (await listDigests(database.db)).find((r) => r.chatId === daily)
    expect(row).toMatchObject({ status: 'sent', attempts: 1 })
  })

  it('a group that became a supergroup gets that day’s digest there, keeping its schedule', async () => {
    const group = -5_000_001
    const supergroup = -1_005_000_001
    await addSubscribers(database.db, [{ chatId: group, chatType: 'group', everything: true }])
    await database.db
      .update(subscriptions)
      .set({ deliveryMode: 'daily', timeZone: 'WIT', deliveryModeSince: new Date(Date.now() - 1000) })
      .where(eq(subscriptions.chatId, group))
    server.migrate(group, supergroup)
    await announce(database.db, 'Top 45 KIPP Supergrup', [innovation.id])
    const next = latestDigestPeriod(new Date(Date.now() + 24 * HOUR_MS), 'WIT', 'daily')
    if (!next) throw new Error('a daily period exists')
    startWorker(startSender(), () => next.dueAt)
    await waitUntil(() => requestsTo(supergroup).length === 1, 10_000, 'the digest in the supergroup')
    expect(String(requestsTo(supergroup)[0]?.payload.text)).toContain('Top 45 KIPP Supergrup')
    expect(await findSubscription(database.db, supergroup)).toMatchObject({
      chatType: 'supergroup',
      deliveryMode: 'daily',
      timeZone: 'WIT',
    })
    const rowsOf = async () =>
      (await listDigests(database.db)).filter((row) => [group, supergroup].includes(row.chatId))
    await waitUntil(async () => (await rowsOf()).every((row) => row.status !== 'sending'))
    const rows = await rowsOf()
    expect(rows.map((row) => [row.chatId, row.period, row.status])).toEqual([
      [supergroup, next.key, 'sent'],
      [group, next.key, 'skipped'],
    ])
  })
})
