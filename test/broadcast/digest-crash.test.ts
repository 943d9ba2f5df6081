import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIGEST_BUTTONS_PER_PART } from '../../src/bot/broadcast/digest-message.ts'
import { prepareDatabase } from '../../src/db/bootstrap.ts'
import { createAnnouncement, publishAnnouncement } from '../../src/db/repositories/announcements.ts'
import { listDigests } from '../../src/db/repositories/digests.ts'
import { innovations, subscriptions } from '../../src/db/schema/index.ts'
import { TIME_ZONES } from '../../src/domain/delivery/settings.ts'
import { latestYear } from '../../src/runtime.ts'
import { testRegions } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'
import { createPlace, mulberry32, type Place, sleep, spawnChild } from './crash-support.ts'
import { range } from './support.ts'

const DIGEST_CHILD = 'test/broadcast/digest-child.ts'
const SUBSCRIBERS = 60
/** Three announcements of the 18 seeds: more innovations than one message has buttons for (two parts). */
const ANNOUNCEMENTS = ['Top 99 KIPP Ringkasan', 'Top 45 KIPP Ringkasan', 'Inovasi Daerah Ringkasan']
const KILLS = 4
const TWO_DAYS_MS = 2 * 24 * 3_600_000

describe('a digest worker killed at random moments (SIGKILL) and started again', () => {
  let place: Place
  let server: FakeBotApiServer
  const chats = range(8_000_000, SUBSCRIBERS)

  beforeAll(async () => {
    place = await createPlace()
    server = await startFakeBotApiServer()
    server.script({ method: 'sendMessage', behaviour: { kind: 'delay', ms: 15 } })
    const database = await place.open()
    try {
      await prepareDatabase(database.db, await testRegions(), latestYear(), 'seeds')
      const named = await database.db.select({ id: innovations.id }).from(innovations)
      expect(named.length * ANNOUNCEMENTS.length).toBeGreaterThan(DIGEST_BUTTONS_PER_PART)
      await database.db.insert(subscriptions).values(
        chats.map((chatId, index) => ({
          chatId,
          chatType: 'private',
          everything: true,
          deliveryMode: 'daily' as const,
          timeZone: TIME_ZONES[index % TIME_ZONES.length],
          deliveryModeSince: new Date(Date.now() - 60_000),
        })),
      )
      for (const title of ANNOUNCEMENTS) {
        const id = await createAnnouncement(database.db, {
          title,
          level: 'nasional',
          year: 2024,
          innovationIds: named.map((row) => row.id),
        })
        await publishAnnouncement(database.db, id)
      }
    } finally {
      await database.close()
    }
  }, 120_000)

  afterAll(async () => {
    await server.close()
    await place.drop()
  })

  it('every subscriber gets each part of its digest once, but for counted ambiguous sends', async () => {
    const env = {
      ...place.env,
      BOT_API_ROOT: server.url,
      OFFSET_MS: String(TWO_DAYS_MS),
      EXPECTED: String(SUBSCRIBERS),
      RATE: '200',
    }
    const random = mulberry32(14)
    for (let kill = 0; kill < KILLS; kill++) {
      const run = spawnChild(DIGEST_CHILD, env)
      await run.started
      await sleep(200 + random() * 1500)
      run.child.kill('SIGKILL')
      await run.exited
    }
    const last = spawnChild(DIGEST_CHILD, env)
    expect(await last.exited, 'the last run finishes').toBe(0)

    const database = await place.open()
    try {
      const rows = await listDigests(database.db)
      expect(rows.map((row) => row.chatId)).toEqual(chats)
      let duplicates = 0
      let ambiguous = 0
      for (const row of rows) {
        const received = server.messagesTo(row.chatId).filter((m) => m.text.includes('Ringkasan'))
        const part = (n: number) => received.filter((m) => m.text.includes(`bagian ${n} dari 2`)).length
        const where = `chat ${row.chatId}: ${received.length} received, ${JSON.stringify(row)}`
        expect(row.period, where).toMatch(/^daily:/)
        expect(['sent', 'ambiguous'], where).toContain(row.status)
        if (row.status === 'sent') {
          expect(part(1), where).toBeGreaterThanOrEqual(1)
          expect(part(2), where).toBeGreaterThanOrEqual(1)
        }
        expect(received.length, where).toBeLessThanOrEqual(2 + row.ambiguousSends)
        duplicates += Math.max(0, received.length - 2)
        ambiguous += row.ambiguousSends
      }
      expect(duplicates).toBeLessThanOrEqual(ambiguous)
      expect(server.refusals).toEqual([])
      process.stdout.write(
        `digest crash test: ${SUBSCRIBERS} digests of 2 parts, ${KILLS} kills, ` +
          `${ambiguous} ambiguous sends counted, ${duplicates} duplicates received\n`,
      )
    } finally {
      await database.close()
    }
  }, 170_000)
})
