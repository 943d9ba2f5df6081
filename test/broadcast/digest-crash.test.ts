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
import { mulberry32 } from '../support/random.ts'
import { createPlace, type Place, sleep, spawnChild } from './crash-support.ts'
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
  /** When every subscriber chose daily digests: before the announcements, so each digest has them. */
  const modeChosenAt = new Date(Date.now() - 60_000)

  beforeAll(async () => {
    place = await createPlace()
    server = await startFakeBotApiServer()
    server.script({ method: 'sendMessage', behaviour: { kind: 'delay', ms: 15 } })
    const database = await place.open()
    try {
      await prepareDatabase(database.db, await testRegions(), latestYear(), 'seeds')
      const named = await database.db.select({ id: innovations.id }).from(innovations)
      expect(named.length * ANNOUNCEMENTS.length).toBeGreaterThan(DIGEST_BUTTONS_PER_PART)
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
    await addDigestSubscribers(chats)
  }, 120_000)

  /** Every chat's digest was sent, each part at least once; repeats only as counted ambiguous sends. */
  async function verify(expectedChats: number[]) {
    const database = await place.open()
    try {
      const rows = (await listDigests(database.db)).filter((row) => expectedChats.includes(row.chatId))
      expect(rows.map((row) => row.chatId)).toEqual(expectedChats)
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
      return { ambiguous, duplicates }
    } finally {
      await database.close()
    }
  }

  /** Chats taking a daily digest in WIB, WITA and WIT in turn. */
  async function addDigestSubscribers(chatIds: number[]) {
    const database = await place.open()
    try {
      await database.db.insert(subscriptions).values(
        chatIds.map((chatId, index) => ({
          chatId,
          chatType: 'private',
          everything: true,
          deliveryMode: 'daily' as const,
          timeZone: TIME_ZONES[index % TIME_ZONES.length],
          deliveryModeSince: modeChosenAt,
        })),
      )
    } finally {
      await database.close()
    }
  }

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

    const { ambiguous, duplicates } = await verify(chats)
    process.stdout.write(
      `digest crash test: ${SUBSCRIBERS} digests of 2 parts, ${KILLS} kills, ` +
        `${ambiguous} ambiguous sends counted, ${duplicates} duplicates received\n`,
    )
  }, 170_000)

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'on Postgres, two instances at once: the one killed leaves no digest lost, repeats only counted ambiguous sends',
    async () => {
      const more = range(9_000_000, SUBSCRIBERS)
      await addDigestSubscribers(more)
      const env = {
        ...place.env,
        BOT_API_ROOT: server.url,
        OFFSET_MS: String(TWO_DAYS_MS),
        EXPECTED: String(2 * SUBSCRIBERS),
        RATE: '200',
      }
      const first = spawnChild(DIGEST_CHILD, env)
      const second = spawnChild(DIGEST_CHILD, env)
      await Promise.all([first.started, second.started])
      await sleep(500 + mulberry32(7)() * 1000)
      first.child.kill('SIGKILL')
      await first.exited
      expect(await second.exited, 'the survivor finishes').toBe(0)
      const { ambiguous, duplicates } = await verify(more)
      process.stdout.write(`two instances: ${ambiguous} ambiguous sends counted, ${duplicates} duplicates\n`)
    },
    120_000,
  )
})
